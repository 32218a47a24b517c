/* institution.c — canonical institution names: config aliases, the built-in table, and the
 * "Name (Expansion)" / "Name (ABBR)" forms pages write. */
#include "institution.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "text.h"

/* A parenthesised part with more words than this is a remark ("(implied by the author's
 * handle ...)"), not a name. */
#define REMARK_WORDS 8

/* One name that resolves to a canonical name. */
struct inst_entry {
	char *key;             /* institution_key() of the name */
	const char *canonical; /* points into names of the owning table */
	int group;             /* entries of one institution share a group */
};

/* A name as written, with its institution. */
struct inst_name {
	char *name; /* "MIT" */
	int group;  /* see struct inst_entry */
};

/* A set of names, searchable by key. */
struct inst_table {
	struct inst_entry *v;     /* sorted by key once `sorted` */
	size_t n, cap;            /* used, allocated */
	bool sorted;              /* v is in key order */
	struct inst_name *names;  /* every name as written, in the order added; owns the strings */
	size_t nnames, capnames;  /* used, allocated */
	int groups;               /* next group number */
};

struct institutions {
	struct inst_table builtin; /* institution_table[] */
	struct inst_table config;  /* `alias` lines; searched first */
};

char *institution_key(const char *name)
{
	char *folded = fold_key(name);
	struct strbuf b = {0};
	bool space = false;
	const char *p;

	if (!folded)
		return NULL;
	for (p = folded; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '\'' || (c == 0xE2 && p[1] == '\x80' && p[2] == '\x99')) { /* ' and ’ */
			if (c == 0xE2)
				p += 2;
			continue;
		}
		if (c == '&') {
			sb_add(&b, b.len ? " and" : "and");
			space = true;
			continue;
		}
		if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*')) {
			space = b.len > 0;
			continue;
		}
		if (space)
			sb_addc(&b, ' ');
		space = false;
		sb_addc(&b, (char)c);
	}
	free(folded);
	char *key = sb_take(&b);
	if (strncmp(key, "the ", 4) == 0)
		memmove(key, key + 4, strlen(key + 4) + 1);
	return key;
}

static int entry_cmp(const void *a, const void *b)
{
	const struct inst_entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : y->group - x->group; /* the latest config line first */
}

/* Keeps a copy of NAME in T under GROUP and returns it. */
static const char *table_name(struct inst_table *t, const char *name, int group)
{
	if (t->nnames == t->capnames) {
		t->capnames = t->capnames ? t->capnames * 2 : 64;
		t->names = xrealloc(t->names, t->capnames * sizeof *t->names);
	}
	t->names[t->nnames] = (struct inst_name){xstrdup(name), group};
	return t->names[t->nnames++].name;
}

/* Adds NAME -> CANONICAL; of two mappings of one key, the later one wins. */
static void table_add(struct inst_table *t, const char *name, const char *canonical, int group)
{
	char *key = institution_key(name);
	if (str_empty(key)) {
		free(key);
		return;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->v = xrealloc(t->v, t->cap * sizeof *t->v);
	}
	t->v[t->n++] = (struct inst_entry){key, canonical, group};
	t->sorted = false;
}

