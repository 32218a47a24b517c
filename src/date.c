/* date.c — dates as pages write them, normalised to ISO 8601. */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const months[12] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* Month from a word such as "Sep", "Sept", "September" (case-insensitive); 0 if none. */
static int month_of(const char *w, size_t len)
{
	static const char *const full[12] = {
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
	};
	if (len < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		if (strncasecmp(w, months[m], 3) != 0)
			continue;
		if (len == 3 || (len == 4 && m == 8 && tolower((unsigned char)w[3]) == 't') ||
		    (len == 4 && w[3] == '.'))
			return m + 1;
		if (len == strlen(full[m]) && strncasecmp(w, full[m], len) == 0)
			return m + 1;
	}
	return 0;
}

static bool valid_day(int y, int m, int d)
{
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && y && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	return true;
}

static bool valid_year(int y)
{
	return y >= 1000 && y <= 2999;
}

/* Tokens of a date-ish string: numbers and words with their positions. */
struct tok {
	bool num;   /* digits only */
	int value;  /* the number, or the month for a month word (0: other word) */
	int digits; /* how many digits */
	char sep;   /* the character right after the token */
};

static int tokenize(const char *s, struct tok *t, int max)
{
	int n = 0;
	const char *p = s;
	while (*p && n < max) {
		if (isdigit((unsigned char)*p)) {
			const char *e = p;
			long v = 0;
			while (isdigit((unsigned char)*e) && e - p < 9)
				v = v * 10 + (*e++ - '0');
			while (isdigit((unsigned char)*e))
				e++;
			t[n].num = true;
			t[n].value = (int)v;
			t[n].digits = (int)(e - p);
			t[n].sep = *e;
			n++;
			p = e;
		} else if (isalpha((unsigned char)*p)) {
			const char *e = p;
			while (isalpha((unsigned char)*e))
				e++;
			t[n].num = false;
			t[n].value = month_of(p, (size_t)(e - p) + (*e == '.' ? 1 : 0));
			if (!t[n].value)
				t[n].value = month_of(p, (size_t)(e - p));
			t[n].digits = 0;
			t[n].sep = *e;
			n++;
			p = e;
		} else {
			p++;
		}
	}
	return n;
}

static void put(char out[11], int y, int m, int d)
{
	if (m && d)
		snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	else if (m)
		snprintf(out, 11, "%04d-%02d", y, m);
	else
		snprintf(out, 11, "%04d", y);
}

bool date_normalise(const char *s, int page_year, char out[11])
{
	struct tok t[32];
	int n;

	if (!s)
		return false;
	n = tokenize(s, t, 32);
	for (int i = 0; i < n; i++) {
		/* 2021-06-17, 2021/06/17, 2021/6, 2024-08-01T00:00:00Z */
		if (t[i].num && t[i].digits == 4 && valid_year(t[i].value) &&
		    (t[i].sep == '-' || t[i].sep == '/') && i + 1 < n && t[i + 1].num &&
		    t[i + 1].digits <= 2) {
			int y = t[i].value, m = t[i + 1].value, d = 0;
			if (m < 1 || m > 12)
				continue;
			if ((t[i + 1].sep == '-' || t[i + 1].sep == '/') && i + 2 < n && t[i + 2].num &&
			    t[i + 2].digits <= 2)
				d = t[i + 2].value;
			if (d && !valid_day(y, m, d))
				continue;
			put(out, y, m, d);
			return true;
		}
		/* Sep 22, 2025 / Sep 22 / September 2025 */
		if (!t[i].num && t[i].value) {
			int m = t[i].value;
			if (i + 1 < n && t[i + 1].num && t[i + 1].digits <= 2 &&
			    valid_day(0, m, t[i + 1].value)) {
				int d = t[i + 1].value;
				if (i + 2 < n && t[i + 2].num && t[i + 2].digits == 4 &&
				    valid_year(t[i + 2].value) && valid_day(t[i + 2].value, m, d)) {
					put(out, t[i + 2].value, m, d);
					return true;
				}
				if (page_year && valid_day(page_year, m, d)) {
					put(out, page_year, m, d);
					return true;
				}
				continue;
			}
			if (i + 1 < n && t[i + 1].num && t[i + 1].digits == 4 &&
			    valid_year(t[i + 1].value)) {
				put(out, t[i + 1].value, m, 0);
				return true;
			}
		}
		/* 30 Jun 2026 / 2 December, 2025 / 22 Nov */
		if (t[i].num && t[i].digits <= 2 && i + 1 < n && !t[i + 1].num && t[i + 1].value &&
		    valid_day(0, t[i + 1].value, t[i].value)) {
			int d = t[i].value, m = t[i + 1].value;
			if (i + 2 < n && t[i + 2].num && t[i + 2].digits == 4 &&
			    valid_year(t[i + 2].value) && valid_day(t[i + 2].value, m, d)) {
				put(out, t[i + 2].value, m, d);
				return true;
			}
			if (page_year && valid_day(page_year, m, d)) {
				put(out, page_year, m, d);
				return true;
			}
			continue;
		}
	}
	/* A lone year: "2022" */
	for (int i = 0; i < n; i++)
		if (t[i].num && t[i].digits == 4 && valid_year(t[i].value)) {
			put(out, t[i].value, 0, 0);
			return true;
		}
	return false;
}
