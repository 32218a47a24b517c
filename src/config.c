/* config.c — reads the config file and hands each line to the module that owns its command. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const config_commands[] = {
	"set", "bind", "unbind", "theme", "search", "alias", "topic", NULL,
};

char *config_dir(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	if (!str_empty(xdg) && xdg[0] == '/')
		return xasprintf("%s/paperboat", xdg);
	return xasprintf("%s/.config/paperboat", str_empty(home) ? "." : home);
}

char *config_default_path(void)
{
	char *dir = config_dir();
	char *path = xasprintf("%s/config", dir);
	free(dir);
	return path;
}

const char *config_rest(const struct config_line *l, int n)
{
	if (n < 0 || n >= l->argc)
		return "";
	return l->text + l->offsets[n];
}

void config_line_free(struct config_line *l)
{
	for (int i = 0; i < l->argc; i++)
		free(l->argv[i]);
	free(l->argv);
	free(l->offsets);
	l->argv = NULL;
	l->offsets = NULL;
	l->argc = 0;
}

static void push_word(struct config_line *l, struct strbuf *w, size_t offset)
{
	l->argv = xrealloc(l->argv, (size_t)(l->argc + 1) * sizeof *l->argv);
	l->offsets = xrealloc(l->offsets, (size_t)(l->argc + 1) * sizeof *l->offsets);
	l->argv[l->argc] = sb_take(w);
	l->offsets[l->argc] = offset;
	l->argc++;
}

bool config_split(const char *text, struct config_line *out, struct strbuf *err)
{
	struct strbuf w = {0};
	const char *p = text;

	out->text = text;
	out->argc = 0;
	out->argv = NULL;
	out->offsets = NULL;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (*p == '\0' || *p == '#')
			break;
		size_t start = (size_t)(p - text);
		bool quoted = false;
		sb_clear(&w);
		sb_addn(&w, "", 0);
		while (*p && (quoted || (*p != ' ' && *p != '\t' && *p != '\r' && *p != '#'))) {
			if (*p == '"') {
				quoted = !quoted;
				p++;
			} else if (quoted && *p == '\\' && (p[1] == '"' || p[1] == '\\')) {
				sb_addc(&w, p[1]);
				p += 2;
			} else {
				sb_addc(&w, *p++);
			}
		}
		if (quoted) {
			sb_addf(err, "unterminated quote");
			sb_free(&w);
			config_line_free(out);
			return false;
		}
		push_word(out, &w, start);
	}
	sb_free(&w);
	return true;
}

static bool is_known_command(const char *cmd)
{
	for (int i = 0; config_commands[i]; i++)
		if (strcmp(cmd, config_commands[i]) == 0)
			return true;
	return false;
}

bool config_load(const char *path, const struct config_handler *handlers, size_t nhandlers,
		 struct strlist *msgs)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0;

	if (!f) {
		if (errno == ENOENT)
			return true;
		strlist_take(msgs, xasprintf("%s: cannot read: %s", path, strerror(errno)));
		return false;
	}
	while ((len = getline(&line, &cap, f)) >= 0) {
		struct config_line l = {0};
		struct strbuf err = {0};
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (strlen(line) != (size_t)len) {
			strlist_take(msgs, xasprintf("%s:%d: NUL byte in line; skipped", path, lineno));
			continue;
		}
		if (!config_split(line, &l, &err)) {
			strlist_take(msgs, xasprintf("%s:%d: %s; skipped", path, lineno, err.s));
			sb_free(&err);
			continue;
		}
		l.file = path;
		l.lineno = lineno;
		if (l.argc > 0) {
			const struct config_handler *h = NULL;
			for (size_t i = 0; i < nhandlers; i++)
				if (strcmp(handlers[i].command, l.argv[0]) == 0)
					h = &handlers[i];
			if (h && h->fn && !h->fn(&l, h->ctx, &err))
				strlist_take(msgs, xasprintf("%s:%d: %s; skipped", path, lineno,
							     err.s ? err.s : "bad line"));
			else if (!h && !is_known_command(l.argv[0]))
				strlist_take(msgs, xasprintf("%s:%d: unknown command '%s'; skipped", path,
							     lineno, l.argv[0]));
		}
		sb_free(&err);
		config_line_free(&l);
	}
	free(line);
	fclose(f);
	return true;
}
