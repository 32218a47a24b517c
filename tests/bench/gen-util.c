/* gen-util.c — helpers the page writers share: the page arena, calendar arithmetic, author
 * names in the forms the sites print them, MathJax-rendered titles, object ids. */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define ARENA_BLOCK (4u << 20)

char *arena_alloc(struct arena *a, size_t n)
{
	if (n > ARENA_BLOCK)
		abort();
	if (!a->nblocks || a->used + n > ARENA_BLOCK) {
		if (a->nblocks && a->cur + 1 < a->nblocks) {
			a->cur++;
		} else {
			a->blocks = realloc(a->blocks, (a->nblocks + 1) * sizeof *a->blocks);
			if (!a->blocks || !(a->blocks[a->nblocks] = malloc(ARENA_BLOCK)))
				abort();
			a->cur = a->nblocks++;
		}
		a->used = 0;
	}
	a->used += n;
	return a->blocks[a->cur] + a->used - n;
}

void arena_reset(struct arena *a)
{
	a->cur = 0;
	a->used = 0;
}

void arena_free(struct arena *a)
{
	for (size_t i = 0; i < a->nblocks; i++)
		free(a->blocks[i]);
	free(a->blocks);
	memset(a, 0, sizeof *a);
}

const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
				    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const month_full[12] = {"January", "February", "March", "April", "May", "June",
				    "July", "August", "September", "October", "November", "December"};
const char *const weekday_abbr[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int date_days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

void date_add_days(struct date *d, int days)
{
	d->d += days;
	while (d->d > date_days_in_month(d->y, d->m)) {
		d->d -= date_days_in_month(d->y, d->m);
		if (++d->m > 12) {
			d->m = 1;
			d->y++;
		}
	}
	while (d->d < 1) {
		if (--d->m < 1) {
			d->m = 12;
			d->y--;
		}
		d->d += date_days_in_month(d->y, d->m);
	}
}

int date_weekday(const struct date *d)
{
	/* Sakamoto's method gives 0 = Sunday; shift to 0 = Monday. */
	static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	int y = d->y - (d->m < 3);
	int w = (y + y / 4 - y / 100 + y / 400 + t[d->m - 1] + d->d) % 7;
	return (w + 6) % 7;
}

void out_author(struct out *o, const struct lists *l, const struct gpaper *p, uint32_t i, bool html)
{
	const char *first = l->first_names.s[p->first[i]], *last = l->last_names.s[p->last[i]];
	if (html) {
		out_html(o, first);
		out_str(o, " ");
		out_html(o, last);
	} else {
		out_str(o, first);
		out_str(o, " ");
		out_str(o, last);
	}
}

/* "Ammanabrolu, Prithviraj", as citation_author metas give names (attribute-escaped). */
void out_author_inverted(struct out *o, const struct lists *l, const struct gpaper *p, uint32_t i)
{
	out_attr(o, l->last_names.s[p->last[i]]);
	out_str(o, ", ");
	out_attr(o, l->first_names.s[p->first[i]]);
}

void out_author_query(struct out *o, const struct lists *l, const struct gpaper *p, uint32_t i,
		      bool comma_encoded)
{
	const char *first = l->first_names.s[p->first[i]];
	out_url(o, l->last_names.s[p->last[i]], true);
	out_str(o, comma_encoded ? "%2C" : ",");
	for (const char *s = first; *s;) {
		size_t n = 1;
		char initial[8];
		while (((unsigned char)s[n] & 0xc0) == 0x80)
			n++;
		memcpy(initial, s, n);
		initial[n] = 0;
		out_str(o, "+");
		out_url(o, initial, true);
		s = strchr(s, ' ');
		if (!s)
			break;
		while (*s == ' ')
			s++;
	}
}

/* One glyph of a MathJax rendering: how a browser-saved page holds it. */
static void mathjax_glyph(struct out *o, char c, int *span)
{
	bool digit = c >= '0' && c <= '9';
	out_fmt(o, "<span class=\"%s\" id=\"MathJax-Span-%d\" style=\"font-family: %s;\">%c</span>",
		digit ? "mn" : "mi", (*span)++, digit ? "MathJax_Main" : "MathJax_Math; font-style: italic",
		c);
}

void out_title_mathjax(struct out *o, const char *title, int *element)
{
	const char *open = strchr(title, '$'), *close = open ? strchr(open + 1, '$') : NULL;
	int span = *element * 5 + 13;
	char tex[64];
	size_t n;

	if (!close || (n = (size_t)(close - open - 1)) >= sizeof tex) {
		out_html(o, title);
		return;
	}
	memcpy(tex, open + 1, n);
	tex[n] = 0;
	for (const char *s = title; s < open; s++) {
		char c[2] = {*s, 0};
		out_html(o, c);
	}
	out_fmt(o, "<span class=\"MathJax_Preview\" style=\"display: none;\"></span><span class=\"MathJax\" "
		   "id=\"MathJax-Element-%d-Frame\" tabindex=\"0\" style=\"\"><nobr><span class=\"math\" "
		   "id=\"MathJax-Span-%d\" style=\"width: 1.53em; display: inline-block;\"><span style=\"display: "
		   "inline-block; position: relative; width: 1.25em; height: 0px; font-size: 120%%;\"><span "
		   "style=\"position: absolute; clip: rect(0.197em, 1001.25em, 1.323em, -1000em); top: -1.019em; "
		   "left: 0em;\"><span class=\"mrow\" id=\"MathJax-Span-%d\">",
		*element, span, span + 1);
	span += 2;
	for (const char *s = tex; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))
			mathjax_glyph(o, *s, &span);
	out_fmt(o, "<span style=\"display: inline-block; width: 0px; height: 1.019em;\"></span></span></span>"
		   "<span style=\"display: inline-block; overflow: hidden; vertical-align: -0.254em; border-left: "
		   "0px solid; width: 0px; height: 1.129em;\"></span></span></nobr></span><script type=\"math/tex\" "
		   "id=\"MathJax-Element-%d\">",
		*element);
	out_html(o, tex);
	out_str(o, "</script>");
	out_html(o, close + 1);
	(*element)++;
}

void out_subjects(struct out *o, const struct lists *l, const struct gpaper *p)
{
	for (uint8_t c = 0; c < p->ncat; c++) {
		const struct category *cat = &l->cats[p->cat[c]];
		if (c == 0)
			out_str(o, "<span class=\"primary-subject\">");
		else
			out_str(o, "; ");
		out_html(o, cat->name);
		out_fmt(o, " (%s)", cat->code);
		if (c == 0)
			out_str(o, "</span>");
	}
}

void out_hexid(struct out *o, struct rng *r)
{
	static const char hex[] = "0123456789abcdef";
	char id[24];
	uint64_t a = rng_next(r), b = rng_next(r);
	for (int i = 0; i < 12; i++) {
		id[i] = hex[(a >> (4 * i)) & 15];
		id[12 + i] = hex[(b >> (4 * i)) & 15];
	}
	out_mem(o, id, sizeof id);
}
