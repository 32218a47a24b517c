/* gen.h — the benchmark corpus generator: deterministic random numbers, word lists, synthetic
 * papers and the page writers that dress them in the real sites' markup.
 *
 *   gen-main.c     arguments, the page plan (which kind of page, which papers), the manifest
 *   gen-rand.c     xoshiro256** numbers, Walker alias tables for weighted draws
 *   gen-lists.c    the word, name, institution, keyword and category lists (tests/bench/data)
 *   gen-shape.c    the corpus's timeline (papers per month) and its probe words
 *   gen-paper.c    one synthetic paper from (seed, index): the same paper on every page
 *   gen-util.c     the page arena, dates, author names, MathJax titles
 *   gen-out.c      the output buffer, escaping (HTML, attribute, JSON, URL), templates
 *   gen-hf.c       Hugging Face daily lists and paper pages (data-props JSON + cards)
 *   gen-arxiv-abs.c   arXiv abstract pages (2021 XHTML layout)
 *   gen-arxiv-list.c  arXiv listings (2024 layout, browser-saved) and search results
 *   gen-digest.c   the weekly digest (constructed markup; no real copy exists)
 *
 * Everything drawn comes from the seed: the same seed and size give the same bytes. */
#ifndef PB_GEN_H
#define PB_GEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- random numbers (gen-rand.c) ---- */

struct rng {
	uint64_t s[4]; /* xoshiro256** state */
};

void rng_seed(struct rng *r, uint64_t seed);
uint64_t rng_next(struct rng *r);
uint32_t rng_below(struct rng *r, uint32_t n); /* uniform in [0, n) */
double rng_unit(struct rng *r);                /* uniform in [0, 1) */
double rng_normal(struct rng *r);              /* standard normal */
bool rng_chance(struct rng *r, double p);      /* true with probability p */
uint64_t gen_mix(uint64_t a, uint64_t b);      /* a good 64-bit hash of two numbers */

/* Draws an index with probability proportional to its weight, in constant time. */
struct alias {
	uint32_t n;      /* entries */
	double *prob;    /* probability of keeping the column */
	uint32_t *other; /* the column's alias */
};

void alias_build(struct alias *a, const double *w, uint32_t n);
uint32_t alias_draw(const struct alias *a, struct rng *r);
void alias_free(struct alias *a);

/* ---- lists (gen-lists.c) ---- */

struct wordlist {
	uint32_t n;       /* entries */
	char **s;         /* the texts */
	uint16_t *len;    /* their lengths in bytes */
	double *share;    /* each entry's share of the draws */
	struct alias pick; /* weighted draw */
};

struct category {
	char *code; /* "cs.LG" */
	char *name; /* "Machine Learning" */
};

struct lists {
	struct wordlist abstract_words; /* weighted by their count in real abstracts */
	struct wordlist title_words;    /* weighted by their count in real titles */
	struct wordlist first_names;    /* weighted by count */
	struct wordlist last_names;     /* weighted by count */
	struct wordlist institutions;   /* Zipf by rank: a few thousand names */
	struct wordlist keywords;       /* Zipf by rank: site keywords */
	struct category *cats;          /* arXiv categories */
	uint32_t ncats;
	struct alias cat_pick;          /* weighted by the file's weights */
};

bool lists_load(struct lists *l, const char *dir);
void lists_free(struct lists *l);
/* Index of WORD in the abstract words (exact spelling), or -1. */
int lists_find_abstract_word(const struct lists *l, const char *word);
/* Archive of a category ("cs" for cs.LG, "astro-ph" for astro-ph.GA) and its display name. */
const char *category_archive(const struct category *c, char *buf, size_t size);
const char *archive_title(const char *archive); /* "Computer Science", "Astrophysics", ... */

/* ---- papers (gen-paper.c) ---- */

#define GP_MAX_CATS 4
#define GP_MAX_KW 10
#define GP_MAX_INST 4
#define GP_PROBES 8 /* probe words whose document counts the manifest reports */

struct date {
	int y, m, d; /* calendar date */
};

/* A page-lifetime arena: strings of the papers on the page being written. */
struct arena {
	char **blocks; /* fixed blocks, never moved */
	size_t nblocks, cur, used; /* blocks held, block in use, bytes used in it */
};

