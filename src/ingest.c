/* ingest.c — the ingest run: each file read, decoded, recognised, extracted and stored in one
 * transaction; per-file errors name the file and the run goes on; a summary closes it. */
#include "ingest.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ingest-input.h"

/* Failed files named in the summary line; the rest are counted (each had its own message). */
#define SUMMARY_MAX_NAMED 3

void ingest_totals_free(struct ingest_totals *t)
{
	strlist_free(&t->failures);
	memset(t, 0, sizeof *t);
}

/* Records a failed file: its message in LINE and, for the summary, in T. */
static void fail(struct ingest_totals *t, const char *msg, struct strbuf *line)
{
	char *shown = ingest_printable(msg);
	sb_clear(line);
	sb_add(line, shown);
	strlist_take(&t->failures, shown);
	t->failed++;
}

/* The path a source is recorded under: absolute and without links, so the same file found
 * two ways is one source. */
static char *source_path(const char *path)
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

/* Stores PAPERS from source SOURCE in one transaction; false with a message in err. */
static bool store_papers(struct store *st, const struct ingest_options *o, const char *source,
			 const char *hash, const char *adapter, struct paper_list *papers,
			 const struct strlist *aliases, size_t *new_papers, struct strbuf *err)
{
	long long source_id;
	if (!store_begin_batch(st)) {
		sb_addf(err, "cannot write to the library: %s", store_errmsg(st));
		return false;
	}
	source_id = store_source_add(st, source, hash, adapter);
	if (!source_id)
		goto fail;
	for (size_t i = 0; i < papers->n; i++) {
		long long id;
		bool is_new;
		if (!store_paper_put(st, &papers->v[i], source_id, &id, &is_new))
			goto fail;
		*new_papers += is_new;
		for (size_t k = 0; k < o->ctx.tags.n; k++)
			if (!store_tag_set(st, id, o->ctx.tags.v[k], true))
				goto fail;
	}
	for (size_t i = 0; i + 1 < aliases->n; i += 2)
		if (!store_institution_alias(st, aliases->v[i], aliases->v[i + 1]))
			goto fail;
	if (!store_commit(st))
		goto fail;
	return true;
fail:
	sb_addf(err, "cannot store: %s", store_errmsg(st));
	store_rollback(st);
	return false;
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

bool ingest_file(struct store *st, const struct ingest_options *o, const struct ingest_file *f,
		 struct ingest_totals *t, struct strbuf *line)
{
	struct ingest_input in = {0};
	struct ingest_text text = {0};
	struct page pg = {0};
	struct paper_list papers = {0};
	struct strlist aliases = {0};
	struct strbuf err = {0}, msg = {0};
	const struct adapter *used = NULL;
	char *source = NULL, *shown = ingest_printable(f->path);
	size_t new_papers = 0, limited = 0;
	bool html, known, ok = false;

	t->files++;
	if (f->error) {
		fail(t, f->error, line);
		goto done;
	}
	if (!ingest_read(f->path, &in, &err))
		goto failed_named;
	source = source_path(f->path);
	if (store_source_unchanged(st, source, in.hash)) {
		t->unchanged++;
		sb_addf(line, "%s: unchanged since it was last ingested; skipped", shown);
		ok = true;
		goto done;
	}
	html = ingest_name_is_html(strcmp(f->path, "-") ? f->path : "", &known);
	if (!known)
		html = ingest_looks_like_html(in.data, in.len);
	ingest_decode(in.data, in.len, html, &text);
	free(in.data); /* the decoded copy is all we need now */
	in.data = NULL;
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
	if (!extract(o, &pg, html, &used, &papers, &aliases, &limited, &err))
		goto failed;
	if (!store_papers(st, o, source, in.hash, used->name, &papers, &aliases, &new_papers, &err))
		goto failed;
	t->papers += papers.n;
	t->new_papers += new_papers;
	t->merged += papers.n - new_papers;
	sb_addf(line, "%s: %zu paper%s (%zu new, %zu merged)", shown, papers.n,
		papers.n == 1 ? "" : "s", new_papers, papers.n - new_papers);
	if (limited)
		sb_addf(line, "; %zu field%s over the limits cut or left out", limited,
			limited == 1 ? "" : "s");
	ok = true;
	goto done;
failed:
	sb_addf(&msg, "%s: %s", f->path, err.s ? err.s : "failed");
	fail(t, msg.s, line);
	goto done;
failed_named: /* the message names the file already */
	fail(t, err.s ? err.s : f->path, line);
done:
	if (pg.doc)
		ingest_html_free(pg.doc);
	paper_list_free(&papers);
	strlist_free(&aliases);
	ingest_text_free(&text);
	ingest_input_free(&in);
	sb_free(&err);
	sb_free(&msg);
	free(source);
	free(shown);
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

bool ingest_run(struct store *st, const struct ingest_options *o, char *const *paths, int n,
		struct ingest_totals *t)
{
	struct ingest_files files = {0};
	struct ingest_progress bar;
	struct strlist done_paths = {0};
	struct strbuf line = {0};

	ingest_walk(paths, n, &files);
	ingest_progress_start(&bar, o->progress, files.n);
	for (size_t i = 0; i < files.n; i++) {
		const struct ingest_file *f = &files.v[i];
		/* the same file named twice (or found twice through links) is read once */
		char *real = f->error ? NULL : source_path(f->path);
		if (real && strcmp(real, "-") != 0 && strlist_has(&done_paths, real)) {
			free(real);
			continue;
		}
		if (real)
			strlist_take(&done_paths, real);
		ingest_progress_update(&bar, i, f->path);
		sb_clear(&line);
		if (!ingest_file(st, o, f, t, &line)) {
			ingest_progress_clear(&bar);
			fprintf(o->err, "paperboat: %s\n", line.s);
			/* a full disk or a damaged library fails every file the same way */
			if (store_unwritable(st) && i + 1 < files.n) {
				fprintf(o->err, "paperboat: %s: stopped: the library cannot be written; "
					"%zu file%s not ingested\n", store_path(st), files.n - i - 1,
					files.n - i - 1 == 1 ? "" : "s");
				t->stopped = files.n - i - 1;
				fflush(o->err);
				break;
			}
			fflush(o->err);
		} else if (!o->quiet) {
			ingest_progress_clear(&bar);
			fprintf(o->out, "%s\n", line.s);
		}
	}
	ingest_progress_clear(&bar);
	sb_clear(&line);
	ingest_summary(t, &line);
	fprintf(o->out, "%s\n", line.s);
	fflush(o->out);
	sb_free(&line);
	strlist_free(&done_paths);
	ingest_files_free(&files);
	return t->failed == 0 && t->stopped == 0;
}
