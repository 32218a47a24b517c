/* text-latex.c — LaTeX in abstracts and titles made readable: \emph{x} -> x, $4.45 \pm 0.30$ ->
 * 4.45 ± 0.30, $10^{-3}$ -> 10⁻³. Not a TeX engine: it knows the commands abstracts use and
 * keeps what it does not know, so nothing the author wrote disappears silently. */
#include "text.h"

#include <ctype.h>
#include <string.h>

#include "text-latex.h"
#include "util.h"

/* Groups nested deeper than this are copied as they are (hostile input must not recurse far). */
#define LATEX_MAX_DEPTH 24
/* A $...$ longer than this is not taken for mathematics (prices: "$5 ... $10"). */
#define LATEX_MAX_MATH 600

struct latex {
	const char *s; /* the whole input */
	size_t i;      /* current position */
	size_t end;    /* end of the part being converted */
	bool math;     /* inside $...$ */
	int depth;     /* nesting of groups and arguments */
};

static void latex_run(struct latex *lx, struct strbuf *out);

static bool is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Converts s[start, end) into OUT in the given mode. */
static void latex_part(const struct latex *lx, size_t start, size_t end, bool math, struct strbuf *out)
{
	struct latex sub = {lx->s, start, end, math, lx->depth + 1};
	if (sub.depth > LATEX_MAX_DEPTH) {
		sb_addn(out, lx->s + start, end - start);
		return;
	}
	latex_run(&sub, out);
}

/* The matching '}' for the '{' at OPEN (escapes respected); END when unbalanced. */
static size_t match_brace(const char *s, size_t open, size_t end)
{
	int level = 0;
	for (size_t j = open; j < end; j++) {
		if (s[j] == '\\' && j + 1 < end) {
			j++;
		} else if (s[j] == '{') {
			level++;
		} else if (s[j] == '}' && --level == 0) {
			return j;
		}
	}
	return end;
}

static void skip_spaces(struct latex *lx)
{
	while (lx->i < lx->end && (lx->s[lx->i] == ' ' || lx->s[lx->i] == '\n' || lx->s[lx->i] == '\t'))
		lx->i++;
}

/* Reads one argument: {group}, a \command, or one character. Returns false at the end. */
static bool read_arg(struct latex *lx, size_t *start, size_t *stop)
{
	skip_spaces(lx);
	if (lx->i >= lx->end)
		return false;
	if (lx->s[lx->i] == '{' && match_brace(lx->s, lx->i, lx->end) < lx->end) {
		size_t close = match_brace(lx->s, lx->i, lx->end);
		*start = lx->i + 1;
		*stop = close;
		lx->i = close + 1;
		return true;
	}
	*start = lx->i; /* an unbalanced '{' is an argument of one character */
	if (lx->s[lx->i] == '\\') {
		lx->i++;
		if (lx->i < lx->end && is_letter(lx->s[lx->i]))
			while (lx->i < lx->end && is_letter(lx->s[lx->i]))
				lx->i++;
		else if (lx->i < lx->end)
			lx->i++;
	} else {
		lx->i++;
		while (lx->i < lx->end && ((unsigned char)lx->s[lx->i] & 0xC0) == 0x80)
			lx->i++;
	}
	*stop = lx->i;
	return true;
}

/* Reads an argument and converts it into OUT. */
static void convert_arg(struct latex *lx, bool math, struct strbuf *out)
{
	size_t a, b;
	if (read_arg(lx, &a, &b))
		latex_part(lx, a, b, math, out);
}

static void skip_arg(struct latex *lx)
{
	size_t a, b;
	read_arg(lx, &a, &b);
}

/* Skips [optional] arguments. */
static void skip_optional(struct latex *lx)
{
	for (;;) {
		size_t j = lx->i;
		while (j < lx->end && lx->s[j] == ' ')
			j++;
		if (j >= lx->end || lx->s[j] != '[')
			return;
		while (j < lx->end && lx->s[j] != ']')
			j++;
		lx->i = j < lx->end ? j + 1 : j;
	}
}

static bool in_list(const char *name, const char *const *list)
{
	for (size_t k = 0; list[k]; k++)
		if (strcmp(name, list[k]) == 0)
			return true;
	return false;
}

