/* ingest-text-hf.c — Hugging Face papers lists and search results saved as plain text.
 *
 * A dump reads: chrome ("new", "Get trending papers in your email inbox!", "Subscribe",
 * "Daily Papers", "byAK and the research community", the page's date "May 7"), then per card
 * a title line, an abstract line and, when the card shows them, "• 6 authors" (or an
 * organisation line "stanfordnlp Stanford NLP"), "·" and "Sep 22, 2025 2" (date, upvotes).
 * Blank lines are not relied on; each line is told apart by what it holds.
 *
 * The year: HF leaves it out only for dates in the current year ("Feb 17"). The run's year
 * (from the file's time) is an upper bound that is usually exact; every year written out on
 * the page is a past year, so the page's year is at least the latest one plus one. The
 * page's year is the run's year raised to that bound when it is lower (or unknown). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapter.h"
#include "adapters-text.h"
#include "date.h"
#include "ingest-text-hf-meta.h"
#include "text-lines.h"

/* A title this long is not a title: the abstract went on in another paragraph. */
#define HF_TITLE_MAX 400
/* A card that shows no authors and no date needs an abstract at least this long. */
#define HF_BARE_ABSTRACT_MIN 80
/* Lines looked at for the page's chrome. */
#define HF_HEAD_LINES 30

/* The chrome lines of HF's papers pages, in the order the page shows them. */
static const char *const hf_chrome[] = {
	"new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
	"byAK and the research community", NULL,
};
/* The chrome lines only HF's papers pages have. */
static const char *const hf_signature[] = {
	"Get trending papers in your email inbox!", "byAK and the research community", NULL,
};

/* One card as it is read. */
struct hf_card {
	char *title;          /* the title line */
	struct strbuf abstract; /* the abstract line(s) */
	bool meta;            /* a meta line was seen: the card is complete */
	int authors;          /* "6 authors"; 0 when not shown */
	char *org;            /* the organisation shown instead of the author count */
	char date[24];        /* the date as written, "" when not shown */
	int year;             /* the year written in the date, 0 when left out */
	bool has_votes;       /* upvotes are shown */
	double votes;         /* the upvotes */
};

static bool hf_in(const char *const *set, const char *line)
{
	for (int i = 0; set[i]; i++)
		if (strcasecmp(set[i], line) == 0)
			return true;
	return false;
}

/* Index of the first card line: after the page's date when the head shows one, else after
 * the last chrome line, else 0. The head ends at the first author count or separator. */
static size_t hf_first_card(const struct strlist *l)
{
	size_t start = 0;
	for (size_t i = 0; i < l->n && i < HF_HEAD_LINES; i++) {
		struct hf_meta m;
		bool meta = hf_meta_parse(l->v[i], &m);
		bool stop = meta && (m.separator || m.authors);
		bool page_date = meta && m.has_date && !m.has_votes && !m.authors && !m.org;
		hf_meta_free(&m);
		if (stop)
			break;
		if (page_date || hf_in(hf_chrome, l->v[i]))
			start = i + 1;
	}
	return start;
}

/* Dumps of HF pages: the chrome's own lines plus at least one date or author count, or
 * (chrome cut off) at least three author counts and three dates. */
static bool hf_text_detect_lines(const struct strlist *l)
{
	bool signature = false;
	int counts = 0, dates = 0;

	for (size_t i = 0; i < l->n; i++) {
		struct hf_meta m;
		if (i < HF_HEAD_LINES && hf_in(hf_signature, l->v[i]))
			signature = true;
		if (!hf_meta_parse(l->v[i], &m))
			continue;
		counts += m.authors > 0;
		dates += m.has_date;
		hf_meta_free(&m);
	}
	return (signature && counts + dates > 0) || (counts >= 3 && dates >= 3);
}

static bool hf_text_detect(const struct page *pg)
{
	struct strlist l = {0};
	bool yes;

	if (pg->doc || !pg->text)
		return false;
	text_lines_split(pg->text, pg->len, &l);
	yes = hf_text_detect_lines(&l);
	strlist_free(&l);
	return yes;
}

