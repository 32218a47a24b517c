/* ui-keymap.c — key names, the keymap and the `bind`/`unbind` config commands. */
#include "ui-keymap.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ui-text.h"

/* Named keys; the first name of a key is the one shown in help. */
static const struct {
	const char *name; /* as the config writes it, case-insensitive */
	int key;          /* normalised code */
} named_keys[] = {
	{"Enter", UI_KEY_ENTER},
	{"Return", UI_KEY_ENTER},
	{"Tab", UI_KEY_TAB},
	{"S-Tab", UI_KEY_FN | KEY_BTAB},
	{"BackTab", UI_KEY_FN | KEY_BTAB},
	{"Space", ' '},
	{"Esc", UI_KEY_ESC},
	{"Escape", UI_KEY_ESC},
	{"Backspace", UI_KEY_FN | KEY_BACKSPACE},
	{"BS", UI_KEY_FN | KEY_BACKSPACE},
	{"Del", UI_KEY_FN | KEY_DC},
	{"Delete", UI_KEY_FN | KEY_DC},
	{"Ins", UI_KEY_FN | KEY_IC},
	{"Insert", UI_KEY_FN | KEY_IC},
	{"Up", UI_KEY_FN | KEY_UP},
	{"Down", UI_KEY_FN | KEY_DOWN},
	{"Left", UI_KEY_FN | KEY_LEFT},
	{"Right", UI_KEY_FN | KEY_RIGHT},
	{"PgUp", UI_KEY_FN | KEY_PPAGE},
	{"PageUp", UI_KEY_FN | KEY_PPAGE},
	{"PgDn", UI_KEY_FN | KEY_NPAGE},
	{"PageDown", UI_KEY_FN | KEY_NPAGE},
	{"Home", UI_KEY_FN | KEY_HOME},
	{"End", UI_KEY_FN | KEY_END},
	{"Hash", '#'},
};

int ui_key_normalize(int code, bool is_fn)
{
	if (!is_fn) {
		if (code == '\r')
			return UI_KEY_ENTER;
		if (code == 127 || code == 8)
			return UI_KEY_FN | KEY_BACKSPACE;
		return code;
	}
	if (code == KEY_ENTER)
		return UI_KEY_ENTER;
	return UI_KEY_FN | code;
}

bool ui_key_parse(const char *name, int *key, struct strbuf *err)
{
	char inner[32];
	size_t len = strlen(name);
	uint32_t cp;

	if (len >= 3 && name[0] == '<' && name[len - 1] == '>' && len - 2 < sizeof inner) {
		memcpy(inner, name + 1, len - 2);
		inner[len - 2] = '\0';
		name = inner;
		len -= 2;
	}
	if (len == 0) {
		sb_addf(err, "empty key name");
		return false;
	}
	/* one character, which may be several bytes of UTF-8 */
	if (uitext_decode(name, &cp) == len && cp != 0xFFFD && cp >= 0x20 && cp != 0x7F) {
		*key = (int)cp;
		return true;
	}
	if (len == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-') {
		char c = name[2];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			*key = (c | 0x20) - 'a' + 1;
			return true;
		}
	}
	if (len == 2 && name[0] == '^' && name[1] >= 'A' && name[1] <= 'Z') {
		*key = name[1] - 'A' + 1;
		return true;
	}
	if ((name[0] == 'F' || name[0] == 'f') && len <= 3 && name[1] >= '1' && name[1] <= '9') {
		int n = atoi(name + 1);
		if (n >= 1 && n <= 12 && (len == 2 || (name[2] >= '0' && name[2] <= '9'))) {
			*key = UI_KEY_FN | KEY_F(n);
			return true;
		}
	}
	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++)
		if (strcasecmp(name, named_keys[i].name) == 0) {
			*key = named_keys[i].key;
			return true;
		}
	sb_addf(err, "unknown key '%s' (a character, C-x, F1-F12, or one of: Enter Tab S-Tab "
		     "Space Esc Backspace Del Ins Up Down Left Right PgUp PgDn Home End Hash)",
		name);
	return false;
}

