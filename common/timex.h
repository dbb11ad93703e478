/* timex.h: English time expressions, found and normalised to TimeML
 * TIMEX3 types and values.
 *
 * Expressions are found by the rules of timex.c, each a pcre2 pattern
 * (UTF, JIT) tried at the words before a trigger word: dates ("October
 * 24, 1998", "24 Oct", "2025-10-24", "10/24/98"), months, years, decades,
 * centuries, seasons, quarters, holidays, weekdays, clock times,
 * deictic words ("today", "last week", "two days ago", "now",
 * "recently"), durations ("three years", "the past two months") and
 * sets ("daily", "every Monday").  Relative values are resolved against
 * an anchor date with tense sensitivity: "met on Friday" is the Friday
 * on or before the anchor, "will meet on Friday" the one on or after.
 *
 * Values (TIMEX3): 1998-08-07, 1998-08, 1998, 1998-Q3, 1998-H1,
 * 1998-W08, 1998-W08-WE, 1998-FA, 199 (the 1990s), 19 (the 20th
 * century), 1998-08-07TMO, 1998-08-07T15:30, P3Y, PT2H, PXY,
 * PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-WXX-1.  Without an anchor,
 * relative values use X for what is unknown (XXXX-10, XXXX-XX-XX). */
#ifndef NEWSUTILS_TIMEX_H
#define NEWSUTILS_TIMEX_H

#include <stddef.h>
#include "calendar.h"

enum { TX_DATE = 1, TX_TIME = 2, TX_DURATION = 4, TX_SET = 8 };

typedef struct {
	size_t start, end;   /* byte offsets, end exclusive */
	int type;            /* TX_* */
	char value[32];
} Timex;

typedef struct {
	Timex *v;
	size_t n, cap;
} Timexes;

/* Replace out's contents with the expressions of text[0..len), in text
 * order and not overlapping; anchor may be NULL (unknown).  The text
 * must be valid UTF-8, as the stream reader gives it (some matches skip
 * pcre2's check). */
void timex_find(const char *text, size_t len, const Date *anchor, Timexes *out);
/* 1 (Monday) .. 7 if w[0..n) names a weekday ("Tuesday", "Tue",
 * "Thurs", any case), else 0. */
int timex_weekday(const char *w, size_t n);
/* "DATE", "TIME", "DURATION" or "SET". */
const char *timex_typename(int type);
/* Parse a comma-separated list of type names into TX_* bits; -1 if a
 * name is unknown. */
int timex_types(const char *list);
void timexes_free(Timexes *tx);

#endif
