/* topic-rules.c — parsing topic rules and matching them against a paper's words. */
#include "topic-rules.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "text.h"

/* A word or phrase of a rule, as tokens. */
struct topic_word {
	char **tokens;      /* folded tokens; the first and last may carry '*' */
	size_t ntokens;     /* at least one */
	bool prefix;        /* the last token ends with '*': any ending */
	bool suffix;        /* the first token starts with '*': any beginning */
	size_t hash;        /* token_hash of the first token */
	char *text;         /* as written, for topic_rules_format */
};

struct topic_rule {
	char *name;               /* the topic: "agents" */
	struct topic_word *words; /* what makes a paper have it */
	size_t nwords;
};

struct topic_rules {
	struct topic_rule *v; /* in order: the shipped rules, then config additions */
	size_t n, cap;
};

static size_t token_hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Length of the UTF-8 punctuation or space character at P (’ “ – … · nbsp, CJK and
 * full-width punctuation), 0 for anything else: those separate words like ASCII ones. */
static size_t punct_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned cp;
	if ((p[0] & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
		cp = (unsigned)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
		return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ? 2 : 0;
	}
	if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
		cp = (unsigned)(p[0] & 0x0F) << 12 | (unsigned)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
		       (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0x2190 && cp <= 0x22FF) ? 3 : 0;
	}
	return 0;
}

/* Splits S into folded tokens of letters and digits; the rest separates. A '*' is kept on
 * the edges of a token when KEEP_STAR. */
static void tokenize(const char *s, bool keep_star, struct strlist *out)
{
	char *folded = fold_key(s);
	struct strbuf tok = {0};
	if (!folded)
		return;
	for (const char *p = folded;; p++) {
		unsigned char c = (unsigned char)*p;
		size_t n = c >= 0x80 ? punct_len(p) : 0;
		bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
			    (c >= 0x80 && n == 0) || (keep_star && c == '*');
		if (word) {
			sb_addc(&tok, (char)c);
			continue;
		}
		if (n > 1)
			p += n - 1;
		if (tok.len)
			strlist_add(out, tok.s);
		sb_clear(&tok);
		if (!c)
			break;
	}
	sb_free(&tok);
	free(folded);
}

static void word_free(struct topic_word *w)
{
	for (size_t i = 0; i < w->ntokens; i++)
		free(w->tokens[i]);
	free(w->tokens);
	free(w->text);
}

static void rule_free(struct topic_rule *r)
{
	for (size_t i = 0; i < r->nwords; i++)
		word_free(&r->words[i]);
	free(r->words);
	free(r->name);
}

/* Parses one word of a rule; false when it has nothing to match. */
static bool word_parse(const char *text, struct topic_word *w, struct strbuf *err)
{
	struct strlist toks = {0};
	memset(w, 0, sizeof *w);
	tokenize(text, true, &toks);
	if (toks.n == 0) {
		strlist_free(&toks);
		return true; /* "," ", ," — nothing to add */
	}
	for (size_t i = 0; i < toks.n; i++) {
		char *t = toks.v[i];
		size_t len = strlen(t);
		bool lead = t[0] == '*', trail = len > 1 && t[len - 1] == '*';
		size_t core = len - lead - trail;
		if (core == 0 || memchr(t + lead, '*', core) || (lead && i != 0) ||
		    (trail && i != toks.n - 1)) {
			char *shown = text_clean(text);
			sb_addf(err, "'%s': '*' may only start or end a word", shown);
			free(shown);
			strlist_free(&toks);
			return false;
		}
		if (lead) {
			w->suffix = true;
			memmove(t, t + 1, len--);
		}
		if (trail) {
			w->prefix = true;
			t[len - 1] = '\0';
		}
	}
	w->tokens = toks.v;
	w->ntokens = toks.n;
	w->hash = token_hash(w->tokens[0]);
	w->text = text_clean(text);
	return true;
}

static struct topic_rule *rule_find(struct topic_rules *r, const char *name)
{
	for (size_t i = 0; i < r->n; i++)
		if (strcasecmp(r->v[i].name, name) == 0)
			return &r->v[i];
	return NULL;
}