static const struct inst_entry *table_find(const struct inst_table *t, const char *key)
{
	size_t lo = 0, hi = t->n;
	if (t->n == 0)
		return NULL;
	if (!t->sorted) { /* sorted lazily: the config adds entries one by one */
		struct inst_table *mt = (struct inst_table *)t;
		qsort(mt->v, mt->n, sizeof *mt->v, entry_cmp);
		mt->sorted = true;
	}
	while (lo < hi) { /* the first entry with this key: the latest added */
		size_t mid = (lo + hi) / 2;
		if (strcmp(t->v[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->n && strcmp(t->v[lo].key, key) == 0 ? &t->v[lo] : NULL;
}

static void table_free(struct inst_table *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].key);
	free(t->v);
	for (size_t i = 0; i < t->nnames; i++)
		free(t->names[i].name);
	free(t->names);
	memset(t, 0, sizeof *t);
}

struct institutions *institutions_new(void)
{
	struct institutions *in = xcalloc(1, sizeof *in);
	struct inst_table *t = &in->builtin;
	for (int i = 0; institution_table[i]; i++, t->groups++) {
		const char *line = institution_table[i];
		const char *bar = strchr(line, '|');
		char *first = bar ? xstrndup(line, (size_t)(bar - line)) : xstrdup(line);
		const char *canonical = table_name(t, first, t->groups);
		free(first);
		table_add(t, canonical, canonical, t->groups);
		while (bar) {
			const char *start = bar + 1;
			bar = strchr(start, '|');
			char *alias = bar ? xstrndup(start, (size_t)(bar - start)) : xstrdup(start);
			table_add(t, table_name(t, alias, t->groups), canonical, t->groups);
			free(alias);
		}
	}
	return in;
}

void institutions_free(struct institutions *in)
{
	if (!in)
		return;
	table_free(&in->builtin);
	table_free(&in->config);
	free(in);
}

/* Adds every name of T's group G (except CANONICAL) to ALIASES. */
static void group_aliases(const struct inst_table *t, int g, const char *canonical,
			  struct strlist *aliases)
{
	if (!aliases)
		return;
	for (size_t i = 0; i < t->nnames; i++) {
		const char *name = t->names[i].name;
		if (t->names[i].group == g && strcasecmp(name, canonical) != 0 &&
		    !strlist_has_nocase(aliases, name))
			strlist_add(aliases, name);
	}
}

/* Adds the built-in aliases of CANONICAL, when the table knows it by that name. */
static void builtin_aliases(const struct institutions *in, const char *canonical,
			    struct strlist *aliases)
{
	char *key = institution_key(canonical);
	const struct inst_entry *e = table_find(&in->builtin, key);
	if (e && strcasecmp(e->canonical, canonical) == 0)
		group_aliases(&in->builtin, e->group, canonical, aliases);
	free(key);
}

/* Looks NAME up: the config, then the built-in table (whose answer the config may map
 * further). Returns the canonical name (not owned) or NULL. */
static const char *lookup(const struct institutions *in, const char *name, struct strlist *aliases)
{
	char *key = institution_key(name);
	const struct inst_entry *e;
	const char *canonical = NULL;

	if (str_empty(key))
		goto done;
	if ((e = table_find(&in->config, key))) {
		canonical = e->canonical;
	} else if ((e = table_find(&in->builtin, key))) {
		canonical = e->canonical;
		group_aliases(&in->builtin, e->group, canonical, aliases);
		free(key);
		key = institution_key(canonical);
		e = table_find(&in->config, key);
		if (!e)
			goto done;
		if (aliases && !strlist_has_nocase(aliases, canonical))
			strlist_add(aliases, canonical);
		canonical = e->canonical;
	} else {
		goto done;
	}
	group_aliases(&in->config, e->group, canonical, aliases);
	/* A later line may have moved the institution again ("alias A B", "alias B C"). */
	for (int hop = 0; hop < 4; hop++) {
		free(key);
		key = institution_key(canonical);
		e = table_find(&in->config, key);
		if (!e || strcmp(e->canonical, canonical) == 0)
			break;
		if (aliases && !strlist_has_nocase(aliases, canonical))
			strlist_add(aliases, canonical);
		canonical = e->canonical;
		group_aliases(&in->config, e->group, canonical, aliases);
	}
	builtin_aliases(in, canonical, aliases);
done:
	free(key);
	return canonical;
}

bool institutions_add_alias(struct institutions *in, const char *alias, const char *canonical,
			    struct strbuf *err)
{
	char *ca = text_clean(alias), *cc = text_clean(canonical);
	char *ka = ca ? institution_key(ca) : NULL, *kc = cc ? institution_key(cc) : NULL;
	struct inst_table *t = &in->config;
	bool ok = false;

	if (str_empty(ka) || str_empty(kc)) {
		sb_addf(err, "alias needs two names with letters in them");
		goto done;
	}
	/* The target may itself be a known alias ("alias Tsinghua-U Tsinghua" means Tsinghua
	 * University), unless both names are of one institution: then the line says which of
	 * them is canonical ("alias "Massachusetts Institute of Technology" MIT"). */
	const struct inst_entry *e = table_find(&in->builtin, kc), *ea = table_find(&in->builtin, ka);
	int flip = -1;
	if (e && ea && e->group == ea->group) {
		flip = e->group;
		e = NULL;
	}
	const char *target = table_name(t, e ? e->canonical : cc, t->groups);
	table_add(t, target, target, t->groups);
	for (size_t i = 0; flip >= 0 && i < in->builtin.nnames; i++) /* the whole institution */
		if (in->builtin.names[i].group == flip)
			table_add(t, table_name(t, in->builtin.names[i].name, t->groups), target, t->groups);
	if (strcmp(kc, ka) != 0)
		table_add(t, table_name(t, ca, t->groups), target, t->groups);
	if (e && strcasecmp(cc, target) != 0)
		table_add(t, table_name(t, cc, t->groups), target, t->groups);
	t->groups++;
	ok = true;
done:
	free(ca);
	free(cc);
	free(ka);
	free(kc);
	return ok;
}

bool institutions_config_alias(const struct config_line *l, void *ctx, struct strbuf *err)
{
	if (l->argc != 3) {
		sb_addf(err, "usage: alias ALIAS CANONICAL (quote names with spaces: "
			     "alias \"Tsinghua Univ.\" \"Tsinghua University\")");
		return false;
	}
	return institutions_add_alias(ctx, l->argv[1], l->argv[2], err);
}

/* Upper-case letters of an abbreviation ("A*STAR" -> "ASTAR", "UC Berkeley" -> "UCB"). */
static size_t abbrev_letters(const char *s, char *out, size_t cap)
{
	size_t n = 0;
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z' && n + 1 < cap)
			out[n++] = (char)(*s + 32);
	out[n] = '\0';
	return n;
}

static int count_words(const char *s)
{
	int n = 0;
	bool in_word = false;
	for (; *s; s++) {
		bool sp = *s == ' ';
		if (!sp && !in_word)
			n++;
		in_word = !sp;
	}
	return n;
}

/* True when SHORT abbreviates LONG: its capitals are, in order, initials of LONG's words
 * ("MBZUAI" / "Mohamed bin Zayed University of Artificial Intelligence"). */
static bool abbreviates(const char *shrt, const char *lng)
{
	char letters[24], initials[64];
	size_t nl, ni = 0;
	char *key = institution_key(lng);

	if (count_words(shrt) > 2 || strlen(shrt) > 20 || count_words(lng) < 2) {
		free(key);
		return false;
	}
	nl = abbrev_letters(shrt, letters, sizeof letters);
	for (const char *p = key; *p && ni + 1 < sizeof initials; p++)
		if (p == key || p[-1] == ' ')
			initials[ni++] = *p;
	initials[ni] = '\0';
	free(key);
	if (nl < 2 || ni == 0 || letters[0] != initials[0])
		return false;
	size_t j = 0;
	for (size_t i = 0; i < ni && j < nl; i++)
		if (initials[i] == letters[j])
			j++;
	return j == nl;
}

/* Splits "X (Y)" at its last top-level parenthesis; false when NAME is not of that form. */
static bool split_paren(const char *name, char **x, char **y)
{
	size_t len = strlen(name);
	int level = 0;
	if (len < 4 || name[len - 1] != ')')
		return false;
	for (size_t i = len; i-- > 0;) {
		if (name[i] == ')')
			level++;
		else if (name[i] == '(' && --level == 0) {
			if (i == 0)
				return false;
			char *head = xstrndup(name, i), *inner = xstrndup(name + i + 1, len - i - 2);
			*x = text_clean(head);
			*y = text_clean(inner);
			free(head);
			free(inner);
			if (str_empty(*x) || str_empty(*y)) {
				free(*x);
				free(*y);
				*x = *y = NULL;
				return false;
			}
			return true;
		}
	}
	return false;
}

static void add_alias(struct strlist *aliases, const char *alias, const char *canonical)
{
	if (aliases && !str_empty(alias) && strcasecmp(alias, canonical) != 0 &&
	    !strlist_has_nocase(aliases, alias))
		strlist_add(aliases, alias);
}

char *institution_canonical(const struct institutions *in, const char *name,
			    struct strlist *aliases)
{
	char *clean = text_clean(name), *x = NULL, *y = NULL, *result = NULL;
	size_t first = aliases ? aliases->n : 0;
	const char *found;

	if (!clean)
		return NULL;
	/* Lists leave separators behind: "Stanford University," */
	size_t n = strlen(clean);
	while (n > 0 && (clean[n - 1] == ',' || clean[n - 1] == ';' || clean[n - 1] == ' '))
		clean[--n] = '\0';
	if (n == 0)
		goto done;
	if ((found = lookup(in, clean, aliases))) {
		result = xstrdup(found);
	} else if (split_paren(clean, &x, &y)) {
		bool remark = count_words(y) > REMARK_WORDS;
		if ((found = lookup(in, x, aliases)) || (!remark && (found = lookup(in, y, aliases)))) {
			if (remark) {
				result = xstrdup(found);
				goto done; /* the remark is not a name of anything */
			}
			result = xstrdup(found);
			if (abbreviates(y, x) || abbreviates(x, y)) {
				add_alias(aliases, x, result);
				add_alias(aliases, y, result);
			}
		} else if (abbreviates(x, y)) {
			result = xstrdup(y);
			add_alias(aliases, x, result);
		} else if (abbreviates(y, x)) {
			result = xstrdup(x);
			add_alias(aliases, y, result);
		} else if (remark) {
			result = xstrdup(x);
			goto done;
		}
	}
	if (!result)
		result = xstrdup(clean);
	add_alias(aliases, clean, result);
done:
	/* A chain of config lines may have listed the final name as an alias on the way. */
	for (size_t i = first; aliases && result && i < aliases->n;) {
		if (strcasecmp(aliases->v[i], result) == 0) {
			free(aliases->v[i]);
			memmove(aliases->v + i, aliases->v + i + 1, (aliases->n - i - 1) * sizeof *aliases->v);
			aliases->n--;
		} else {
			i++;
		}
	}
	free(x);
	free(y);
	free(clean);
	return result;
}
