/* ingest.c — one file of an ingest: read, decoded, recognised, extracted and stored (whole or
 * not at all); its line, or its failure naming it; the run's summary line. */
#include "ingest.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ingest-input.h"
#include "ingest-run.h"

/* Failed files named in the summary line; the rest are counted (each had its own message). */
#define SUMMARY_MAX_NAMED 3

void ingest_totals_free(struct ingest_totals *t)
{
	strlist_free(&t->failures);
	memset(t, 0, sizeof *t);
}

void ingest_count_failed(struct ingest_totals *t, const char *msg)
{
	strlist_add(&t->failures, msg);
	t->failed++;
}

void ingest_count_stored(struct ingest_totals *t, const struct ingest_loaded *l)
{
	t->papers += l->papers.n;
	t->new_papers += l->new_papers;
	t->merged += l->papers.n - l->new_papers;
}

void ingest_loaded_free(struct ingest_loaded *l)
{
	free(l->path);
	free(l->source);
	paper_list_free(&l->papers);
	strlist_free(&l->aliases);
	memset(l, 0, sizeof *l);
}

void ingest_failure_line(struct strbuf *line, const char *path, const char *what)
{
	char *msg = xasprintf("%s: %s", path, what);
	char *shown = ingest_printable(msg);
	sb_clear(line);
	sb_add(line, shown);
	free(shown);
	free(msg);
}

void ingest_unchanged_line(struct strbuf *line, const char *path)
{
	char *shown = ingest_printable(path);
	sb_clear(line);
	sb_addf(line, "%s: unchanged since it was last ingested; skipped", shown);
	free(shown);
}

char *ingest_source_path(const char *path)
{
	char *real;
	if (strcmp(path, "-") == 0)
		return xstrdup("-");
	real = realpath(path, NULL);
	return real ? real : xstrdup(path);
}

/* The year a date without one ("Feb 17") belongs to: the year the page was saved. */
static int year_of(time_t when)
{
	struct tm tm;
	if (!localtime_r(&when, &tm))
		return 0;
	return tm.tm_year + 1900;
}

static const struct adapter *detect(const struct adapter *const *list, const struct page *pg)
{
	for (size_t i = 0; list && list[i]; i++)
		if (list[i]->detect(pg))
			return list[i];
	return NULL;
}

bool ingest_store(struct store *st, const struct ingest_options *o, struct ingest_loaded *l,
		  struct strbuf *line)
{
	long long source_id = store_source_add(st, l->source, l->hash, l->adapter);
	struct strbuf err = {0};

	l->new_papers = 0;
	if (!source_id)
		goto fail;
	for (size_t i = 0; i < l->papers.n; i++) {
		long long id;
		bool is_new;
		if (!store_paper_put(st, &l->papers.v[i], source_id, &id, &is_new))
			goto fail;
		l->new_papers += is_new;
		for (size_t k = 0; k < o->ctx.tags.n; k++)
			if (!store_tag_set(st, id, o->ctx.tags.v[k], true))
				goto fail;
	}
	for (size_t i = 0; i + 1 < l->aliases.n; i += 2)
		if (!store_institution_alias(st, l->aliases.v[i], l->aliases.v[i + 1]))
			goto fail;
	return true;
fail:
	sb_addf(&err, "cannot store: %s", store_errmsg(st));
	ingest_failure_line(line, l->path, err.s);
	sb_free(&err);
	return false;
}

bool ingest_store_alone(struct store *st, const struct ingest_options *o,
			struct ingest_loaded *l, struct strbuf *line)
{
	if (!store_begin_batch(st)) {
		struct strbuf err = {0};
		sb_addf(&err, "cannot write to the library: %s", store_errmsg(st));
		ingest_failure_line(line, l->path, err.s);
		sb_free(&err);
		return false;
	}
	if (!ingest_store(st, o, l, line))
		goto fail;
	if (!store_commit(st)) {
		struct strbuf err = {0};
		sb_addf(&err, "cannot store: %s", store_errmsg(st));
		ingest_failure_line(line, l->path, err.s);
		sb_free(&err);
		goto fail;
	}
	return true;
fail:
	store_rollback(st);
	return false;
}

void ingest_stored_line(const struct ingest_loaded *l, struct strbuf *line)
{
	char *shown = ingest_printable(l->path);
	size_t n = l->papers.n, fresh = l->new_papers;
	sb_clear(line);
	sb_addf(line, "%s: %zu paper%s (%zu new, %zu merged)", shown, n, n == 1 ? "" : "s", fresh,
		n - fresh);
	if (l->limited)
		sb_addf(line, "; %zu field%s over the limits cut or left out", l->limited,
			l->limited == 1 ? "" : "s");
	free(shown);
}

/* Extracts and prepares the papers of PG; false with a message in err. */
static bool extract(const struct ingest_options *o, struct page *pg, bool html,
		    const struct adapter **used, struct paper_list *papers, struct strlist *aliases,
		    size_t *limited, struct strbuf *err)
{
	const struct adapter *a;
	struct paper_list raw = {0};
	bool ok = false;

	a = html ? detect(o->html, pg) : detect(o->text, pg);
	if (!a) {
		sb_add(err, "not a paper page");
		return false;
	}
	*used = a;
	if (!a->extract(pg, &raw, err)) {
		if (!err->len)
			sb_addf(err, "damaged %s page", a->name);
		goto done;
	}
	for (size_t i = 0; i < raw.n; i++) {
		struct strlist found = {0};
		size_t cut = 0;
		bool keep = ingest_paper_prepare(&raw.v[i], !html, o, &found, &cut);
		*limited += cut;
		if (keep) {
			*paper_list_push(papers) = raw.v[i];
			memset(&raw.v[i], 0, sizeof raw.v[i]);
			for (size_t k = 0; k + 1 < found.n; k += 2) /* once per file is enough */
				if (!strlist_has(aliases, found.v[k])) {
					strlist_add(aliases, found.v[k]);
					strlist_add(aliases, found.v[k + 1]);
				}
		}
		strlist_free(&found);
	}
	if (papers->n == 0) {
		sb_addf(err, "no paper metadata found (recognised as %s, but no papers on it)", a->name);
		goto done;
	}
	ok = true;
done:
	paper_list_free(&raw);
	return ok;
}

