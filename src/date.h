/* date.h — dates as pages write them, normalised to ISO 8601. */
#ifndef PB_DATE_H
#define PB_DATE_H

#include <stdbool.h>

/* Finds a date in S and writes "YYYY-MM-DD", "YYYY-MM" or "YYYY" to out. Understands
 * "Sep 22, 2025", "22 September 2025", "Feb 17" (takes PAGE_YEAR; fails if it is 0),
 * "[Submitted on 30 Jun 2026]", "2021/06/17", "2021/6", "2022", "2024-08-01T00:00:00.000Z",
 * "Fri, 22 Nov 2024". Returns false when S holds no date. */
bool date_normalise(const char *s, int page_year, char out[11]);

#endif
