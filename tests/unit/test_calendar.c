/* test_calendar.c: unit tests for calendar.h. */
#include <stdio.h>
#include <string.h>

#include "calendar.h"

static int fails;

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #c); fails++; } } while (0)

static int
eq(Date a, int y, int m, int d)
{
	return a.y == y && a.m == m && a.d == d;
}

int
main(void)
{
	Date d, e;
	int wy, wy2;

	CHECK(cal_leap(2000) && cal_leap(2024) && !cal_leap(1900) && !cal_leap(2025));
	CHECK(cal_mdays(2024, 2) == 29 && cal_mdays(2025, 2) == 28 && cal_mdays(2025, 4) == 30);
	CHECK(!cal_valid(2025, 2, 30) && !cal_valid(2025, 13, 1) && cal_valid(2024, 2, 29));
	CHECK(!cal_valid(2023, 2, 29) && !cal_valid(2025, 4, 31) && !cal_valid(0, 1, 1));

	d = (Date){ 1970, 1, 1 };
	CHECK(cal_days(d) == 0 && cal_weekday(d) == 4);
	d = (Date){ 2025, 10, 25 };
	CHECK(cal_weekday(d) == 6);                  /* a Saturday */
	CHECK(eq(cal_from_days(cal_days(d)), 2025, 10, 25));
	CHECK(cal_isoweek(d, &wy) == 43 && wy == 2025);
	CHECK(eq(cal_add_days(d, 7), 2025, 11, 1));
	CHECK(eq(cal_add_days(d, -300), 2024, 12, 29));
	for (long n = -800000; n < 800000; n += 997)
		CHECK(cal_days(cal_from_days(n)) == n);

	/* ISO weeks across year ends. */
	CHECK(cal_isoweek((Date){ 2024, 12, 30 }, &wy) == 1 && wy == 2025);
	CHECK(cal_isoweek((Date){ 2021, 1, 3 }, &wy) == 53 && wy == 2020);
	CHECK(cal_isoweek((Date){ 1998, 2, 13 }, &wy) == 7 && wy == 1998);
	CHECK(cal_isoweek((Date){ 2026, 12, 31 }, &wy) == 53 && wy == 2026);
	CHECK(cal_isoweek_of(cal_days((Date){ 2021, 1, 3 }), &wy) == 53 && wy == 2020);
	for (long n = -1000; n < 30000; n += 13)   /* by Date and by day number alike */
		CHECK(cal_isoweek_of(n, &wy) == cal_isoweek(cal_from_days(n), &wy2) && wy == wy2);

	/* Months clamp to the month's end. */
	CHECK(eq(cal_add_months((Date){ 2024, 1, 31 }, 1), 2024, 2, 29));
	CHECK(eq(cal_add_months((Date){ 2025, 1, 31 }, 1), 2025, 2, 28));
	CHECK(eq(cal_add_months((Date){ 2025, 3, 15 }, -15), 2023, 12, 15));
	CHECK(eq(cal_add_months((Date){ 2025, 12, 1 }, 1), 2026, 1, 1));

	CHECK(eq(cal_in_week((Date){ 2025, 10, 25 }, 1), 2025, 10, 20));
	CHECK(eq(cal_easter(2025), 2025, 4, 20) && eq(cal_easter(2000), 2000, 4, 23));
	CHECK(eq(cal_nth_weekday(2025, 11, 4, 4), 2025, 11, 27));   /* Thanksgiving */
	CHECK(eq(cal_nth_weekday(2025, 5, 1, -1), 2025, 5, 26));    /* Memorial Day */

	CHECK(cal_parse("2025-08-26", 10, &e) && eq(e, 2025, 8, 26));
	CHECK(cal_parse("1998-02-13T14:26:00", 19, &e) && eq(e, 1998, 2, 13));
	CHECK(!cal_parse("2025-02-30", 10, &e) && !cal_parse("2025-8-26", 9, &e));
	CHECK(cal_digits("2025", 4) == 2025 && cal_digits("07-", 2) == 7 && cal_digits("2X25", 4) == -1);
	CHECK(!cal_parse("2025-08-26x", 11, &e) && !cal_parse("garbage!!!", 10, &e));
	CHECK(!cal_parse("2025-10-XX", 10, &e) && eq(e, 1998, 2, 13));   /* left as it was */

	if (fails)
		fprintf(stderr, "test_calendar: %d failed\n", fails);
	return fails != 0;
}