/* Commands whose argument is the text itself. */
static const char *const keep_arg[] = {
	"emph", "textbf", "textit", "texttt", "textsc", "textsf", "textrm", "textup", "textnormal",
	"textmd", "textsl", "underline", "uline", "mbox", "hbox", "fbox", "mathrm", "mathbf",
	"mathit", "mathsf", "mathtt", "mathcal", "mathscr", "mathfrak", "mathnormal", "boldsymbol",
	"bm", "pmb", "operatorname", "textcolor", "ensuremath", "smash", "phantom", NULL,
};
/* Commands dropped together with their argument (citations, labels, spacing). */
static const char *const drop_arg[] = {
	"cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "nocite", "ref",
	"eqref", "autoref", "cref", "Cref", "pageref", "label", "footnote", "footnotemark",
	"vspace", "hspace", "index", "begin", "end", "thanks", "color", NULL,
};
/* Declarations and sizing commands that only change the look. */
static const char *const drop_word[] = {
	"em", "bf", "it", "rm", "sc", "tt", "sf", "sl", "itshape", "bfseries", "upshape", "mdseries",
	"normalfont", "scshape", "ttfamily", "sffamily", "rmfamily", "small", "large", "Large",
	"footnotesize", "normalsize", "tiny", "scriptsize", "huge", "Huge", "displaystyle",
	"textstyle", "scriptstyle", "limits", "nolimits", "middle", "big", "Big", "bigg", "Bigg",
	"bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "noindent", "xspace",
	"centering", "medskip", "smallskip", "bigskip", "newline", "linebreak", "par", "relax",
	"protect", "displaybreak", "nonumber", "notag", NULL,
};
static const char *const space_word[] = {
	"quad", "qquad", "enspace", "thinspace", "enskip", "space", "nobreakspace", NULL,
};

/* After a dropped citation, "shown in \cite{x}." must not become "shown in .". */
static void trim_before_punct(struct latex *lx, struct strbuf *out)
{
	char next = lx->i < lx->end ? lx->s[lx->i] : '\0';
	if (out->len && out->s[out->len - 1] == ' ' && (next == '\0' || strchr(".,;:)]", next)))
		out->s[--out->len] = '\0';
}

/* \frac{a}{b} -> a/b, with parentheses around a part that is more than one term. */
static void convert_frac(struct latex *lx, struct strbuf *out)
{
	struct strbuf parts[2] = {{0}, {0}};
	for (int k = 0; k < 2; k++) {
		convert_arg(lx, true, &parts[k]);
		const char *p = parts[k].s ? parts[k].s : "";
		bool simple = strpbrk(p, " +-*/·×−") == NULL;
		if (k == 1)
			sb_addc(out, '/');
		sb_add(out, simple ? "" : "(");
		sb_add(out, p);
		sb_add(out, simple ? "" : ")");
		sb_free(&parts[k]);
	}
}

static bool one_char(const char *s)
{
	if (str_empty(s))
		return false;
	size_t n = 1;
	while (s[n] && ((unsigned char)s[n] & 0xC0) == 0x80)
		n++;
	return s[n] == '\0';
}

/* A control word: \NAME has been read, lx->i is just after it. */
static void convert_word(struct latex *lx, const char *name, struct strbuf *out)
{
	const char *sym;

	if (in_list(name, keep_arg) || strcmp(name, "url") == 0) {
		if (strcmp(name, "textcolor") == 0)
			skip_arg(lx);
		bool math = strcmp(name, "ensuremath") == 0 ||
			    (lx->math && (strncmp(name, "math", 4) == 0 || strcmp(name, "boldsymbol") == 0 ||
					  strcmp(name, "bm") == 0 || strcmp(name, "operatorname") == 0));
		convert_arg(lx, math, out);
	} else if (strcmp(name, "text") == 0) {
		convert_arg(lx, false, out);
	} else if (strcmp(name, "href") == 0) {
		skip_arg(lx);
		convert_arg(lx, false, out);
	} else if (strcmp(name, "texorpdfstring") == 0) {
		skip_arg(lx);
		convert_arg(lx, lx->math, out);
	} else if (in_list(name, drop_arg)) {
		skip_optional(lx);
		skip_arg(lx);
		trim_before_punct(lx, out);
	} else if (in_list(name, drop_word)) {
		/* \left. and \right. are invisible delimiters */
	} else if (strcmp(name, "left") == 0 || strcmp(name, "right") == 0) {
		if (lx->i < lx->end && lx->s[lx->i] == '.')
			lx->i++;
	} else if (in_list(name, space_word)) {
		sb_addc(out, ' ');
	} else if (strcmp(name, "frac") == 0 || strcmp(name, "dfrac") == 0 ||
		   strcmp(name, "tfrac") == 0) {
		convert_frac(lx, out);
	} else if (strcmp(name, "sqrt") == 0) {
		struct strbuf arg = {0};
		skip_optional(lx);
		convert_arg(lx, true, &arg);
		bool simple = one_char(arg.s) || (arg.s && strpbrk(arg.s, " +-*/") == NULL);
		sb_add(out, simple ? "√" : "√(");
		sb_add(out, arg.s ? arg.s : "");
		sb_add(out, simple ? "" : ")");
		sb_free(&arg);
	} else if (strcmp(name, "mathbb") == 0 || strcmp(name, "mathds") == 0) {
		struct strbuf arg = {0};
		convert_arg(lx, true, &arg);
		const char *bb = arg.s ? latex_blackboard(arg.s) : NULL;
		sb_add(out, bb ? bb : arg.s ? arg.s : "");
		sb_free(&arg);
	} else if (latex_is_accent(name)) {
		struct strbuf arg = {0};
		convert_arg(lx, lx->math, &arg);
		latex_accent_apply(name, arg.s, out);
		sb_free(&arg);
	} else if ((sym = latex_symbol(name))) {
		sb_add(out, sym);
	} else {
		/* An author's own macro (\mname): keep it, and keep its braces with it. */
		sb_addc(out, '\\');
		sb_add(out, name);
		while (lx->i < lx->end && lx->s[lx->i] == '{') {
			size_t close = match_brace(lx->s, lx->i, lx->end);
			sb_addc(out, '{');
			latex_part(lx, lx->i + 1, close, lx->math, out);
			sb_addc(out, '}');
			lx->i = close < lx->end ? close + 1 : close;
		}
	}
}

