/* ingest-arena.c — a bump arena for libxml2 while it parses one page: most of the parse's
 * time went to malloc and free of the tree's tens of thousands of small blocks. */
#include "ingest-arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/dict.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define REDZONE 32 /* poisoned bytes after each block, so an overrun is caught */
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define REDZONE 0
#endif

/* Blocks are aligned like malloc's and carry their size in front (realloc needs it). */
#define ALIGN 16
#define HEADER 16
/* The first chunk; later ones double, up to CHUNK_MAX unless one block needs more. */
#define CHUNK_MIN ((size_t)1 << 20)
#define CHUNK_MAX ((size_t)64 << 20)
/* At most this much is kept between pages; more goes back to the system. Two threads parse
 * at once in a run (ingest-loader.c), each in its arena: 128 MB each made a run's peak 245 MB
 * where 32 MB makes it about 190 MB, a big page's chunks being allocated again. */
#define KEEP_MAX ((size_t)32 << 20)
#define MAX_CHUNKS 48

/* One piece of memory blocks are cut from, front to back. */
struct chunk {
	char *base;  /* malloc'd */
	size_t size; /* bytes at base */
	size_t used; /* bytes handed out (headers and red zones included) */
};

/* xmlMemSetup done: once for the process, by the main thread before another thread parses */
static bool installed;

/* Each thread that parses has an arena of its own: libxml2 calls the allocator in the thread
 * that parses, and a document never leaves the thread that parsed it. */
static _Thread_local struct {
	bool active;              /* allocations go to the arena */
	struct chunk chunks[MAX_CHUNKS]; /* cut in order: those before cur are full */
	size_t n;                 /* chunks allocated */
	size_t cur;               /* the chunk being cut */
	void *last;               /* the last block handed out, which may grow in place */
	void **docs;              /* documents parsed in the arena and not freed yet */
	size_t ndocs, docs_cap;   /* how many, allocated */
} arena;

static size_t round_up(size_t n)
{
	return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

static bool in_arena(const void *p)
{
	const char *c = p;
	for (size_t i = arena.n; i-- > 0;)
		if (c >= arena.chunks[i].base && c < arena.chunks[i].base + arena.chunks[i].size)
			return true;
	return false;
}

static size_t *header(void *p)
{
	return (size_t *)((char *)p - HEADER);
}

/* A new chunk with room for NEED bytes; false when there is none (malloc failed, or too many
 * chunks: then the caller falls back to malloc). */
static bool chunk_add(size_t need)
{
	size_t size = arena.n ? arena.chunks[arena.n - 1].size * 2 : CHUNK_MIN;
	struct chunk *c;

	if (arena.n == MAX_CHUNKS)
		return false;
	if (size > CHUNK_MAX)
		size = CHUNK_MAX;
	if (size < need)
		size = need;
	c = &arena.chunks[arena.n];
	c->base = malloc(size);
	if (!c->base)
		return false;
	c->size = size;
	c->used = 0;
	arena.cur = arena.n++;
	POISON(c->base, size);
	return true;
}

static void *arena_alloc(size_t n)
{
	size_t need = HEADER + round_up(n ? n : 1) + REDZONE;
	struct chunk *c = arena.n ? &arena.chunks[arena.cur] : NULL;
	char *p;

	if (need < n) /* overflow */
		return NULL;
	/* the next chunk kept from earlier pages, else a new one */
	while (c && c->size - c->used < need && arena.cur + 1 < arena.n)
		c = &arena.chunks[++arena.cur];
	if (!c || c->size - c->used < need) {
		if (!chunk_add(need))
			return malloc(n);
		c = &arena.chunks[arena.cur];
	}
	p = c->base + c->used + HEADER;
	c->used += need;
	UNPOISON(p - HEADER, HEADER + n);
	*header(p) = n;
	arena.last = p;
	return p;
}

/* True when P is the document of a parse and was counted as live. */
static bool doc_forget(void *p)
{
	for (size_t i = 0; i < arena.ndocs; i++)
		if (arena.docs[i] == p) {
			arena.docs[i] = arena.docs[--arena.ndocs];
			return true;
		}
	return false;
}

static void hook_free(void *p)
{
	if (!p)
		return;
	if (!in_arena(p)) {
		free(p);
		return;
	}
	/* the memory comes back when the arena is reset; the document's own block tells us
	 * when nothing of a parse is in use any more */
	doc_forget(p);
	POISON(p, *header(p));
	if (p == arena.last)
		arena.last = NULL;
}

static void *hook_malloc(size_t n)
{
	return arena.active ? arena_alloc(n) : malloc(n);
}

static void *hook_realloc(void *p, size_t n)
{
	size_t old;
	void *q;

	if (!p)
		return hook_malloc(n);
	if (!in_arena(p))
		return realloc(p, n);
	old = *header(p);
	if (arena.active && p == arena.last) {
		/* the block at the end of the chunk grows (or shrinks) where it is */
		struct chunk *c = &arena.chunks[arena.cur];
		size_t start = (size_t)((char *)p - HEADER - c->base);
		size_t need = HEADER + round_up(n ? n : 1) + REDZONE;
		if (need >= n && c->size - start >= need) {
			POISON(p, old);
			UNPOISON(p, n);
			c->used = start + need;
			*header(p) = n;
			return p;
		}
	}
	q = hook_malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, old < n ? old : n);
	hook_free(p);
	return q;
}

