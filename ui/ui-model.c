/* ui-model.c — the reader's view model: filter -> query, the visible window of rows, counts,
 * facets and marks, each asked of SQLite only when drawn. */
#include "ui-model.h"

#include <stdlib.h>
#include <string.h>

#include "facet-match.h"
#include "store-watch.h"

void ui_model_init(struct ui_model *m, struct store *st, struct sort sort)
{
	struct query_error qerr;
	memset(m, 0, sizeof *m);
	m->st = st;
	m->sort = sort;
	store_reader_tune(st);
	m->text = xstrdup("");
	m->q = query_parse("", &qerr);
	m->total = -1;
	m->total_step = UI_TOTAL_STEP;
	m->count = -1;
	m->fav_count = -1;
	m->unread_count = -1;
	m->stale = UI_STALE_ALL;
	facet_index_init(&m->index);
}

/* The matches are stale: the filter or the library changed. */
static void drop_match(struct ui_model *m)
{
	if (m->match_valid)
		bits_free(&m->match);
	m->match_valid = false;
	facet_fts_free(&m->fts);
}

static void free_rows(struct ui_model *m)
{
	for (size_t i = 0; i < m->nrows; i++)
		list_row_free(&m->rows[i]);
	free(m->rows);
	m->rows = NULL;
	m->nrows = 0;
	m->rows_valid = false;
}

static void free_detail(struct ui_model *m)
{
	if (m->detail_id)
		paper_free(&m->detail);
	memset(&m->detail, 0, sizeof m->detail);
	m->detail_id = 0;
}

void ui_model_free(struct ui_model *m)
{
	free_rows(m);
	free_detail(m);
	for (int k = 0; k < 3; k++)
		facet_counts_free(m->facets[k].v, m->facets[k].n);
	drop_match(m);
	facet_index_free(&m->index);
	query_free(m->q);
	free(m->text);
	free(m->marks);
	ui_filter_clear(&m->filter);
	memset(m, 0, sizeof *m);
}

char *ui_model_filter_text(const struct ui_filter *f)
{
	struct strbuf b = {0};
	ui_filter_text(f, &b);
	return sb_take(&b);
}

bool ui_model_set_filter(struct ui_model *m, const struct ui_filter *f, struct query_error *err)
{
	char *text = ui_model_filter_text(f);
	struct query *q = query_parse(text, err);
	struct ui_filter copy;

	if (!q) {
		free(text);
		return false;
	}
	ui_filter_copy(&copy, f); /* F may be m->filter itself */
	ui_filter_clear(&m->filter);
	m->filter = copy;
	query_free(m->q);
	m->q = q;
	free(m->text);
	m->text = text;
	free_rows(m);
	free_detail(m);
	m->cursor = 0;
	m->follow_id = 0;
	drop_match(m);
	m->count = -1;
	m->fav_count = -1;
	m->unread_count = -1;
	m->stale |= UI_STALE_COUNT | UI_STALE_INST | UI_STALE_TOPIC | UI_STALE_TAG |
		    UI_STALE_SPECIAL;
	return true;
}

void ui_model_set_sort(struct ui_model *m, struct sort sort)
{
	m->sort = sort;
	free_rows(m);
	free_detail(m);
	m->cursor = 0;
	m->follow_id = 0;
}

/* A window from the facet index's lists (facet-order.c), where SQLite would look up each
 * match's sort key in an index larger than its cache: when the index is built for the library
 * as it is, orders by the sort's key, and the filter's matches are known as a bitmap, or are
 * read from the lists alone, or are few enough that SQLite would gather them too (the bitmap
 * is then kept for the counts). Rows as store_list_rows (REVERSE: store_list_rows_end) gives
 * them. 1: done; 0: SQL's turn; -1: an error, in ERR. */
static int window_from_index(struct ui_model *m, bool reverse, long long off, long long limit,
			     struct list_row **rows, size_t *nrows, struct strbuf *err)
{
	long long *ids;
	size_t n;
	if (!facet_order_usable(&m->index, m->sort) ||
	    store_data_version(m->st) != m->index.version)
		return 0;
	if (!m->match_valid) {
		struct strbuf e = {0}; /* SQL says it again if it is more than a key pressed */
		if ((!facet_match_in_lists(&m->index, m->q) &&
		     !store_list_gathers(m->st, m->q, m->sort, off + limit)) ||
		    !facet_match(&m->index, m->st, m->q, &m->match, &e)) {
			sb_free(&e);
			return 0;
		}
		m->match_valid = true;
	}
	facet_order_window(&m->index, &m->match, m->sort, reverse, off, limit, &ids, &n);
	bool ok = store_list_rows_of(m->st, ids, n, rows, nrows, err);
	free(ids);
	for (size_t i = 0; ok && reverse && i < *nrows / 2; i++) { /* back to the list's order */
		struct list_row t = (*rows)[i];
		(*rows)[i] = (*rows)[*nrows - 1 - i];
		(*rows)[*nrows - 1 - i] = t;
	}
	return ok ? 1 : -1;
}

