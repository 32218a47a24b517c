/* facet-index.c — builds the in-memory lists of papers per institution, topic, date and score
 * (facet-index.h), a bounded number of rows per step. */
#include "facet-index.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store-internal.h"
#include "store-watch.h"

/* What each stage reads, a family after the other in the order of enum facet_fam (each is
 * recoded before the next is read). Every stage walks an index in (key, id) order and goes on
 * after the last row it read (a row value comparison SQLite answers from the same index), so
 * a step costs the rows it reads whatever the library's size. ?1 is the last key, ?2 the last
 * id, ?3 the number of rows; FIRST is the same read from the start. */
static const struct {
	const char *first; /* the first step */
	const char *next;  /* the steps after it */
	int fam;           /* the family its rows go to, -1: only the set of every paper */
} stages[] = {
	{"SELECT date, id FROM paper WHERE date IS NOT NULL ORDER BY date, id LIMIT ?3",
	 "SELECT date, id FROM paper WHERE date IS NOT NULL AND (date, id) > (?1, ?2)"
	 " ORDER BY date, id LIMIT ?3",
	 FAM_DATE},
	{"SELECT NULL, id FROM paper WHERE date IS NULL ORDER BY id LIMIT ?3",
	 "SELECT NULL, id FROM paper WHERE date IS NULL AND id > ?2 ORDER BY id LIMIT ?3", -1},
	{"SELECT institution_id, paper_id FROM paper_institution ORDER BY institution_id, paper_id"
	 " LIMIT ?3",
	 "SELECT institution_id, paper_id FROM paper_institution"
	 " WHERE (institution_id, paper_id) > (?1, ?2) ORDER BY institution_id, paper_id LIMIT ?3",
	 FAM_INST},
	{"SELECT topic_id, paper_id FROM paper_topic ORDER BY topic_id, paper_id LIMIT ?3",
	 "SELECT topic_id, paper_id FROM paper_topic WHERE (topic_id, paper_id) > (?1, ?2)"
	 " ORDER BY topic_id, paper_id LIMIT ?3",
	 FAM_TOPIC},
	{"SELECT score, id FROM paper WHERE score IS NOT NULL ORDER BY score, id LIMIT ?3",
	 "SELECT score, id FROM paper WHERE score IS NOT NULL AND (score, id) > (?1, ?2)"
	 " ORDER BY score, id LIMIT ?3",
	 FAM_SCORE},
};
#define NSTAGES (int)(sizeof stages / sizeof stages[0])

/* After the lists: the order of the names, for ties in the facet pane. */
static const char *const rank_sql[2] = {
	"SELECT id FROM institution ORDER BY name COLLATE NOCASE, id",
	"SELECT id FROM topic ORDER BY name COLLATE NOCASE, id",
};

static double clock_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void facet_index_init(struct facet_index *ix)
{
	memset(ix, 0, sizeof *ix);
	ix->step_rows = FACET_INDEX_STEP;
}

static void family_free(struct facet_family *f)
{
	if (f->texts)
		for (size_t i = 0; i < f->n; i++)
			free(f->texts[i]);
	free(f->texts);
	free(f->ids);
	free(f->by_size);
	free(f->nums);
	free(f->lists);
	free(f->blob);
	memset(f, 0, sizeof *f);
}

void facet_index_free(struct facet_index *ix)
{
	for (int i = 0; i < FAM_COUNT; i++)
		family_free(&ix->fam[i]);
	bits_free(&ix->all);
	sqlite3_value_free(ix->key);
	memset(ix, 0, sizeof *ix);
}

void facet_index_reset(struct facet_index *ix)
{
	long long step = ix->step_rows;
	int resets = ix->resets + (ix->stage > 0);
	facet_index_free(ix); /* broken too: the library is not what it was */
	ix->step_rows = step;
	ix->resets = resets;
}

size_t facet_index_bytes(const struct facet_index *ix)
{
	size_t n = ix->all.nwords * 8;
	for (int i = 0; i < FAM_COUNT; i++) {
		const struct facet_family *f = &ix->fam[i];
		n += f->blobcap + f->cap * (sizeof *f->lists + 8) + (f->by_size ? f->n * 4 : 0);
		for (size_t k = 0; f->texts && k < f->n; k++)
			n += strlen(f->texts[k]) + 1;
	}
	return n;
}

