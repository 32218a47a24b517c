/* ui-prompt.c — the one-line prompt in the status line: editing keys, history, completion,
 * and an error line above it whose caret points at the column the error is about. */
#include "ui-internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "ui-keymap.h"
#include "ui-text.h"

static void set_text(struct ui_prompt *p, const char *s)
{
	uint32_t cp;
	size_t n;
	p->len = 0;
	while (s && (n = uitext_decode(s, &cp)) > 0) {
		if (p->len == p->cap) {
			p->cap = p->cap ? p->cap * 2 : 64;
			p->text = xrealloc(p->text, p->cap * sizeof *p->text);
		}
		if (cp >= 0x20 && cp != 0x7F)
			p->text[p->len++] = cp;
		s += n;
	}
	p->pos = p->len;
}

/* The text from code point FROM to TO as UTF-8 (malloc'd). */
static char *text_utf8(const struct ui_prompt *p, size_t from, size_t to)
{
	struct strbuf b = {0};
	sb_addn(&b, "", 0);
	for (size_t i = from; i < to && i < p->len; i++)
		uitext_add_cp(&b, p->text[i]);
	return sb_take(&b);
}

static void clear_error(struct ui_prompt *p)
{
	free(p->error);
	p->error = NULL;
	p->error_col = 0;
}

void ui_prompt_free(struct ui_prompt *p)
{
	clear_error(p);
	free(p->text);
	memset(p, 0, sizeof *p);
}

void ui_prompt_open(struct ui *ui, const char *label, const char *initial,
		    bool (*submit)(struct ui *ui, const char *text),
		    void (*complete)(struct ui *ui, const char *word, struct strlist *out),
		    struct strlist *history)
{
	struct ui_prompt *p = &ui->prompt;
	ui_close_overlay(ui);
	ui_prompt_free(p);
	snprintf(p->label, sizeof p->label, "%s", label);
	set_text(p, initial);
	p->submit = submit;
	p->complete = complete;
	p->history = history;
	p->hist_pos = history ? history->n : 0;
	ui->overlay = &ui_overlay_prompt;
}

void ui_prompt_error(struct ui *ui, int column, const char *fmt, ...)
{
	struct ui_prompt *p = &ui->prompt;
	struct strbuf b = {0};
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&b, fmt, ap);
	va_end(ap);
	clear_error(p);
	p->error = sb_take(&b);
	p->error_col = column;
	/* the cursor goes where the problem is */
	if (column > 0 && (size_t)column - 1 <= p->len)
		p->pos = (size_t)column - 1;
}

/* Columns taken by code points [FROM, TO). */
static int cols(const struct ui_prompt *p, size_t from, size_t to)
{
	int w = 0;
	for (size_t i = from; i < to && i < p->len; i++)
		w += uitext_cp_width(p->text[i]);
	return w;
}

static void prompt_draw(struct ui *ui, struct ui_rect r, bool focused)
{
	struct ui_prompt *p = &ui->prompt;
	int y = ui->lay.status, width = ui->lay.cols;
	int lw = uitext_width(p->label), avail = width - lw - 1;
	size_t first = 0;
	char *shown;
	(void)r;
	(void)focused;

	if (y < 0 || avail < 2)
		return;
	/* scroll horizontally so that the cursor stays in view */
	while (first < p->pos && cols(p, first, p->pos) >= avail)
		first++;
	ui_draw_fill(ui, y, 0, width, UI_EL_PROMPT);
	ui_draw_text(ui, y, 0, lw, UI_EL_PROMPT, p->label);
	shown = text_utf8(p, first, p->len);
	ui_draw_text(ui, y, lw, avail, UI_EL_PROMPT, shown);
	free(shown);

	if (p->error && y > 0 && p->error_col < 0) {
		ui_draw_fill(ui, y - 1, 0, width, UI_EL_STATUS_INFO);
		ui_draw_text(ui, y - 1, 1, width - 2, UI_EL_STATUS_INFO, p->error);
	} else if (p->error && y > 0) {
		/* the caret sits under the column the error is about, the message beside it */
		int caret = -1, mw = uitext_width(p->error);
		ui_draw_fill(ui, y - 1, 0, width, UI_EL_STATUS_ERROR);
		if (p->error_col > 0 && (size_t)p->error_col - 1 >= first)
			caret = lw + cols(p, first, (size_t)p->error_col - 1);
		if (caret >= 0 && caret < width) {
			ui_draw_text(ui, y - 1, caret, 1, UI_EL_STATUS_ERROR, "^");
			if (caret + 2 + mw <= width)
				ui_draw_text(ui, y - 1, caret + 2, width - caret - 2,
					     UI_EL_STATUS_ERROR, p->error);
			else if (mw + 1 <= caret)
				ui_draw_text(ui, y - 1, caret - mw - 1, mw, UI_EL_STATUS_ERROR,
					     p->error);
			else
				ui_draw_text(ui, y - 1, caret + 2, width - caret - 2,
					     UI_EL_STATUS_ERROR, p->error);
		} else {
			ui_draw_text(ui, y - 1, 1, width - 2, UI_EL_STATUS_ERROR, p->error);
		}
	}
	move(y, lw + cols(p, first, p->pos));
	curs_set(1);
}

