/* ui-theme.c — theme files: parsing `element fg bg attrs` lines and finding themes by name. */
#include "ui-theme.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "config.h" /* config_dir() */

#ifndef PB_DATADIR
#define PB_DATADIR "/usr/local/share/paperboat"
#endif

static const struct {
	const char *name; /* in theme files */
	const char *help; /* for documentation */
} elements[UI_EL_COUNT] = {
#define UI_ELEMENT_INFO(id, nm, hl) [UI_EL_##id] = {nm, hl},
	UI_ELEMENTS(UI_ELEMENT_INFO)
#undef UI_ELEMENT_INFO
};

static const char *const color_names[16] = {
	"black",        "red",        "green",        "yellow",        "blue",
	"magenta",      "cyan",       "white",        "bright-black",  "bright-red",
	"bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan",
	"bright-white",
};

static const struct {
	const char *name; /* in theme files */
	unsigned bit;     /* UI_ATTR_* */
} attr_names[] = {
	{"bold", UI_ATTR_BOLD},           {"dim", UI_ATTR_DIM},
	{"underline", UI_ATTR_UNDERLINE}, {"reverse", UI_ATTR_REVERSE},
	{"italic", UI_ATTR_ITALIC},       {"blink", UI_ATTR_BLINK},
	{"standout", UI_ATTR_STANDOUT},   {"normal", 0},
};

const char *ui_element_name(enum ui_element e)
{
	return e < UI_EL_COUNT ? elements[e].name : "";
}

const char *ui_element_help(enum ui_element e)
{
	return e < UI_EL_COUNT ? elements[e].help : "";
}

void ui_theme_reset(struct ui_theme *t, const char *name)
{
	memset(t, 0, sizeof *t);
	snprintf(t->name, sizeof t->name, "%s", name ? name : "");
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool parse_color(const char *s, struct ui_color *c, struct strbuf *err)
{
	if (strcasecmp(s, "default") == 0 || strcmp(s, "-") == 0) {
		c->kind = UI_COLOR_DEFAULT;
		c->value = -1;
		return true;
	}
	if (s[0] == '#' && strlen(s) == 7) {
		int v = 0;
		for (int i = 1; i < 7; i++) {
			int d = hex_digit(s[i]);
			if (d < 0)
				goto bad;
			v = v * 16 + d;
		}
		c->kind = UI_COLOR_RGB;
		c->value = v;
		return true;
	}
	if (s[0] >= '0' && s[0] <= '9') {
		char *end;
		long v = strtol(s, &end, 10);
		if (*end || v > 255)
			goto bad;
		c->kind = UI_COLOR_INDEX;
		c->value = (int)v;
		return true;
	}
	for (int i = 0; i < 16; i++)
		if (strcasecmp(s, color_names[i]) == 0 ||
		    (i == 8 && (strcasecmp(s, "gray") == 0 || strcasecmp(s, "grey") == 0))) {
			c->kind = UI_COLOR_INDEX;
			c->value = i;
			return true;
		}
bad:
	sb_addf(err, "unknown colour '%s' (default, black, red, green, yellow, blue, magenta, "
		     "cyan, white, bright-<colour>, gray, 0-255 or #rrggbb)",
		s);
	return false;
}

/* Attributes: one or more words, each possibly a comma-separated list. */
static bool parse_attrs(char *const *words, int n, unsigned *out, struct strbuf *err)
{
	*out = 0;
	for (int i = 0; i < n; i++) {
		char *copy = xstrdup(words[i]), *save = NULL;
		for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			size_t k, nattrs = sizeof attr_names / sizeof attr_names[0];
			for (k = 0; k < nattrs; k++)
				if (strcasecmp(tok, attr_names[k].name) == 0)
					break;
			if (k == nattrs) {
				sb_addf(err, "unknown attribute '%s' (bold, dim, underline, reverse, "
					     "italic, blink, standout, normal)",
					tok);
				free(copy);
				return false;
			}
			*out |= attr_names[k].bit;
		}
		free(copy);
	}
	return true;
}

static void list_elements(struct strbuf *err)
{
	for (int e = 0; e < UI_EL_COUNT; e++)
		sb_addf(err, "%s%s", e ? ", " : "", elements[e].name);
}

/* True for a word that is a #rrggbb colour rather than the start of a comment. */
static bool is_hex_color(const char *w, size_t len)
{
	if (len != 7 || w[0] != '#')
		return false;
	for (size_t i = 1; i < 7; i++)
		if (hex_digit(w[i]) < 0)
			return false;
	return true;
}

/* Splits a theme line into at most MAX words; '#' starts a comment unless it starts a
 * #rrggbb colour. Returns the number of words (MAX + 1 when there were more). */
static int split_words(const char *line, char words[][32], int max)
{
	int n = 0;
	const char *p = line;
	for (;;) {
		size_t len;
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (!*p)
			break;
		len = strcspn(p, " \t\r");
		if (*p == '#' && !is_hex_color(p, len))
			break;
		if (n == max)
			return max + 1;
		snprintf(words[n], 32, "%.*s", (int)len, p);
		n++;
		p += len;
	}
	return n;
}

