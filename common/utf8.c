/* utf8.c: UTF-8 decoding and validation, NFC, quotation marks. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "err.h"
#include "utf8.h"

int
utf8_decode(const char *s, size_t n, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c);
	if (k <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (int)k;
}

int
utf8_encode(int32_t cp, char *out)
{
	return (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

size_t
utf8_prev(const char *s, size_t i)
{
	size_t k = 0;

	while (k < i && k < 4) {
		k++;
		if (((unsigned char)s[i - k] & 0xC0) != 0x80)
			break;
	}
	return k;
}

/* Length of the valid sequence at s, 0 if invalid.  NUL is invalid. */
static size_t
seqlen(const unsigned char *s, size_t n)
{
	unsigned c = s[0];

	if (c >= 0x01 && c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0;           /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0;           /* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

#ifdef __SSE2__
/* The bytes of x that are not ASCII or are NUL, as bits. */
static inline uint64_t
nonascii16(__m128i x)
{
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(x, _mm_cmpeq_epi8(x, _mm_setzero_si128())));
}
#endif

int
utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, k;

	while (i < n) {
		/* Fast path: ASCII bytes without NUL, 64 then 8 at a time (a
		 * high bit in any, or a zero least byte). */
#ifdef __SSE2__
		while (i + 64 <= n) {
			__m128i a = _mm_loadu_si128((const __m128i *)(s + i));
			__m128i b = _mm_loadu_si128((const __m128i *)(s + i + 16));
			__m128i c = _mm_loadu_si128((const __m128i *)(s + i + 32));
			__m128i d = _mm_loadu_si128((const __m128i *)(s + i + 48));
			__m128i least = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));

			if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d)),
			    _mm_cmpeq_epi8(least, _mm_setzero_si128())))) {
				i += (size_t)__builtin_ctzll(nonascii16(a) | nonascii16(b) << 16 |
				    nonascii16(c) << 32 | nonascii16(d) << 48);   /* to the first */
				break;
			}
			i += 64;
		}
#endif
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ULL) ||
			    ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (!(k = seqlen(s + i, n - i)))
			return 0;
		i += k;
	}
	return 1;
}

size_t
utf8_sanitize(const char *str, size_t n, Buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, run = 0, bad = 0, k;

	buf_clear(out);
	buf_reserve(out, n);
	while (i < n) {
		if ((k = seqlen(s + i, n - i))) {
			i += k;
			run += k;
			continue;
		}
		buf_add(out, str + i - run, run);
		buf_add(out, "\xEF\xBF\xBD", 3);
		run = 0;
		bad++;
		i++;
	}
	buf_add(out, str + i - run, run);
	return bad;
}

void
utf8_nfc(const char *s, size_t n, Buf *out)
{
	utf8proc_uint8_t *r = NULL;
	utf8proc_ssize_t k;

	buf_clear(out);
	/* Pure ASCII is already NFC. */
	size_t i;
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {
		buf_add(out, s, n);
		return;
	}
	k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &r,
	    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (k < 0) {
		buf_add(out, s, n);     /* invalid input: leave it as it is */
		return;
	}
	buf_add(out, (const char *)r, (size_t)k);
	free(r);
}

size_t
utf8_count(const char *s, size_t n)
{
	size_t c = 0, i;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

int
quote_mark(int32_t cp)
{
	switch (cp) {
	case '"': case 0xFF02:                          /* " ＂ */
		return QM_OPEN | QM_CLOSE | QM_DOUBLE;
	case '\'':
		return QM_OPEN | QM_CLOSE | QM_SINGLE;
	case 0x201C: case 0x201F:                       /* “ ‟ */
		return QM_OPEN | QM_DOUBLE;
	case 0x201D:                                    /* ” */
		return QM_CLOSE | QM_DOUBLE;
	case 0x201E:                                    /* „ */
		return QM_OPEN | QM_DOUBLE;
	case 0x2018: case 0x201B:                       /* ‘ ‛ */
		return QM_OPEN | QM_SINGLE;
	case 0x2019:                                    /* ’ */
		return QM_CLOSE | QM_SINGLE;
	case 0x201A:                                    /* ‚ */
		return QM_OPEN | QM_SINGLE;
	case 0x00AB: case 0x00BB:                       /* « » (either way round) */
		return QM_OPEN | QM_CLOSE | QM_DOUBLE;
	case 0x2039: case 0x203A:                       /* ‹ › */
		return QM_OPEN | QM_CLOSE | QM_SINGLE;
	case 0x2033: case 0x301D: case 0x301E:          /* ″ 〝 〞 */
		return QM_OPEN | QM_CLOSE | QM_DOUBLE;
	case 0x2032:                                    /* ′ */
		return QM_OPEN | QM_CLOSE | QM_SINGLE;
	}
	return 0;
}

static int
category(int32_t cp)
{
	return utf8proc_category(cp);
}

int uc_isupper(int32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : category(cp) == UTF8PROC_CATEGORY_LU || category(cp) == UTF8PROC_CATEGORY_LT; }
int uc_islower(int32_t cp) { return cp < 0x80 ? cp >= 'a' && cp <= 'z' : category(cp) == UTF8PROC_CATEGORY_LL; }
int uc_isdigit(int32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : category(cp) == UTF8PROC_CATEGORY_ND; }

int
uc_isalpha(int32_t cp)
{
	int c;

	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	c = category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int
uc_isspace(int32_t cp)
{
	int c;

	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	c = category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
	    c == UTF8PROC_CATEGORY_ZP || cp == 0x85;
}

int
uc_ispunct(int32_t cp)
{
	int c = category(cp);

	return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

int32_t uc_tolower(int32_t cp) { return utf8proc_tolower(cp); }
int32_t uc_toupper(int32_t cp) { return utf8proc_toupper(cp); }
