/* format-bibkey.c — BibTeX citation keys: first author's surname, year, first title word
 * ("xu2026calibration"), ASCII lower case; a key already used in the same output gets a, b, c, …
 * (the first keeps the plain key, as Zotero's Better BibTeX does). */
#include "format.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"

/* The set of keys is a jansson object: a hash table from a library we already link. */
struct format_bibkeys {
	json_t *used; /* key -> true */
};

struct format_bibkeys *format_bibkeys_new(void)
{
	struct format_bibkeys *set = xcalloc(1, sizeof *set);
	set->used = json_object();
	return set;
}

void format_bibkeys_free(struct format_bibkeys *set)
{
	if (!set)
		return;
	json_decref(set->used);
	free(set);
}

/* Keeps the ASCII letters and digits of fold_key(s): "Müller" -> "muller". */
static void add_key_chars(struct strbuf *b, const char *s, size_t len)
{
	char *part = xstrndup(s, len);
	char *folded = fold_key(part);

	for (const char *c = folded; c && *c; c++)
		if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
			sb_addc(b, *c);
	free(folded);
	free(part);
}

static bool is_name_suffix(const char *w, size_t len)
{
	static const char *const suffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
		if (strlen(suffixes[i]) == len && strncasecmp(w, suffixes[i], len) == 0)
			return true;
	return false;
}

/* "Jian Xu" -> Xu; "Xu, Jian" -> Xu; "John Smith Jr." -> Smith. */
static void add_surname(struct strbuf *b, const char *name)
{
	const char *comma = strchr(name, ',');
	const char *end, *start;

	if (comma) {
		add_key_chars(b, name, (size_t)(comma - name));
		return;
	}
	end = name + strlen(name);
	for (;;) {
		while (end > name && end[-1] == ' ')
			end--;
		start = end;
		while (start > name && start[-1] != ' ')
			start--;
		if (start == name || !is_name_suffix(start, (size_t)(end - start)))
			break;
		end = start;
	}
	add_key_chars(b, start, (size_t)(end - start));
}

static bool is_stop_word(const char *w)
{
	static const char *const stop[] = {"a", "an", "the", "on", "of", "in", "for", "to", "and"};
	for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
		if (strcmp(w, stop[i]) == 0)
			return true;
	return false;
}

/* The first title word that is not an article or preposition, in key characters. */
static void add_title_word(struct strbuf *b, const char *title)
{
	char *folded = fold_key(title);
	const char *p = folded;

	while (p && *p) {
		struct strbuf word = {0};
		while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
			p++;
		while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			sb_addc(&word, *p++);
		if (word.len && !is_stop_word(word.s)) {
			sb_add(b, word.s);
			sb_free(&word);
			break;
		}
		sb_free(&word);
	}
	free(folded);
}

static void add_suffix(struct strbuf *b, unsigned n)
{
	/* 0 -> a, 25 -> z, 26 -> aa, ... */
	char buf[16];
	int i = (int)sizeof buf - 1;
	buf[i] = '\0';
	do {
		buf[--i] = (char)('a' + n % 26);
		n = n / 26;
	} while (n-- > 0 && i > 0);
	sb_add(b, buf + i);
}

char *format_bibkey(struct format_bibkeys *set, const struct paper *p)
{
	struct strbuf base = {0}, key = {0};
	size_t len;

	if (p->authors.n)
		add_surname(&base, p->authors.v[0]);
	if (!base.len)
		sb_add(&base, "anon");
	if (p->date && strlen(p->date) >= 4 && strspn(p->date, "0123456789") >= 4)
		sb_addn(&base, p->date, 4);
	len = base.len;
	add_title_word(&base, p->title);
	if (base.len == len)
		sb_add(&base, p->arxiv_id ? "arxiv" : "paper");

	sb_add(&key, base.s);
	for (unsigned n = 0; json_object_get(set->used, key.s); n++) {
		sb_clear(&key);
		sb_add(&key, base.s);
		add_suffix(&key, n);
	}
	json_object_set_new(set->used, key.s, json_true());
	sb_free(&base);
	return sb_take(&key);
}