static void insert(struct ui_prompt *p, uint32_t cp)
{
	if (p->len == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->text = xrealloc(p->text, p->cap * sizeof *p->text);
	}
	memmove(p->text + p->pos + 1, p->text + p->pos, (p->len - p->pos) * sizeof *p->text);
	p->text[p->pos++] = cp;
	p->len++;
}

static void erase_range(struct ui_prompt *p, size_t from, size_t to)
{
	if (to > p->len)
		to = p->len;
	if (from >= to)
		return;
	memmove(p->text + from, p->text + to, (p->len - to) * sizeof *p->text);
	p->len -= to - from;
	p->pos = from;
}

static void insert_utf8(struct ui_prompt *p, const char *s)
{
	uint32_t cp;
	size_t n;
	while ((n = uitext_decode(s, &cp)) > 0) {
		if (cp >= 0x20 && cp != 0x7F)
			insert(p, cp);
		s += n;
	}
}

/* Completes the word before the cursor (after any +/- sign) from the callback's candidates:
 * one match is taken whole, several are narrowed to what they share and listed. */
static void complete(struct ui *ui)
{
	struct ui_prompt *p = &ui->prompt;
	struct strlist cands = {0}, matches = {0};
	struct strbuf hint = {0};
	size_t start = p->pos;
	char *word, *key;

	while (start > 0 && p->text[start - 1] != ' ')
		start--;
	if (start < p->pos && (p->text[start] == '+' || p->text[start] == '-'))
		start++;
	word = text_utf8(p, start, p->pos);
	key = fold_key(word);
	p->complete(ui, word, &cands);
	for (size_t i = 0; i < cands.n; i++) {
		char *k = fold_key(cands.v[i]);
		if (str_starts(k, key))
			strlist_add(&matches, cands.v[i]);
		free(k);
	}
	clear_error(p);
	if (matches.n == 0) {
		sb_addf(&hint, "nothing starts with '%s'", word);
	} else if (matches.n == 1) {
		erase_range(p, start, p->pos);
		insert_utf8(p, matches.v[0]);
		insert(p, ' ');
	} else {
		/* the longest prefix every match shares, in the first match's spelling */
		size_t common = strlen(matches.v[0]);
		for (size_t i = 1; i < matches.n; i++) {
			size_t j = 0;
			while (j < common && matches.v[i][j] == matches.v[0][j])
				j++;
			common = j;
		}
		while (common > 0 && (matches.v[0][common] & 0xC0) == 0x80)
			common--; /* never cut inside a character */
		if (common > strlen(word)) {
			char *prefix = xstrndup(matches.v[0], common);
			erase_range(p, start, p->pos);
			insert_utf8(p, prefix);
			free(prefix);
		}
		for (size_t i = 0; i < matches.n && i < 12; i++)
			sb_addf(&hint, "%s%s", i ? "  " : "", matches.v[i]);
		if (matches.n > 12)
			sb_addf(&hint, "  (+%zu more)", matches.n - 12);
	}
	if (hint.len) {
		p->error = sb_take(&hint);
		p->error_col = -1; /* a hint, not an error */
	}
	sb_free(&hint);
	free(word);
	free(key);
	strlist_free(&cands);
	strlist_free(&matches);
}