bool ui_model_window(struct ui_model *m, long long first, long long n, struct strbuf *err)
{
	long long off, limit;
	struct list_row *rows = NULL;
	size_t nrows = 0;

	if (first < 0)
		first = 0;
	if (n < 1)
		n = 1;
	if (m->rows_valid && first >= m->rows_off &&
	    (first + n <= m->rows_off + (long long)m->nrows ||
	     (long long)m->nrows < m->rows_asked))
		return true;
	/* a screenful either side, so that moving a line or a page needs no query; after a
	 * change, as far as the cursor's paper is looked for */
	off = first - n > 0 ? first - n : 0;
	limit = first + 2 * n - off;
	if (m->follow_id) {
		long long lo = (first < m->cursor ? first : m->cursor) - UI_FOLLOW_RANGE;
		long long hi = (first + n > m->cursor + 1 ? first + n : m->cursor + 1) + UI_FOLLOW_RANGE;
		off = lo > 0 ? lo : 0;
		limit = hi - off;
	}
	long long known = m->count >= 0 && !(m->stale & UI_STALE_COUNT) ? m->count : -1;
	long long from_end = known - (off + limit);
	/* the far half of a long list: read it from its end, as quick as its top; the window
	 * asked for stays LIMIT long, so a short answer still means the end */
	bool reverse = known > 0 && off > known / 2 && off < known;
	long long w_off = reverse ? (from_end > 0 ? from_end : 0) : off;
	long long w_limit = reverse && from_end < 0 ? limit + from_end : limit;
	int got = window_from_index(m, reverse, w_off, w_limit, &rows, &nrows, err);
	bool ok = got > 0;
	if (!got && reverse)
		ok = store_list_rows_end(m->st, m->q, m->sort, w_off, w_limit, &rows, &nrows, err);
	else if (!got)
		ok = store_list_rows(m->st, m->q, m->sort, w_off, w_limit, &rows, &nrows, err);
	if (!ok)
		return false;
	free_rows(m);
	m->rows = rows;
	m->nrows = nrows;
	m->rows_off = off;
	m->rows_asked = limit;
	m->rows_valid = true;
	for (size_t i = 0; m->follow_id && i < nrows; i++)
		if (rows[i].id == m->follow_id)
			m->cursor = off + (long long)i;
	m->follow_id = 0;
	if ((long long)nrows < limit && (nrows > 0 || off == 0) && m->count < 0 &&
	    !(m->stale & UI_STALE_COUNT))
		m->count = off + (long long)nrows;
	return true;
}

const struct list_row *ui_model_row(const struct ui_model *m, long long i)
{
	if (!m->rows_valid || i < m->rows_off || i >= m->rows_off + (long long)m->nrows)
		return NULL;
	return &m->rows[i - m->rows_off];
}

long long ui_model_known_length(const struct ui_model *m)
{
	if (m->count >= 0 && !(m->stale & UI_STALE_COUNT))
		return m->count;
	if (m->rows_valid && (long long)m->nrows < m->rows_asked &&
	    (m->nrows > 0 || m->rows_off == 0))
		return m->rows_off + (long long)m->nrows;
	return m->count; /* stale but the best guess, or -1 */
}

long long ui_model_length(struct ui_model *m, struct strbuf *err)
{
	if (m->count >= 0 && !(m->stale & UI_STALE_COUNT))
		return m->count;
	long long c = store_count(m->st, m->q, err);
	if (c >= 0) {
		m->count = c;
		m->stale &= ~(unsigned)UI_STALE_COUNT;
	}
	return c;
}

/* Counts the papers of the filter with FLAG added (fav or unread) through the same query
 * text path as everything else. */
static long long count_with(struct ui_model *m, bool fav, struct strbuf *err)
{
	struct ui_filter f;
	struct query_error qerr;
	long long c = -1;
	ui_filter_copy(&f, &m->filter);
	if (fav)
		f.fav_only = true;
	else
		f.unread_only = true;
	char *text = ui_model_filter_text(&f);
	struct query *q = query_parse(text, &qerr);
	if (q)
		c = store_count(m->st, q, err);
	else
		sb_addf(err, "column %d: %s", qerr.column, qerr.msg);
	query_free(q);
	free(text);
	ui_filter_clear(&f);
	return c;
}

/* Unread among the matches: the count (known by now) less the read ones among them, which
 * are few where the unread are most of a large list. Falls back to counting the unread when
 * the filter cannot be nested once more. */