char *arena_alloc(struct arena *a, size_t n);
void arena_reset(struct arena *a);
void arena_free(struct arena *a);

struct gpaper {
	uint32_t idx;          /* index in the corpus, 0 .. size-1 */
	uint64_t key;          /* the paper's own random stream: gen_mix(seed, idx) */
	char id[16];           /* arXiv id, "2407.21783" */
	struct date date;      /* first submission */
	int hh, mi, ss;        /* its time of day (UTC) */
	struct date revised;   /* last revision (same as date when never revised) */
	const char *title;     /* may hold one inline $...$ formula */
	const char *method;    /* the method name the abstract introduces, or NULL */
	uint32_t nauth;        /* authors */
	const uint32_t *first; /* first-name index per author */
	const uint32_t *last;  /* last-name index per author */
	const char *abstract;  /* one line; may hold LaTeX */
	uint8_t ncat;          /* categories, primary first */
	uint16_t cat[GP_MAX_CATS];
	uint8_t nkw;           /* site keywords */
	uint16_t kw[GP_MAX_KW];
	uint8_t ninst;         /* institutions, primary first */
	uint16_t inst[GP_MAX_INST];
	int upvotes;           /* Hugging Face upvotes */
	int ncomments;         /* Hugging Face comments */
	int github_stars;      /* stars of the code repository; 0 = none */
	const char *comments;  /* arXiv comments field, or NULL */
	uint8_t title_probes;  /* probe words in the title (bit per probe) */
	uint8_t abstract_probes; /* probe words in the abstract */
};

struct corpus_shape {
	uint32_t size;          /* papers */
	uint64_t seed;          /* the seed of everything */
	int nmonths;            /* months the papers' dates span, ending 2026-06 */
	uint32_t *month_first;  /* index of the first paper of each month; [nmonths] = size */
	int probe[GP_PROBES];   /* abstract-word indices of the probe words */
	double probe_share[GP_PROBES]; /* the share of abstracts expected to hold each */
	int nprobes;
	const char *probe_word[GP_PROBES]; /* the probe words themselves */
	size_t probe_len[GP_PROBES];
};

void shape_init(struct corpus_shape *sh, const struct lists *l, uint32_t size, uint64_t seed);
void shape_free(struct corpus_shape *sh);
/* The probe words TEXT holds as full-text search sees words (runs of letters and digits, any
 * case): bit I for probe I. */
uint8_t shape_probes_in(const struct corpus_shape *sh, const char *text);
/* The year and month of month M of the timeline (0 = the first). */
void shape_month(const struct corpus_shape *sh, int m, int *y, int *mo);
/* Makes paper IDX: the same fields whenever and wherever it is asked for. */
void paper_make(const struct corpus_shape *sh, const struct lists *l, uint32_t idx,
		struct arena *a, struct gpaper *p);
/* Does a digest record of P list all its institutions? (About one in ten does not.) */
bool paper_digest_lists_all(const struct gpaper *p);
/* Writes a review paragraph (digest) of about LEN bytes for paper P, section S. */
const char *paper_review(const struct lists *l, const struct gpaper *p, int s, struct arena *a);

/* ---- output (gen-out.c) ---- */

struct out {
	char *s;     /* the page being written */
	size_t len;  /* bytes in it */
	size_t cap;  /* allocated */
};