enum ingest_load_result ingest_load(struct store *st, const struct ingest_options *o,
				    const struct ingest_file *f, struct ingest_loaded *out,
				    struct strbuf *line)
{
	struct ingest_input in = {0};
	struct ingest_text text = {0};
	struct page pg = {0};
	struct strbuf err = {0};
	const struct adapter *used = NULL;
	enum ingest_load_result result = INGEST_FAILED;
	bool html, known;

	memset(out, 0, sizeof *out);
	out->path = xstrdup(f->path);
	sb_clear(line);
	if (f->error) {
		char *shown = ingest_printable(f->error);
		sb_add(line, shown);
		free(shown);
		goto done;
	}
	if (!ingest_read(f->path, &in, &err))
		goto failed_named;
	out->source = ingest_source_path(f->path);
	memcpy(out->hash, in.hash, sizeof out->hash);
	if (st && store_source_unchanged(st, out->source, in.hash)) {
		ingest_unchanged_line(line, f->path);
		result = INGEST_UNCHANGED;
		goto done;
	}
	html = ingest_name_is_html(strcmp(f->path, "-") ? f->path : "", &known);
	if (!known)
		html = ingest_looks_like_html(in.data, in.len);
	ingest_decode_input(&in, html, &text); /* the text is all we need now */
	pg.path = f->path;
	pg.text = text.s;
	pg.len = text.len;
	pg.year = year_of(in.mtime);
	if (strspn(text.s, " \t\r\n\f\v") == text.len) {
		sb_add(&err, "empty file");
		goto failed;
	}
	if (ingest_is_binary(text.s, text.len)) {
		sb_add(&err, "binary data, not a web page or a text dump");
		goto failed;
	}
	if (html && ingest_html_cut(text.s, text.len)) {
		sb_add(&err, "the page ends early, without </html> or </body> (a cut download?); refused");
		goto failed;
	}
	if (html && !(pg.doc = ingest_parse_html(text.s, text.len, f->path, &err)))
		goto failed_named;
	if (!extract(o, &pg, html, &used, &out->papers, &out->aliases, &out->limited, &err))
		goto failed;
	out->adapter = used->name;
	result = INGEST_LOADED;
	goto done;
failed:
	ingest_failure_line(line, f->path, err.s ? err.s : "failed");
	goto done;
failed_named: { /* the message names the file already */
	char *shown = ingest_printable(err.s ? err.s : f->path);
	sb_add(line, shown);
	free(shown);
}
done:
	if (pg.doc)
		ingest_html_free(pg.doc);
	if (result != INGEST_LOADED)
		ingest_loaded_free(out);
	ingest_text_free(&text);
	ingest_input_free(&in);
	sb_free(&err);
	return result;
}

bool ingest_file(struct store *st, const struct ingest_options *o, const struct ingest_file *f,
		 struct ingest_totals *t, struct strbuf *line)
{
	struct ingest_loaded l;
	bool ok = false;

	t->files++;
	switch (ingest_load(st, o, f, &l, line)) {
	case INGEST_UNCHANGED:
		t->unchanged++;
		return true;
	case INGEST_FAILED:
		ingest_count_failed(t, line->s);
		return false;
	case INGEST_LOADED:
		break;
	}
	if (ingest_store_alone(st, o, &l, line)) {
		ingest_count_stored(t, &l);
		ingest_stored_line(&l, line);
		ok = true;
	} else {
		ingest_count_failed(t, line->s);
	}
	ingest_loaded_free(&l);
	return ok;
}

void ingest_format_count(struct strbuf *b, size_t n)
{
	char digits[32];
	int len = snprintf(digits, sizeof digits, "%zu", n);
	for (int i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			sb_addc(b, ',');
		sb_addc(b, digits[i]);
	}
}

static void add_counted(struct strbuf *b, size_t n, const char *one, const char *many)
{
	ingest_format_count(b, n);
	sb_addf(b, " %s", n == 1 ? one : many);
}

void ingest_summary(const struct ingest_totals *t, struct strbuf *out)
{
	add_counted(out, t->files, "file: ", "files: ");
	add_counted(out, t->papers, "paper", "papers");
	sb_add(out, ", ");
	ingest_format_count(out, t->new_papers);
	sb_add(out, " new, ");
	ingest_format_count(out, t->merged);
	sb_add(out, " merged");
	if (t->unchanged) {
		sb_add(out, "; ");
		add_counted(out, t->unchanged, "unchanged file skipped", "unchanged files skipped");
	}
	if (t->stopped) {
		sb_add(out, "; stopped before ");
		add_counted(out, t->stopped, "file", "files");
	}
	if (t->failed) {
		sb_add(out, "; ");
		add_counted(out, t->failed, "file failed", "files failed");
		sb_add(out, ": ");
		for (size_t i = 0; i < t->failures.n && i < SUMMARY_MAX_NAMED; i++)
			sb_addf(out, "%s%s", i ? "; " : "", t->failures.v[i]);
		if (t->failures.n > SUMMARY_MAX_NAMED)
			sb_addf(out, "; and %zu more (see above)", t->failures.n - SUMMARY_MAX_NAMED);
	}
}
