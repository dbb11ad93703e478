/* text.c: paragraphs and sentences of English news text.
 *
 * A stop (. ! ? … or a run of dots) ends a sentence when it is followed,
 * after any closing quotation marks and brackets, by white space and then
 * by the end of the text, an upper-case letter, a digit, an opening quote
 * or bracket.  Never before a lower-case word.  After a full stop the
 * word before it decides (see abbrev_class): titles never end a
 * sentence, month and number abbreviations do unless a digit follows,
 * name prefixes (U.S., initials, state abbreviations) only before a word
 * that usually starts a sentence, and company suffixes (Inc., Ltd.) and
 * a.m./p.m. before any capitalised word but a weekday or an acronym.
 * A blank line always ends a sentence. */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "err.h"
#include "text.h"
#include "utf8.h"

enum {
	AB_NONE,
	AB_TITLE,   /* Mr. Dr. Gen. vs. e.g.: never ends a sentence */
	AB_NUMBER,  /* Oct. No. Vol.: ends one unless a digit follows */
	AB_PREFIX,  /* U.S. J. Calif.: ends one only before a starter word */
	AB_END,     /* Inc. Ltd. Jr. a.m.: ends one before a capital word */
};

static const char *const titles[] = {
	"Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl",
	"Det", "Dr", "Drs", "Fr", "Ft", "Gen", "Gov", "Govs", "Hon", "Insp",
	"Lieut", "Lt", "Maj", "Messrs", "Mme", "Mmes", "Mr", "Mrs", "Ms",
	"Mt", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens",
	"Sgt", "St", "Ste", "Supt", "approx", "b", "c", "ca", "cf", "d", "div",
	"m", "v", "vs",
};
static const char *const numbers[] = {
	"Apr", "Art", "Aug", "Ch", "Dec", "Feb", "Fig", "Jan", "Jul", "Jun",
	"Mar", "No", "Nos", "Nov", "Oct", "Sep", "Sept", "Vol", "p", "pp",
};
static const char *const prefixes[] = {
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
	"Ill", "Ind", "Kan", "Ky", "Md", "Mich", "Minn", "Mo", "Mont", "Neb",
	"Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
	"Wyo",
};
static const char *const ends[] = {
	"Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Plc", "Sr", "etc",
};
/* Words that usually open a sentence: after U.S. or an initial only
 * these end the sentence ("in the U.S. The" but "U.S. Army"). */
static const char *const starters[] = {
	"A", "According", "After", "Also", "Although", "An", "And", "As",
	"Asked", "At", "Because", "Before", "Both", "But", "Despite",
	"During", "Each", "Earlier", "For", "He", "Her", "Here", "His",
	"However", "I", "If", "In", "It", "Its", "Last", "Later", "Many",
	"Meanwhile", "Most", "My", "Next", "No", "Now", "On", "One", "Or",
	"Our", "She", "Since", "So", "Some", "That", "The", "Their", "Then",
	"There", "These", "They", "This", "Those", "Though", "Under", "We",
	"What", "When", "Where", "While", "Who", "Why", "Yet", "You", "Your",
};
static const char *const weekdays[] = {
	"Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday",
	"Wednesday", "local",
};

typedef struct {
	const char *s;
	size_t n;
} Word;

static int
cmpword(const void *key, const void *elem)
{
	const Word *w = key;
	const char *s = *(const char *const *)elem;
	size_t m = strlen(s);
	int c = strncmp(w->s, s, w->n < m ? w->n : m);

	if (c)
		return c;
	return w->n < m ? -1 : w->n > m;
}

/* Is s[0..n) in the sorted list? */
#define inlist(list, s, n) inlist_(list, sizeof(list) / sizeof(list[0]), s, n)
static int
inlist_(const char *const *list, size_t len, const char *s, size_t n)
{
	Word key = { s, n };

	return n && bsearch(&key, list, len, sizeof(*list), cmpword) != NULL;
}

