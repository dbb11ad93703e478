/* tidy.h: tidy the text of a document.
 *
 * tidy_text() copies s[0..n) to out (cleared first):
 *  - invalid UTF-8 and NUL bytes become U+FFFD (the count is returned);
 *  - CRLF and lone CR become LF; form feeds and vertical tabs are dropped;
 *  - blanks (space, tab) at the end of each line are removed;
 *  - blank lines at the start and end are removed, and a run of blank
 *    lines inside the text becomes one blank line;
 *  - the result is in Unicode normalisation form C.
 * Leading blanks of a line are kept (" date 2025-08-26 ..." stays). */
#ifndef NEWSUTILS_TIDY_H
#define NEWSUTILS_TIDY_H

#include <stddef.h>
#include "buf.h"

/* A line map follows lines through tidying: line k of the tidied text
 * starts at byte v[k].off and comes from line v[k].line of the original
 * text (0 for its first). */
typedef struct {
	struct { size_t off; long line; } *v;
	size_t n, cap;
} LineMap;

void linemap_free(LineMap *m);
/* The line of the original text that byte i of the tidied text is on.
 * *k remembers where the last look-up ended (set it to 0 first): bytes
 * looked up in order cost a short walk forward. */
static inline long
linemap_line(const LineMap *m, size_t i, size_t *k)
{
	if (!m->n)
		return 0;
	if (*k >= m->n || m->v[*k].off > i)
		*k = 0;
	while (*k + 1 < m->n && m->v[*k + 1].off <= i)
		++*k;
	return m->v[*k].line;
}

typedef struct {
	Buf a, b, c;   /* scratch */
	LineMap *map;  /* if set, tidy_text() maps out's lines to s's */
} Tidy;

size_t tidy_text(Tidy *t, const char *s, size_t n, Buf *out);
void tidy_free(Tidy *t);

/* Only the line part of tidying: line ends must be LF already.  map, if
 * not NULL, maps the lines of s (map->n of them) and is made to map
 * those of out. */
void tidy_lines(const char *s, size_t n, Buf *out, LineMap *map);

/* Is s[0..n) (valid UTF-8) already in NFC?  A quick conservative test:
 * 0 means "maybe not". */
int tidy_is_nfc(const char *s, size_t n);

#endif
