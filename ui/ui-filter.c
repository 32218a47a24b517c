/* ui-filter.c — building query text from the reader's filter pieces. */
#include "ui-filter.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ui_filter_clear(struct ui_filter *f)
{
	free(f->query);
	free(f->words);
	free(f->score);
	strlist_free(&f->insts);
	strlist_free(&f->topics);
	strlist_free(&f->tags);
	memset(f, 0, sizeof *f);
}

static void copy_list(struct strlist *dst, const struct strlist *src)
{
	for (size_t i = 0; i < src->n; i++)
		strlist_add(dst, src->v[i]);
}

void ui_filter_copy(struct ui_filter *dst, const struct ui_filter *src)
{
	memset(dst, 0, sizeof *dst);
	dst->query = xstrdup(src->query);
	dst->words = xstrdup(src->words);
	dst->score = xstrdup(src->score);
	copy_list(&dst->insts, &src->insts);
	copy_list(&dst->topics, &src->topics);
	copy_list(&dst->tags, &src->tags);
	dst->fav_only = src->fav_only;
	dst->unread_only = src->unread_only;
}

bool ui_filter_empty(const struct ui_filter *f)
{
	return str_empty(f->query) && str_empty(f->words) && !f->insts.n && !f->topics.n &&
	       !f->tags.n && str_empty(f->score) && !f->fav_only && !f->unread_only;
}

/* The language's own words, which a value must not be mistaken for. */
static bool is_reserved(const char *w)
{
	static const char *const reserved[] = {"or", "and", "not", "fav", "unread", NULL};
	for (int i = 0; reserved[i]; i++)
		if (strcasecmp(w, reserved[i]) == 0)
			return true;
	return false;
}

/* Bare words are letters, digits and . _ + - (not first); anything else is quoted so that
 * names like "A*STAR" or "University of Oxford" reach the parser as one value. The words the
 * language reserves are quoted too. */
static bool is_plain(const char *v)
{
	if (!*v || *v == '-')
		return false;
	for (const char *p = v; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '+' || c == '-'))
			return false;
	}
	return !is_reserved(v);
}

void ui_filter_quote(const char *value, struct strbuf *out)
{
	if (is_plain(value)) {
		sb_add(out, value);
		return;
	}
	/* the language has no escapes inside quotes: a double quote in a name cannot be
	 * written, so it is left out (the value still matches as a word prefix) */
	sb_addc(out, '"');
	for (const char *p = value; *p; p++)
		if (*p != '"')
			sb_addc(out, *p);
	sb_addc(out, '"');
}

static void add_sep(struct strbuf *out)
{
	if (out->len)
		sb_addc(out, ' ');
}

/* (key:a or key:b), or key:a alone. */
static void add_any_of(struct strbuf *out, const char *key, const struct strlist *l)
{
	if (!l->n)
		return;
	add_sep(out);
	if (l->n > 1)
		sb_addc(out, '(');
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			sb_add(out, " or ");
		sb_addf(out, "%s:", key);
		ui_filter_quote(l->v[i], out);
	}
	if (l->n > 1)
		sb_addc(out, ')');
}

/* A typed query keeps its meaning next to other pieces only inside parentheses, unless it is
 * a single term. */
static bool needs_parens(const char *q)
{
	bool quoted = false;
	for (const char *p = q; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (*p == '\\' && quoted && p[1])
			p++;
		else if (!quoted && (*p == ' ' || *p == '\t'))
			return true;
	}
	return false;
}

/* A word the full-text search takes as it is: letters and digits (any script), perhaps
 * ending in '*' (a prefix search), not one of the language's own words. */