/* The backslash at lx->i starts a command. */
static void convert_command(struct latex *lx, struct strbuf *out)
{
	char name[32];
	size_t n = 0;
	char c;

	lx->i++;
	if (lx->i >= lx->end) {
		sb_addc(out, '\\');
		return;
	}
	c = lx->s[lx->i];
	if (!is_letter(c)) {
		char sym[2] = {c, '\0'};
		lx->i++;
		if (strchr("%&_#${}", c)) {
			sb_addc(out, c);
		} else if (c == '\\' || strchr(" ,;:>", c)) {
			sb_addc(out, ' ');
		} else if (c == '!' || c == '/' || c == '-') {
			/* thin negative space, italic correction, discretionary hyphen */
		} else if (c == '|') {
			sb_add(out, "‖");
		} else if (latex_is_accent(sym)) {
			struct strbuf arg = {0};
			convert_arg(lx, false, &arg);
			latex_accent_apply(sym, arg.s, out);
			sb_free(&arg);
		} else {
			sb_addc(out, c);
		}
		return;
	}
	while (lx->i < lx->end && is_letter(lx->s[lx->i])) {
		if (n < sizeof name - 1)
			name[n++] = lx->s[lx->i];
		lx->i++;
	}
	name[n] = '\0';
	if (lx->i < lx->end && lx->s[lx->i] == '*') /* \operatorname*, \section* */
		lx->i++;
	convert_word(lx, name, out);
}

/* ^ or _ in mathematics. */
static void convert_script(struct latex *lx, bool super, struct strbuf *out)
{
	struct strbuf arg = {0};
	lx->i++;
	convert_arg(lx, true, &arg);
	const char *a = arg.s ? arg.s : "";
	if (super && strcmp(a, "∘") == 0)
		sb_add(out, "°");
	else if (super && strcmp(a, "′") == 0)
		sb_add(out, a);
	else if (!latex_script(a, super, out) && *a) {
		sb_addc(out, super ? '^' : '_');
		bool single = one_char(a);
		sb_add(out, single ? a : "(");
		if (!single) {
			sb_add(out, a);
			sb_addc(out, ')');
		}
	}
	sb_free(&arg);
}

/* The end of the $...$ that starts at lx->i, or 0 when this '$' is not mathematics: the
 * opening '$' needs a non-space after it, the closing one a non-space before it and no digit
 * after it ("$5 and $10" stays as it is). */
static size_t math_close(const struct latex *lx)
{
	const char *s = lx->s;
	size_t i = lx->i;
	if (i + 1 >= lx->end || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '$')
		return 0;
	for (size_t j = i + 1; j < lx->end && j - i <= LATEX_MAX_MATH; j++) {
		if (s[j] == '\\') {
			j++;
			continue;
		}
		if (s[j] != '$')
			continue;
		if (s[j - 1] == ' ' || s[j - 1] == '\n' || isdigit((unsigned char)s[j + 1]))
			return 0;
		return j;
	}
	return 0;
}

/* The position of TERM ("$$", "\\)", "\\]") from lx->i on, or 0. */
static size_t find_term(const struct latex *lx, const char *term)
{
	size_t tl = strlen(term);
	for (size_t j = lx->i; j + tl <= lx->end; j++)
		if (strncmp(lx->s + j, term, tl) == 0)
			return j;
	return 0;
}