static void history_step(struct ui_prompt *p, int dir)
{
	if (!p->history || !p->history->n)
		return;
	if (dir < 0 && p->hist_pos > 0)
		p->hist_pos--;
	else if (dir > 0 && p->hist_pos < p->history->n)
		p->hist_pos++;
	else
		return;
	set_text(p, p->hist_pos < p->history->n ? p->history->v[p->hist_pos] : "");
}

static void submit(struct ui *ui)
{
	struct ui_prompt *p = &ui->prompt;
	char *text = text_utf8(p, 0, p->len);
	if (p->history && *text &&
	    (!p->history->n || strcmp(p->history->v[p->history->n - 1], text) != 0))
		strlist_add(p->history, text);
	clear_error(p);
	/* the callback may open another prompt; close this one only if it did not */
	if (p->submit(ui, text) && ui->overlay == &ui_overlay_prompt)
		ui_close_overlay(ui);
	free(text);
}

static bool is_word_char(uint32_t c)
{
	return c != ' ';
}

static bool prompt_key(struct ui *ui, int key)
{
	struct ui_prompt *p = &ui->prompt;

	if (key != UI_KEY_TAB && p->error_col < 0)
		clear_error(p); /* a completion hint lasts one key */
	switch (key) {
	case UI_KEY_ENTER:
		submit(ui);
		return true;
	case UI_KEY_ESC:
	case 7: /* C-g */
		ui_close_overlay(ui);
		return true;
	case UI_KEY_TAB:
		if (p->complete)
			complete(ui);
		return true;
	case UI_KEY_FN | KEY_BACKSPACE:
		if (p->pos > 0)
			erase_range(p, p->pos - 1, p->pos);
		break;
	case UI_KEY_FN | KEY_DC:
	case 4: /* C-d */
		erase_range(p, p->pos, p->pos + 1);
		break;
	case UI_KEY_FN | KEY_LEFT:
	case 2: /* C-b */
		if (p->pos > 0)
			p->pos--;
		return true;
	case UI_KEY_FN | KEY_RIGHT:
	case 6: /* C-f */
		if (p->pos < p->len)
			p->pos++;
		return true;
	case UI_KEY_FN | KEY_HOME:
	case 1: /* C-a */
		p->pos = 0;
		return true;
	case UI_KEY_FN | KEY_END:
	case 5: /* C-e */
		p->pos = p->len;
		return true;
	case 21: /* C-u */
		erase_range(p, 0, p->pos);
		break;
	case 11: /* C-k */
		erase_range(p, p->pos, p->len);
		break;
	case 23: { /* C-w */
		size_t from = p->pos;
		while (from > 0 && !is_word_char(p->text[from - 1]))
			from--;
		while (from > 0 && is_word_char(p->text[from - 1]))
			from--;
		erase_range(p, from, p->pos);
		break;
	}
	case UI_KEY_FN | KEY_UP:
	case 16: /* C-p */
		history_step(p, -1);
		break;
	case UI_KEY_FN | KEY_DOWN:
	case 14: /* C-n */
		history_step(p, +1);
		break;
	default:
		if (key >= 0x20 && !(key & UI_KEY_FN) && key != 0x7F && key <= 0x10FFFF)
			insert(p, (uint32_t)key);
		else
			return true; /* other keys do nothing in a prompt */
	}
	if (p->error_col >= 0)
		clear_error(p); /* the text changed: the error may no longer hold */
	return true;
}

static void prompt_close(struct ui *ui)
{
	ui_prompt_free(&ui->prompt);
}

const struct ui_pane_ops ui_overlay_prompt = {
	.name = "prompt",
	.draw = prompt_draw,
	.key = prompt_key,
	.close = prompt_close,
};
