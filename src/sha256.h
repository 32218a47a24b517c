/* sha256.h — SHA-256 as lower-case hex, the content hash of ingested files. */
#ifndef PB_SHA256_H
#define PB_SHA256_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1]);

#endif
