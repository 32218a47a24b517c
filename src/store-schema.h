/* store-schema.h — the library's schema, one SQL script per version (store-schema.c). */
#ifndef PB_STORE_SCHEMA_H
#define PB_STORE_SCHEMA_H

/* store_migrations[v - 1] turns a library at version v - 1 into version v; index 0 creates
 * version 1 from an empty file. There are STORE_SCHEMA_VERSION of them. Never edit a step
 * once released: add a new one. */
extern const char *const store_migrations[];

#endif
