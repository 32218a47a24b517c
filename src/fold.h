/* fold.h — case- and accent-insensitive keys ("Université" and "universite" fold alike). */
#ifndef PB_FOLD_H
#define PB_FOLD_H

/* Lower-cases and strips accents from Latin letters (é -> e, ß -> ss, Ł -> l); other
 * characters are kept, lower-cased where ASCII. Returns malloc'd UTF-8 (NULL in, NULL out). */
char *fold_key(const char *s);

#endif