/* Opens mathematics at lx->i if it starts there; true when it did. */
static bool convert_math(struct latex *lx, struct strbuf *out)
{
	const char *s = lx->s + lx->i;
	size_t close;
	if (s[0] == '$' && s[1] == '$') {
		lx->i += 2;
		close = find_term(lx, "$$");
		if (!close) {
			lx->i -= 2;
			return false;
		}
		latex_part(lx, lx->i, close, true, out);
		lx->i = close + 2;
		return true;
	}
	if (s[0] == '$') {
		close = math_close(lx);
		if (!close)
			return false;
		latex_part(lx, lx->i + 1, close, true, out);
		lx->i = close + 1;
		return true;
	}
	if (s[0] == '\\' && (s[1] == '(' || s[1] == '[')) {
		lx->i += 2;
		close = find_term(lx, s[1] == '(' ? "\\)" : "\\]");
		if (!close) {
			lx->i -= 2;
			return false;
		}
		latex_part(lx, lx->i, close, true, out);
		lx->i = close + 2;
		return true;
	}
	return false;
}

/* "--" is an en dash and "---" an em dash, except in a command-line flag ("--verbose"). */
static void convert_dashes(struct latex *lx, struct strbuf *out)
{
	const char *s = lx->s;
	size_t i = lx->i;
	if (i + 2 < lx->end && s[i + 2] == '-') {
		sb_add(out, "—");
		lx->i += 3;
	} else if ((i == 0 || !isalnum((unsigned char)s[i - 1])) && i + 2 < lx->end &&
		   is_letter(s[i + 2])) {
		sb_add(out, "--");
		lx->i += 2;
	} else {
		sb_add(out, "–");
		lx->i += 2;
	}
}

static void latex_run(struct latex *lx, struct strbuf *out)
{
	while (lx->i < lx->end) {
		const char *s = lx->s;
		char c = s[lx->i];
		if (!lx->math && (c == '$' || (c == '\\' && (s[lx->i + 1] == '(' || s[lx->i + 1] == '['))) &&
		    convert_math(lx, out))
			continue;
		if (c == '\\') {
			convert_command(lx, out);
		} else if (c == '{') {
			size_t close = match_brace(s, lx->i, lx->end);
			if (close >= lx->end) { /* unbalanced: keep the brace */
				sb_addc(out, c);
				lx->i++;
				continue;
			}
			latex_part(lx, lx->i + 1, close, lx->math, out);
			lx->i = close + 1;
		} else if (c == '}') {
			lx->i++;
		} else if (lx->math && (c == '^' || c == '_')) {
			convert_script(lx, c == '^', out);
		} else if (c == '~' && (lx->math || !out->len ||
					(out->s[out->len - 1] != '/' && out->s[out->len - 1] != ':'))) {
			sb_addc(out, ' ');
			lx->i++;
		} else if (lx->math && c == '&') {
			sb_addc(out, ' ');
			lx->i++;
		} else if (!lx->math && c == '-' && s[lx->i + 1] == '-' && lx->i + 1 < lx->end) {
			convert_dashes(lx, out);
		} else if (!lx->math && c == '`' && s[lx->i + 1] == '`' && lx->i + 1 < lx->end) {
			sb_add(out, "“");
			lx->i += 2;
		} else if (!lx->math && c == '\'' && s[lx->i + 1] == '\'' && lx->i + 1 < lx->end) {
			sb_add(out, "”");
			lx->i += 2;
		} else {
			sb_addc(out, c);
			lx->i++;
		}
	}
}

bool text_has_latex(const char *s)
{
	if (!s)
		return false;
	for (const char *p = s; *p; p++) {
		if (p[0] == '\\' && (is_letter(p[1]) || (p[1] && strchr("%&_#${}()[]", p[1]))))
			return true;
		/* an accent: Schr\"odinger, caf\'e, \^{o} */
		if (p[0] == '\\' && p[1] && strchr("'\"`^~=.", p[1]) && (is_letter(p[2]) || p[2] == '{'))
			return true;
		if (p[0] == '`' && p[1] == '`' && strstr(p + 2, "''")) /* ``quoted'' */
			return true;
		if (p[0] == '$') {
			struct latex lx = {s, (size_t)(p - s), strlen(s), false, 0};
			if (p[1] == '$' || math_close(&lx))
				return true;
		}
	}
	return false;
}

char *text_latex_readable(const char *s)
{
	struct strbuf out = {0};
	char *clean;
	if (!s)
		return NULL;
	if (!text_has_latex(s))
		return text_clean(s);
	struct latex lx = {s, 0, strlen(s), false, 0};
	latex_run(&lx, &out);
	clean = text_clean(out.s ? out.s : "");
	sb_free(&out);
	return clean;
}
