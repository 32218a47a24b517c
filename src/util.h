/* util.h — allocation that never returns NULL, growable strings and string lists. */
#ifndef PB_UTIL_H
#define PB_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Allocation failure is not recoverable for an interactive tool: these print a message,
 * run the registered cleanup (the reader restores the terminal) and exit(1). */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);                 /* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The whole file PATH, NUL-terminated (malloc'd; its length in *LEN when LEN is not NULL);
 * NULL with errno set when it cannot be opened. */
char *util_read_file(const char *path, size_t *len);
void util_set_fatal_cleanup(void (*cleanup)(void));
/* The same end for memory another library could not get (SQLite's text of a column). */
void util_out_of_memory(size_t n) __attribute__((noreturn));

/* A growable NUL-terminated byte string. */
struct strbuf {
	char *s;    /* always NUL-terminated once anything was added; NULL when empty */
	size_t len; /* bytes used, without the NUL */
	size_t cap; /* bytes allocated */
};
void sb_add(struct strbuf *b, const char *s);
void sb_addn(struct strbuf *b, const char *s, size_t n);
void sb_addc(struct strbuf *b, char c);
void sb_addf(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vaddf(struct strbuf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void sb_clear(struct strbuf *b);              /* keeps the allocation */
char *sb_take(struct strbuf *b);              /* hands over the string ("" if empty) */
void sb_free(struct strbuf *b);

/* An ordered list of owned strings. */
struct strlist {
	char **v;   /* the strings */
	size_t n;   /* how many */
	size_t cap; /* allocated slots */
};
void strlist_add(struct strlist *l, const char *s);   /* copies s */
void strlist_take(struct strlist *l, char *s);        /* takes ownership of s */
bool strlist_has(const struct strlist *l, const char *s);
bool strlist_has_nocase(const struct strlist *l, const char *s);
void strlist_free(struct strlist *l);

bool str_empty(const char *s);                /* NULL or "" */
bool str_starts(const char *s, const char *prefix);
bool str_ends(const char *s, const char *suffix);

#endif
