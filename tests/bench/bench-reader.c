/* bench-reader.c — pbread: times the reader's own code paths (ui-model.c over the store) on a
 * library, as the reader runs them: no curses, but the same calls in the same order.
 *
 *   pbread --db FILE --first-draw [--rows N] [--read-only]
 *       cold process (warm page cache): store_open + ui_model_init + the first window; prints
 *       the milliseconds from main() to the rows in hand.
 *   pbread --db FILE --runs N --common W --rare W --inst NAME --topic T --year Y [--rows N]
 *          [--read-only]
 *       each filter change of the scenarios, N times round-robin: set_filter + window (the list
 *       redrawn), then idle_step until done (counts, "N of M", facets); scrolling to the end
 *       (G: the length, then the last window); how long a running count takes to give up when
 *       a key arrives. Before them, once: the idle steps after the first screen (the counts
 *       of everything and the facet index), timed apart. Prints JSON: per scenario p50/p99
 *       (ms), the index's build time and size, and the peak RSS (MB). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "store-watch.h"
#include "ui-model.h"

#define MAX_RUNS 1000

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* CPU time of this process: on a shared machine the wall time also holds the waits for a
 * core, which the CPU time shows apart. */
static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct opts {
	const char *db;     /* the library */
	bool first_draw;    /* the cold start only */
	int runs;           /* timed runs per scenario */
	int rows;           /* rows on screen */
	const char *common; /* a word in about a third of the papers */
	const char *rare;   /* a word in a few per thousand */
	const char *inst;   /* the largest institution */
	const char *topic;  /* a large topic */
	const char *year;   /* a year with many papers */
	bool read_only;     /* open the library read-only (a library others measure too) */
};

static bool parse_opts(int argc, char **argv, struct opts *o)
{
	*o = (struct opts){.runs = 30, .rows = 50};
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--first-draw")) {
			o->first_draw = true;
			continue;
		}
		if (!strcmp(a, "--read-only")) {
			o->read_only = true;
			continue;
		}
		if (!v)
			return false;
		i++;
		if (!strcmp(a, "--db"))
			o->db = v;
		else if (!strcmp(a, "--runs"))
			o->runs = atoi(v);
		else if (!strcmp(a, "--rows"))
			o->rows = atoi(v);
		else if (!strcmp(a, "--common"))
			o->common = v;
		else if (!strcmp(a, "--rare"))
			o->rare = v;
		else if (!strcmp(a, "--inst"))
			o->inst = v;
		else if (!strcmp(a, "--topic"))
			o->topic = v;
		else if (!strcmp(a, "--year"))
			o->year = v;
		else
			return false;
	}
	if (o->runs < 1 || o->runs > MAX_RUNS || o->rows < 1 || !o->db)
		return false;
	return o->first_draw || (o->common && o->rare && o->inst && o->topic && o->year);
}

static struct store *open_library(const struct opts *o)
{
	struct strbuf err = {0};
	/* the reader opens its library for writing (marks, tags); the same reads either way */
	struct store *st = store_open(o->db, o->read_only ? STORE_READ_ONLY : STORE_READ_WRITE, &err);
	if (!st)
		fprintf(stderr, "pbread: %s\n", err.s);
	sb_free(&err);
	return st;
}

static int first_draw(const struct opts *o)
{
	double start = now_ms();
	struct ui_model m;
	struct strbuf err = {0};
	struct store *st = open_library(o);
	if (!st)
		return 1;
	ui_model_init(&m, st, sort_default());
	bool ok = ui_model_window(&m, 0, o->rows, &err) && ui_model_row(&m, 0);
	double ms = now_ms() - start;
	if (ok)
		printf("%.3f\n", ms);
	else
		fprintf(stderr, "pbread: %s\n", err.s ? err.s : "empty list");
	ui_model_free(&m);
	store_close(st);
	sb_free(&err);
	return ok ? 0 : 1;
}

/* One filter change the benchmark times. */
struct scenario {
	const char *name;     /* key in the output */
	struct ui_filter f;   /* the filter */
	bool fts;             /* a full-text search */
	double list[MAX_RUNS];   /* set_filter + first window, ms */
	double list_cpu[MAX_RUNS]; /* the same in CPU time */
	double facets_cpu[MAX_RUNS]; /* the counts in CPU time */
	double facets[MAX_RUNS]; /* idle_step until nothing is left, ms */
	double step[MAX_RUNS];   /* the longest single idle step, ms */
	long long count;      /* matches, as the counts found them */
};

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* The Pth percentile (nearest rank) of N values (sorted in place). */
static double percentile(double *v, int n, double p)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	int k = (int)(p / 100.0 * n + 0.999999) - 1;
	return v[k < 0 ? 0 : k >= n ? n - 1 : k];
}

