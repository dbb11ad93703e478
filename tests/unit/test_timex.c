/* test_timex.c: unit tests for timex.h (finding and normalising). */
#include <stdio.h>
#include <string.h>

#include "timex.h"

static int fails;

/* The expressions of text, anchored to a, as "expr|TYPE|value;..." */
static void
check(const char *anchor, const char *text, const char *want, int line)
{
	Date a, *ap = NULL;
	Timexes tx = { 0 };
	char got[1024] = "";

	if (anchor) {
		cal_parse(anchor, strlen(anchor), &a);
		ap = &a;
	}
	timex_find(text, strlen(text), ap, &tx);
	for (size_t i = 0; i < tx.n; i++) {
		size_t n = strlen(got);
		snprintf(got + n, sizeof got - n, "%s%.*s|%s|%s", i ? ";" : "",
		    (int)(tx.v[i].end - tx.v[i].start), text + tx.v[i].start,
		    timex_typename(tx.v[i].type), tx.v[i].value);
	}
	if (strcmp(got, want)) {
		fprintf(stderr, "test_timex.c:%d: %s\n  want %s\n  got  %s\n", line, text, want, got);
		fails++;
	}
	timexes_free(&tx);
}

#define CHECK(a, t, w) check(a, t, w, __LINE__)

int
main(void)
{
	const char *sat = "2025-10-25";   /* a Saturday */

	CHECK(sat, "on October 24", "October 24|DATE|2025-10-24");
	CHECK(sat, "Wednesday, October 29", "Wednesday, October 29|DATE|2025-10-29");
	CHECK(sat, "talks next week", "next week|DATE|2025-W44");
	CHECK(sat, "last month", "last month|DATE|2025-09");
	CHECK(sat, "in June 2019", "June 2019|DATE|2019-06");
	CHECK(sat, "the 1950s", "the 1950s|DATE|195");
	CHECK(sat, "the 20th century", "the 20th century|DATE|19");
	CHECK(sat, "for three years", "three years|DURATION|P3Y");
	CHECK(sat, "every Monday", "every Monday|SET|XXXX-WXX-1");
	CHECK(sat, "Tuesday morning", "Tuesday morning|DATE|2025-10-21TMO");
	CHECK(sat, "2 days ago", "2 days ago|DATE|2025-10-23");
	CHECK(sat, "He met her on Friday.", "Friday|DATE|2025-10-24");
	CHECK(sat, "He will meet her on Friday.", "Friday|DATE|2025-10-31");
	CHECK(sat, "the third quarter", "the third quarter|DATE|2025-Q3");
	CHECK(sat, "last fall", "last fall|DATE|2024-FA");
	CHECK(sat, "at 3:30 p.m.", "3:30 p.m.|TIME|2025-10-25T15:30");
	CHECK(sat, "He was home for Christmas.", "Christmas|DATE|2024-12-25");
	CHECK(sat, "He will be home for Christmas.", "Christmas|DATE|2025-12-25");
	CHECK(sat, "24/10/2025 and 2025-10-24", "24/10/2025|DATE|2025-10-24;2025-10-24|DATE|2025-10-24");
	CHECK(sat, "February 30", "");
	CHECK(sat, "May I ask?", "");
	CHECK(sat, "rose 1998 percent", "");
	CHECK(sat, "the fall of Rome", "");
	CHECK(sat, "a 6-year-old girl", "");
	CHECK(NULL, "on Friday", "Friday|DATE|XXXX-WXX-5");
	CHECK(NULL, "in October", "October|DATE|XXXX-10");
	CHECK(NULL, "yesterday", "yesterday|DATE|XXXX-XX-XX");
	CHECK("2024-02-29", "a year ago", "a year ago|DATE|2023");
	CHECK("2021-01-03", "this week", "this week|DATE|2020-W53");

	/* weekday names: full, the tagger's abbreviations, not other words */
	if (timex_weekday("Tuesday", 7) != 2 || timex_weekday("thurs", 5) != 4 ||
	    timex_weekday("SUN", 3) != 7 || timex_weekday("Sunny", 5) || timex_weekday("mo", 2) ||
	    timex_weekday("Mondays", 7)) {
		fprintf(stderr, "test_timex: timex_weekday\n");
		fails++;
	}

	if (fails)
		fprintf(stderr, "test_timex: %d failed\n", fails);
	return fails != 0;
}
