/* format.h — the output formats of the command line (DESIGN.md §7). Every format reads a
 * paper through one field table, so json, csv and the rest cannot drift apart.
 *
 *   format.c          format names; a stream of papers in one format (begin, paper, end)
 *   format-fields.c   a paper as named, typed fields: the json keys and csv columns
 *   format-text.c     text for terminals: control sequences out, display width, fit, wrap
 *   format-utf8.c     UTF-8 decoding and repair
 *   format-json.c     --format json   (jansson)
 *   format-csv.c      --format csv    (RFC 4180)
 *   format-tsv.c      --format tsv
 *   format-table.c    --format table  (aligned to the terminal, for people)
 *   format-bibtex.c   --format bibtex, with format-bibkey.c for the citation keys
 */
#ifndef PB_FORMAT_H
#define PB_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "paper.h"
#include "query.h"
#include "util.h"

/* --- the fields of a paper, in json key and csv column order -------------------------------- */

enum format_field {
	FIELD_ID,
	FIELD_ARXIV_ID,
	FIELD_DOI,
	FIELD_TITLE,
	FIELD_AUTHORS,
	FIELD_AUTHOR_COUNT,
	FIELD_INSTITUTIONS,
	FIELD_PRIMARY_INSTITUTION,
	FIELD_TOPICS,
	FIELD_DATE,
	FIELD_SCORE,
	FIELD_URL,
	FIELD_PDF_URL,
	FIELD_ABSTRACT,
	FIELD_TAGS,
	FIELD_FAVOURITE,
	FIELD_READ,
	FIELD_NOTE,
	FIELD_SOURCES,
	FIELD_N
};

enum format_value_type {
	FIELD_INTEGER, /* json integer */
	FIELD_NUMBER,  /* json number: integers print without ".0" */
	FIELD_TEXT,    /* json string */
	FIELD_LIST,    /* json array of strings; csv joins with "; " */
	FIELD_BOOL,    /* json true/false */
};

struct format_value {
	enum format_value_type type; /* what kind of value */
	bool null;            /* unknown: json null, an empty csv field (lists are never null) */
	long long integer;    /* FIELD_INTEGER */
	double number;        /* FIELD_NUMBER */
	bool boolean;         /* FIELD_BOOL */
	const char *text;     /* FIELD_TEXT, borrowed from the paper */
	char *const *list;    /* FIELD_LIST items, borrowed */
	size_t nlist;         /* FIELD_LIST length */
};

/* All fields of one paper. Values borrow from the paper, which must outlive this. */
struct format_fields {
	struct format_value v[FIELD_N]; /* indexed by enum format_field */
	char **topic_names;            /* the topics' names (the array is owned, the names not) */
};

const char *format_field_name(enum format_field f); /* "arxiv_id" */
void format_fields_fill(struct format_fields *pf, const struct paper *p);
void format_fields_free(struct format_fields *pf);

/* A score as people and csv/tsv read it: "128", "8.5" (at most 15 significant digits). */
void format_number(double x, char out[32]);

/* --- text ------------------------------------------------------------------------------------ */

/* Decodes one UTF-8 character at *s (advancing *s); invalid bytes give U+FFFD and advance one
 * byte. Returns false at the end of the string. */
bool format_utf8_next(const char **s, uint32_t *cp);
void format_utf8_add(struct strbuf *b, uint32_t cp);
/* S with every invalid UTF-8 sequence replaced by U+FFFD (malloc'd; NULL in, NULL out). */
char *format_utf8_fix(const char *s);

/* Text from a page made safe to print on a terminal (malloc'd; NULL in, NULL out): escape
 * sequences and control strings (ESC, CSI, OSC, DCS, SOS, PM, APC, in their 7- and 8-bit
 * forms) removed whole; other C0 and C1 controls and DEL removed; tabs, newlines and line separators
 * become spaces; bidi overrides and isolates removed; invalid UTF-8 becomes U+FFFD. */
