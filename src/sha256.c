/* sha256.c — SHA-256 as lower-case hex, through OpenSSL's libcrypto (which uses the CPU's SHA
 * instructions where there are some: hashing each ingested file was a tenth of an ingest's
 * work with a portable C version). */
#include "sha256.h"

#include <openssl/evp.h>

#include "util.h"

void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	/* fails only without memory (the digest is built in), which nothing here recovers from */
	if (!EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) || n != SHA256_HEX_LEN / 2)
		util_out_of_memory(len);
	for (unsigned int i = 0; i < n; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[SHA256_HEX_LEN] = '\0';
}