void out_mem(struct out *o, const void *p, size_t n);
void out_str(struct out *o, const char *s);
void out_fmt(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void out_html(struct out *o, const char *s);   /* text: & < > escaped */
void out_attr(struct out *o, const char *s);   /* attribute value in double quotes */
void out_url(struct out *o, const char *s, bool plus); /* percent-encoded; space as + or %20 */
/* JSON string (with quotes), written as it appears inside a double-quoted attribute when
 * IN_ATTR (so " is &quot;). Newlines every ~WRAP columns when WRAP > 0, as arXiv wraps. */
void out_json(struct out *o, const char *s, bool in_attr, int wrap);
void out_wrapped(struct out *o, const char *s, int wrap, bool attr); /* text with line breaks */
void out_free(struct out *o);

/* A template: literal text and {{name}} holes, resolved to numbers when loaded. */
struct tpl {
	size_t n;          /* pieces */
	const char **text; /* literal piece i (may be empty) */
	size_t *len;       /* its length */
	int *hole;         /* the hole after piece i, -1 after the last */
	char *buf;         /* the file */
};

/* Loads DIR/NAME; every hole must be one of NAMES (NULL-terminated): its index there. */
bool tpl_load(struct tpl *t, const char *dir, const char *name, const char *const *names);
/* Writes the template, calling FILL(hole, ctx, o) for each hole. */
void tpl_emit(const struct tpl *t, struct out *o, void (*fill)(int, void *, struct out *), void *ctx);
void tpl_free(struct tpl *t);

/* ---- pages ---- */

/* What a page shows of a paper, for the manifest's counts. */
enum shown {
	SHOWN_TITLE = 1,       /* title (and arXiv id) */
	SHOWN_ABSTRACT = 2,    /* abstract */
	SHOWN_SCORE = 4,       /* Hugging Face upvotes */
	SHOWN_INSTITUTION = 8, /* institutions: all of them (digest) */
	SHOWN_ORGANIZATION = 16, /* the primary institution only (an HF organisation, or a digest
	                          * record without its "All Institutions" line) */
};

/* Everything a page writer needs. */
struct genctx {
	const struct corpus_shape *sh;
	const struct lists *l;
	struct arena arena;     /* the current page's papers */
	struct rng rng;         /* the page's own draws (chrome details) */
	uint8_t *shown;         /* per paper: what some page has shown of it (enum shown) */
	uint8_t *probes;        /* per paper: probe words some page has shown */
	uint32_t *inst_papers;  /* per institution: papers some page names it for */
};

/* Records that a page shows WHAT (enum shown) of paper P. */
void gen_note(struct genctx *g, const struct gpaper *p, unsigned what);

/* A page's entries: indices of papers, in the page's order. */
struct entries {
	const uint32_t *idx; /* papers */
	size_t n;            /* how many */
	uint32_t born_from;  /* papers from this index on are shown here first; others earlier */
};

/* Each writer appends one whole page to O. */
bool hf_init(const char *tpl_dir);
void hf_write_daily(struct genctx *g, const struct entries *e, struct out *o);
void hf_write_paper(struct genctx *g, uint32_t idx, struct out *o);
bool arxiv_abs_init(const char *tpl_dir);
bool arxiv_list_init(const char *tpl_dir);
/* "Machine Learning (cs.LG)" for each category, the first as the primary subject. */
void out_subjects(struct out *o, const struct lists *l, const struct gpaper *p);
void arxiv_write_abs(struct genctx *g, uint32_t idx, struct out *o);
void arxiv_write_list(struct genctx *g, const struct entries *e, struct out *o);
void arxiv_write_search(struct genctx *g, const struct entries *e, struct out *o);
bool digest_init(const char *tpl_dir);
/* Returns the records written: a week may list a paper twice. */
size_t digest_write(struct genctx *g, const struct entries *e, struct out *o);
void hf_free(void);
void arxiv_abs_free(void);
void arxiv_free(void);
void digest_free(void);

/* Dates */
int date_days_in_month(int y, int m);
void date_add_days(struct date *d, int days);
int date_weekday(const struct date *d); /* 0 = Monday */
extern const char *const month_abbr[12];  /* "Jan" */
extern const char *const month_full[12];  /* "January" */
extern const char *const weekday_abbr[7]; /* "Mon" */

/* Names */
void out_author(struct out *o, const struct lists *l, const struct gpaper *p, uint32_t i, bool html);
void out_author_inverted(struct out *o, const struct lists *l, const struct gpaper *p, uint32_t i);
/* "Semelin,+B" (listings) or "Semelin%2C+B" (abstract and search pages): the author query. */
void out_author_query(struct out *o, const struct lists *l, const struct gpaper *p, uint32_t i,
		      bool comma_encoded);
/* Writes a TeX-bearing title as a browser-saved arXiv listing shows it (MathJax DOM). */
void out_title_mathjax(struct out *o, const char *title, int *element);
/* 24 hex digits, as Hugging Face's object ids. */
void out_hexid(struct out *o, struct rng *r);

#endif