const char *ui_key_name(int key, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++)
		if (named_keys[i].key == key && key != '#') {
			snprintf(buf, size, "%s", named_keys[i].name);
			return buf;
		}
	if (key & UI_KEY_FN) {
		int code = key & ~UI_KEY_FN;
		if (code >= KEY_F(1) && code <= KEY_F(12))
			snprintf(buf, size, "F%d", code - KEY_F0);
		else
			snprintf(buf, size, "key-%d", code);
	} else if (key >= 1 && key <= 26) {
		snprintf(buf, size, "C-%c", 'a' + key - 1);
	} else if (key < 0x80) {
		snprintf(buf, size, "%c", key);
	} else {
		struct strbuf b = {0};
		uitext_add_cp(&b, (uint32_t)key);
		snprintf(buf, size, "%s", b.s);
		sb_free(&b);
	}
	return buf;
}

void ui_keymap_bind(struct ui_keymap *km, int key, enum ui_action a)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].key == key) {
			km->v[i].action = a;
			return;
		}
	if (km->n == km->cap) {
		km->cap = km->cap ? km->cap * 2 : 64;
		km->v = xrealloc(km->v, km->cap * sizeof *km->v);
	}
	km->v[km->n].key = key;
	km->v[km->n].action = a;
	km->n++;
}

void ui_keymap_unbind(struct ui_keymap *km, int key)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].key == key) {
			km->v[i] = km->v[--km->n];
			return;
		}
}

void ui_keymap_init(struct ui_keymap *km)
{
	km->v = NULL;
	km->n = km->cap = 0;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		struct config_line l = {0};
		struct strbuf err = {0};
		/* the table's key lists use the config's own syntax */
		if (config_split(ui_action_default_keys((enum ui_action)a), &l, &err)) {
			for (int i = 0; i < l.argc; i++) {
				int key;
				if (ui_key_parse(l.argv[i], &key, &err))
					ui_keymap_bind(km, key, (enum ui_action)a);
			}
			config_line_free(&l);
		}
		sb_free(&err);
	}
}

void ui_keymap_free(struct ui_keymap *km)
{
	free(km->v);
	km->v = NULL;
	km->n = km->cap = 0;
}

enum ui_action ui_keymap_lookup(const struct ui_keymap *km, int key)
{
	for (size_t i = 0; i < km->n; i++)
		if (km->v[i].key == key)
			return km->v[i].action;
	return ACT_NONE;
}

/* Orders keys for help: printable characters, then named keys (Enter, PgDn...), then
 * control keys. */
static int key_rank(int key)
{
	if (key > ' ' && !(key & UI_KEY_FN))
		return 0;
	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++)
		if (named_keys[i].key == key)
			return 1;
	return key & UI_KEY_FN ? 1 : 2;
}

void ui_keymap_describe(const struct ui_keymap *km, enum ui_action a, struct strbuf *out)
{
	bool first = true;
	for (int rank = 0; rank < 3; rank++)
		for (size_t i = 0; i < km->n; i++) {
			char name[32];
			if (km->v[i].action != a || key_rank(km->v[i].key) != rank)
				continue;
			if (!first)
				sb_add(out, ", ");
			sb_add(out, ui_key_name(km->v[i].key, name, sizeof name));
			first = false;
		}
}

static bool action_lookup(const char *name, enum ui_action *a, struct strbuf *err)
{
	*a = ui_action_from_name(name);
	if (*a != ACT_NONE)
		return true;
	sb_addf(err, "unknown action '%s' (the reader's ? screen lists them)", name);
	return false;
}

bool ui_keymap_config_bind(const struct config_line *l, void *ctx, struct strbuf *err)
{
	struct ui_keymap *km = ctx;
	enum ui_action a;
	int key;

	if (l->argc != 3) {
		sb_addf(err, "usage: bind KEY ACTION");
		return false;
	}
	if (!ui_key_parse(l->argv[1], &key, err))
		return false;
	if (strcmp(l->argv[2], "none") == 0) {
		ui_keymap_unbind(km, key);
		return true;
	}
	if (!action_lookup(l->argv[2], &a, err))
		return false;
	ui_keymap_bind(km, key, a);
	return true;
}

bool ui_keymap_config_unbind(const struct config_line *l, void *ctx, struct strbuf *err)
{
	struct ui_keymap *km = ctx;
	int key;

	if (l->argc != 2) {
		sb_addf(err, "usage: unbind KEY");
		return false;
	}
	if (!ui_key_parse(l->argv[1], &key, err))
		return false;
	ui_keymap_unbind(km, key);
	return true;
}
