/* quote.c: pairing quotation marks (see quote.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "err.h"
#include "quote.h"
#include "utf8.h"

enum { MAXDEPTH = 8, DISCARDED = -2 };

static int
blank(int32_t c)
{
	return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == 0xA0 || (c > 0x7F && uc_isspace(c));
}

/* May an opening mark follow c (a blank, a bracket, a dash, a mark)? */
static int
openside(int32_t c)
{
	return blank(c) || c == '(' || c == '[' || c == '{' || c == '/' ||
	    c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2026 || quote_mark(c);
}

/* May a closing mark come before c? */
static int
closeside(int32_t c)
{
	return blank(c) || c == '.' || c == ',' || c == ';' || c == ':' ||
	    c == '!' || c == '?' || c == ')' || c == ']' || c == '}' ||
	    c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2026 || quote_mark(c);
}

static int32_t
cpbefore(const char *s, size_t i)
{
	int32_t c;
	size_t k;

	if (i == 0)
		return 0;
	k = utf8_prev(s, i);
	utf8_decode(s + i - k, k, &c);
	return c;
}

static int32_t
cpat(const char *s, size_t len, size_t i)
{
	int32_t c;

	if (i >= len)
		return 0;
	utf8_decode(s + i, len - i, &c);
	return c;
}

