/* pubdate.h: the publication date of a news article.
 *
 * Read the way a reader does, in this order:
 *  1. a dated header line opening the text (" date 2025-08-26 ...");
 *  2. a byline or dateline in the first lines: "Posted on August 26,
 *     2025", "UPDATED AUG 26, 2025", "Published 3:05 PM EDT, Tue March
 *     4, 2025", "WASHINGTON, Oct. 24 (Reuters) -", "SEOUL, Oct. 24
 *     (Yonhap) --", a line holding only a date ("24 October 2025");
 *     "Published" is preferred to "Updated";
 *  3. a full date in the lead paragraph.
 * Photo captions and credits, "More stories" / "Related" footers and
 * quoted words are never read.  A dateline without a year takes it from
 * year_hint (the anchor, if known, else 0: then the date is not given). */
#ifndef NEWSUTILS_PUBDATE_H
#define NEWSUTILS_PUBDATE_H

#include <stddef.h>

typedef struct {
	char value[11];      /* YYYY-MM-DD, YYYY-MM or YYYY; "" if none */
	size_t start, end;   /* the words it was read from */
} PubDate;

/* 1 if a date was found (pd filled), else 0. */
int pubdate_find(const char *text, size_t len, int year_hint, PubDate *pd);

#endif
