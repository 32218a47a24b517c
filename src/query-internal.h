/* query-internal.h — what query-*.c and store-list.c share: tokens, the tree, the compiled form.
 *
 *   query-lex.c      text -> tokens (struct qtok), each with its byte position
 *   query-parse.c    tokens -> tree (struct query_node); values checked here
 *   query-format.c   tree -> text; error lines; sort orders
 *   query-sql.c      tree -> SQL parts over `paper AS p` with their bound values
 *   store-list.c     runs the parts: ids/rows in order, counts
 *   store-facets.c   facet counts among the papers a query matches
 */
#ifndef PB_QUERY_INTERNAL_H
#define PB_QUERY_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "query.h"

/* Limits that keep a hostile query from exhausting our stack or SQLite's. The depth is low
 * because SQLite's parser has a fixed stack (100 entries before 3.46) and each nested group
 * costs about five of them: 11 levels of "a (b or ..." already overflow it. */
#define QUERY_MAX_LENGTH 4096 /* bytes of query text */
#define QUERY_MAX_DEPTH 8     /* nested groups and negations */
#define QUERY_MAX_TERMS 256   /* terms in one query */

enum qop {
	QOP_COLON, /* field:value */
	QOP_EQ,    /* = */
	QOP_GE,    /* >= */
	QOP_GT,    /* > */
	QOP_LE,    /* <= */
	QOP_LT,    /* < */
};

enum qtok_kind {
	QT_END,    /* end of the text */
	QT_LPAREN, /* ( */
	QT_RPAREN, /* ) */
	QT_MINUS,  /* - before a term */
	QT_WORD,   /* a bare word or a "quoted phrase" */
	QT_FIELD,  /* name OP value, written without spaces */
};

struct qtok {
	enum qtok_kind kind; /* what it is */
	size_t pos;          /* byte offset of its first character */
	size_t end;          /* byte offset just past it */
	char *text;          /* WORD: the word or phrase, unquoted; FIELD: the value (may be "") */
	bool quoted;         /* the word or value was written in quotes */
	bool prefix;         /* WORD: a '*' followed it */
	char name[16];       /* FIELD: the field name, lower case */
	enum qop op;         /* FIELD: the operator */
	size_t op_pos;       /* FIELD: byte offset of the operator */
	size_t value_pos;    /* FIELD: byte offset of the value (of its quote when quoted) */
};

struct qtok_list {
	struct qtok *v; /* the tokens, the last one QT_END */
	size_t n;       /* how many */
};

/* 1-based column (in characters) of byte offset POS in TEXT. */
int query_column(const char *text, size_t pos);
/* Makes a message one printable line: what it quotes of the query may hold control
 * characters (a query can come from a script or a config file); a character cut by the
 * message's length goes too. */
void query_error_clean(char *msg);
/* Splits TEXT into tokens. On error fills err and returns false. */
bool query_lex(const char *text, struct qtok_list *out, struct query_error *err);
void qtok_list_free(struct qtok_list *l);

enum qnode_kind {
	QN_AND,  /* every kid matches */
	QN_OR,   /* some kid matches */
	QN_NOT,  /* the one kid does not match */
	QN_TERM, /* a single condition */
};

enum qfield {
	QF_WORDS,  /* full-text words or phrase */
	QF_INST,   /* institution name or alias, word prefix */
	QF_TOPIC,  /* topic name prefix */
	QF_CAT,    /* arXiv category, or every category of an archive */
	QF_AUTHOR, /* word prefix in author names */
	QF_TAG,    /* the user's tag */
	QF_YEAR,   /* publication year range */
	QF_DATE,   /* publication date range */
	QF_SCORE,  /* score range */
	QF_FAV,    /* favourites */
	QF_READ,   /* marked read */
	QF_UNREAD, /* not marked read */
};

/* A range as the user wrote it; bounds keep their text so the query formats back unchanged. */
struct qrange {
	bool has_lo;   /* there is a lower bound */
	bool lo_incl;  /* it includes the bound (>=, :), else > */
	bool has_hi;   /* there is an upper bound */
	bool hi_incl;  /* it includes the bound (<=, :), else < */
	char lo[24];   /* the bound as written: number, YYYY or YYYY[-MM[-DD]] */
	char hi[24];   /* the same for the upper bound */
	double lo_num; /* SCORE: lo as a number */
	double hi_num; /* SCORE: hi as a number */
};