void facet_blob_put(struct facet_family *f, unsigned long long v)
{
	if (f->len + 10 > f->blobcap) {
		f->blobcap = f->blobcap ? f->blobcap * 2 : 4096;
		f->blob = xrealloc(f->blob, f->blobcap);
	}
	while (v >= 0x80) {
		f->blob[f->len++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	f->blob[f->len++] = (unsigned char)v;
}

/* Starts the list of a new value (its key is stored by the caller at index f->n - 1). */
static struct facet_list *family_add(struct facet_family *f, int fam)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->lists = xrealloc(f->lists, f->cap * sizeof *f->lists);
		if (fam == FAM_INST || fam == FAM_TOPIC)
			f->ids = xrealloc(f->ids, f->cap * sizeof *f->ids);
		else if (fam == FAM_SCORE)
			f->nums = xrealloc(f->nums, f->cap * sizeof *f->nums);
		else
			f->texts = xrealloc(f->texts, f->cap * sizeof *f->texts);
	}
	struct facet_list *l = &f->lists[f->n++];
	*l = (struct facet_list){.off = f->len};
	return l;
}

/* Whether KEY (column 0) is the key of the family's last list. */
static bool same_key(const struct facet_family *f, int fam, sqlite3_stmt *s)
{
	if (!f->n)
		return false;
	if (fam == FAM_INST || fam == FAM_TOPIC)
		return f->ids[f->n - 1] == sqlite3_column_int64(s, 0);
	if (fam == FAM_SCORE)
		return f->nums[f->n - 1] == sqlite3_column_double(s, 0);
	const char *t = (const char *)sqlite3_column_text(s, 0);
	return t && !strcmp(f->texts[f->n - 1], t);
}

static void add_row(struct facet_index *ix, int fam, sqlite3_stmt *s)
{
	long long id = sqlite3_column_int64(s, 1);
	if (id < 0 || id >= ix->limit) /* cannot be: the build starts again after a write */
		return;
	if (fam == FAM_DATE || fam < 0)
		bits_set(&ix->all, id);
	if (fam < 0)
		return;
	struct facet_family *f = &ix->fam[fam];
	int type = sqlite3_column_type(s, 0);
	/* SQLite orders and compares values of other types apart from these (an integer date
	 * before every text): such a family answers no terms */
	if ((fam == FAM_DATE && type != SQLITE_TEXT) ||
	    (fam == FAM_SCORE && type != SQLITE_FLOAT && type != SQLITE_INTEGER)) {
		f->odd = true;
		return;
	}
	struct facet_list *l;
	if (same_key(f, fam, s)) {
		l = &f->lists[f->n - 1];
	} else {
		l = family_add(f, fam);
		if (fam == FAM_INST || fam == FAM_TOPIC)
			f->ids[f->n - 1] = sqlite3_column_int64(s, 0);
		else if (fam == FAM_SCORE)
			f->nums[f->n - 1] = sqlite3_column_double(s, 0);
		else
			f->texts[f->n - 1] = xstrdup((const char *)sqlite3_column_text(s, 0));
	}
	facet_blob_put(f, (unsigned long long)(id - l->last));
	l->last = id;
	l->n++;
}

static bool step_fail(struct facet_index *ix, struct store *st, sqlite3_stmt *s,
		      struct strbuf *err)
{
	/* a key the user pressed stops a step (store_set_interrupt): it is done again later */
	if ((sqlite3_errcode(st->db) & 0xff) != SQLITE_INTERRUPT)
		ix->broken = true;
	sb_addf(err, "%s: cannot index the facets: %s", st->path, sqlite3_errmsg(st->db));
	sqlite3_finalize(s);
	return false;
}

/* The first step: what the build covers. */
static bool step_begin(struct facet_index *ix, struct store *st, struct strbuf *err)
{
	sqlite3_stmt *s = NULL;
	ix->version = store_data_version(st);
	if (sqlite3_prepare_v2(st->db, "SELECT max(id) FROM paper", -1, &s, NULL) != SQLITE_OK ||
	    sqlite3_step(s) != SQLITE_ROW)
		return step_fail(ix, st, s, err);
	ix->limit = sqlite3_column_int64(s, 0) + 1;
	sqlite3_finalize(s);
	bits_init(&ix->all, ix->limit);
	ix->stage = 1;
	return true;
}

