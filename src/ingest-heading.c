/* ingest-heading.c — is a page's heading an institution? */
#include "ingest-heading.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A heading longer than this, or with more words, is a sentence, not a name. */
#define HEADING_MAX_BYTES 120
#define HEADING_MAX_WORDS 12

/* Words that make a name an institution's, compared whole and case-insensitively. */
static const char *const inst_words[] = {
	"university", "universities", "univ", "universität", "universitat", "université",
	"universite", "universidad", "universidade", "università", "universita", "universiteit",
	"universitet", "uniwersytet", "institute", "institutes", "institut", "instituto",
	"istituto", "laboratory", "laboratories", "laboratoire", "laboratorio", "lab", "labs",
	"college", "academy", "académie", "academia", "akademie", "school", "centre", "center",
	"hospital", "polytechnic", "politecnico", "polytechnique", "hochschule", "inc", "corporation",
	"corp", "ltd", "llc", "gmbh", "plc", NULL,
};

/* Institutions commonly written without an institution word; the whole heading must match. */
static const char *const inst_names[] = {
	"MIT", "EPFL", "ETH Zurich", "ETH Zürich", "KAIST", "CNRS", "Inria", "A*STAR", "CERN",
	"NVIDIA", "Google", "Google DeepMind", "DeepMind", "Microsoft", "Meta", "Meta AI", "FAIR",
	"OpenAI", "Anthropic", "IBM", "Apple", "Amazon", "Alibaba", "Alibaba Group", "Tencent",
	"Huawei", "ByteDance", "Baidu", "Samsung", "Intel", "Adobe", "Salesforce", NULL,
};

static bool heading_word_is(const char *w, size_t len, const char *const *set)
{
	for (int i = 0; set[i]; i++)
		if (strlen(set[i]) == len && strncasecmp(w, set[i], len) == 0)
			return true;
	return false;
}

/* Word characters: ASCII letters and digits, and every byte of a multi-byte UTF-8 letter. */
static bool heading_wordc(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

bool ingest_heading_is_institution(const char *heading)
{
	const char *p = heading;
	int words = 0;
	bool found = false;

	if (!heading || !*heading || strlen(heading) > HEADING_MAX_BYTES)
		return false;
	if (heading_word_is(heading, strlen(heading), inst_names))
		return true;
	while (*p) {
		while (*p && !heading_wordc((unsigned char)*p))
			p++;
		if (!*p)
			break;
		const char *w = p;
		while (heading_wordc((unsigned char)*p))
			p++;
		words++;
		if (heading_word_is(w, (size_t)(p - w), inst_words))
			found = true;
		/* "Microsoft Research", not a bare "Research" */
		if (words > 1 && (size_t)(p - w) == 8 && strncasecmp(w, "research", 8) == 0)
			found = true;
	}
	return found && words <= HEADING_MAX_WORDS;
}
