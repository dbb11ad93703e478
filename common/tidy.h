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

typedef struct {
	Buf a, b, c;   /* scratch */
} Tidy;

size_t tidy_text(Tidy *t, const char *s, size_t n, Buf *out);
void tidy_free(Tidy *t);

/* Only the line part of tidying: line ends must be LF already. */
void tidy_lines(const char *s, size_t n, Buf *out);

/* Is s[0..n) (valid UTF-8) already in NFC?  A quick conservative test:
 * 0 means "maybe not". */
int tidy_is_nfc(const char *s, size_t n);

#endif
