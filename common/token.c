/* token.c: see token.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "err.h"
#include "token.h"
#include "utf8.h"

enum { C_SPACE, C_NL, C_ALNUM, C_PUNCT, C_STOP, C_OPEN, C_CLOSE };

static unsigned char ascii[128];
static unsigned char alnum[256];      /* ASCII letters and digits */
static unsigned char inner[128];      /* ASCII marks that may go on a word */

static void
init_ascii(void)
{
	int c;

	for (c = 0; c < 128; c++) {
		if (c == '\n')
			ascii[c] = C_NL;
		else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c < 0x20)
			ascii[c] = C_SPACE;
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			ascii[c] = C_ALNUM;
		else if (c == '.' || c == '!' || c == '?')
			ascii[c] = C_STOP;
		else if (c == '(' || c == '[' || c == '{')
			ascii[c] = C_OPEN;
		else if (c == ')' || c == ']' || c == '}' || c == '"' || c == '\'')
			ascii[c] = C_CLOSE;
		else
			ascii[c] = C_PUNCT;
	}
	for (c = 0; c < 128; c++)
		alnum[c] = ascii[c] == C_ALNUM;
	inner['\''] = inner['-'] = inner['&'] = inner['.'] = inner['/'] = inner[','] = 1;
	ascii[0] = C_SPACE + 100;   /* marks the table as filled */
}

static int cclass_uni(const char *s, size_t n, size_t i, size_t *k);

/* Class of the code point at s[i]; its length in *k. */
static inline int
cclass(const char *s, size_t n, size_t i, size_t *k)
{
	unsigned char c = (unsigned char)s[i];

	if (c < 0x80) {
		*k = 1;
		return c ? ascii[c] : C_SPACE;
	}
	return cclass_uni(s, n, i, k);
}

static int
cclass_uni(const char *s, size_t n, size_t i, size_t *k)
{
	int32_t cp;
	int q;

	*k = (size_t)utf8_decode(s + i, n - i, &cp);
	if (uc_isalpha(cp) || uc_isdigit(cp))
		return C_ALNUM;
	if (cp == 0xA0 || cp == 0x2028 || cp == 0x2029 || uc_isspace(cp))
		return cp == 0x2028 || cp == 0x2029 ? C_NL : C_SPACE;
	if (cp == 0x2026)
		return C_STOP;
	q = quote_mark(cp);
	if (q & QM_OPEN && !(q & QM_CLOSE))
		return C_OPEN;
	if (q)
		return C_CLOSE;
	return C_PUNCT;
}

static int
isalnum_at(const char *s, size_t n, size_t i)
{
	size_t k;

	return i < n && cclass(s, n, i, &k) == C_ALNUM;
}

/* An apostrophe (' or ’) at s[i]: its length, else 0. */
static size_t
apostrophe(const char *s, size_t n, size_t i)
{
	if (s[i] == '\'')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0x99)
		return 3;
	return 0;
}

/* Can an apostrophe start with byte c? */
static inline int
maybe_apostrophe(char c)
{
	return c == '\'' || (unsigned char)c == 0xE2;
}

/* Does a possessive 's start at s[i] (apostrophe, s, then no letter)? */
static size_t
possessive(const char *s, size_t n, size_t i)
{
	size_t a = apostrophe(s, n, i);

	if (!a || i + a >= n || (s[i + a] != 's' && s[i + a] != 'S'))
		return 0;
	if (isalnum_at(s, n, i + a + 1))
		return 0;
	return a + 1;
}

static const char *const abbrevs[] = {
	"Adm", "Ave", "Blvd", "Bros", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl",
	"Dec", "Dept", "Dr", "Feb", "Fr", "Ft", "Gen", "Gov", "Hon", "Inc", "Jan",
	"Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt",
	"No", "Nov", "Oct", "Pres", "Prof", "Rep", "Rev", "Sen", "Sep", "Sept",
	"Sgt", "Sr", "St", "Supt", "Univ", "Aug", "Apr", "Mar", "vs", "etc",
	"approx", "Gov", "Ste", "Mme", "Mlle", "Rt", "Sens", "Reps",
};

