/* test-date.c — dates as pages write them, normalised to ISO 8601. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "date.h"

static void test_forms(void **state)
{
	static const struct {
		const char *in;  /* as a page writes it */
		int year;        /* the page's year */
		const char *out; /* expected ISO date, NULL: no date */
	} cases[] = {
		{"Sep 22, 2025", 0, "2025-09-22"},
		{"Nov 24, 2025", 2026, "2025-11-24"},
		{"Feb 17", 2026, "2026-02-17"},
		{"Feb 17", 0, NULL},
		{"[Submitted on 30 Jun 2026]", 0, "2026-06-30"},
		{"Submitted 2 December, 2025; originally announced December 2025.", 0, "2025-12-02"},
		{"2021/06/17", 0, "2021-06-17"},
		{"2021/6", 0, "2021-06"},
		{"2022", 0, "2022"},
		{"1926/01/01", 0, "1926-01-01"},
		{"2024-08-01T00:00:00.000Z", 0, "2024-08-01"},
		{"Fri, 22 Nov 2024 (showing 75 of 75 entries )", 0, "2024-11-22"},
		{"September 2025", 0, "2025-09"},
		{"Feb 30, 2025", 0, "2025"},
		{"no date here", 2026, NULL},
		{"", 2026, NULL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char out[11] = "";
		bool ok = date_normalise(cases[i].in, cases[i].year, out);
		if (cases[i].out) {
			assert_true(ok);
			assert_string_equal(out, cases[i].out);
		} else {
			assert_false(ok);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
