/* test-ingest-walk.c — before the store: command-line paths walked into files, names made
 * printable, extracted papers prepared (clean text, LaTeX, institutions, topics, context). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "ingest.h"

struct dir {
	char dir[64]; /* a fresh directory */
};

/* Writes TEXT to DIR/NAME (directories made as needed); returns the path (malloc'd). */
static char *put(const struct dir *f, const char *name, const char *text)
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

static void test_walk(void **state)
{
	struct dir d;
	struct dir *f = &d;
	struct ingest_files files = {0};
	(void)state;
	strcpy(d.dir, "/tmp/pbtest-walk.XXXXXX");
	assert_non_null(mkdtemp(d.dir));
	free(put(f, "w/b.html", "x"));
	free(put(f, "w/a.htm", "x"));
	free(put(f, "w/c.txt.gz", "x"));
	free(put(f, "w/d.XHTML", "x"));
	free(put(f, "w/notes.md", "x"));
	free(put(f, "w/.hidden.html", "x"));
	free(put(f, "w/sub/z.html", "x"));
	free(put(f, "w/page.html", "x"));
	free(put(f, "w/page_files/ad.html", "x")); /* a browser's resources folder */
	free(put(f, "empty/readme.md", "x"));
	char *loop = xasprintf("%s/w/sub/loop", f->dir), *target = xasprintf("%s/w", f->dir);
	assert_int_equal(symlink(target, loop), 0);
	char *paths[] = {target, "-", xasprintf("%s/missing", f->dir), xasprintf("%s/empty", f->dir),
			 xasprintf("%s/w/notes.md", f->dir)};

	ingest_walk(paths, 5, &files);
	const char *want[] = {"w/a.htm", "w/b.html", "w/c.txt.gz", "w/d.XHTML", "w/page.html",
			      "w/sub/z.html", "-", "missing", "empty", "w/notes.md"};
	assert_int_equal(files.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < files.n; i++) {
		const char *p = files.v[i].path;
		if (strcmp(want[i], "-") == 0)
			assert_string_equal(p, "-");
		else
			assert_string_equal(p + strlen(f->dir) + 1, want[i]);
	}
	assert_null(files.v[0].error);
	assert_non_null(strstr(files.v[7].error, "/missing: No such file or directory"));
	assert_non_null(strstr(files.v[8].error, "/empty: no .html, .htm, .xhtml, .txt files in it"));
	assert_null(files.v[9].error);
	ingest_files_free(&files);
	free(loop);
	free(target);
	for (int i = 2; i < 5; i++)
		free(paths[i]);
	char *cmd = xasprintf("rm -rf '%s'", d.dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

static void test_names(void **state)
{
	static const struct {
		const char *name; /* a file name */
		bool wanted;      /* taken from a directory */
		bool html;        /* read as HTML */
	} cases[] = {
		{"a.html", true, true},     {"a.HTM", true, true},   {"a.xhtml.gz", true, true},
		{"a.txt", true, false},     {"a.TXT.GZ", true, false}, {"a.md", false, false},
		{"a.html.zip", false, false}, {"html", false, false}, {".html", false, false},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known;
		assert_int_equal(ingest_wanted_name(cases[i].name), cases[i].wanted);
		assert_int_equal(ingest_name_is_html(cases[i].name, &known), cases[i].html);
		assert_int_equal(known, cases[i].wanted);
	}
	char *shown = ingest_printable("evil\033[2Jname\x9b\xc2\x9b\x7f.html é");
	assert_string_equal(shown, "evil?[2Jname???.html é");
	free(shown);
}

static bool has_topic(const struct paper *p, const char *name, enum topic_origin origin)
{
	for (size_t i = 0; i < p->ntopics; i++)
		if (strcmp(p->topics[i].name, name) == 0 && p->topics[i].origin == origin)
			return true;
	return false;
}

static void test_prepare(void **state)
{
	struct institutions *inst = institutions_new();
	struct topic_rules *rules = topic_rules_new();
	struct ingest_options o = {.inst = inst, .rules = rules};
	struct strlist aliases = {0};
	struct paper p = {0};
	(void)state;

	p.title = xstrdup("  Reevaluating $H_0$   Tension ");
	p.abstract = xstrdup("We train \\emph{agents} with $4.45 \\pm 0.30$ R&amp;D.");
	strlist_add(&p.authors, "Erwin Schr\\\"odinger");
	strlist_add(&p.authors, "   ");
	strlist_add(&p.institutions, "  ");
	strlist_add(&p.institutions, "MIT");
	strlist_add(&p.institutions, "Massachusetts Institute of Technology");
	strlist_add(&p.institutions, "A*STAR (Agency for Science, Technology and Research)");
	p.primary_known = true;
	p.author_count = 1;
	strlist_add(&o.ctx.institutions, "CMU");
	strlist_add(&o.ctx.topics, "reading-group");

	/* from an HTML page: the entity text is the page's own and stays */
	assert_true(ingest_paper_prepare(&p, false, &o, &aliases, NULL));
	assert_string_equal(p.title, "Reevaluating H₀ Tension");
	assert_string_equal(p.abstract, "We train agents with 4.45 ± 0.30 R&amp;D.");
	assert_string_equal(p.abstract_raw, "We train \\emph{agents} with $4.45 \\pm 0.30$ R&amp;D.");
	assert_int_equal(p.authors.n, 1);
	assert_string_equal(p.authors.v[0], "Erwin Schrödinger");
	assert_int_equal(p.author_count, 1);
	/* blank first institution: the primary one is not known any more */
	assert_false(p.primary_known);
	assert_int_equal(p.institutions.n, 3);
	assert_string_equal(p.institutions.v[0], "Massachusetts Institute of Technology");
	assert_string_equal(p.institutions.v[1], "A*STAR");
	assert_string_equal(p.institutions.v[2], "Carnegie Mellon University");
	assert_true(has_topic(&p, "agents", TOPIC_RULE));
	assert_true(has_topic(&p, "reading-group", TOPIC_OPTION));
	/* aliases come in (alias, canonical) pairs */
	assert_int_equal(aliases.n % 2, 0);
	bool mit = false, astar = false;
	for (size_t i = 0; i < aliases.n; i += 2) {
		mit |= strcmp(aliases.v[i], "MIT") == 0 &&
		       strcmp(aliases.v[i + 1], "Massachusetts Institute of Technology") == 0;
		astar |= strcmp(aliases.v[i], "Agency for Science, Technology and Research") == 0 &&
			 strcmp(aliases.v[i + 1], "A*STAR") == 0;
	}
	assert_true(mit);
	assert_true(astar);
	paper_free(&p);
	strlist_free(&aliases);

	/* from a text dump: entities decoded; a primary institution that survives stays first */
	p.title = xstrdup("Tom &amp; Jerry &ndash; a study");
	strlist_add(&p.institutions, "Tsinghua");
	strlist_add(&p.institutions, "Peking University");
	p.primary_known = true;
	assert_true(ingest_paper_prepare(&p, true, &o, &aliases, NULL));
	assert_string_equal(p.title, "Tom & Jerry – a study");
	assert_null(p.abstract_raw);
	assert_true(p.primary_known);
	assert_string_equal(p.institutions.v[0], "Tsinghua University");
	paper_free(&p);
	strlist_free(&aliases);

	/* nothing that identifies a paper */
	strlist_add(&p.authors, "Someone");
	p.title = xstrdup("   ");
	assert_false(ingest_paper_prepare(&p, false, &o, &aliases, NULL));
	paper_free(&p);
	p.doi = xstrdup("10.1000/x");
	assert_true(ingest_paper_prepare(&p, false, &o, &aliases, NULL));
	paper_free(&p);
	strlist_free(&aliases);

	strlist_free(&o.ctx.institutions);
	strlist_free(&o.ctx.topics);
	institutions_free(inst);
	topic_rules_free(rules);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_walk),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_prepare),
	};
	return cmocka_run_group_tests_name("ingest-walk", tests, NULL, NULL);
}
