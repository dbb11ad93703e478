/* tidy.c: tidy the text of a document (see tidy.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "err.h"
#include "lineend.h"
#include "tidy.h"
#include "utf8.h"

/* Can the code point cp be left alone by NFC whatever surrounds it
 * (as long as its neighbours can too)? */
static int
nfc_inert(int32_t cp)
{
	const utf8proc_property_t *p;

	if (cp < 0x300)
		return 1;
	if (cp >= 0x1100 && cp <= 0x11FF)
		return 0;               /* conjoining jamo compose algorithmically */
	p = utf8proc_get_property(cp);
	return p->combining_class == 0 && p->decomp_seqindex == UINT16_MAX &&
	    (p->comb_index == UINT16_MAX || p->comb_index < 0x8000);
}

static inline uint64_t
load8(const char *s)
{
	uint64_t v;

	memcpy(&v, s, 8);
	return v;
}

int
tidy_is_nfc(const char *s, size_t n)
{
	size_t i = 0;
	int32_t cp;

	while (i < n) {
		while (i + 8 <= n && !(load8(s + i) & 0x8080808080808080ull))
			i += 8;
		if (i < n && (unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if (i >= n)
			break;
		i += (size_t)utf8_decode(s + i, n - i, &cp);
		if (!nfc_inert(cp))
			return 0;
	}
	return 1;
}

void
linemap_free(LineMap *m)
{
	free(m->v);
	m->v = NULL;
	m->n = m->cap = 0;
}

/* Record that line k of out starts at off and comes from input line
 * line (mapped through map if compose, else as it is). */
static inline void
mapline(LineMap *map, size_t k, size_t off, size_t line, int compose)
{
	if (k >= map->cap)
		xgrow(&map->v, &map->cap, k + 1, sizeof *map->v);
	map->v[k].line = compose ? map->v[line].line : (long)line;
	map->v[k].off = off;
}

/* Trailing blanks and blank lines of s into out; map (if not NULL) made
 * to map out's lines to s's, or through s's map if compose.  Output lines
 * never outnumber input lines, so a map is rewritten in place. */
static void
lines(const char *s, size_t n, Buf *out, LineMap *map, int compose)
{
	size_t i = 0, j, e, blank = 0, line = 0, k = 0;
	const char *nl;

	buf_clear(out);
	buf_reserve(out, n);
	while (i < n) {
		nl = memchr(s + i, '\n', n - i);
		e = j = nl ? (size_t)(nl - s) : n;
		while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
		    s[e - 1] == '\f' || s[e - 1] == '\v'))
			e--;
		if (e == i) {
			blank++;
		} else {
			if (out->len)
				buf_add(out, blank ? "\n\n" : "\n", blank ? 2 : 1);
			if (map) {
				if (out->len && blank)
					mapline(map, k++, out->len - 1, line - blank, compose);
				mapline(map, k++, out->len, line, compose);
			}
			blank = 0;
			if (memchr(s + i, '\f', e - i) || memchr(s + i, '\v', e - i)) {
				for (; i < e; i++)
					if (s[i] != '\f' && s[i] != '\v')
						out->s[out->len++] = s[i];
			} else {
				memcpy(out->s + out->len, s + i, e - i);
				out->len += e - i;
			}
			out->s[out->len] = '\0';
		}
		i = j + 1;
		line++;
	}
	if (map)
		map->n = k;
}

void
tidy_lines(const char *s, size_t n, Buf *out, LineMap *map)
{
	lines(s, n, out, map, 1);
}

size_t
tidy_text(Tidy *t, const char *s, size_t n, Buf *out)
{
	size_t bad = 0;

	if (!utf8_valid(s, n)) {
		bad = utf8_sanitize(s, n, &t->a);
		s = t->a.s;
		n = t->a.len;
	}
	if (memchr(s, '\r', n)) {
		buf_clear(&t->c);
		buf_reserve(&t->c, n);
		t->c.len = eol_to_lf(s, n, t->c.s);
		t->c.s[t->c.len] = '\0';
		s = t->c.s;
		n = t->c.len;
	}
	if (tidy_is_nfc(s, n)) {
		lines(s, n, out, t->map, 0);
		return bad;
	}
	utf8_nfc(s, n, &t->b);
	lines(t->b.s, t->b.len, out, t->map, 0);
	return bad;
}

void
tidy_free(Tidy *t)
{
	buf_free(&t->a);
	buf_free(&t->b);
	buf_free(&t->c);
}