bool topic_rules_set(struct topic_rules *r, const char *text, struct strbuf *err)
{
	const char *colon = strchr(text, ':');
	struct topic_rule rule = {0};
	char *name;
	bool ok = false;

	if (!colon) {
		sb_addf(err, "a topic rule needs a colon: topic NAME: word, word, ...");
		return false;
	}
	{
		char *raw = xstrndup(text, (size_t)(colon - text));
		/* A quoted name keeps its spaces: topic "world models": ... */
		size_t n = strlen(raw);
		char *unq = raw;
		while (*unq == ' ' || *unq == '\t')
			unq++;
		while (n > 0 && (raw[n - 1] == ' ' || raw[n - 1] == '\t'))
			raw[--n] = '\0';
		if (*unq == '"' && n > 1 && raw[n - 1] == '"') {
			raw[n - 1] = '\0';
			unq++;
		}
		name = text_clean(unq);
		free(raw);
	}
	if (!name || strchr(name, '"') || strchr(name, ',')) {
		sb_addf(err, "a topic rule needs a name before the colon");
		goto done;
	}
	rule.name = name;
	name = NULL;
	for (const char *p = colon + 1; *p;) {
		size_t n = strcspn(p, ",");
		char *piece = xstrndup(p, n);
		struct topic_word w;
		bool parsed = word_parse(piece, &w, err);
		free(piece);
		if (!parsed)
			goto done;
		if (w.ntokens) {
			rule.words = xrealloc(rule.words, (rule.nwords + 1) * sizeof *rule.words);
			rule.words[rule.nwords++] = w;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	struct topic_rule *old = rule_find(r, rule.name);
	if (old) { /* replace in place (keeps the order), or remove when there are no words */
		rule_free(old);
		if (rule.nwords) {
			*old = rule;
		} else {
			rule_free(&rule);
			memmove(old, old + 1, (size_t)(r->v + r->n - old - 1) * sizeof *old);
			r->n--;
		}
		memset(&rule, 0, sizeof rule);
	} else if (rule.nwords) {
		if (r->n == r->cap) {
			r->cap = r->cap ? r->cap * 2 : 32;
			r->v = xrealloc(r->v, r->cap * sizeof *r->v);
		}
		r->v[r->n++] = rule;
		memset(&rule, 0, sizeof rule);
	}
	ok = true;
done:
	rule_free(&rule);
	free(name);
	return ok;
}

bool topic_rules_config(const struct config_line *l, void *ctx, struct strbuf *err)
{
	/* The raw text keeps commas and quotes; a '#' outside quotes starts a comment. */
	const char *rest = config_rest(l, 1);
	struct strbuf b = {0};
	bool quoted = false, ok;
	for (const char *p = rest; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (*p == '#' && !quoted)
			break;
		sb_addc(&b, *p);
	}
	if (l->argc < 2) {
		sb_free(&b);
		sb_addf(err, "usage: topic NAME: word, word, ...");
		return false;
	}
	ok = topic_rules_set(ctx, b.s ? b.s : "", err);
	sb_free(&b);
	return ok;
}

struct topic_rules *topic_rules_new_empty(void)
{
	return xcalloc(1, sizeof(struct topic_rules));
}

struct topic_rules *topic_rules_new(void)
{
	struct topic_rules *r = topic_rules_new_empty();
	for (int i = 0; topic_rules_default[i]; i++) {
		struct strbuf err = {0};
		if (!topic_rules_set(r, topic_rules_default[i], &err))
			abort(); /* the shipped rules are checked by the tests */
		sb_free(&err);
	}
	return r;
}

void topic_rules_free(struct topic_rules *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++)
		rule_free(&r->v[i]);
	free(r->v);
	free(r);
}

static bool token_match(const char *pattern, const char *tok, bool prefix, bool suffix)
{
	size_t pl, tl;
	if (!prefix && !suffix)
		return strcmp(tok, pattern) == 0;
	pl = strlen(pattern);
	tl = strlen(tok);
	if (prefix && suffix)
		return strstr(tok, pattern) != NULL;
	if (prefix)
		return tl >= pl && strncmp(tok, pattern, pl) == 0;
	return tl >= pl && strcmp(tok + tl - pl, pattern) == 0;
}

/* A paper's words as tokens, with an index from each distinct token to where it occurs: a
 * rule word whose first token must match exactly is looked up instead of tried at every
 * position (a paper has a few hundred tokens, the rules a few hundred words); one whose only
 * token is a beginning ("robot*") is tried only where a token starts with the same byte. */
struct token_index {
	char **v;            /* the tokens, in text order (pointers into buf) */
	size_t n, cap;       /* tokens, slots */
	char *buf;           /* the folded text, cut into NUL-terminated tokens */
	size_t *first;       /* per hash slot: 1 + position of the last token seen with it, 0: none */
	size_t *next;        /* per position: 1 + the previous position with the same token, 0: none */
	size_t mask;         /* hash slots - 1 */
	size_t by_byte[256]; /* per first byte: 1 + position of the last token starting with it */
	size_t *byte_next;   /* per position: 1 + the previous position with the same first byte */
};

static void index_push(struct token_index *x, char *tok)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 256;
		x->v = xrealloc(x->v, x->cap * sizeof *x->v);
	}
	x->v[x->n++] = tok;
}