int
tok_is_abbrev(const char *s, size_t n)
{
	static unsigned char len[sizeof abbrevs / sizeof *abbrevs];
	static unsigned char lens[128];   /* bit n: an abbrev of n letters starts with c */
	unsigned char c = (unsigned char)s[0];
	size_t i;

	if (n == 0 || n > 6 || c >= 128)
		return 0;
	if (!len[0])
		for (i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++) {
			len[i] = (unsigned char)strlen(abbrevs[i]);
			lens[(unsigned char)abbrevs[i][0]] |= (unsigned char)(1u << len[i]);
		}
	if (!(lens[c] >> n & 1))
		return 0;
	for (i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
		if (abbrevs[i][0] == s[0] && len[i] == n && memcmp(abbrevs[i], s, n) == 0)
			return 1;
	return 0;
}

static inline void
push(Tokens *t, size_t start, size_t end, unsigned flags)
{
	if (t->n == t->cap)
		xgrow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
	t->v[t->n++] = (Token){ start, end, flags };
}

/* The first byte at or after s[i] that is not an ASCII letter or digit. */
static inline size_t
alnum_end(const char *s, size_t n, size_t i)
{
#if defined(__SSE2__) && defined(__GNUC__)
	__m128i v, l, d;
	unsigned m;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* shift each range to the bottom of the signed bytes */
		l = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a')));
		d = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0')));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(l, _mm_set1_epi8(-128 + 26)),
		    _mm_cmplt_epi8(d, _mm_set1_epi8(-128 + 10))));
		if (m != 0xFFFF)
			return i + (size_t)__builtin_ctz(~m);
	}
#endif
	while (i < n && alnum[(unsigned char)s[i]])
		i++;
	return i;
}

/* End of the word starting at s[i]: letters, digits and internal marks. */
static size_t
word_end(const char *s, size_t n, size_t i, int *dots)
{
	size_t k, a;
	int c;

	*dots = 0;
	while (i < n) {
		i = alnum_end(s, n, i);
		if (i >= n || ((unsigned char)s[i] < 0x80 && !inner[(unsigned char)s[i]]))
			break;
		c = cclass(s, n, i, &k);
		if (c == C_ALNUM) {
			i += k;
			continue;
		}
		if (maybe_apostrophe(s[i]) && possessive(s, n, i))
			break;
		if (maybe_apostrophe(s[i]) && (a = apostrophe(s, n, i)) && isalnum_at(s, n, i + a)) {
			i += a;
			continue;
		}
		if ((s[i] == '-' || s[i] == '&' || s[i] == '.' || s[i] == '/') &&
		    isalnum_at(s, n, i + 1)) {
			*dots += s[i] == '.';
			i++;
			continue;
		}
		if (s[i] == ',' && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' &&
		    i + 3 < n && s[i + 1] >= '0' && s[i + 1] <= '9')
			{ i++; continue; }
		break;
	}
	return i;
}

/* Does the word s[a..b) keep a following '.'? */
static int
keeps_dot(const char *s, size_t a, size_t b, int dots)
{
	if (dots)
		return 1;
	if (b - a == 1 && s[a] >= 'A' && s[a] <= 'Z')
		return 1;
	return tok_is_abbrev(s + a, b - a);
}

/* Append the tokens that start in s[i..to) of s[0..n). */
static void
scan(const char *s, size_t n, size_t i, size_t to, Tokens *out)
{
	size_t k, e, a;
	unsigned flags = TOK_SPACE_BEFORE | TOK_LINE_START | TOK_PARA_START | TOK_SENT_START;
	int c, dots, nl = 0, stop = 0;

	if (!ascii[0])
		init_ascii();
	while (i < to) {
		c = cclass(s, n, i, &k);
		if (c == C_SPACE || c == C_NL) {
			flags |= TOK_SPACE_BEFORE;
			if (c == C_NL) {
				flags |= TOK_LINE_START | TOK_SENT_START;
				if (nl++)
					flags |= TOK_PARA_START;
			}
			i += k;
			continue;
		}
		nl = 0;
		if (stop && c != C_CLOSE)
			flags |= TOK_SENT_START;
		if (c == C_ALNUM) {
			e = word_end(s, n, i, &dots);
			if (e < n && s[e] == '.' && keeps_dot(s, i, e, dots))
				e++;
			push(out, i, e, flags | TOK_WORD);
			stop = 0;
		} else if (maybe_apostrophe(s[i]) && (a = possessive(s, n, i)) != 0) {
			e = i + a;
			push(out, i, e, flags | TOK_WORD);
			stop = 0;
		} else {
			e = i + k;
			if (s[i] == '.' || s[i] == '-' || s[i] == '=' || s[i] == '*')
				while (e < n && s[e] == s[i])
					e++;
			push(out, i, e, flags);
			if (c == C_STOP)
				stop = 1;
			else if (c != C_CLOSE)
				stop = 0;
		}
		flags = 0;
		i = e;
		if (i < to && s[i] == ' ') {
			flags = TOK_SPACE_BEFORE;   /* the usual space after a token */
			i++;
		}
	}
}

void
tokenise(const char *s, size_t n, Tokens *out)
{
	out->n = 0;
	scan(s, n, 0, n, out);
}

void
tokenise_span(const char *s, size_t n, size_t from, size_t to, Tokens *out)
{
	scan(s, n, from, to, out);
}

void
tokens_free(Tokens *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}
