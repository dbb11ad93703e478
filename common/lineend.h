/* lineend.h: line ends: LF, CRLF and a lone CR (old Mac files).
 *
 * Every reader of files (stream.c, split.c, table.c) ends its lines here,
 * so that a file with any mix of line ends falls into the same lines,
 * numbered the same way, as the file with LF ends.
 *
 * An Eol remembers where the next LF and the next CR lie in a buffer, so
 * that a buffer of LF-only or CR-only lines is searched once, not once a
 * line.  It stays valid while bytes are appended to the buffer and the
 * position only moves forward; after the bytes move (memmove) or the
 * position goes back, eol_reset() it. */
#ifndef NEWSUTILS_LINEEND_H
#define NEWSUTILS_LINEEND_H

#include <stddef.h>
#include <string.h>

typedef struct {
	size_t lf, cr;   /* next LF / CR at or after the position, else the end seen */
} Eol;

static inline void eol_reset(Eol *e) { e->lf = e->cr = 0; }

/* The number of line ends in s[0..n) (a CRLF counts once). */
size_t eol_count(const char *s, size_t n);

/* Copy s[0..n) to out with CRLF and lone CR turned into LF; returns the
 * length written (out may be s: the copy is done in place). */
size_t eol_to_lf(const char *s, size_t n, char *out);

/* Index of the next c at or after from, or n.  The cache *at, when not
 * before from, is a c or the end of the bytes seen then, with no c
 * between from and it. */
static inline size_t
eol_next_(size_t *at, const char *s, size_t from, size_t n, char c)
{
	const char *p;

	if (*at < from)
		*at = from;
	if (*at < n && s[*at] != c) {
		p = memchr(s + *at, c, n - *at);
		*at = p ? (size_t)(p - s) : n;
	}
	return *at;
}

/* The line starting at s[pos] among the bytes s[0..n): the index of its
 * end, with the length of its line end in *eollen (1 for LF or a lone CR,
 * 2 for CRLF).  If no line end is there yet, *eollen is 0 and n is
 * returned.  A CR as the last byte is a line end only when final (no more
 * bytes will come); otherwise an LF may follow it in the next read.
 * Inline: it runs once a line. */
static inline size_t
eol_find(Eol *e, const char *s, size_t pos, size_t n, int final, size_t *eollen)
{
	const char *p;
	size_t lf, cr;

	if (e->cr >= n) {               /* no CR ahead: the common case */
		p = memchr(s + pos, '\n', n - pos);
		*eollen = p != NULL;
		return p ? (size_t)(p - s) : n;
	}
	lf = eol_next_(&e->lf, s, pos, n, '\n');
	cr = eol_next_(&e->cr, s, pos, n, '\r');
	if (cr < lf) {
		if (cr + 1 < n) {
			*eollen = s[cr + 1] == '\n' ? 2 : 1;
			return cr;
		}
		if (final) {
			*eollen = 1;
			return cr;
		}
		*eollen = 0;
		return n;
	}
	*eollen = lf < n;
	return lf;
}

#endif