struct query_node {
	enum qnode_kind kind;     /* AND, OR, NOT or TERM */
	int column;               /* where it starts in the query text */
	struct query_node **kids; /* AND, OR: two or more (never nested alike); NOT: one */
	size_t nkids;             /* how many kids */
	enum qfield field;        /* TERM: what it tests */
	char *text;               /* WORDS: word or phrase; INST..TAG: the value */
	bool quoted;              /* WORDS: written as a "phrase" */
	bool prefix;              /* WORDS: written with a trailing '*' */
	struct qrange range;      /* YEAR, DATE, SCORE */
};

struct query {
	struct query_node *root; /* NULL: every paper */
};

/* Builds the term a WORD or FIELD token stands for, checking its value (NULL + err if bad). */
struct query_node *query_term(const char *text, const struct qtok *t, struct query_error *err);
/* Whether the full-text tokenizer finds a letter or digit token in S. */
bool query_text_has_token(const char *s);
void query_node_free(struct query_node *n);
const char *query_field_name(enum qfield f); /* "inst", "topic", ... ("" for words and flags) */

/* --- the compiled form ------------------------------------------------------------------- */

struct qbind {
	bool is_real; /* a number, else text */
	double real;  /* the number */
	char *text;   /* the text (owned) */
};

enum qpart_kind {
	QP_FTS,   /* p.id IN (full-text match); fts holds the MATCH expression */
	QP_OTHER, /* anything else */
};

/* One of the conditions a query's top level ANDs together. Kept apart so that a planner can
 * order or replace them by selectivity (e.g. walk the score index and probe the FTS match). */
struct query_part {
	enum qpart_kind kind;  /* see above */
	char *sql;             /* boolean SQL over `paper AS p`; one '?' per bind, in order */
	struct qbind *binds;   /* the values for its '?'s */
	size_t nbinds;         /* how many */
	char *fts;             /* QP_FTS: the FTS5 MATCH expression (also its only bind) */
	char *set;             /* query_compile_ids, a lone positive term: "SELECT ..." of its
				* ids (maybe repeated), the same binds; else NULL */
	bool lone;             /* one term or one MATCH, not an OR or NOT of several */
};

struct query_sql {
	struct query_part *parts; /* ANDed together; none: every paper */
	size_t nparts;            /* how many */
};

/* Compiles Q (NULL: every paper). Never fails: the parser has checked every value. Each term
 * is a set the paper's id is IN: SQLite may compute it once and drive the query from it. */
void query_compile(const struct query *q, struct query_sql *out);
/* The same conditions, each term a test of the one paper p (correlated EXISTS, the FTS match
 * by rowid): for walking an order index and keeping the papers that pass, when most do. */
void query_compile_probe(const struct query *q, struct query_sql *out);
/* The same conditions with only p.id read: every term, ranges included, is an id set that
 * SQLite takes from an index or a link table, so counts and facets can run over a set of ids
 * and never read a paper's row (a million rows of abstracts). Lone positive terms also get
 * their set on its own (query_part.set). */
void query_compile_ids(const struct query *q, struct query_sql *out);
void query_sql_free(struct query_sql *s);
/* The FTS5 MATCH expression query_compile makes of the full-text terms among KIDS joined by
 * JOIN (" AND " or " OR "), malloc'd; NULL when there are none. */
char *query_fts_expr(struct query_node *const *kids, size_t n, const char *join);
/* Whether N is a full-text term (words, a phrase, author:). */
bool query_node_is_fts(const struct query_node *n);
/* One node compiled as query_compile_ids compiles a whole query: for a term, its one part's
 * set is the SELECT of its ids (not for unread, which is a NOT IN). */
void query_compile_term_ids(const struct query_node *n, struct query_sql *out);
/* For an inst: or topic: term, one part whose sql is the SELECT of the institution or topic ids
 * it names, with its binds; false (OUT empty) for other terms. */
bool query_compile_values(const struct query_node *n, struct query_sql *out);
/* Appends the WHERE condition: the parts ANDed, "1" when there are none. Their binds follow
 * part by part, in order. */
void query_sql_where(const struct query_sql *s, struct strbuf *sql);

#endif
