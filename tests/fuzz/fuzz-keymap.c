/* fuzz-keymap.c — fuzz target: key names and the `bind`/`unbind` lines of the config. A key
 * name that parses reads back from ui_key_name() to the same key; every line goes through
 * the reader's handlers; the help text the keymap gives stays one clean line per action. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fuzz-check.h"
#include "ui-keymap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each word that is a key name comes back under its own name. */
static void check_names(const struct config_line *l)
{
	for (int i = 0; i < l->argc; i++) {
		struct strbuf err = {0};
		char buf[64];
		int key, again;
		if (!ui_key_parse(l->argv[i], &key, &err)) {
			if (!err.s || strchr(err.s, '\n'))
				fuzz_fail("ui_key_parse", "refused without one line saying why", l->argv[i]);
			sb_free(&err);
			continue;
		}
		const char *name = ui_key_name(key, buf, sizeof buf);
		if (!name || !memchr(buf, '\0', sizeof buf))
			fuzz_fail("ui_key_name", "no name for a key", l->argv[i]);
		if (!ui_key_parse(name, &again, &err) || again != key)
			fuzz_fail("ui_key_name", "its name does not read back to the key", name);
		sb_free(&err);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *line, *save = NULL;
	struct ui_keymap km;

	memcpy(text, data, size);
	text[size] = '\0';
	ui_keymap_init(&km);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		struct config_line l = {0};
		struct strbuf err = {0};
		if (config_split(line, &l, &err) && l.argc > 0) {
			check_names(&l);
			if (strcmp(l.argv[0], "unbind") == 0)
				ui_keymap_config_unbind(&l, &km, &err);
			else
				ui_keymap_config_bind(&l, &km, &err);
		}
		if (err.s && strchr(err.s, '\n'))
			fuzz_fail("ui_keymap_config_bind", "a message of more than one line", err.s);
		config_line_free(&l);
		sb_free(&err);
	}
	for (int a = 1; a < ACT_COUNT; a++) {
		struct strbuf keys = {0};
		ui_keymap_describe(&km, (enum ui_action)a, &keys);
		if (keys.s && keys.len)
			fuzz_check_clean("ui_keymap_describe", "keys", keys.s);
		sb_free(&keys);
	}
	ui_keymap_free(&km);
	free(text);
	return 0;
}
