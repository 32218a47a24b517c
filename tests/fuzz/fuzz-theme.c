/* fuzz-theme.c — fuzz target: a theme file, line by line through ui_theme_parse_line() and
 * whole through ui_theme_load_file(); every colour that loads can be shown on 8, 256 and
 * direct-colour terminals. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz-check.h"
#include "ui-theme.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_color(struct ui_color c)
{
	static const int depths[] = {8, 16, 88, 256, 1 << 24};
	for (size_t i = 0; i < sizeof depths / sizeof depths[0]; i++) {
		int index = -2;
		bool bright = false;
		ui_color_degrade(c, depths[i], &index, &bright);
		if (index < -1 || (depths[i] < (1 << 24) && index >= depths[i]))
			fuzz_fail("ui_color_degrade", "a colour the terminal does not have", NULL);
	}
}

static void check_theme(const struct ui_theme *t)
{
	if (!memchr(t->name, '\0', sizeof t->name))
		fuzz_fail("ui_theme", "a name without its end", NULL);
	for (int e = 0; e < UI_EL_COUNT; e++) {
		check_color(t->el[e].fg);
		check_color(t->el[e].bg);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz-theme", 0);
	char path[64], *text = malloc(size + 1), *line, *save = NULL;
	struct ui_theme t;
	struct strlist msgs = {0};

	memcpy(text, data, size);
	text[size] = '\0';
	ui_theme_reset(&t, "fuzz");
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		struct strbuf err = {0};
		if (!ui_theme_parse_line(&t, line, &err) && (!err.s || strchr(err.s, '\n')))
			fuzz_fail("ui_theme_parse_line", "refused without one line saying why", line);
		sb_free(&err);
	}
	check_theme(&t);
	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ui_theme_reset(&t, "fuzz");
	/* false is for files it cannot take (NUL bytes), with a message. */
	if (!ui_theme_load_file(&t, path, &msgs) && msgs.n == 0)
		fuzz_fail("ui_theme_load_file", "refused a file without saying why", path);
	for (size_t i = 0; i < msgs.n; i++)
		if (!str_starts(msgs.v[i], path) || strchr(msgs.v[i], '\n'))
			fuzz_fail("ui_theme_load_file", "a message not of the form FILE:LINE: problem",
				  msgs.v[i]);
	check_theme(&t);
	strlist_free(&msgs);
	close(fd);
	free(text);
	return 0;
}