static int isalpha_(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int isupper_(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int islower_(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int isdigit_(unsigned char c) { return c >= '0' && c <= '9'; }
static int isblank_(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* Is the code point ending at t[i] a (non-ASCII) letter? */
static int
letter_before(const char *t, size_t i)
{
	int32_t cp;
	size_t n;

	if ((unsigned char)t[i - 1] < 0x80)
		return 0;
	n = utf8_prev(t, i);
	utf8_decode(t + i - n, n, &cp);
	return uc_isalpha(cp);
}

/* The class of the word that ends just before the '.' at text[i]. */
static int
abbrev_class(const char *t, size_t i)
{
	size_t ws = i, dots = 0, lower = 0;

	while (ws > 0 && (isalpha_(t[ws - 1]) || (t[ws - 1] == '.' && ws > 1 && isalpha_(t[ws - 2])))) {
		ws--;
		dots += t[ws] == '.';
		lower += islower_(t[ws]);
	}
	if (ws == i)
		return AB_NONE;
	if (ws > 0 && (isdigit_(t[ws - 1]) || t[ws - 1] == '_' || letter_before(t, ws)))
		return AB_NONE;
	if (dots) {
		if (!lower)
			return AB_PREFIX;  /* U.S. D.C. U.N. */
		if (i - ws == 3 && (t[ws] == 'e' || t[ws] == 'i'))
			return AB_TITLE;   /* e.g. i.e. */
		return AB_END;             /* a.m. p.m. Ph.D. */
	}
	if (i - ws == 1 && isupper_(t[ws]))
		return AB_PREFIX;          /* an initial */
	if (i - ws > 6 || (islower_(t[ws]) && !strchr("abcdempv", t[ws])))
		return AB_NONE;            /* longer than any in the lists */
	if (inlist(titles, t + ws, i - ws))
		return AB_TITLE;
	if (inlist(numbers, t + ws, i - ws))
		return AB_NUMBER;
	if (inlist(prefixes, t + ws, i - ws))
		return AB_PREFIX;
	if (inlist(ends, t + ws, i - ws))
		return AB_END;
	return AB_NONE;
}

int
text_is_abbrev(const char *text, size_t i)
{
	return abbrev_class(text, i) != AB_NONE;
}

static int32_t
cp_at(const char *t, size_t i, size_t end, int *len)
{
	int32_t cp;

	if ((unsigned char)t[i] < 0x80) {
		*len = 1;
		return (unsigned char)t[i];
	}
	*len = utf8_decode(t + i, end - i, &cp);
	return cp;
}

/* Length of the stop at t[i] (. ! ? … or .. ...), 0 if none. */
static size_t
stop_len(const char *t, size_t i, size_t end)
{
	unsigned char c = t[i];

	if (c == '.' || c == '!' || c == '?')
		return 1;
	if (c == 0xE2 && i + 2 < end && (unsigned char)t[i + 1] == 0x80 &&
	    (unsigned char)t[i + 2] == 0xA6)
		return 3;  /* … */
	return 0;
}

static int
is_closer(int32_t cp)
{
	if (cp == ')' || cp == ']' || cp == '}')
		return 1;
	return cp > ' ' && (quote_mark(cp) & QM_CLOSE);
}

static int
is_opener(int32_t cp)
{
	if (cp == '(' || cp == '[')
		return 1;
	return cp > ' ' && (quote_mark(cp) & QM_OPEN);
}

/* The word at t[k..end): length of its run of letters. */
static size_t
wordlen(const char *t, size_t k, size_t end)
{
	size_t j = k;

	while (j < end && isalpha_(t[j]))
		j++;
	return j - k;
}

static int
is_acronym(const char *t, size_t k, size_t n)
{
	size_t j;

	if (n < 2 || n > 4)
		return 0;
	for (j = 0; j < n; j++)
		if (!isupper_(t[k + j]))
			return 0;
	return 1;
}

/* Does the sentence end at the stop t[i..r), the next non-blank byte
 * after its closing marks being t[k] (k == end at the end)? */
static int
ends_here(const char *t, size_t i, size_t r, size_t k, size_t end)
{
	int len, cls;
	int32_t cp;
	size_t n;

	if (k >= end)
		return 1;
	cp = cp_at(t, k, end, &len);
	if (cp < 0x80 ? islower_(cp) : uc_islower(cp))
		return 0;
	if (t[i] != '.' || r - i > 1) {
		/* ! ? … and runs of dots */
		return isdigit_(cp) || is_opener(cp) || (cp < 0x80 ? isupper_(cp) : uc_isupper(cp)) ||
		    (t[i] != '.' && stop_len(t, i, end) == 1);
	}
	cls = abbrev_class(t, i);
	if (cls == AB_TITLE)
		return 0;
	if (isdigit_(cp))
		return cls != AB_NUMBER;
	if (is_opener(cp))
		return cls != AB_PREFIX || cp != '(';
	if (!(cp < 0x80 ? isupper_(cp) : uc_isupper(cp)))
		return 0;
	n = wordlen(t, k, end);
	switch (cls) {
	case AB_PREFIX:
		return inlist(starters, t + k, n);
	case AB_END:
		return !inlist(weekdays, t + k, n) && !is_acronym(t, k, n);
	}
	return 1;
}

static void
push(Spans *sp, const char *t, size_t s, size_t e)
{
	int32_t cp;
	size_t n;

	for (;;) {
		if (e > s && isblank_(t[e - 1])) {
			e--;
			continue;
		}
		if (e <= s || (unsigned char)t[e - 1] < 0x80)
			break;
		n = utf8_prev(t, e);    /* a Unicode space: no-break, thin... */
		if (n > e - s || (utf8_decode(t + e - n, n, &cp), !uc_isspace(cp)))
			break;
		e -= n;
	}
	if (e <= s)
		return;
	xgrow(&sp->v, &sp->cap, sp->n + 1, sizeof(*sp->v));
	sp->v[sp->n].start = s;
	sp->v[sp->n].end = e;
	sp->n++;
}

static size_t
skip_blanks(const char *t, size_t i, size_t end)
{
	int len;

	for (;;) {
		if (i < end && isblank_(t[i]))
			i++;
		else if (i < end && (unsigned char)t[i] >= 0x80 && uc_isspace(cp_at(t, i, end, &len)))
			i += (size_t)len;
		else
			return i;
	}
}

/* If a blank line starts at the '\n' at t[i], the index after it. */
static size_t
blank_line(const char *t, size_t i, size_t end)
{
	size_t j = i + 1;

	while (j < end && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\f'))
		j++;
	return j < end && t[j] == '\n' ? j : 0;
}

/* The end of the run of stops at t[i]. */
static size_t
stops_end(const char *t, size_t i, size_t end)
{
	size_t n;

	while (i < end && (n = stop_len(t, i, end)))
		i += n;
	return i;
}

/* The end of the closing marks at t[i]. */
static size_t
marks_end(const char *t, size_t i, size_t end)
{
	int len;

	while (i < end && is_closer(cp_at(t, i, end, &len)))
		i += len;
	return i;
}

/* Is the paragraph around the line end t[i] hard-wrapped, a line in it
 * going on with a lower-case word?  *pend is set to its end. */
static int
is_wrapped(const char *t, size_t i, size_t end, size_t *pend)
{
	size_t k;
	int wrapped = 0;
	int len;

	for (; i < end; i++) {
		if (t[i] != '\n')
			continue;
		if (blank_line(t, i, end))
			break;
		for (k = i + 1; k < end && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r'); k++)
			;
		if (k < end && uc_islower(cp_at(t, k, end, &len)))
			wrapped = 1;
	}
	*pend = i;
	return wrapped;
}

/* The end of a citation mark "[12]" at t[k], 0 if there is none. */
static size_t
citation(const char *t, size_t k, size_t end)
{
	size_t j = k + 1;

	if (k >= end || t[k] != '[')
		return 0;
	while (j < end && j - k <= 4 && isdigit_(t[j]))
		j++;
	return j > k + 1 && j < end && t[j] == ']' ? j + 1 : 0;
}

/* Bytes that may start a stop or a blank line. */
static const unsigned char special[256] = {
	['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1,
};

/* Index of the first byte at or after i that may be special, or end:
 * sixteen bytes at a time (stopping at any non-ASCII byte too). */
static inline size_t
calm(const char *t, size_t i, size_t end)
{
#if defined(__SSE2__) && defined(__GNUC__)
	const __m128i nl = _mm_set1_epi8('\n'), dot = _mm_set1_epi8('.'),
	    ex = _mm_set1_epi8('!'), qm = _mm_set1_epi8('?');
	__m128i v;
	int m;

	for (; i + 16 <= end; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		m = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(v, _mm_cmpeq_epi8(v, nl)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, dot),
		    _mm_or_si128(_mm_cmpeq_epi8(v, ex), _mm_cmpeq_epi8(v, qm)))));
		if (m)
			return i + (size_t)__builtin_ctz((unsigned)m);
	}
#endif
	while (i < end && !special[(unsigned char)t[i]])
		i++;
	return i;
}

void
text_sentences(const char *t, size_t start, size_t end, Spans *sp)
{
	size_t s, i, r, e, k, b, pend = 0;
	int wrapped = 0;

	sp->n = 0;
	s = i = skip_blanks(t, start, end);
	while (i < end) {
		if (!special[(unsigned char)t[i]]) {
			i = calm(t, i + 1, end);
			continue;
		}
		if (t[i] == '\n' && (b = blank_line(t, i, end))) {
			push(sp, t, s, i);
			s = i = skip_blanks(t, b, end);
			continue;
		}
		if (t[i] == '\n') {
			if (i >= pend)
				wrapped = is_wrapped(t, i, end, &pend);
			if (!wrapped) {
				push(sp, t, s, i);
				s = i = skip_blanks(t, i, end);
				continue;
			}
		}
		if (!special[(unsigned char)t[i]] || !stop_len(t, i, end)) {
			i++;
			continue;
		}
		r = stops_end(t, i, end);
		e = marks_end(t, r, end);
		if (e < end && skip_blanks(t, e, end) == e) {
			i = e;
			continue;
		}
		k = skip_blanks(t, e, end);
		while ((b = citation(t, k, end))) {
			e = b;         /* "... in 1805. [19]": the mark is the sentence's */
			k = skip_blanks(t, e, end);
		}
		if (ends_here(t, i, r, k, end)) {
			push(sp, t, s, e);
			s = k;
		}
		i = e;
	}
	push(sp, t, s, end);
}

void
text_paragraphs(const char *t, size_t len, Spans *sp)
{
	size_t i, s, b;
	int blanks = 0;
	const char *p;

	sp->n = 0;
	for (p = memchr(t, '\n', len); p && !blanks; p = memchr(p + 1, '\n', len - (size_t)(p + 1 - t)))
		blanks = blank_line(t, (size_t)(p - t), len) != 0;
	s = i = skip_blanks(t, 0, len);
	while (i < len && (p = memchr(t + i, '\n', len - i))) {
		i = (size_t)(p - t);
		if (!(b = blanks ? blank_line(t, i, len) : i)) {
			i++;
			continue;
		}
		push(sp, t, s, i);
		s = i = skip_blanks(t, b, len);
	}
	push(sp, t, s, len);
}

void
spans_free(Spans *sp)
{
	free(sp->v);
	sp->v = NULL;
	sp->n = sp->cap = 0;
}
