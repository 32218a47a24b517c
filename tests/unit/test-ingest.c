/* test-ingest.c — the ingest run with small adapters of its own: walking paths, each file
 * stored whole or not at all (several to a transaction, a savepoint each; the library failing
 * at commit), unchanged files skipped, failures alone, context options, the summary line. The
 * site adapters have their own tests. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <zlib.h>
#include <cmocka.h>

#include "helpers/sqlite-faults.h"
#include "helpers/temp-library.h"
#include "ingest.h"
#include "text.h"

/* --- the test's adapters ------------------------------------------------------------------
 * HTML: a page with <meta name="test-papers">; each <article> is a paper: <h1> title, <p>
 * abstract, <i> institutions, <b> arXiv id. Text: "TEST PAPERS" first, then "T: title",
 * "A: abstract", "I: institution" lines. Either gives the page year as the paper's date. */

static bool html_detect(const struct page *pg)
{
	return pg->doc && strstr(pg->text, "name=\"test-papers\"") != NULL;
}

static void html_walk(xmlNodePtr n, const struct page *pg, struct paper_list *out)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "article") != 0) {
			html_walk(n->children, pg, out);
			continue;
		}
		struct paper *p = paper_list_push(out);
		p->date = xasprintf("%d", pg->year);
		for (xmlNodePtr c = n->children; c; c = c->next) {
			if (c->type != XML_ELEMENT_NODE)
				continue;
			char *t = text_node(c);
			if (strcmp((const char *)c->name, "h1") == 0)
				p->title = t;
			else if (strcmp((const char *)c->name, "p") == 0)
				p->abstract = t;
			else if (strcmp((const char *)c->name, "b") == 0)
				p->arxiv_id = t;
			else if (strcmp((const char *)c->name, "i") == 0) {
				paper_add_institution(p, t);
				free(t);
			} else
				free(t);
		}
	}
}

static bool html_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	if (strstr(pg->text, "DAMAGED")) {
		sb_add(err, "the test page is damaged");
		return false;
	}
	html_walk(xmlDocGetRootElement(pg->doc), pg, out);
	return true;
}

static bool text_detect(const struct page *pg)
{
	return !pg->doc && str_starts(pg->text, "TEST PAPERS");
}

static bool text_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	struct paper *p = NULL;
	char *copy = xstrdup(pg->text);
	(void)err;
	for (char *save = NULL, *l = strtok_r(copy, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		if (str_starts(l, "T: ")) {
			p = paper_list_push(out);
			p->title = xstrdup(l + 3);
			p->date = xasprintf("%d", pg->year);
		} else if (p && str_starts(l, "A: ")) {
			p->abstract = xstrdup(l + 3);
		} else if (p && str_starts(l, "I: ")) {
			paper_add_institution(p, l + 3);
		}
	}
	free(copy);
	return true;
}

static const struct adapter test_html = {"test-html", html_detect, html_extract};
static const struct adapter test_text = {"test-text", text_detect, text_extract};
static const struct adapter *const html_list[] = {&test_html, NULL};
static const struct adapter *const text_list[] = {&test_text, NULL};

/* --- set-up --------------------------------------------------------------------------- */

