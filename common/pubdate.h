/* pubdate.h: the publication date of a news article.
 *
 * Read the way a reader does, in this order:
 *  1. a dated header line opening the text (" date 2025-08-26 ...");
 *  2. a byline or dateline in the first lines: "Posted on August 26,
 *     2025", "UPDATED AUG 26, 2025", "Published 3:05 PM EDT, Tue March
 *     4, 2025", "WASHINGTON, Oct. 24 (Reuters) -", "SEOUL, Oct. 24
 *     (Yonhap) --", a line holding only a date ("24 October 2025");
 *     "Published" is preferred to "Updated";
 *  3. a full date in the lead paragraph, with its weekday or on the first line.
 * Photo captions and credits, "More stories" / "Related" footers and
 * quoted words are never read.  A dateline without a year takes it from
 * year_hint (the anchor, if known, else 0: then the date is not given). */
#ifndef NEWSUTILS_PUBDATE_H
#define NEWSUTILS_PUBDATE_H

#include <stddef.h>
#include "calendar.h"

enum { PD_NONE, PD_HEADER, PD_BYLINE, PD_DATELINE, PD_LINE, PD_LEAD, PD_INPUT };

typedef struct {
	char value[11];      /* YYYY-MM-DD, YYYY-MM or YYYY; "" if none */
	size_t start, end;   /* the words it was read from (in the text) */
	int how;             /* PD_*: where it was found */
} PubDate;

/* 1 if a date was found (pd filled), else 0. */
int pubdate_find(const char *text, size_t len, int year_hint, PubDate *pd);

/* Is s[0..n) a date as dateof writes it (YYYY-MM-DD, YYYY-MM, YYYY)? */
int pubdate_valid(const char *s, size_t n);

/* The date of a document whose input may already hold one (idate, as
 * text, n = 0 if none): a date from the header, byline or dateline wins,
 * then a valid input date (pd->how = PD_INPUT, no span), then a date
 * from the lead.  A dateline without a year takes it from ref, else the
 * input date, which may be only a year or a month (2025, 2025-10).  The
 * anchor for relative expressions, if one is known, goes to *anchor
 * (ref first, then the input date, then the date found): returns 1 if
 * it did. */
int pubdate_doc(const char *text, size_t len, const char *idate, size_t n,
    const Date *ref, PubDate *pd, Date *anchor);

#endif