static bool change_filter(struct ui_model *m, struct scenario *s, int rows, int run)
{
	struct query_error qerr;
	struct strbuf err = {0};
	bool failed, ok;
	double t0 = now_ms(), c0 = cpu_ms();
	ok = ui_model_set_filter(m, &s->f, &qerr) && ui_model_window(m, 0, rows, &err);
	s->list[run] = now_ms() - t0;
	s->list_cpu[run] = cpu_ms() - c0;
	if (!ok) {
		fprintf(stderr, "pbread: %s: %s\n", s->name, err.s ? err.s : qerr.msg);
		sb_free(&err);
		return false;
	}
	t0 = now_ms();
	c0 = cpu_ms();
	s->step[run] = 0;
	for (;;) {
		double t1 = now_ms();
		bool more = ui_model_idle_step(m, &failed, &err);
		double d = now_ms() - t1;
		if (d > s->step[run])
			s->step[run] = d;
		if (failed) {
			fprintf(stderr, "pbread: %s: %s\n", s->name, err.s);
			sb_free(&err);
			return false;
		}
		if (!more)
			break;
	}
	s->facets[run] = now_ms() - t0;
	s->facets_cpu[run] = cpu_ms() - c0;
	s->count = m->count;
	sb_free(&err);
	return true;
}

/* Scrolling to the end (G): the length of the list, then its last screen. */
static double scroll_end(struct ui_model *m, int rows)
{
	struct strbuf err = {0};
	double t0 = now_ms();
	long long n = ui_model_length(m, &err);
	bool ok = n >= 0 && ui_model_window(m, n > rows ? n - rows : 0, rows, &err) &&
		  (n == 0 || ui_model_row(m, n - 1));
	double ms = now_ms() - t0;
	if (!ok)
		fprintf(stderr, "pbread: scrolling to the end: %s\n", err.s ? err.s : "no last row");
	sb_free(&err);
	return ok ? ms : -1;
}

static double cancel_deadline;

static bool cancel_check(void *ctx)
{
	(void)ctx;
	return now_ms() >= cancel_deadline;
}

/* A key arrives AFTER ms into the counts: how long until the running step gives up. */
static double cancel_latency(struct ui_model *m, struct scenario *s, int rows, double after)
{
	struct query_error qerr;
	struct strbuf err = {0};
	bool failed;
	ui_model_set_filter(m, &s->f, &qerr);
	ui_model_window(m, 0, rows, &err);
	cancel_deadline = now_ms() + after;
	store_set_interrupt(m->st, cancel_check, NULL);
	ui_model_idle_step(m, &failed, &err);
	store_set_interrupt(m->st, NULL, NULL);
	double late = now_ms() - cancel_deadline;
	sb_free(&err);
	return late > 0 ? late : 0;
}

static void scenario_add(struct scenario *v, int *n, const char *name, bool fts, const char *words,
			 const char *query, const char *inst, const char *topic, const char *score)
{
	struct scenario *s = &v[(*n)++];
	memset(s, 0, sizeof *s);
	s->name = name;
	s->fts = fts;
	s->f.words = words ? xstrdup(words) : NULL;
	s->f.query = query ? xstrdup(query) : NULL;
	s->f.score = score ? xstrdup(score) : NULL;
	if (inst)
		strlist_add(&s->f.insts, inst);
	if (topic)
		strlist_add(&s->f.topics, topic);
}