static long long count_unread(struct ui_model *m, struct strbuf *err)
{
	struct query_error qerr;
	long long c = -1;
	if (m->count < 0 || (m->stale & UI_STALE_COUNT))
		return count_with(m, false, err);
	char *text = str_empty(m->text) ? xstrdup("read") : xasprintf("(%s) read", m->text);
	struct query *q = query_parse(text, &qerr);
	free(text);
	if (!q)
		return count_with(m, false, err);
	long long read = store_count(m->st, q, err);
	if (read >= 0)
		c = m->count - read;
	query_free(q);
	return c;
}

/* One piece of counting the library's papers; the total is known when a piece comes short. */
static bool total_step(struct ui_model *m, struct strbuf *err)
{
	long long n = store_count_papers_after(m->st, &m->total_after, m->total_step, err);
	if (n < 0)
		return false;
	m->total_run += n;
	if (n < m->total_step) {
		m->total = m->total_run;
		m->total_run = 0;
		m->total_after = 0;
		m->stale &= ~(unsigned)UI_STALE_TOTAL;
	}
	return true;
}

/* The papers the filter matches: with the index, as a bitmap kept for the facets. */
static long long count_matches(struct ui_model *m, struct strbuf *err)
{
	if (m->match_valid) /* the window's, for this filter and this index */
		return bits_count(&m->match);
	if (!m->index.ready)
		return store_count(m->st, m->q, err);
	if (!facet_match_with(&m->index, m->st, m->q, &m->fts, &m->match, err))
		return -1;
	facet_fts_free(&m->fts); /* in the bitmap now */
	m->match_valid = true;
	return bits_count(&m->match);
}

static bool do_facets(struct ui_model *m, enum facet_kind kind, struct strbuf *err)
{
	struct facet_count *v = NULL;
	size_t n = 0;
	bool ok = m->match_valid ? facet_match_counts(&m->index, m->st, &m->match, kind,
						      UI_FACET_LIMIT, &v, &n, err)
				 : store_facets(m->st, m->q, kind, UI_FACET_LIMIT, &v, &n, err);
	if (!ok)
		return false;
	facet_counts_free(m->facets[kind].v, m->facets[kind].n);
	m->facets[kind].v = v;
	m->facets[kind].n = n;
	return true;
}

/* One step of building the index (an interrupted one is done again; one the library cannot
 * give leaves the counts to SQL). */
static bool index_step(struct ui_model *m, struct strbuf *err)
{
	struct strbuf e = {0};
	bool ok = facet_index_step(&m->index, m->st, &e) || m->index.broken;
	if (!ok)
		sb_add(err, e.s);
	sb_free(&e);
	return ok;
}

/* Whether the index is built before the counts: when a filter wants them and the build has not
 * been dropped for a write yet. A library written to all the time (an ingest committing every
 * few seconds) gets its counts by SQL first instead, so that they never wait for a build that
 * keeps starting again. */
static bool index_first(const struct ui_model *m)
{
	return !m->index.ready && !m->index.broken && !m->index.resets && !str_empty(m->text) &&
	       (m->stale & (UI_STALE_COUNT | UI_STALE_INST | UI_STALE_TOPIC | UI_STALE_TAG |
			    UI_STALE_SPECIAL));
}

bool ui_model_idle_step(struct ui_model *m, bool *failed, struct strbuf *err)
{
	bool ok = true;
	int fts;
	*failed = false;
	if (index_first(m)) {
		ok = index_step(m, err);
	} else if (m->stale & UI_STALE_COUNT && str_empty(m->text) && !m->index.ready) {
		/* everything: the count is the total, counted in pieces */
		if (m->stale & UI_STALE_TOTAL) {
			ok = total_step(m, err);
		} else {
			m->count = m->total;
			m->stale &= ~(unsigned)UI_STALE_COUNT;
		}
	} else if (m->stale & UI_STALE_COUNT && m->index.ready && !m->match_valid &&
		   !m->fts.ready && (fts = facet_fts_step(&m->index, m->st, m->q, &m->fts,
							  UI_FTS_STEP, err)) != 0) {
		/* the full-text sets first, a piece a step; the count in the step that finds
		 * them all read */
		ok = fts > 0;
	} else if (m->stale & UI_STALE_COUNT) {
		long long c = count_matches(m, err);
		if ((ok = c >= 0)) {
			m->count = c;
			m->stale &= ~(unsigned)UI_STALE_COUNT;
		}
	} else if (m->stale & UI_STALE_TOTAL) {
		ok = total_step(m, err);
	} else if (m->stale & UI_STALE_INST) {
		if ((ok = do_facets(m, FACET_INSTITUTION, err)))
			m->stale &= ~(unsigned)UI_STALE_INST;
	} else if (m->stale & UI_STALE_TOPIC) {
		if ((ok = do_facets(m, FACET_TOPIC, err)))
			m->stale &= ~(unsigned)UI_STALE_TOPIC;
	} else if (m->stale & UI_STALE_TAG) {
		if ((ok = do_facets(m, FACET_TAG, err)))
			m->stale &= ~(unsigned)UI_STALE_TAG;
	} else if (m->stale & UI_STALE_SPECIAL && m->match_valid) {
		long long fav = facet_match_marked(m->st, &m->match, false, err);
		long long read = fav >= 0 ? facet_match_marked(m->st, &m->match, true, err) : -1;
		if ((ok = read >= 0)) {
			m->fav_count = fav;
			m->unread_count = m->count - read;
			m->stale &= ~(unsigned)UI_STALE_SPECIAL;
		}
	} else if (m->stale & UI_STALE_SPECIAL) {
		long long fav = count_with(m, true, err);
		long long unread = fav >= 0 ? count_unread(m, err) : -1;
		if ((ok = fav >= 0 && unread >= 0)) {
			m->fav_count = fav;
			m->unread_count = unread;
			m->stale &= ~(unsigned)UI_STALE_SPECIAL;
		}
	} else if (!m->index.ready && !m->index.broken) {
		ok = index_step(m, err);
	} else {
		return false;
	}
	*failed = !ok;
	return true;
}

