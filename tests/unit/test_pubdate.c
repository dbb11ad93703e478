/* Unit tests for pubdate.c: the header line read without the tagger
 * must read as the tagger does; the cues, the dateline, the lead. */
#include <string.h>

#include "pubdate.h"
#include "test.h"
#include "timex.h"

/* The header line h (" date 2016-02-02 Title") opening a text: the
 * date pubdate_find() gives must be the tagger's first expression after
 * the cue, as date_in() reads it (the window to the line's end, at most
 * 80 bytes). */
static void
header_as_tagger(const char *h)
{
	char text[512];
	const char *d = h + (*h == ' ' || *h == '\t') + 4;   /* past "date" */
	size_t len, e, le, w;
	PubDate pd;
	Timexes tx = { 0 };

	while (*d == ' ' || *d == '\t')
		d++;
	e = (size_t)(d - h);
	le = strlen(h);
	len = (size_t)snprintf(text, sizeof text, "%s\nThe story.", h);
	w = le < e + 80 ? le : e + 80;
	timex_find(text + e, w - e, NULL, &tx);
	if (!pubdate_find(text, len, 0, &pd) || pd.how != PD_HEADER) {
		CHECK(tx.n == 0 || tx.v[0].type != TX_DATE || strncmp(tx.v[0].value, d, 4));
		timexes_free(&tx);
		return;
	}
	CHECK(tx.n > 0 && tx.v[0].start == 0);
	if (tx.n > 0) {
		CHECK(pd.end == e + tx.v[0].end);
		CHECK(!strncmp(pd.value, tx.v[0].value, 10));
	}
	CHECK(pd.start == 0);
	timexes_free(&tx);
}

static void
found(const char *text, const char *value, int how)
{
	PubDate pd;
	int ok = pubdate_find(text, strlen(text), 0, &pd);

	CHECK(ok == (*value != '\0'));
	CHECK_STR(pd.value, strlen(pd.value), value);
	CHECK(pd.how == how);
}

int
main(void)
{
	static const char *const headers[] = {
		" date 2016-02-02 apec-gyeongju (copy 1)",
		" date 2016-02-02",
		"date 2016-02-02 Title",
		" DATE 2016-02-02 Title",
		"\tdate 2016-02-02 Title",
		" date 2016-02-02 10:30 Title",
		" date 2016-02-02T10:30 Title",
		" date 2016-02-02 2016 Title",
		" date 2016-02-02  Title",
		" date 2016-02-02,Title",
		" date 2016-02-02\tTitle",
		" date 2016-02-02 Monday",
		" date 2016-02-02 morning talks",
		" date 2016-02-02 - 2016-02-05",
		" date 1999-12-31 Millennium",
		" date 2016-02-30 Not a day",
		" date 2016-13-01 Not a month",
		" date 0999-01-01 Too early",
		" date 3000-01-01 Too late",
		" date 2016-02-02 \xe2\x80\x9cQuoted\xe2\x80\x9d title",
	};

	for (size_t i = 0; i < sizeof headers / sizeof headers[0]; i++)
		header_as_tagger(headers[i]);

	found(" date 2025-10-25 Talks\nSEOUL - Talks.", "2025-10-25", PD_HEADER);
	/* no cue (two blanks; not the first line): a line holding a date */
	found("  date 2025-10-25 Talks\nNothing.", "2025-10-25", PD_LINE);
	found("Talks\n date 2025-10-25 x\nNothing.", "2025-10-25", PD_LINE);
	found(" date 2025-10-25 (AP Photo) Talks\nNothing.", "", PD_NONE);   /* a credit */
	found("Talks resume\nPosted on August 26, 2025\nText.", "2025-08-26", PD_BYLINE);
	found("Updated: Aug 27, 2025\nPublished Aug 26, 2025\nText.", "2025-08-26", PD_BYLINE);
	found("WASHINGTON, Oct. 24, 2025 (Reuters) - The vote.", "2025-10-24", PD_DATELINE);
	found("Talks\nTuesday, March 4, 2025\nText.", "2025-03-04", PD_DATELINE);
	found("Talks\n4 March 2025, 10:00\nText.", "2025-03-04", PD_LINE);
	found("(AP Photo) March 4, 2025\nText.", "", PD_NONE);          /* a credit */
	found("Talks\nThe vote, held in the capital on a cold and windy day, was on Thursday, May 5, 2016.", "2016-05-05", PD_LEAD);
	found("Talks\nThe vote, held in the capital on a cold and windy day, was on May 5, 2016.", "", PD_NONE);   /* no weekday */
	found("Talks\nThe vote, held in the capital on a cold and windy day, was on Thurs. May 5, 2016.", "2016-05-05", PD_LEAD);
	found("The vote in the capital was held on May 5, 2016, after a long night.\nTalks", "2016-05-05", PD_LEAD);   /* the first line */
	found("Talks\n\"On May 5, 2016 it began\"", "", PD_NONE);        /* quoted */
	found("Talks\nMore stories\nMay 5, 2016", "", PD_NONE);         /* a footer */
	found("Talks in October\nNo digits here.", "", PD_NONE);

	/* a valid input date beats the lead, not the byline */
	{
		PubDate pd;
		Date a;
		const char *t = "Talks\nThe vote, held in the capital on a cold and windy day, was on Thursday, May 5, 2016.";
		const char *b = "Posted on August 26, 2025\nThe vote on May 5, 2016.";

		CHECK(pubdate_doc(t, strlen(t), "2017-01-02", 10, NULL, &pd, &a) == 1);
		CHECK(pd.how == PD_INPUT && !strcmp(pd.value, "2017-01-02"));
		CHECK(a.y == 2017 && a.m == 1 && a.d == 2);
		CHECK(pubdate_doc(b, strlen(b), "2017-01-02", 10, NULL, &pd, &a) == 1);
		CHECK(pd.how == PD_BYLINE && !strcmp(pd.value, "2025-08-26"));
		CHECK(pubdate_doc(t, strlen(t), "", 0, NULL, &pd, &a) == 1);
		CHECK(pd.how == PD_LEAD && !strcmp(pd.value, "2016-05-05"));
	}
	TEST_END();
}