static int scenarios(const struct opts *o)
{
	static struct scenario sc[8];
	int n = 0;
	char *neg = xasprintf("-%s -topic:%s", o->common, o->topic);
	char *year = xasprintf("year:%s", o->year);
	double end_all[MAX_RUNS], end_common[MAX_RUNS], cancel[MAX_RUNS];
	struct ui_model m;
	struct rusage ru;

	scenario_add(sc, &n, "common_word", true, o->common, NULL, NULL, NULL, NULL);
	scenario_add(sc, &n, "rare_word", true, o->rare, NULL, NULL, NULL, NULL);
	scenario_add(sc, &n, "institution_score", false, NULL, NULL, o->inst, NULL, "score:5..50");
	scenario_add(sc, &n, "topic_year", false, NULL, year, NULL, o->topic, NULL);
	scenario_add(sc, &n, "negations", false, NULL, neg, NULL, NULL, NULL);
	scenario_add(sc, &n, "everything", false, NULL, NULL, NULL, NULL, NULL);
	struct store *st = open_library(o);
	if (!st)
		return 1;
	ui_model_init(&m, st, sort_default());
	/* what the reader does after its first screen: the counts of everything, then the facet
	 * index, in idle steps; timed apart, once */
	double idx_ms = now_ms(), idx_cpu = cpu_ms(), idx_step = 0;
	for (;;) {
		struct strbuf err = {0};
		bool failed, more;
		double t1 = now_ms();
		more = ui_model_idle_step(&m, &failed, &err);
		if (now_ms() - t1 > idx_step)
			idx_step = now_ms() - t1;
		if (failed) {
			fprintf(stderr, "pbread: the first counts: %s\n", err.s);
			return 1;
		}
		sb_free(&err);
		if (!more)
			break;
	}
	idx_ms = now_ms() - idx_ms;
	idx_cpu = cpu_ms() - idx_cpu;
	for (int r = 0; r < o->runs; r++) {
		/* the common word last, so that scrolling to its end follows its own counts as
		 * it does in the reader (G after "N of M" is known), without counting it twice */
		for (int i = 1; i < n; i++)
			if (!change_filter(&m, &sc[i], o->rows, r))
				return 1;
		if ((end_all[r] = scroll_end(&m, o->rows)) < 0) /* the last of those: everything */
			return 1;
		if (!change_filter(&m, &sc[0], o->rows, r) || (end_common[r] = scroll_end(&m, o->rows)) < 0)
			return 1;
		cancel[r] = cancel_latency(&m, &sc[r % 2], o->rows, 2.0);
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"runs\": %d, \"rows\": %d, \"index\": {\"ms\": %.3f, \"cpu_ms\": %.3f,"
	       " \"step_max\": %.3f, \"ready\": %s, \"mb\": %.2f}, \"scenarios\": {",
	       o->runs, o->rows, idx_ms, idx_cpu, idx_step, m.index.ready ? "true" : "false",
	       facet_index_bytes(&m.index) / 1048576.0);
	for (int i = 0; i < n; i++) {
		struct scenario *s = &sc[i];
		printf("%s\n  \"%s\": {\"fts\": %s, \"count\": %lld, \"list_p50\": %.3f, \"list_p99\": %.3f,"
		       " \"list_cpu_p50\": %.3f, \"list_cpu_p99\": %.3f, \"facets_p50\": %.3f,"
		       " \"facets_p99\": %.3f, \"facets_cpu_p99\": %.3f, \"step_max\": %.3f}",
		       i ? "," : "", s->name, s->fts ? "true" : "false", s->count,
		       percentile(s->list, o->runs, 50), percentile(s->list, o->runs, 99),
		       percentile(s->list_cpu, o->runs, 50), percentile(s->list_cpu, o->runs, 99),
		       percentile(s->facets, o->runs, 50), percentile(s->facets, o->runs, 99),
		       percentile(s->facets_cpu, o->runs, 99), percentile(s->step, o->runs, 100));
	}
	printf(",\n  \"end_everything\": {\"list_p50\": %.3f, \"list_p99\": %.3f}",
	       percentile(end_all, o->runs, 50), percentile(end_all, o->runs, 99));
	printf(",\n  \"end_common_word\": {\"list_p50\": %.3f, \"list_p99\": %.3f}}",
	       percentile(end_common, o->runs, 50), percentile(end_common, o->runs, 99));
	printf(",\n \"cancel_p99\": %.3f, \"rss_mb\": %.2f}\n", percentile(cancel, o->runs, 99),
	       ru.ru_maxrss / 1024.0);
	ui_model_free(&m);
	store_close(st);
	for (int i = 0; i < n; i++)
		ui_filter_clear(&sc[i].f);
	free(neg);
	free(year);
	return 0;
}

int main(int argc, char **argv)
{
	struct opts o;
	store_process_setup(); /* as the paperboat command runs */
	if (!parse_opts(argc, argv, &o)) {
		fprintf(stderr, "usage: pbread --db FILE --first-draw [--rows N] [--read-only]\n"
				"       pbread --db FILE --runs N --common W --rare W --inst NAME"
				" --topic T --year Y [--rows N] [--read-only]\n");
		return 2;
	}
	return o.first_draw ? first_draw(&o) : scenarios(&o);
}
