/* ui-keymap.h — keys and what they do: key names as the config writes them, the keymap with
 * its defaults from the action table, and the `bind`/`unbind` config commands. */
#ifndef PB_UI_KEYMAP_H
#define PB_UI_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "ui-actions.h"
#include "util.h"

/* A key: a Unicode code point (control keys are 1-31, Enter is UI_KEY_ENTER), or a curses
 * KEY_* code with UI_KEY_FN set so it never collides with a character. */
#define UI_KEY_FN 0x40000000
#define UI_KEY_ENTER '\n'
#define UI_KEY_TAB '\t'
#define UI_KEY_ESC 27

/* Folds the ways a terminal can send one key into one code (KEY_ENTER and CR are Enter, DEL
 * and ^H are Backspace). IS_FN: wget_wch said KEY_CODE_YES. */
int ui_key_normalize(int code, bool is_fn);

/* "j", "C-d", "^D", "Enter", "<PgDn>", "S-Tab", "F5", "é"... Returns false with a message. */
bool ui_key_parse(const char *name, int *key, struct strbuf *err);
/* The name ui_key_parse reads back, into BUF (at least 16 bytes). */
const char *ui_key_name(int key, char *buf, size_t size);

struct ui_binding {
	int key;               /* see above */
	enum ui_action action; /* what it does */
};

struct ui_keymap {
	struct ui_binding *v; /* bindings, one per key */
	size_t n;             /* how many */
	size_t cap;           /* allocated */
};

/* The default keymap, from the action table. */
void ui_keymap_init(struct ui_keymap *km);
void ui_keymap_free(struct ui_keymap *km);
void ui_keymap_bind(struct ui_keymap *km, int key, enum ui_action a); /* replaces KEY's binding */
void ui_keymap_unbind(struct ui_keymap *km, int key);
enum ui_action ui_keymap_lookup(const struct ui_keymap *km, int key); /* ACT_NONE: unbound */
/* The keys bound to A, as "j, Down" (empty when none). */
void ui_keymap_describe(const struct ui_keymap *km, enum ui_action a, struct strbuf *out);

/* Config handlers; ctx is the struct ui_keymap. */
bool ui_keymap_config_bind(const struct config_line *l, void *ctx, struct strbuf *err);
bool ui_keymap_config_unbind(const struct config_line *l, void *ctx, struct strbuf *err);

#endif
