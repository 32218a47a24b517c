/* store-namecache.c — what the library answered about names (institution and topic ids, their
 * stored spellings, institutions' alias text), kept in memory so an ingest does not ask again
 * for every paper: most papers name the same few dozen categories and institutions.
 *
 * A cache only ever holds what this connection read or wrote in a transaction that is still
 * open or was committed: the store empties it when a transaction or unit of work rolls back,
 * when it renames, folds or deletes a name or records an alias, and when another connection
 * has committed since (PRAGMA data_version, checked as each transaction begins). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store-internal.h"

/* A cache stops growing here and starts again empty (a library has ~10^4 names). */
#define NAMECACHE_MAX 65536

static uint64_t hash_of(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

void store_namecache_clear(struct store_namecache *c)
{
	for (size_t i = 0; i < c->cap; i++) {
		free(c->slots[i].key);
		free(c->slots[i].value);
	}
	free(c->slots);
	memset(c, 0, sizeof *c);
}

static struct store_name_entry *slot_for(const struct store_namecache *c, const char *key,
					 uint64_t h)
{
	size_t i = (size_t)h & (c->cap - 1);
	while (c->slots[i].key && strcmp(c->slots[i].key, key) != 0)
		i = (i + 1) & (c->cap - 1);
	return &c->slots[i];
}

const struct store_name_entry *store_namecache_get(const struct store_namecache *c,
						   const char *key)
{
	const struct store_name_entry *e;
	if (!c->n || !key)
		return NULL;
	e = slot_for(c, key, hash_of(key));
	return e->key ? e : NULL;
}

static void grow(struct store_namecache *c)
{
	struct store_namecache bigger = {0};
	bigger.cap = c->cap ? c->cap * 2 : 256;
	bigger.slots = xcalloc(bigger.cap, sizeof *bigger.slots);
	for (size_t i = 0; i < c->cap; i++)
		if (c->slots[i].key) {
			*slot_for(&bigger, c->slots[i].key, hash_of(c->slots[i].key)) = c->slots[i];
			bigger.n++;
		}
	free(c->slots);
	*c = bigger;
}

void store_namecache_put(struct store_namecache *c, const char *key, long long id,
			 const char *value)
{
	struct store_name_entry *e;
	if (!key)
		return;
	if (c->n >= NAMECACHE_MAX)
		store_namecache_clear(c);
	if ((c->n + 1) * 4 > c->cap * 3)
		grow(c);
	e = slot_for(c, key, hash_of(key));
	if (e->key) {
		free(e->value);
	} else {
		e->key = xstrdup(key);
		c->n++;
	}
	e->id = id;
	e->value = xstrdup(value);
}

void store_names_forget(struct store *st)
{
	store_namecache_clear(&st->inst_names);
	store_namecache_clear(&st->topic_names);
	store_namecache_clear(&st->inst_aliases);
}