char *format_safe_text(const char *s);
/* What format_terminal_text does beyond format_safe_text. */
enum format_terminal_flags {
	TERM_KEEP_NEWLINES = 1, /* newlines stay (other line breaks still become spaces) */
	TERM_DROP_UNKNOWN = 2,  /* characters the locale cannot place (wcwidth < 0) go */
};
/* The one sanitiser for terminal output, shared by the command line and the reader:
 * format_safe_text with FLAGS (enum format_terminal_flags). NULL in, NULL out. */
char *format_terminal_text(const char *s, unsigned flags);
/* When CP (just read, *S after it) introduces an escape sequence or control string (ESC,
 * CSI, OSC, DCS, SOS, PM, APC), moves *S past the whole sequence and returns true. */
bool format_skip_control(const char **s, uint32_t cp);
/* Columns S takes on a terminal (wcwidth; wide CJK and emoji count 2, combining marks 0). */
int format_width(const char *s);
/* S cut to at most COLS columns, ending in "…" when it was cut (malloc'd; S is terminal-safe). */
char *format_fit(const char *s, int cols);
/* Appends S padded with spaces to COLS columns (left-aligned) or right-aligned. */
void format_pad(struct strbuf *b, const char *s, int cols, bool right);
/* Appends TEXT word-wrapped to WIDTH columns, every line starting with INDENT spaces. */
void format_wrap(struct strbuf *b, const char *text, int width, int indent);

/* --- formats --------------------------------------------------------------------------------- */

enum format_kind { FORMAT_TABLE, FORMAT_TSV, FORMAT_CSV, FORMAT_JSON, FORMAT_BIBTEX };

bool format_from_name(const char *name, enum format_kind *out);
const char *format_name(enum format_kind k);

/* One output of papers in one format: begin, then each paper, then end. */
struct format_out {
	FILE *f;                     /* where it goes */
	enum format_kind kind;       /* json, csv, tsv or bibtex (tables: struct format_table) */
	size_t count;                /* papers written so far */
	struct format_bibkeys *keys; /* bibtex: the keys used so far */
};
void format_begin(struct format_out *o, FILE *f, enum format_kind kind);
void format_paper(struct format_out *o, const struct paper *p);
void format_end(struct format_out *o);

/* Each format, for format.c and the tests. */
void format_json_paper(FILE *f, const struct paper *p, bool first);
void format_csv_header(FILE *f);
void format_csv_paper(FILE *f, const struct paper *p);
void format_csv_field(struct strbuf *b, const char *s); /* one RFC 4180 field, quoted if needed */
void format_tsv_row(FILE *f, const struct list_row *r);
void format_bibtex_paper(FILE *f, const struct paper *p, struct format_bibkeys *keys);
void format_bibtex_escape(struct strbuf *b, const char *s); /* text for a {...} field value */
bool format_bibtex_balanced(const char *s);

/* Citation keys: first author's surname + year + first title word, unique within one set. */
struct format_bibkeys *format_bibkeys_new(void);
void format_bibkeys_free(struct format_bibkeys *set);
char *format_bibkey(struct format_bibkeys *set, const struct paper *p); /* malloc'd, lower case */

/* What people see for a paper without a title (table, show, the reader); the machine formats
 * leave the field empty or null. */
#define FORMAT_UNTITLED "(untitled)"

/* --- the table for people -------------------------------------------------------------------- */

struct format_table {
	FILE *f;        /* where it goes */
	int width;      /* columns to fill: the terminal's, or 80 when not a terminal */
	bool color;     /* bold header */
	bool started;   /* the header and column widths are fixed */
	int id_w;       /* width of the id column, from the first batch of rows */
	int arxiv_w;    /* the arXiv id column; 0 when dropped for a narrow terminal */
	int score_w;    /* the score column; 0 when dropped */
	int date_w;     /* the date column; 0 when dropped */
};
void format_table_begin(struct format_table *t, FILE *f, int width, bool color);
/* Rows in batches; the first batch fixes the column widths and prints the header. */
void format_table_rows(struct format_table *t, const struct list_row *rows, size_t n);

#endif