static struct hf_card *hf_card_new(struct hf_card **v, size_t *n, const char *title)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	struct hf_card *c = &(*v)[(*n)++];
	memset(c, 0, sizeof *c);
	c->title = xstrdup(title);
	return c;
}

static void hf_card_take_meta(struct hf_card *c, struct hf_meta *m)
{
	c->meta = true;
	if (m->authors && !c->authors)
		c->authors = m->authors;
	if (m->org && !c->org) {
		c->org = m->org;
		m->org = NULL;
	}
	if (m->has_date && !c->date[0]) {
		memcpy(c->date, m->date, sizeof c->date);
		c->year = m->year;
		c->has_votes = m->has_votes;
		c->votes = m->votes;
	}
}

/* Does line I begin a card's meta block without an author count (a separator or a date)? */
static bool hf_meta_follows(const struct strlist *l, size_t i)
{
	struct hf_meta m;
	bool yes;
	if (i >= l->n || !hf_meta_parse(l->v[i], &m))
		return false;
	yes = m.separator || (m.has_date && !m.authors);
	hf_meta_free(&m);
	return yes;
}

/* Reads the cards from the lines. */
static void hf_read_cards(const struct strlist *l, struct hf_card **cards, size_t *ncards)
{
	struct hf_card *c = NULL;

	for (size_t i = hf_first_card(l); i < l->n; i++) {
		const char *line = l->v[i];
		struct hf_meta m;

		if (hf_meta_parse(line, &m)) {
			if (c)
				hf_card_take_meta(c, &m);
			hf_meta_free(&m);
			continue;
		}
		if (c && !c->meta && c->abstract.len && hf_meta_follows(l, i + 1)) {
			c->org = hf_meta_org_name(line); /* "stanfordnlp Stanford NLP" */
			c->meta = true;
		} else if (c && !c->meta && !c->abstract.len) {
			sb_add(&c->abstract, line);
		} else if (c && !c->meta && strlen(line) > HF_TITLE_MAX) {
			sb_addc(&c->abstract, ' '); /* the abstract's next paragraph */
			sb_add(&c->abstract, line);
		} else {
			c = hf_card_new(cards, ncards, line);
		}
	}
}

/* The page's year: the run's, raised to one past the latest year written on the page. */
static int hf_page_year(const struct page *pg, const struct hf_card *cards, size_t n)
{
	int latest = 0;
	for (size_t i = 0; i < n; i++)
		if (cards[i].year > latest)
			latest = cards[i].year;
	if (latest && pg->year <= latest)
		return latest + 1;
	return pg->year;
}

static bool hf_card_keep(const struct hf_card *c)
{
	if (c->meta)
		return true;
	return c->abstract.len >= HF_BARE_ABSTRACT_MIN;
}

static void hf_card_to_paper(const struct hf_card *c, int year, struct paper_list *out)
{
	struct paper *p = paper_list_push(out);
	char iso[11];

	p->title = xstrdup(c->title);
	p->abstract = c->abstract.len ? xstrdup(c->abstract.s) : NULL;
	p->author_count = c->authors;
	if (c->org)
		paper_add_institution(p, c->org);
	if (c->date[0] && date_normalise(c->date, year, iso))
		p->date = xstrdup(iso);
	if (c->has_votes) {
		p->has_score = true;
		p->score = c->votes;
	}
}

static bool hf_text_extract(const struct page *pg, struct paper_list *out, struct strbuf *err)
{
	struct strlist l = {0};
	struct hf_card *cards = NULL;
	size_t ncards = 0;
	int year;

	(void)err;
	text_lines_split(pg->text, pg->len, &l);
	hf_read_cards(&l, &cards, &ncards);
	year = hf_page_year(pg, cards, ncards);
	for (size_t i = 0; i < ncards; i++) {
		if (hf_card_keep(&cards[i]))
			hf_card_to_paper(&cards[i], year, out);
		free(cards[i].title);
		free(cards[i].org);
		sb_free(&cards[i].abstract);
	}
	free(cards);
	strlist_free(&l);
	return true;
}

const struct adapter adapter_hf_text = {
	.name = "hf-text",
	.detect = hf_text_detect,
	.extract = hf_text_extract,
};