/* One step of stage K (1-based): up to FACET_INDEX_STEP rows after the last one read. */
static bool step_lists(struct facet_index *ix, struct store *st, int k, struct strbuf *err)
{
	sqlite3_stmt *s = NULL;
	const char *sql = ix->key ? stages[k].next : stages[k].first;
	long long rows = 0;
	int rc;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return step_fail(ix, st, s, err);
	if (ix->key) {
		sqlite3_bind_value(s, 1, ix->key);
		sqlite3_bind_int64(s, 2, ix->key_id);
	}
	sqlite3_bind_int64(s, 3, ix->step_rows);
	double until = clock_ms() + FACET_INDEX_STEP_MS;
	bool more = false; /* the step stopped before the stage's last row */
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		add_row(ix, stages[k].fam, s);
		rows++;
		/* a step ends at its rows or its time, whichever comes first: rows cost more
		 * where the library's pages are not in memory */
		more = rows == ix->step_rows || (rows % 1024 == 0 && clock_ms() >= until);
		if (more) { /* where the next step goes on */
			sqlite3_value_free(ix->key);
			ix->key = sqlite3_value_dup(sqlite3_column_value(s, 0));
			ix->key_id = sqlite3_column_int64(s, 1);
			if (!ix->key) {
				sb_addf(err, "%s: cannot index the facets: out of memory", st->path);
				ix->broken = true;
				sqlite3_finalize(s);
				return false;
			}
			break;
		}
	}
	if (!more && rc != SQLITE_DONE)
		return step_fail(ix, st, s, err);
	sqlite3_finalize(s);
	ix->built_rows += rows;
	if (!more) {
		sqlite3_value_free(ix->key);
		ix->key = NULL;
		ix->stage++;
	}
	return true;
}

static const struct facet_family *order_of; /* the family family_order sorts (one thread) */

static int cmp_size(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	uint32_t nx = order_of->lists[x].n, ny = order_of->lists[y].n;
	if (nx != ny)
		return nx > ny ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* The lists by size, largest first. */
static void family_order(struct facet_family *f)
{
	free(f->by_size);
	f->by_size = xmalloc((f->n ? f->n : 1) * sizeof *f->by_size);
	for (size_t i = 0; i < f->n; i++)
		f->by_size[i] = (uint32_t)i;
	order_of = f;
	qsort(f->by_size, f->n, sizeof *f->by_size, cmp_size);
	order_of = NULL;
}

/* The names' order: the place of each value's name, so that equal counts sort as SQL would
 * sort them (name COLLATE NOCASE, then id) without the names in memory. */
static bool step_ranks(struct facet_index *ix, struct store *st, int which, struct strbuf *err)
{
	sqlite3_stmt *s = NULL;
	struct facet_family *f = &ix->fam[which ? FAM_TOPIC : FAM_INST];
	uint32_t rank = 0;
	int rc;
	if (sqlite3_prepare_v2(st->db, rank_sql[which], -1, &s, NULL) != SQLITE_OK)
		return step_fail(ix, st, s, err);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct facet_list *l = (struct facet_list *)facet_family_find(f, sqlite3_column_int64(s, 0));
		if (l)
			l->rank = rank;
		rank++;
	}
	if (rc != SQLITE_DONE)
		return step_fail(ix, st, s, err);
	sqlite3_finalize(s);
	family_order(f);
	ix->stage++;
	return true;
}

/* The end of the build: the papers are counted once for every count after. */
static void build_end(struct facet_index *ix)
{
	ix->papers = bits_count(&ix->all);
	ix->ready = true;
}

bool facet_index_step(struct facet_index *ix, struct store *st, struct strbuf *err)
{
	if (ix->ready)
		return true;
	if (ix->stage == 0)
		return step_begin(ix, st, err);
	if (store_data_version(st) != ix->version) { /* another connection wrote: start again */
		facet_index_reset(ix);
		return true;
	}
	/* a family's lists are recoded as soon as its stage ends, before the next family is
	 * read: the index never holds more than one family still in LEB128 */
	int read = 0; /* the families whose stages are done */
	for (int k = 0; k < NSTAGES && k < ix->stage - 1; k++)
		if (stages[k].fam >= 0)
			read = stages[k].fam + 1;
	if (ix->recode_fam < read) {
		facet_index_recode_step(ix, read); /* what is left goes on in the next step */
		return true;
	}
	if (ix->stage <= NSTAGES)
		return step_lists(ix, st, ix->stage - 1, err);
	if (ix->stage <= NSTAGES + 2)
		return step_ranks(ix, st, ix->stage - NSTAGES - 1, err);
	build_end(ix);
	return true;
}

const struct facet_list *facet_family_find(const struct facet_family *f, long long id)
{
	size_t lo = 0, hi = f->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < f->n && f->ids[lo] == id ? &f->lists[lo] : NULL;
}