struct fixture {
	char dir[64];                /* a fresh directory */
	struct store *st;            /* a fresh library in it */
	struct ingest_options o;     /* the run's options, output to files */
	struct institutions *inst;   /* built-in aliases */
	struct topic_rules *rules;   /* shipped rules */
	char out_path[96], err_path[96];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct strbuf err = {0};
	char *db;
	strcpy(f->dir, "/tmp/pbtest-ingest.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	db = xasprintf("%s/library.db", f->dir);
	f->st = store_open(db, STORE_READ_WRITE, &err);
	free(db);
	if (!f->st)
		return -1;
	f->inst = institutions_new();
	f->rules = topic_rules_new();
	f->o.html = html_list;
	f->o.text = text_list;
	f->o.inst = f->inst;
	f->o.rules = f->rules;
	snprintf(f->out_path, sizeof f->out_path, "%s/out", f->dir);
	snprintf(f->err_path, sizeof f->err_path, "%s/err", f->dir);
	f->o.out = fopen(f->out_path, "w+");
	f->o.err = fopen(f->err_path, "w+");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd = xasprintf("rm -rf '%s'", f->dir);
	store_close(f->st);
	institutions_free(f->inst);
	topic_rules_free(f->rules);
	strlist_free(&f->o.ctx.institutions);
	strlist_free(&f->o.ctx.topics);
	strlist_free(&f->o.ctx.tags);
	fclose(f->o.out);
	fclose(f->o.err);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", f->dir);
	free(cmd);
	free(f);
	return 0;
}

/* Writes TEXT to DIR/NAME (directories made as needed); returns the path (malloc'd). */
static char *put(const struct fixture *f, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", f->dir, name);
	for (char *slash = strchr(path + strlen(f->dir) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(path, 0700);
		*slash = '/';
	}
	FILE *out = fopen(path, "wb");
	assert_non_null(out);
	fputs(text, out);
	fclose(out);
	return path;
}

/* The contents of a stream written so far, from its start; the stream is emptied. */
static char *drain(FILE *s)
{
	struct strbuf b = {0};
	char buf[4096];
	size_t n;
	fflush(s);
	rewind(s);
	while ((n = fread(buf, 1, sizeof buf, s)) > 0)
		sb_addn(&b, buf, n);
	rewind(s);
	if (ftruncate(fileno(s), 0) != 0)
		fail_msg("cannot empty a stream");
	return sb_take(&b);
}

/* Runs the ingest over PATHS; returns its summary line (malloc'd) and the counts. */
static char *run(struct fixture *f, char **paths, int n, struct ingest_totals *t, bool *ok)
{
	char *out;
	memset(t, 0, sizeof *t);
	*ok = ingest_run(f->st, &f->o, paths, n, t);
	strlist_free(&t->failures); /* the counts are what the tests look at */
	out = drain(f->o.out);
	char *last = strrchr(out, '\n');
	if (last)
		*last = '\0';
	last = strrchr(out, '\n');
	char *line = xstrdup(last ? last + 1 : out);
	free(out);
	return line;
}

static const char page_two[] =
	"<html><head><meta name=\"test-papers\"></head><body>"
	"<article><h1>Agents that Verify</h1><p>We study $4.45 \\pm 0.30$ \\emph{agents}.</p>"
	"<i>MIT</i><i>A*STAR (Agency for Science, Technology and Research)</i><b>2601.00001</b></article>"
	"<article><h1>Second Paper</h1><p>A plain abstract.</p><i>Tsinghua</i><b>2601.00002</b></article>"
	"</body></html>";

/* --- tests ------------------------------------------------------------------------------ */

static void test_one_file(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t;
	bool ok;
	char *path = put(f, "two.html", page_two);
	struct paper p = {0};

	char *line = run(f, &path, 1, &t, &ok);
	assert_true(ok);
	assert_string_equal(line, "1 file: 2 papers, 2 new, 0 merged");
	free(line);
	assert_int_equal(store_paper_total(f->st), 2);

	long long id = store_paper_find(f->st, "2601.00001");
	assert_true(id > 0);
	assert_true(store_paper_get(f->st, id, &p));
	assert_string_equal(p.abstract, "We study 4.45 ± 0.30 agents.");
	assert_string_equal(p.abstract_raw, "We study $4.45 \\pm 0.30$ \\emph{agents}.");
	/* canonical names (their order is the store's: none was marked primary) */
	assert_int_equal(p.institutions.n, 2);
	assert_true(strlist_has(&p.institutions, "Massachusetts Institute of Technology"));
	assert_true(strlist_has(&p.institutions, "A*STAR"));
	bool agents = false;
	for (size_t i = 0; i < p.ntopics; i++)
		agents |= strcmp(p.topics[i].name, "agents") == 0 && p.topics[i].origin == TOPIC_RULE;
	assert_true(agents);
	assert_int_equal(p.sources.n, 1);
	assert_non_null(strstr(p.sources.v[0], "/two.html"));
	assert_true(p.sources.v[0][0] == '/'); /* recorded as an absolute path */
	paper_free(&p);

	/* The alias is in the library: the short form finds the canonical institution. */
	id = store_paper_find(f->st, "2601.00002");
	assert_true(store_paper_get(f->st, id, &p));
	assert_string_equal(p.institutions.v[0], "Tsinghua University");
	paper_free(&p);
	free(path);
}

static void test_unchanged_and_changed(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t;
	bool ok;
	char *path = put(f, "two.html", page_two);
	char *line = run(f, &path, 1, &t, &ok);
	free(line);

	/* again: skipped, and said so */
	line = run(f, &path, 1, &t, &ok);
	assert_true(ok);
	assert_string_equal(line, "1 file: 0 papers, 0 new, 0 merged; 1 unchanged file skipped");
	free(line);
	assert_int_equal(t.unchanged, 1);

	/* changed content: read again, its papers merge */
	free(put(f, "two.html", "<!-- edited -->\n" "<html><head><meta name=\"test-papers\"></head>"
				 "<body><article><h1>Agents that Verify</h1><b>2601.00001</b></article>"
				 "</body></html>"));
	line = run(f, &path, 1, &t, &ok);
	assert_true(ok);
	assert_string_equal(line, "1 file: 1 paper, 0 new, 1 merged");
	free(line);
	assert_int_equal(store_paper_total(f->st), 2);
	free(path);
}

static void test_failures_alone(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t;
	bool ok;
	free(put(f, "dir/a.html", page_two));
	free(put(f, "dir/b.html", "<html><body><p>Just a moment...</p></body></html>"));
	free(put(f, "dir/c.txt", "TEST PAPERS\nT: From a Dump\nA: R&amp;D on &ldquo;agents&rdquo;\n"
				 "I: CMU\n"));
	free(put(f, "dir/d.html", "<html><head><meta name=\"test-papers\"></head><body>DAMAGED</body>"));
	free(put(f, "dir/e.html", "<html><head><meta name=\"test-papers\"></head><body>none</body>"));
	free(put(f, "dir/f.html", ""));
	char *dir = xasprintf("%s/dir", f->dir);

	char *line = run(f, &dir, 1, &t, &ok);
	assert_false(ok);
	assert_int_equal(t.files, 6);
	assert_int_equal(t.failed, 4);
	assert_int_equal(t.papers, 3);
	char *want = xasprintf("6 files: 3 papers, 3 new, 0 merged; 4 files failed: %s/dir/b.html: "
			       "not a paper page; %s/dir/d.html: the test page is damaged; "
			       "%s/dir/e.html: no paper metadata found (recognised as test-html, but no "
			       "papers on it); and 1 more (see above)", f->dir, f->dir, f->dir);
	assert_string_equal(line, want);
	free(want);
	free(line);
	char *errs = drain(f->o.err);
	want = xasprintf("paperboat: %s/dir/b.html: not a paper page\n"
			 "paperboat: %s/dir/d.html: the test page is damaged\n"
			 "paperboat: %s/dir/e.html: no paper metadata found (recognised as test-html, but no papers on it)\n"
			 "paperboat: %s/dir/f.html: empty file\n", f->dir, f->dir, f->dir, f->dir);
	assert_string_equal(errs, want);
	free(want);
	free(errs);

	/* the text dump: entities decoded, institution canonical */
	struct paper p = {0};
	long long id = 0;
	for (long long i = 1; i <= 3 && !id; i++)
		if (store_paper_get(f->st, i, &p)) {
			if (strcmp(p.title, "From a Dump") == 0) {
				id = i;
				assert_string_equal(p.abstract, "R&D on “agents”");
				assert_string_equal(p.institutions.v[0], "Carnegie Mellon University");
			}
			paper_free(&p);
		}
	assert_true(id > 0);

	/* failed files were not recorded: they fail again; good ones are skipped */
	line = run(f, &dir, 1, &t, &ok);
	assert_false(ok);
	assert_int_equal(t.failed, 4);
	assert_int_equal(t.unchanged, 2);
	free(line);
	free(drain(f->o.err));
	free(dir);
}

/* A failure after some papers were stored leaves nothing of the file behind. */
static void test_rollback(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t;
	bool ok;
	char *path = put(f, "two.html", page_two);
	strlist_add(&f->o.ctx.tags, "not a valid tag"); /* the store refuses it at the first paper */
	char *line = run(f, &path, 1, &t, &ok);
	assert_false(ok);
	free(line);
	assert_int_equal(store_paper_total(f->st), 0);
	char *errs = drain(f->o.err);
	assert_non_null(strstr(errs, "/two.html: cannot store: "));
	free(errs);

	/* nothing recorded: with a good tag the file goes in whole */
	strlist_free(&f->o.ctx.tags);
	line = run(f, &path, 1, &t, &ok);
	assert_true(ok);
	free(line);
	assert_int_equal(store_paper_total(f->st), 2);
	free(path);
}

static void test_context_and_year(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t;
	bool ok;
	char *path = put(f, "two.html.gz", "");
	gzFile gz = gzopen(path, "wb");
	gzputs(gz, page_two);
	gzclose(gz);
	/* saved in 2019: a date without a year belongs to 2019 */
	struct timeval tv[2] = {{1560000000, 0}, {1560000000, 0}};
	assert_int_equal(utimes(path, tv), 0);
	strlist_add(&f->o.ctx.institutions, "CMU");
	strlist_add(&f->o.ctx.topics, "reading-group");
	strlist_add(&f->o.ctx.tags, "toread");

	char *line = run(f, &path, 1, &t, &ok);
	assert_true(ok);
	assert_string_equal(line, "1 file: 2 papers, 2 new, 0 merged");
	free(line);

	struct paper p = {0};
	assert_true(store_paper_get(f->st, store_paper_find(f->st, "2601.00002"), &p));
	assert_string_equal(p.date, "2019");
	assert_int_equal(p.institutions.n, 2);
	assert_true(strlist_has(&p.institutions, "Tsinghua University"));
	assert_true(strlist_has(&p.institutions, "Carnegie Mellon University"));
	assert_true(strlist_has(&p.tags, "toread"));
	bool found = false;
	for (size_t i = 0; i < p.ntopics; i++)
		found |= strcmp(p.topics[i].name, "reading-group") == 0 &&
			 p.topics[i].origin == TOPIC_OPTION;
	assert_true(found);
	paper_free(&p);
	free(path);
}

static void test_latin1_and_deep(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t;
	bool ok;
	char *paths[2];
	paths[0] = put(f, "latin.html", "<html><head><meta name=\"test-papers\"></head><body>"
					"<article><h1>Caf\xE9 na\xEFve</h1><b>2601.00003</b></article>"
					"</body></html>");
	struct strbuf deep = {0};
	sb_add(&deep, "<html><head><meta name=\"test-papers\"></head><body>");
	for (int i = 0; i < 3000; i++)
		sb_add(&deep, "<div>");
	sb_add(&deep, "<article><h1>Deep</h1></article></body></html>");
	paths[1] = put(f, "deep.html", deep.s);
	sb_free(&deep);

	char *line = run(f, paths, 2, &t, &ok);
	assert_false(ok);
	free(line);
	struct paper p = {0};
	assert_true(store_paper_get(f->st, store_paper_find(f->st, "2601.00003"), &p));
	assert_string_equal(p.title, "Café naïve");
	paper_free(&p);
	char *errs = drain(f->o.err);
	assert_non_null(strstr(errs, "/deep.html: elements nested more than 1024 deep; refused\n"));
	free(errs);
	free(paths[0]);
	free(paths[1]);
}

static long long sql_int(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	long long n;
	assert_int_equal(sqlite3_prepare_v2(store_sqlite(st), sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

/* The files of a run share transactions, each file in a savepoint of its own: one that fails
 * half-way through its papers leaves nothing behind (not its new papers, not what it added to
 * a paper already stored, not its source), and the files before and after it are stored. */
static void test_file_fails_alone_in_batch(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t;
	bool ok;
	char *dir = xasprintf("%s/run", f->dir);
	char *first = put(f, "first.html", "<html><head><meta name=\"test-papers\"></head><body>"
					   "<article><h1>Dunlin flocking in winter</h1>"
					   "<b>2602.00001</b></article></body></html>");
	char *line = run(f, &first, 1, &t, &ok);
	assert_true(ok);
	free(line);
	/* a rule the store does not know, as another program might add: no two papers share an
	 * abstract. b.html's second paper breaks it, after its first and a change to the stored
	 * paper were written. */
	assert_int_equal(sqlite3_exec(store_sqlite(f->st),
				      "CREATE UNIQUE INDEX test_one_abstract ON paper(abstract)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	free(put(f, "run/a.html", "<html><head><meta name=\"test-papers\"></head><body>"
				  "<article><h1>Avocet wading</h1><p>Avocets sweep their bills.</p>"
				  "<i>MIT</i><b>2602.00002</b></article></body></html>"));
	free(put(f, "run/b.html", "<html><head><meta name=\"test-papers\"></head><body>"
				  "<article><h1>Godwit routes</h1><p>Godwits fly far.</p><i>MIT</i>"
				  "<b>2602.00003</b></article>"
				  "<article><h1>Dunlin flocking in winter</h1><p>Dunlins turn as one.</p>"
				  "<i>Kyoto University</i><b>2602.00001</b></article>"
				  "<article><h1>Stint feeding</h1><p>Avocets sweep their bills.</p>"
				  "<b>2602.00004</b></article></body></html>"));
	free(put(f, "run/c.txt", "TEST PAPERS\nT: Curlew probing\nA: Curlews probe deep.\n"
				 "I: Kyoto University\n"));

	memset(&t, 0, sizeof t);
	ok = ingest_run(f->st, &f->o, &dir, 1, &t);
	assert_false(ok);
	assert_int_equal(t.files, 3);
	assert_int_equal(t.failed, 1);
	assert_int_equal(t.papers, 2);
	ingest_totals_free(&t);
	char *outs = drain(f->o.out);
	char *want = xasprintf("%s/run/a.html: 1 paper (1 new, 0 merged)\n"
			       "%s/run/c.txt: 1 paper (1 new, 0 merged)\n"
			       "3 files: 2 papers, 2 new, 0 merged; 1 file failed: %s/run/b.html: "
			       "cannot store: ", f->dir, f->dir, f->dir);
	assert_memory_equal(outs, want, strlen(want));
	free(want);
	free(outs);
	char *errs = drain(f->o.err);
	want = xasprintf("paperboat: %s/run/b.html: cannot store: ", f->dir);
	assert_memory_equal(errs, want, strlen(want));
	assert_non_null(strstr(errs, "UNIQUE constraint failed"));
	assert_int_equal(strchr(errs, '\n') - errs + 1, (long)strlen(errs)); /* one line */
	free(want);
	free(errs);

	assert_int_equal(store_paper_total(f->st), 3);
	assert_int_equal(store_paper_find(f->st, "2602.00003"), 0);
	assert_int_equal(sql_int(f->st, "SELECT count(*) FROM paper WHERE arxiv_id = '2602.00001'"
					" AND abstract IS NULL AND institutions IS NULL"),
			 1);
	assert_int_equal(sql_int(f->st, "SELECT count(*) FROM source WHERE path LIKE '%/b.html'"), 0);
	assert_int_equal(sql_int(f->st, "SELECT paper_count FROM institution"
					" WHERE name = 'Massachusetts Institute of Technology'"),
			 1);
	assert_int_equal(sql_int(f->st, "SELECT paper_count FROM institution"
					" WHERE name = 'Kyoto University'"),
			 1);
	assert_int_equal(temp_library_fts_count(f->st, "godwit OR dunlins"), 0);
	assert_int_equal(temp_library_fts_count(f->st, "dunlin"), 1);
	assert_int_equal(temp_library_fts_count(f->st, "avocets"), 1);
	assert_int_equal(temp_library_fts_count(f->st, "curlews"), 1);
	assert_int_equal(temp_library_problems(f->st), 0);

	/* nothing of b.html was recorded: without the rule it goes in whole */
	assert_int_equal(sqlite3_exec(store_sqlite(f->st), "DROP INDEX test_one_abstract", NULL,
				      NULL, NULL),
			 SQLITE_OK);
	line = run(f, &dir, 1, &t, &ok);
	assert_true(ok);
	free(line);
	free(drain(f->o.out));
	free(drain(f->o.err));
	assert_int_equal(t.unchanged, 2);
	assert_int_equal(t.papers, 3);
	assert_int_equal(store_paper_total(f->st), 5);
	assert_int_equal(temp_library_fts_count(f->st, "dunlins"), 1);
	assert_int_equal(temp_library_problems(f->st), 0);
	free(first);
	free(dir);
}

/* Reopens the fixture's library over the fault tests' VFS (disarmed). */
static void reopen_faulty(struct fixture *f)
{
	struct strbuf err = {0};
	char *db = xasprintf("%s/library.db", f->dir);
	store_close(f->st);
	fault_vfs_install();
	f->st = store_open(db, STORE_READ_WRITE, &err);
	assert_non_null(f->st);
	free(db);
}

/* Three small pages: a run stores them in one batch. */
static char *three_pages(struct fixture *f)
{
	free(put(f, "three/a.html", "<html><head><meta name=\"test-papers\"></head><body>"
				    "<article><h1>Knot moulting</h1><b>2603.00001</b></article>"
				    "</body></html>"));
	free(put(f, "three/b.html", "<html><head><meta name=\"test-papers\"></head><body>"
				    "<article><h1>Ruff displays</h1><b>2603.00002</b></article>"
				    "</body></html>"));
	free(put(f, "three/c.txt", "TEST PAPERS\nT: Snipe drumming\nA: Snipes drum.\n"));
	return xasprintf("%s/three", f->dir);
}

/* The library fails once as a batch commits (a write error): the batch is rolled back and its
 * files stored again one at a time, so none is lost and the run goes on. */
static void test_commit_fails_once(void **state)
{
	struct fixture *f = *state;
	struct ingest_totals t = {0};
	char *dir = three_pages(f);
	reopen_faulty(f);
	fault_vfs_arm(FAULT_WRITE, 1, false);
	bool ok = ingest_run(f->st, &f->o, &dir, 1, &t);
	assert_true(fault_vfs_fired());
	fault_vfs_disarm();
	assert_true(ok);
	assert_int_equal(t.files, 3);
	assert_int_equal(t.papers, 3);
	ingest_totals_free(&t);
	char *outs = drain(f->o.out);
	char *want = xasprintf("%s/three/a.html: 1 paper (1 new, 0 merged)\n"
			       "%s/three/b.html: 1 paper (1 new, 0 merged)\n"
			       "%s/three/c.txt: 1 paper (1 new, 0 merged)\n"
			       "3 files: 3 papers, 3 new, 0 merged\n", f->dir, f->dir, f->dir);
	assert_string_equal(outs, want);
	free(want);
	free(outs);
	char *errs = drain(f->o.err);
	assert_string_equal(errs, "");
	free(errs);
	assert_int_equal(store_paper_total(f->st), 3);
	assert_int_equal(temp_library_fts_count(f->st, "snipes"), 1);
	assert_int_equal(temp_library_problems(f->st), 0);
	free(dir);
}

/* Ingests DIR into a library whose disk is full from the first write on: FIRST (under DIR)
 * is the file named, the run stops, the other STOPPED files are counted as not ingested (none
 * was stored, none is said to be) and the library stays empty and sound. */
static void check_full_disk_run(struct fixture *f, char *dir, const char *first, size_t stopped)
{
	struct ingest_totals t = {0};
	reopen_faulty(f);
	fault_vfs_arm(FAULT_FULL, 1, true);
	bool ok = ingest_run(f->st, &f->o, &dir, 1, &t);
	assert_true(fault_vfs_fired());
	fault_vfs_disarm();
	assert_false(ok);
	assert_int_equal(t.files, 1);
	assert_int_equal(t.failed, 1);
	assert_int_equal(t.stopped, stopped);
	assert_int_equal(t.papers, 0);
	ingest_totals_free(&t);
	char *outs = drain(f->o.out);
	char *want = xasprintf("1 file: 0 papers, 0 new, 0 merged; stopped before %zu files; 1 file "
			       "failed: %s/%s: cannot store: ", stopped, dir, first);
	assert_memory_equal(outs, want, strlen(want));
	assert_int_equal(strchr(outs, '\n') - outs + 1, (long)strlen(outs)); /* the summary only */
	free(want);
	free(outs);
	char *errs = drain(f->o.err);
	want = xasprintf("paperboat: %s/%s: cannot store: %s/library.db: ", dir, first, f->dir);
	assert_memory_equal(errs, want, strlen(want));
	free(want);
	want = xasprintf("\npaperboat: %s/library.db: stopped: the library cannot be written; %zu "
			 "files not ingested\n", f->dir, stopped);
	assert_non_null(strstr(errs, want));
	assert_string_equal(strstr(errs, want), want); /* two lines, that one last */
	free(want);
	free(errs);
	assert_int_equal(store_paper_total(f->st), 0);
	assert_int_equal(temp_library_problems(f->st), 0);
}

/* The disk is full from the first write on: the batch's first file is the one named. */
static void test_commit_fails_for_good(void **state)
{
	struct fixture *f = *state;
	char *dir = three_pages(f);
	check_full_disk_run(f, dir, "a.html", 2);
	free(dir);
}

/* The same with more files than a batch: the files read ahead are dropped unstored and
 * uncounted but as not ingested (no leak: ASan). */
static void test_stop_with_files_read_ahead(void **state)
{
	struct fixture *f = *state;
	char *dir = xasprintf("%s/many", f->dir);
	for (int i = 0; i < 40; i++) {
		char *name = xasprintf("many/p%02d.html", i);
		char *page = xasprintf("<html><head><meta name=\"test-papers\"></head><body>"
				       "<article><h1>Tern colony %d</h1><b>2604.%05d</b></article>"
				       "</body></html>", i, i + 1);
		free(put(f, name, page));
		free(page);
		free(name);
	}
	check_full_disk_run(f, dir, "p00.html", 39);
	free(dir);
}

static void test_summary(void **state)
{
	struct ingest_totals t = {.files = 14, .papers = 1204, .new_papers = 311, .merged = 893};
	struct strbuf b = {0};
	(void)state;
	ingest_summary(&t, &b);
	assert_string_equal(b.s, "14 files: 1,204 papers, 311 new, 893 merged");
	sb_clear(&b);
	t.failed = 1;
	strlist_add(&t.failures, "x.html: not a paper page");
	ingest_summary(&t, &b);
	assert_string_equal(b.s, "14 files: 1,204 papers, 311 new, 893 merged; 1 file failed: x.html: "
				 "not a paper page");
	sb_clear(&b);
	struct ingest_totals big = {.files = 1234567, .papers = 1000, .new_papers = 999, .merged = 1,
				    .unchanged = 2};
	ingest_summary(&big, &b);
	assert_string_equal(b.s, "1,234,567 files: 1,000 papers, 999 new, 1 merged; 2 unchanged files "
				 "skipped");
	sb_free(&b);
	strlist_free(&t.failures);

}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_one_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unchanged_and_changed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failures_alone, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rollback, setup, teardown),
		cmocka_unit_test_setup_teardown(test_context_and_year, setup, teardown),
		cmocka_unit_test_setup_teardown(test_latin1_and_deep, setup, teardown),
		cmocka_unit_test_setup_teardown(test_file_fails_alone_in_batch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_commit_fails_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_commit_fails_for_good, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stop_with_files_read_ahead, setup, teardown),
		cmocka_unit_test(test_summary),
	};
	return cmocka_run_group_tests_name("ingest", tests, NULL, NULL);
}
