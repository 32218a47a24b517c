/* ui-config.c — `set`, `theme` and `search` lines of the config file, and loading it all. */
#include "ui-config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const ui_config_settings[] = {
	"theme", "browser", "sort", "score-high", "mouse", "export-dir", "export-format", NULL,
};

void ui_config_init(struct ui_config *c)
{
	memset(c, 0, sizeof *c);
	ui_keymap_init(&c->keymap);
	c->theme = xstrdup("default");
	c->sort = sort_default();
	c->score_high = 50;
	c->mouse = true;
	c->export_format = xstrdup("bibtex");
}

void ui_config_free(struct ui_config *c)
{
	ui_keymap_free(&c->keymap);
	free(c->theme);
	free(c->browser);
	for (int i = 0; i < UI_SAVED_SEARCHES; i++)
		free(c->saved[i]);
	free(c->export_dir);
	free(c->export_format);
	memset(c, 0, sizeof *c);
}

static bool parse_bool(const char *v, bool *out)
{
	static const char *const yes[] = {"on", "yes", "true", "1", NULL};
	static const char *const no[] = {"off", "no", "false", "0", NULL};
	for (int i = 0; yes[i]; i++)
		if (strcasecmp(v, yes[i]) == 0) {
			*out = true;
			return true;
		}
	for (int i = 0; no[i]; i++)
		if (strcasecmp(v, no[i]) == 0) {
			*out = false;
			return true;
		}
	return false;
}

static void replace(char **slot, const char *value)
{
	free(*slot);
	*slot = xstrdup(value);
}

/* The raw rest of a line without a trailing # comment (outside quotes) or blanks. */
static char *rest_without_comment(const char *rest)
{
	bool quoted = false;
	size_t len = 0;
	for (const char *p = rest; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (quoted && *p == '\\' && p[1])
			p++;
		else if (!quoted && *p == '#')
			break;
		len = (size_t)(p - rest) + 1;
	}
	while (len > 0 && (rest[len - 1] == ' ' || rest[len - 1] == '\t' || rest[len - 1] == '\r'))
		len--;
	return xstrndup(rest, len);
}

bool ui_config_set(const struct config_line *l, void *ctx, struct strbuf *err)
{
	struct ui_config *c = ctx;
	const char *name, *value;

	if (l->argc < 3) {
		sb_addf(err, "usage: set NAME VALUE");
		return false;
	}
	name = l->argv[1];
	value = l->argv[2];
	if (strcmp(name, "browser") == 0) {
		/* the command keeps its own words and quotes; it is split again when run */
		free(c->browser);
		c->browser = rest_without_comment(config_rest(l, 2));
		return true;
	}
	if (l->argc > 3) {
		sb_addf(err, "set %s takes one value (quote it if it has blanks)", name);
		return false;
	}
	if (strcmp(name, "theme") == 0) {
		replace(&c->theme, value);
	} else if (strcmp(name, "sort") == 0) {
		if (!sort_parse(value, &c->sort)) {
			sb_addf(err, "unknown sort order '%s' (score, date, title or added, "
				     "optionally :asc or :desc)",
				value);
			return false;
		}
	} else if (strcmp(name, "score-high") == 0) {
		char *end;
		double v = strtod(value, &end);
		if (*end || end == value) {
			sb_addf(err, "score-high needs a number, not '%s'", value);
			return false;
		}
		c->score_high = v;
	} else if (strcmp(name, "mouse") == 0) {
		if (!parse_bool(value, &c->mouse)) {
			sb_addf(err, "mouse is on or off, not '%s'", value);
			return false;
		}
	} else if (strcmp(name, "export-dir") == 0) {
		const char *home = getenv("HOME");
		free(c->export_dir);
		if (str_starts(value, "~/") && !str_empty(home))
			c->export_dir = xasprintf("%s%s", home, value + 1);
		else
			c->export_dir = xstrdup(value);
	} else if (strcmp(name, "export-format") == 0) {
		if (strcmp(value, "bibtex") != 0 && strcmp(value, "json") != 0 &&
		    strcmp(value, "csv") != 0) {
			sb_addf(err, "export-format is bibtex, json or csv, not '%s'", value);
			return false;
		}
		replace(&c->export_format, value);
	} else {
		sb_addf(err, "unknown setting '%s' (", name);
		for (int i = 0; ui_config_settings[i]; i++)
			sb_addf(err, "%s%s", i ? ", " : "", ui_config_settings[i]);
		sb_add(err, ")");
		return false;
	}
	return true;
}

bool ui_config_theme(const struct config_line *l, void *ctx, struct strbuf *err)
{
	struct ui_config *c = ctx;
	if (l->argc != 2) {
		sb_addf(err, "usage: theme NAME");
		return false;
	}
	replace(&c->theme, l->argv[1]);
	return true;
}

bool ui_config_search(const struct config_line *l, void *ctx, struct strbuf *err)
{
	struct ui_config *c = ctx;
	struct query_error qerr;
	struct query *q;
	char *text, *end;
	long n;

	if (l->argc < 3) {
		sb_addf(err, "usage: search N QUERY (N from 1 to 9)");
		return false;
	}
	n = strtol(l->argv[1], &end, 10);
	if (*end || n < 1 || n > UI_SAVED_SEARCHES) {
		sb_addf(err, "saved searches are numbered 1 to 9, not '%s'", l->argv[1]);
		return false;
	}
	/* the query as written, quotes and all: it is query text, not config words */
	text = rest_without_comment(config_rest(l, 2));
	q = query_parse(text, &qerr);
	if (!q) {
		sb_addf(err, "search %ld: column %d: %s", n, qerr.column, qerr.msg);
		free(text);
		return false;
	}
	query_free(q);
	free(c->saved[n - 1]);
	c->saved[n - 1] = text;
	return true;
}

void ui_config_load(struct ui_config *c, const char *path, struct strlist *msgs)
{
	char *def = path ? NULL : config_default_path();
	const struct config_handler handlers[] = {
		{"set", ui_config_set, c},
		{"bind", ui_keymap_config_bind, &c->keymap},
		{"unbind", ui_keymap_config_unbind, &c->keymap},
		{"theme", ui_config_theme, c},
		{"search", ui_config_search, c},
	};
	config_load(path ? path : def, handlers, sizeof handlers / sizeof handlers[0], msgs);
	free(def);
}