/* Appends the tokens of S (as tokenize() without stars splits it) to X. */
static void index_add_text(struct token_index *x, char *folded)
{
	char *tok = NULL;
	for (char *p = folded;; p++) {
		unsigned char c = (unsigned char)*p;
		size_t n = c >= 0x80 ? punct_len(p) : 0;
		bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0x80 && n == 0);
		if (word) {
			if (!tok)
				tok = p;
			continue;
		}
		*p = '\0';
		if (tok)
			index_push(x, tok);
		tok = NULL;
		if (!c)
			break;
		if (n > 1)
			p += n - 1;
	}
}

static void index_build(struct token_index *x, const char *title, const char *abstract)
{
	char *t = fold_key(title), *a = fold_key(abstract);
	size_t tl = t ? strlen(t) : 0, al = a ? strlen(a) : 0, slots = 64;
	static char separator[] = "\x01"; /* title and abstract never join into one phrase */

	memset(x, 0, sizeof *x);
	x->buf = xmalloc(tl + al + 2);
	memcpy(x->buf, t ? t : "", tl + 1);
	memcpy(x->buf + tl + 1, a ? a : "", al + 1);
	free(t);
	free(a);
	index_add_text(x, x->buf);
	index_push(x, separator);
	index_add_text(x, x->buf + tl + 1);
	while (slots < x->n * 2)
		slots *= 2;
	x->mask = slots - 1;
	x->first = xcalloc(slots, sizeof *x->first);
	x->next = xmalloc((x->n ? x->n : 1) * sizeof *x->next);
	x->byte_next = xmalloc((x->n ? x->n : 1) * sizeof *x->byte_next);
	for (size_t i = 0; i < x->n; i++) {
		size_t h = token_hash(x->v[i]) & x->mask;
		unsigned char b = (unsigned char)x->v[i][0];
		x->next[i] = x->first[h];
		x->first[h] = i + 1;
		x->byte_next[i] = x->by_byte[b];
		x->by_byte[b] = i + 1;
	}
}

static void index_free(struct token_index *x)
{
	free(x->v);
	free(x->buf);
	free(x->first);
	free(x->next);
	free(x->byte_next);
}

/* True when W occurs at position I of X. */
static bool word_at(const struct topic_word *w, const struct token_index *x, size_t i)
{
	if (i + w->ntokens > x->n)
		return false;
	for (size_t k = 0; k < w->ntokens; k++) {
		bool last = k == w->ntokens - 1, first = k == 0;
		if (!token_match(w->tokens[k], x->v[i + k], last && w->prefix, first && w->suffix))
			return false;
	}
	return true;
}

/* True when W occurs in X. */
static bool word_match(const struct topic_word *w, const struct token_index *x)
{
	bool exact_first = !w->suffix && !(w->prefix && w->ntokens == 1);
	if (exact_first) {
		for (size_t at = x->first[w->hash & x->mask]; at; at = x->next[at - 1])
			if (word_at(w, x, at - 1))
				return true;
		return false;
	}
	if (!w->suffix) { /* a beginning: tokens that start with its first byte */
		for (size_t at = x->by_byte[(unsigned char)w->tokens[0][0]]; at; at = x->byte_next[at - 1])
			if (word_at(w, x, at - 1))
				return true;
		return false;
	}
	for (size_t i = 0; i < x->n; i++)
		if (word_at(w, x, i))
			return true;
	return false;
}

void topic_rules_match(const struct topic_rules *r, const char *title, const char *abstract,
		       struct strlist *out)
{
	struct token_index x;
	index_build(&x, title, abstract);
	for (size_t i = 0; i < r->n; i++)
		for (size_t j = 0; j < r->v[i].nwords; j++)
			if (word_match(&r->v[i].words[j], &x)) {
				if (!strlist_has_nocase(out, r->v[i].name))
					strlist_add(out, r->v[i].name);
				break;
			}
	index_free(&x);
}

char *topic_rules_format(const struct topic_rules *r)
{
	struct strbuf b = {0};
	for (size_t i = 0; i < r->n; i++) {
		bool space = strchr(r->v[i].name, ' ') != NULL;
		sb_addf(&b, "topic %s%s%s:", space ? "\"" : "", r->v[i].name, space ? "\"" : "");
		for (size_t j = 0; j < r->v[i].nwords; j++)
			sb_addf(&b, "%s %s", j ? "," : "", r->v[i].words[j].text);
		sb_addc(&b, '\n');
	}
	return sb_take(&b);
}
