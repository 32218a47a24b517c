/* ingest-arena.h — libxml2's allocations while one page is parsed come from a bump arena,
 * given back all at once when every document parsed in it has been freed.
 *
 * ingest_parse_html() brackets its parse with ingest_arena_begin() and ingest_arena_end();
 * the document it returns is freed with xmlFreeDoc() as any other (freeing an arena block is
 * a no-op, and freeing the document itself is what lets the arena be reused by the next
 * parse). Between the two calls libxml2 must not be used for anything that outlives the
 * parse. Outside them libxml2 allocates with malloc as before.
 *
 * libxml2's allocator is one for the whole process, installed by the main thread before any
 * other thread parses (ingest_arena_install); the arena behind it is one per thread. A run of
 * several files parses in its loader thread and, while it has nothing to store, in the main
 * thread (ingest-loader.c), each in its own arena; every block of an arena is freed (a no-op)
 * by the thread that parsed it, as the document never leaves ingest_load(). */
#ifndef PB_INGEST_ARENA_H
#define PB_INGEST_ARENA_H

#include <stdbool.h>

/* Installs the allocator and initialises libxml2, once; to be called by the main thread before
 * another thread uses libxml2 (ingest_arena_begin() calls it too). */
void ingest_arena_install(void);
/* Installs the allocator (the first time) and sends libxml2's allocations to the arena,
 * emptied first when no document of an earlier parse is still alive. */
void ingest_arena_begin(void);
/* Back to malloc. DOC (may be NULL) is the parse's document: the arena is kept until it is
 * freed. */
void ingest_arena_end(void *doc);
/* Frees DOC, a document of a parse in the arena, without walking its tree (the tree must
 * not have been changed since the parse); false, doing nothing, for any other document. */
bool ingest_arena_release(void *doc);
/* Is P a block of this thread's arena? */
bool ingest_arena_has(const void *p);
/* Gives this thread's arena back to the system: for a thread that parses no more (its
 * documents all freed). */
void ingest_arena_thread_end(void);

#endif
