/* ingest-text-hf-meta.h — the lines under a Hugging Face card in a text dump: "• 6 authors", "·",
 * "Sep 22, 2025 2" (date, then upvotes), or an organisation line ("stanfordnlp Stanford NLP"). */
#ifndef PB_INGEST_TEXT_HF_META_H
#define PB_INGEST_TEXT_HF_META_H

#include <stdbool.h>

/* What one meta line says; a line may carry several parts joined by "·". */
struct hf_meta {
	bool separator;   /* the line is only a separator: "·", "•", "*", "-" */
	int authors;      /* "6 authors" -> 6; 0 when the line has no author count */
	bool has_date;    /* the line holds a card date */
	char date[24];    /* that date as written without the upvotes: "Sep 22, 2025", "Feb 17" */
	int year;         /* the year written in the date; 0 when the page left it out */
	bool has_votes;   /* an upvote count follows the date */
	double votes;     /* the upvotes */
	char *org;        /* an organisation part beside a date or count on a "·" line (malloc'd) */
};

/* Parses LINE (already cleaned) as a card's meta line. False for ordinary text. */
bool hf_meta_parse(const char *line, struct hf_meta *m);
void hf_meta_free(struct hf_meta *m);

/* The date part alone: "Sep 22, 2025 2" and "Feb 17" are dates, "May 7" too. */
bool hf_meta_is_date(const char *line);

/* The display name in an organisation line: "stanfordnlp Stanford NLP" -> "Stanford NLP"
 * (HF prints the handle, then the full name). malloc'd; NULL for an empty line. */
char *hf_meta_org_name(const char *line);

#endif