const struct paper *ui_model_detail(struct ui_model *m)
{
	const struct list_row *r = ui_model_row(m, m->cursor);
	if (!r) {
		struct strbuf err = {0};
		bool ok = ui_model_window(m, m->cursor, 1, &err);
		sb_free(&err);
		r = ok ? ui_model_row(m, m->cursor) : NULL;
	}
	if (!r)
		return NULL;
	if (m->detail_id == r->id)
		return &m->detail;
	free_detail(m);
	if (!store_paper_get(m->st, r->id, &m->detail)) {
		memset(&m->detail, 0, sizeof m->detail);
		return NULL;
	}
	m->detail_id = r->id;
	return &m->detail;
}

void ui_model_invalidate(struct ui_model *m, unsigned stale)
{
	const struct list_row *selected = ui_model_row(m, m->cursor);
	if (selected) /* else the last change's paper is still to be found */
		m->follow_id = selected->id;
	free_rows(m);
	free_detail(m);
	if (stale & (UI_STALE_COUNT | UI_STALE_TOTAL)) /* the bitmap is of the index's lists */
		drop_match(m);
	if (stale & UI_STALE_TOTAL) { /* the library itself changed, not only the user's marks */
		facet_index_reset(&m->index);
		m->total_run = 0; /* a count half done counted the library as it was */
		m->total_after = 0;
	}
	m->stale |= stale;
}

bool ui_model_facet_values(struct ui_model *m, enum facet_kind kind, struct facet_count **out,
			   size_t *n, struct strbuf *err)
{
	struct ui_filter f;
	struct query_error qerr;
	bool ok = false;
	ui_filter_copy(&f, &m->filter);
	if (kind == FACET_INSTITUTION)
		strlist_free(&f.insts);
	else if (kind == FACET_TOPIC)
		strlist_free(&f.topics);
	else
		strlist_free(&f.tags);
	char *text = ui_model_filter_text(&f);
	struct query *q = query_parse(text, &qerr);
	struct bits set = {0};
	if (q && m->index.ready) {
		ok = facet_match(&m->index, m->st, q, &set, err) &&
		     facet_match_counts(&m->index, m->st, &set, kind, -1, out, n, err);
		bits_free(&set);
	} else if (q)
		ok = store_facets(m->st, q, kind, -1, out, n, err);
	else
		sb_addf(err, "column %d: %s", qerr.column, qerr.msg);
	query_free(q);
	free(text);
	ui_filter_clear(&f);
	return ok;
}

bool ui_model_is_marked(const struct ui_model *m, long long id)
{
	for (size_t i = 0; i < m->nmarks; i++)
		if (m->marks[i] == id)
			return true;
	return false;
}

void ui_model_toggle_mark(struct ui_model *m, long long id)
{
	for (size_t i = 0; i < m->nmarks; i++)
		if (m->marks[i] == id) {
			memmove(m->marks + i, m->marks + i + 1, (m->nmarks - i - 1) * sizeof *m->marks);
			m->nmarks--;
			return;
		}
	if (m->nmarks == m->capmarks) {
		m->capmarks = m->capmarks ? m->capmarks * 2 : 16;
		m->marks = xrealloc(m->marks, m->capmarks * sizeof *m->marks);
	}
	m->marks[m->nmarks++] = id;
}

void ui_model_clear_marks(struct ui_model *m)
{
	m->nmarks = 0;
}
