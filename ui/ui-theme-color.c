/* ui-theme-color.c — fitting theme colours to the terminal: 8, 16, 256 or direct colour. */
#include "ui-theme.h"

#include <limits.h>

/* xterm's default values for the 16 basic colours. */
static const int basic_rgb[16] = {
	0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
	0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
};

/* The RGB value of an xterm-256 index. */
static int index_rgb(int i)
{
	if (i < 16)
		return basic_rgb[i < 0 ? 0 : i];
	if (i < 232) {
		int v = i - 16, r = v / 36, g = (v / 6) % 6, b = v % 6;
		r = r ? 55 + 40 * r : 0;
		g = g ? 55 + 40 * g : 0;
		b = b ? 55 + 40 * b : 0;
		return (r << 16) | (g << 8) | b;
	}
	int grey = 8 + 10 * (i - 232);
	return (grey << 16) | (grey << 8) | grey;
}

static int distance(int a, int b)
{
	int dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
	int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
	int db = (a & 0xff) - (b & 0xff);
	/* green counts most, blue least, roughly as eyes weigh them */
	return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

/* The index in [FROM, TO) whose colour is nearest to RGB. */
static int nearest(int rgb, int from, int to)
{
	int best = from, best_d = INT_MAX;
	for (int i = from; i < to; i++) {
		int d = distance(rgb, index_rgb(i));
		if (d < best_d) {
			best_d = d;
			best = i;
		}
	}
	return best;
}

void ui_color_degrade(struct ui_color c, int ncolors, int *index, bool *bright)
{
	int rgb;
	*bright = false;
	*index = -1;
	if (c.kind == UI_COLOR_DEFAULT || ncolors < 8)
		return;
	if (ncolors >= 0x1000000) {
		if (c.kind == UI_COLOR_INDEX && c.value < 8) {
			*index = c.value;
			return;
		}
		rgb = c.kind == UI_COLOR_RGB ? c.value : index_rgb(c.value);
		/* values below 8 mean the palette's basic colours in direct-colour mode */
		*index = rgb < 8 ? 0 : rgb;
		return;
	}
	if (c.kind == UI_COLOR_INDEX && c.value < (ncolors >= 16 ? 16 : 8)) {
		*index = c.value;
		return;
	}
	if (ncolors >= 256) {
		*index = c.kind == UI_COLOR_INDEX ? c.value : nearest(c.value, 16, 256);
		return;
	}
	rgb = c.kind == UI_COLOR_RGB ? c.value : index_rgb(c.value);
	*index = nearest(rgb, 0, 16);
	if (ncolors < 16 && *index >= 8) {
		*index -= 8;
		*bright = true;
	}
}