static bool is_search_word(const char *w)
{
	for (const char *c = w; *c; c++)
		if ((unsigned char)*c < 0x80 &&
		    !((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')) &&
		    !(*c == '*' && c > w && (c[1] == '\0' || c[1] == '*')))
			return false;
	return *w && !is_reserved(w);
}

/* Full-text words as typed, except that words the language would read as something else
 * (inst:x, -word, or) are quoted: '/' searches for text, nothing more. Quoted phrases stay. */
static void add_words(struct strbuf *out, const char *words)
{
	const char *p = words;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		add_sep(out);
		if (*p == '"') {
			const char *end = p + 1;
			while (*end && *end != '"')
				end++;
			char *phrase = xstrndup(p + 1, (size_t)(end - p - 1));
			ui_filter_quote(phrase, out);
			free(phrase);
			p = *end ? end + 1 : end;
			continue;
		}
		size_t len = strcspn(p, " \t");
		char *w = xstrndup(p, len);
		if (is_search_word(w))
			sb_add(out, w);
		else
			ui_filter_quote(w, out);
		free(w);
		p += len;
	}
}

void ui_filter_text(const struct ui_filter *f, struct strbuf *out)
{
	bool others = !str_empty(f->words) || f->insts.n || f->topics.n || f->tags.n ||
		      !str_empty(f->score) || f->fav_only || f->unread_only;
	sb_addn(out, "", 0);
	if (!str_empty(f->query)) {
		bool parens = others && needs_parens(f->query);
		if (parens)
			sb_addc(out, '(');
		sb_add(out, f->query);
		if (parens)
			sb_addc(out, ')');
	}
	if (!str_empty(f->words))
		add_words(out, f->words);
	add_any_of(out, "inst", &f->insts);
	add_any_of(out, "topic", &f->topics);
	add_any_of(out, "tag", &f->tags);
	if (!str_empty(f->score)) {
		add_sep(out);
		sb_add(out, f->score);
	}
	if (f->fav_only) {
		add_sep(out);
		sb_add(out, "fav");
	}
	if (f->unread_only) {
		add_sep(out);
		sb_add(out, "unread");
	}
}

/* A number as the query language writes one: digits with at most one point. */
static bool is_number(const char *s, size_t len)
{
	bool digits = false, point = false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits = true;
		else if (s[i] == '.' && !point)
			point = true;
		else
			return false;
	}
	return digits;
}

bool ui_filter_score_piece(const char *input, char **piece, struct strbuf *err)
{
	static const char *const ops[] = {">=", "<=", ">", "<", "="};
	char *s = xstrdup(input ? input : "");
	char *p = s, *end;
	const char *dots;
	bool ok = false;

	*piece = NULL;
	while (*p == ' ' || *p == '\t')
		p++;
	if (str_starts(p, "score"))
		p += 5;
	if (*p == ':')
		p++;
	end = p + strlen(p);
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		*--end = '\0';
	if (!*p) {
		ok = true; /* blank: no score filter */
		goto done;
	}
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (str_starts(p, ops[i])) {
			const char *num = p + strlen(ops[i]);
			while (*num == ' ')
				num++;
			if (!is_number(num, strlen(num)))
				goto bad;
			*piece = xasprintf("score%s%s", ops[i], num);
			ok = true;
			goto done;
		}
	dots = strstr(p, "..");
	if (dots) {
		const char *hi = dots + 2;
		size_t lo_len = (size_t)(dots - p);
		if ((lo_len && !is_number(p, lo_len)) || (*hi && !is_number(hi, strlen(hi))) ||
		    (!lo_len && !*hi))
			goto bad;
		if (!*hi)
			*piece = xasprintf("score>=%.*s", (int)lo_len, p);
		else if (!lo_len)
			*piece = xasprintf("score<=%s", hi);
		else
			*piece = xasprintf("score:%s", p);
		ok = true;
		goto done;
	}
	if (!is_number(p, strlen(p)))
		goto bad;
	*piece = xasprintf("score>=%s", p);
	ok = true;
	goto done;
bad:
	sb_addf(err, "not a score: '%s' (try 10, 5..50, ..20 or <5)", input);
done:
	free(s);
	return ok;
}

void ui_filter_toggle(struct strlist *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], name) == 0) {
			free(l->v[i]);
			memmove(l->v + i, l->v + i + 1, (l->n - i - 1) * sizeof *l->v);
			l->n--;
			return;
		}
	strlist_add(l, name);
}