bool ui_theme_parse_line(struct ui_theme *t, const char *line, struct strbuf *err)
{
	char words[8][32];
	char *argv[8];
	struct ui_style st;
	int argc = split_words(line, words, 8), first = 0, e;

	if (argc == 0)
		return true;
	for (int i = 0; i < argc && i < 8; i++)
		argv[i] = words[i];
	if (strcmp(argv[0], "color") == 0 || strcmp(argv[0], "colour") == 0)
		first = 1; /* `color element fg bg` as tig writes it */
	if (argc > 8 || argc - first < 3) {
		sb_addf(err, "expected 'element foreground background [attributes]'");
		return false;
	}
	for (e = 0; e < UI_EL_COUNT; e++)
		if (strcmp(argv[first], elements[e].name) == 0)
			break;
	if (e == UI_EL_COUNT) {
		sb_addf(err, "unknown element '%s' (valid: ", argv[first]);
		list_elements(err);
		sb_add(err, ")");
		return false;
	}
	if (!parse_color(argv[first + 1], &st.fg, err) ||
	    !parse_color(argv[first + 2], &st.bg, err) ||
	    !parse_attrs(argv + first + 3, argc - first - 3, &st.attrs, err))
		return false;
	t->el[e] = st;
	return true;
}

/* Parses the lines of TEXT (a whole theme) into T; messages get LABEL:LINE. */
static void parse_text(struct ui_theme *t, const char *text, const char *label,
		       struct strlist *msgs)
{
	const char *p = text;
	int lineno = 0;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, len);
		struct strbuf err = {0};
		lineno++;
		if (len && line[len - 1] == '\r')
			line[len - 1] = '\0';
		if (!ui_theme_parse_line(t, line, &err))
			strlist_take(msgs, xasprintf("%s:%d: %s; skipped", label, lineno, err.s));
		sb_free(&err);
		free(line);
		p += len + (nl ? 1 : 0);
	}
}

bool ui_theme_load_file(struct ui_theme *t, const char *path, struct strlist *msgs)
{
	size_t len;
	char *text = util_read_file(path, &len);

	if (!text) {
		strlist_take(msgs, xasprintf("%s: cannot read: %s", path, strerror(errno)));
		return false;
	}
	if (strlen(text) != len) {
		strlist_take(msgs, xasprintf("%s: not a theme file (NUL bytes)", path));
		free(text);
		return false;
	}
	parse_text(t, text, path, msgs);
	free(text);
	return true;
}

bool ui_theme_load_builtin(struct ui_theme *t, const char *name)
{
	struct strlist msgs = {0};
	const char *text = NULL;
	if (strcmp(name, "default") == 0)
		text = ui_theme_default_text;
	else if (strcmp(name, "monochrome") == 0)
		text = ui_theme_monochrome_text;
	if (!text)
		return false;
	ui_theme_reset(t, name);
	parse_text(t, text, name, &msgs);
	strlist_free(&msgs); /* the unit tests keep the built-in text free of errors */
	return true;
}

/* A theme name is a file name without '/', dots at the start or odd characters. */
static bool name_is_plain(const char *name)
{
	if (!*name || name[0] == '.')
		return false;
	for (const char *p = name; *p; p++)
		if (*p == '/' || (unsigned char)*p < 0x20)
			return false;
	return true;
}

bool ui_theme_load(struct ui_theme *t, const char *name, struct strlist *msgs)
{
	char *dir = config_dir();
	char *candidates[3];
	bool found = false;

	if (strchr(name, '/')) {
		ui_theme_reset(t, name);
		free(dir);
		if (ui_theme_load_file(t, name, msgs))
			return true;
		ui_theme_load_builtin(t, "default");
		return false;
	}
	if (!name_is_plain(name)) {
		strlist_take(msgs, xasprintf("theme '%s': not a theme name", name));
		free(dir);
		ui_theme_load_builtin(t, "default");
		return false;
	}
	candidates[0] = xasprintf("%s/themes/%s.theme", dir, name);
	candidates[1] = xasprintf("%s/themes/%s.theme", PB_DATADIR, name);
	candidates[2] = xasprintf("themes/%s.theme", name); /* running from a checkout */
	for (int i = 0; i < 3 && !found; i++) {
		if (access(candidates[i], R_OK) != 0)
			continue;
		ui_theme_reset(t, name);
		found = ui_theme_load_file(t, candidates[i], msgs);
	}
	if (!found)
		found = ui_theme_load_builtin(t, name);
	if (!found) {
		strlist_take(msgs, xasprintf("theme '%s' not found (looked in %s/themes, "
					     "%s/themes and ./themes); using the default",
					     name, dir, PB_DATADIR));
		ui_theme_load_builtin(t, "default");
	}
	for (int i = 0; i < 3; i++)
		free(candidates[i]);
	free(dir);
	return found;
}