int
quote_lines(const char *s, size_t len)
{
	size_t i, j;

	for (i = 0; i < len; i++) {
		const char *nl = memchr(s + i, '\n', len - i);

		if (!nl)
			break;
		i = (size_t)(nl - s);
		for (j = i + 1; j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'); j++)
			;
		if (j < len && s[j] == '\n')
			return 0;
		i = j - 1;
	}
	return 1;
}

int
quote_parabreak(const char *s, size_t len, size_t i, int lines)
{
	size_t j;
	int32_t c;

	if (!lines) {
		for (j = i + 1; j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'); j++)
			;
		return j >= len || s[j] == '\n';
	}
	for (j = i; j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\r'); j--)
		;
	if (j == 0)
		return 1;
	c = cpbefore(s, j);
	return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
	    c == '\n' || (quote_mark(c) & QM_CLOSE);
}

/* Length of a pair of single marks that stands for a double one ('' ‘‘
 * ’’) at s[i], or 0. */
static int
pairlen(const char *s, size_t len, size_t i, int32_t c)
{
	if (c == '\'' )
		return i + 1 < len && s[i + 1] == '\'' ? 2 : 0;
	if (c == 0x2018 || c == 0x2019)
		return i + 5 < len && !memcmp(s + i, s + i + 3, 3) ? 6 : 0;
	return 0;
}

static size_t
slot(Quotes *q, size_t open, size_t start, int single)
{
	Quote *x;

	xgrow(&q->v, &q->cap, q->n + 1, sizeof *q->v);
	x = &q->v[q->n];
	memset(x, 0, sizeof *x);
	x->open = open;
	x->start = start;
	x->single = single;
	x->paras = 1;
	x->depth = -1;
	return q->n++;
}

static void
push(Quotes *q, size_t open, size_t start, int single)
{
	if (q->nstack >= MAXDEPTH)
		return;
	xgrow(&q->stack, &q->capstack, q->nstack + 1, sizeof *q->stack);
	q->stack[q->nstack++] = slot(q, open, start, single);
}

/* Trim blanks from both sides of x's words; discard it when empty. */
static void
finish(const char *s, Quote *x, size_t end, size_t close, int closed)
{
	while (x->start < end && blank(cpat(s, end, x->start)))
		x->start += utf8_decode(s + x->start, end - x->start, &(int32_t){0});
	while (end > x->start && blank(cpbefore(s, end)))
		end -= utf8_prev(s, end);
	x->end = end;
	x->close = closed ? close : end;
	x->closed = closed;
	x->depth = end > x->start ? 0 : DISCARDED;
}

/* Close stack entry k at the mark s[i..i+n); entries above it were
 * apostrophes or unclosed inner marks. */
static void
closeat(Quotes *q, const char *s, size_t k, size_t i, size_t n)
{
	Quote *x;

	while (q->nstack > k + 1)
		q->v[q->stack[--q->nstack]].depth = DISCARDED;
	x = &q->v[q->stack[k]];
	finish(s, x, i, i + n, 1);
	if (x->single && x->end - x->start < 3)
		x->depth = DISCARDED;   /* rock 'n' roll */
	q->nstack = k;
}

/* Index of the innermost open entry of the kind single, or -1; with
 * single, only above the innermost double. */
static long
innermost(const Quotes *q, int single)
{
	size_t k;

	for (k = q->nstack; k-- > 0; ) {
		if (q->v[q->stack[k]].single == single)
			return k;
		if (single)
			return -1;
	}
	return -1;
}

/* At a paragraph break ending at pe, with the next paragraph at np:
 * continue a double quotation or end it unclosed.  Returns the offset of
 * a continuing mark to skip, or (size_t)-1. */
static size_t
endpara(Quotes *q, const char *s, size_t len, size_t pe, size_t np)
{
	Quote *x;
	size_t k, bottom = (size_t)-1;
	int32_t c;
	int n;

	for (k = 0; k < q->nstack; k++) {
		if (bottom == (size_t)-1 && !q->v[q->stack[k]].single)
			bottom = q->stack[k];
		else
			q->v[q->stack[k]].depth = DISCARDED;
	}
	q->nstack = 0;
	if (bottom == (size_t)-1)
		return (size_t)-1;
	x = &q->v[bottom];
	while (np < len && blank(cpat(s, len, np)))
		np += utf8_decode(s + np, len - np, &c);
	if (np < len) {
		n = utf8_decode(s + np, len - np, &c);
		if (pairlen(s, len, np, c) && c != 0x2019) {
			n = pairlen(s, len, np, c);
			c = '"';
		}
		if ((quote_mark(c) & QM_DOUBLE) && (quote_mark(c) & QM_OPEN) &&
		    !blank(cpat(s, len, np + n))) {
			x->paras++;
			q->stack[q->nstack++] = bottom;
			return np;
		}
	}
	finish(s, x, pe, pe, 0);
	return (size_t)-1;
}

/* A straight mark after '=' opens a markup attribute: skip to its end. */
static size_t
skipattr(const char *s, size_t len, size_t i)
{
	size_t j;

	for (j = i + 1; j < len && s[j] != '"' && s[j] != '\n'; j++)
		;
	return j < len && s[j] == '"' ? j + 1 : i + 1;
}

static void
doublemark(Quotes *q, const char *s, size_t i, int n, int32_t c, int32_t prev, int32_t next)
{
	int f = quote_mark(c);
	int lf = !blank(next) && openside(prev);
	int rf = !blank(prev) && closeside(next);
	long d = innermost(q, 0);

	if (c == 0x2033 && prev >= '0' && prev <= '9')
		return;         /* 5′11″ */
	if (c == 0xAB)
		f = QM_OPEN;    /* « opens, » closes, unless the context says */
	else if (c == 0xBB)
		f = QM_CLOSE;
	if ((f & QM_OPEN) && (f & QM_CLOSE)) {
		if (d >= 0 && (rf || !lf))
			closeat(q, s, d, i, n);
		else if (lf || !rf)
			push(q, i, i + n, 0);
	} else if (f & QM_OPEN) {
		if (d >= 0 && rf && !lf)
			closeat(q, s, d, i, n);
		else
			push(q, i, i + n, 0);
	} else {
		if (d >= 0)
			closeat(q, s, d, i, n);
		else if (lf)
			push(q, i, i + n, 0);
	}
}

static int
alnum(int32_t c)
{
	return c > 0 && (uc_isalpha(c) || uc_isdigit(c));
}

static void
singlemark(Quotes *q, const char *s, size_t len, size_t i, int n, int32_t c, int32_t prev, int32_t next)
{
	int lf = !blank(next) && openside(prev);
	int rf = !blank(prev) && closeside(next);
	long d;

	if (alnum(prev) && alnum(next))
		return;         /* I'd, Trump's */
	if (c == 0x2032 && prev >= '0' && prev <= '9')
		return;         /* 5′ */
	if (blank(prev) && next >= '0' && next <= '9')
		return;         /* '90s */
	d = innermost(q, 1);
	if (d >= 0 && (rf || !lf)) {
		closeat(q, s, d, i, n);
		return;
	}
	if (lf && c != 0x2019 && c != 0x203A && c != 0x2032 &&
	    (alnum(next) || quote_mark(next) || next == 0x2026 || next == '.'))
		push(q, i, i + n, 1);
	(void)len;
}

static void
depths(Quotes *q)
{
	size_t i, n, top;
	size_t st[MAXDEPTH + 1];

	for (i = n = 0; i < q->n; i++)
		if (q->v[i].depth != DISCARDED && q->v[i].depth != -1)
			q->v[n++] = q->v[i];
	q->n = n;
	top = 0;
	for (i = 0; i < n; i++) {
		while (top > 0 && st[top - 1] <= q->v[i].open)
			top--;
		q->v[i].depth = (int)top;
		if (top < MAXDEPTH)
			st[top++] = q->v[i].close;
	}
}

/* Bytes that may start a quotation mark or a line break. */
static const unsigned char hot[256] = {
	['\n'] = 1, ['"'] = 1, ['\''] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* Skip from s[i] to near the next byte that may be hot: whole blocks
 * without a newline, a straight mark or a byte of a multibyte
 * character. */
static inline size_t
cold(const char *s, size_t i, size_t len)
{
#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n'), dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\'');
	__m128i v;

	for (; i + 16 <= len; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		if (_mm_movemask_epi8(_mm_or_si128(v, _mm_or_si128(_mm_cmpeq_epi8(v, nl),
		    _mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, sq))))))
			break;
	}
#else
	while (i + 8 <= len && !(hot[(unsigned char)s[i]] | hot[(unsigned char)s[i + 1]] |
	    hot[(unsigned char)s[i + 2]] | hot[(unsigned char)s[i + 3]] |
	    hot[(unsigned char)s[i + 4]] | hot[(unsigned char)s[i + 5]] |
	    hot[(unsigned char)s[i + 6]] | hot[(unsigned char)s[i + 7]]))
		i += 8;
#endif
	return i;
}

void
quote_find(const char *s, size_t len, Quotes *q)
{
	size_t i, skip = (size_t)-1;
	int lines = q->lines = quote_lines(s, len);
	unsigned char b;
	int32_t c;
	int n, f;

	q->n = q->nstack = 0;
	for (i = 0; i < len; ) {
		i = cold(s, i, len);
		while (i < len && !hot[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		b = (unsigned char)s[i];
		if (b == '\n') {
			if (quote_parabreak(s, len, i, lines))
				skip = endpara(q, s, len, i, i + 1);
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &c);
		f = quote_mark(c);
		if (f && pairlen(s, len, i, c)) {
			/* ''two marks'' stand for one double mark */
			n = pairlen(s, len, i, c);
			if (i != skip)
				doublemark(q, s, i, n, c == '\'' ? '"' : c == 0x2018 ? 0x201C : 0x201D,
				    cpbefore(s, i), cpat(s, len, i + n));
			i += n;
			continue;
		}
		if (!f || i == skip) {
			i += n;
			continue;
		}
		if (c == '"' && i > 0 && s[i - 1] == '=') {
			i = skipattr(s, len, i);
			continue;
		}
		if (f & QM_DOUBLE)
			doublemark(q, s, i, n, c, cpbefore(s, i), cpat(s, len, i + n));
		else
			singlemark(q, s, len, i, n, c, cpbefore(s, i), cpat(s, len, i + n));
		i += n;
	}
	endpara(q, s, len, len, len);
	depths(q);
}

void
quotes_free(Quotes *q)
{
	free(q->v);
	free(q->stack);
	memset(q, 0, sizeof *q);
}

/* Is there a blank other than a space at s[i]? */
static int
blankat(const char *s, size_t i, size_t end)
{
	unsigned char b = (unsigned char)s[i], c = (unsigned char)s[i + 1];

	if (b == 0xC2)
		return c == 0xA0 || c == 0x85;
	if (b == 0xE1 || b == 0xE2 || b == 0xE3)
		return blank(cpat(s, end, i));
	return 0;
}

/* Bytes that may make a span untidy: controls, a space (before
 * another), the lead bytes of the blanks U+0085, U+00A0, U+1680, U+2000
 * to U+205F and U+3000. */
static const unsigned char untidy[256] = {
	[0] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[' '] = 1, [0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1,
};

/* Are the 8 bytes at p ASCII without a control byte or two spaces in a
 * row? */
static inline int
plain8(const char *p)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
	uint64_t w, z, sp;

	memcpy(&w, p, 8);
	if (w & high)
		return 0;
	if ((w - ones * 0x20) & ~w & high)
		return 0;       /* a byte below ' ' */
	z = w ^ (ones * ' ');
	sp = ~(((z & low7) + low7) | z) & high;   /* the spaces, exactly */
	return !(sp & (sp >> 8));
}

/* Is s[start..end) already tidy (no line break, tab or run of blanks)? */
static int
tidy(const char *s, size_t start, size_t end)
{
	size_t i;
	unsigned char b;

	for (i = start; i < end; i++) {
		while (i + 8 <= end && plain8(s + i))
			i += 7;   /* the pair s[i+7], s[i+8] is in the next block */
		while (i < end && !untidy[(unsigned char)s[i]])
			i++;
		if (i >= end)
			break;
		b = (unsigned char)s[i];
		if (b < ' ' || (b == ' ' && i + 1 < end && s[i + 1] == ' '))
			return 0;
		if (b >= 0xC2 && i + 1 < end && blankat(s, i, end))
			return 0;
	}
	return 1;
}

const char *
quote_tidy(const char *s, size_t start, size_t end, Buf *out, size_t *n)
{
	if (tidy(s, start, end)) {
		*n = end - start;
		return s + start;
	}
	quote_text(s, start, end, out);
	*n = out->len;
	return out->s ? out->s : "";
}

void
quote_text(const char *s, size_t start, size_t end, Buf *out)
{
	size_t i = start, run;
	int32_t c;
	int n, sp = 0, nl = 0;

	buf_clear(out);
	if (tidy(s, start, end)) {
		buf_add(out, s + start, end - start);
		return;
	}
	while (i < end) {
		/* a run of plain ASCII bytes is copied at once */
		for (run = i; run < end && (unsigned char)s[run] > ' ' &&
		    (unsigned char)s[run] < 0x80 && s[run] != '"'; run++)
			;
		if (run > i) {
			if (sp && out->len)
				buf_addc(out, ' ');
			sp = nl = 0;
			buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		n = utf8_decode(s + i, end - i, &c);
		if (blank(c)) {
			sp = 1;
			nl |= c == '\n';
		} else if (nl && (quote_mark(c) & QM_DOUBLE) && (quote_mark(c) & QM_OPEN)) {
			nl = 0;  /* the mark that continues a paragraph */
		} else if (nl && pairlen(s, end, i, c) && c != 0x2019) {
			nl = 0;
			n = pairlen(s, end, i, c);
		} else {
			if (sp && out->len)
				buf_addc(out, ' ');
			sp = nl = 0;
			buf_add(out, s + i, n);
		}
		i += n;
	}
}