static char *hook_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = hook_malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* Every chunk empty again; chunks beyond KEEP_MAX (bytes) in all go back to the system. Only
 * called when no block of the arena can be in use. */
static void arena_reset(size_t keep_max)
{
	size_t total = 0, keep = 0;

	arena.last = NULL;
	arena.cur = 0;
	for (; keep < arena.n && total + arena.chunks[keep].size <= keep_max; keep++) {
		total += arena.chunks[keep].size;
		arena.chunks[keep].used = 0;
		POISON(arena.chunks[keep].base, arena.chunks[keep].size);
	}
	for (size_t i = keep; i < arena.n; i++) {
		UNPOISON(arena.chunks[i].base, arena.chunks[i].size);
		free(arena.chunks[i].base);
	}
	arena.n = keep;
}

/* libxml2's allocator becomes ours once: blocks of the arena while a parse runs, malloc's
 * otherwise. A small page is parsed first, outside the arena, so that what libxml2 sets up
 * once for the whole process (encodings, dictionaries' locks) is not made in the arena. */
void ingest_arena_install(void)
{
	static const char warm[] = "<html><head><title>t</title></head><body><p>x</p></body></html>";
	htmlDocPtr doc;

	if (installed)
		return;
	xmlMemSetup(hook_free, hook_malloc, hook_realloc, hook_strdup);
	xmlInitParser();
	doc = htmlReadMemory(warm, (int)sizeof warm - 1, NULL, "UTF-8",
			     HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
				     HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
	xmlFreeDoc(doc);
	xmlResetLastError();
	installed = true;
}

void ingest_arena_begin(void)
{
	ingest_arena_install();
	if (arena.ndocs == 0)
		arena_reset(KEEP_MAX);
	arena.active = true;
}

void ingest_arena_end(void *doc)
{
	/* libxml2 keeps a copy of the last error for the whole process: it must not point
	 * into the arena once the arena is reused */
	xmlResetLastError();
	arena.active = false;
	if (!doc || !in_arena(doc))
		return;
	if (arena.ndocs == arena.docs_cap) {
		arena.docs_cap = arena.docs_cap ? 2 * arena.docs_cap : 4;
		arena.docs = xrealloc(arena.docs, arena.docs_cap * sizeof *arena.docs);
	}
	arena.docs[arena.ndocs++] = doc;
}

bool ingest_arena_has(const void *p)
{
	return p && in_arena(p);
}

bool ingest_arena_release(void *doc)
{
	xmlDocPtr d = doc;

	if (!doc || !doc_forget(doc))
		return false;
	/* all of the tree is in the arena, but the dictionary may have grown outside it since
	 * (names looked up after the parse): that part is freed */
	if (d->dict)
		xmlDictFree(d->dict);
	return true;
}

void ingest_arena_thread_end(void)
{
	if (arena.ndocs == 0)
		arena_reset(0);
	free(arena.docs);
	arena.docs = NULL;
	arena.ndocs = arena.docs_cap = 0;
}
