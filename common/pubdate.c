/* pubdate.c: see pubdate.h.  Cues are pcre2 patterns; the date itself
 * is read by the time-expression tagger (timex.h). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "pubdate.h"
#include "timex.h"

enum { HEAD_LINES = 12, HEAD_BYTES = 2000, LEAD_BYTES = 800, BYLINE_BYTES = 160 };

/* A cue opening a byline date, with its rank (lower wins); compiled
 * caseless, with opts. */
static const struct {
	const char *pat;
	int rank;
	uint32_t opts;
} cues[] = {
	/* (the text's first line only: ^ is not multiline) */
	{ "^[ \\t]?date[ \\t]+(?=[0-9]{4}-[0-9]{2}-[0-9]{2})", 0, PCRE2_ANCHORED },
	{ "\\b(?:published|posted|first\\s+published|publish\\s+date|date\\s+published|released|dated)(?:\\s+(?:on|at))?\\s*[:|\\-\u2013\u2014]?\\s*", 1, 0 },
	{ "(?:^|[^\\w])(?:by\\s+[^|\\n]{2,60}?\\s*[|,\u2022\u00b7]\\s*|\u00b7\\s*)(?=[A-Z0-9])", 2, 0 },
	{ "\\b(?:updated|last\\s+updated|modified|last\\s+modified)(?:\\s+(?:on|at))?\\s*[:|\\-\u2013\u2014]?\\s*", 3, 0 },
};
#define NCUES (sizeof cues / sizeof cues[0])

/* The other patterns; a pattern is named by its index: a cue's, or
 * one of these. */
enum { P_ANYCUE = NCUES, P_DATELINE, P_SKIP, P_CREDIT, P_FOOTER, NPAT };
static const struct {
	const char *pat;
	uint32_t opts;
} others[] = {
	/* a word that every cue but the first holds: a line without one
	 * is not searched for them */
	{ "publish|posted|released|dated|modified|by\\s|\u00b7", PCRE2_CASELESS },
	/* CITY(, Country), Oct. 24 (Reuters) -  /  SEOUL, Oct. 24 (Yonhap) --
	 * (the names' words capitalised, but for short ones: "Rio de Janeiro")
	 * (anchored when compiled: the JIT takes no anchoring at match time) */
	{ "^\\p{Lu}[\\p{L}.'\u2019-]*(?:[ ](?:\\p{Lu}[\\p{L}.'\u2019-]*|\\p{Ll}{1,3})){0,4}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:[ ](?:\\p{Lu}[\\p{L}.]*|\\p{Ll}{1,3})){0,3})?,?\\s+(?=\\p{Lu}[a-z]{2,8}\\.?\\s+[0-9]{1,2}\\b|[0-9]{1,2}\\s+\\p{Lu}[a-z]{2,8}\\b)",
	  PCRE2_MULTILINE | PCRE2_ANCHORED },
	/* lines never read: captions, quoted text, and those holding a
	 * photo credit */
	{ "^\\s*(?:\\(?(?:photo|picture|image|file\\s+photo|caption|credit|video|graphic)\\b|[\"\u201c\u2018'])",
	  PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_ANCHORED },
	{ "\\((?:AP|AFP|Reuters|Yonhap|EPA|Getty)\\s+(?:Photo|Images)\\b", PCRE2_CASELESS },
	/* the end of the article */
	{ "^\\s*(?:more\\s+stories|more\\s+from|related(?:\\s+(?:stories|articles|news|coverage))?|also\\s+read|read\\s+more|recommended|you\\s+may\\s+also\\s+like|latest\\s+news|trending)\\s*:?\\s*$",
	  PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_ANCHORED },
};

/* Each compiled and JIT-compiled the first time it is used. */
static pcre2_code *re[NPAT];
static int jit[NPAT];

static pcre2_code *
compile(const char *pat, uint32_t opts, int *jitted)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    opts | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);

	if (!c)
		die(EXIT_IO, "pubdate: bad pattern at %zu", (size_t)off);
	*jitted = pcre2_jit_compile(c, PCRE2_JIT_COMPLETE) == 0;
	return c;
}

/* Does pattern p match in s[0..len) from offset from?  Its span then
 * goes to [*a, *e). */
static int
match(int p, const char *s, size_t len, size_t from, size_t *a, size_t *e)
{
	static pcre2_match_data *md;
	static pcre2_match_context *mc;   /* with a JIT stack of its own */
	PCRE2_SIZE *ov;

	if (!re[p])
		re[p] = p < (int)NCUES ? compile(cues[p].pat, PCRE2_CASELESS | cues[p].opts, &jit[p]) :
		    compile(others[p - NCUES].pat, others[p - NCUES].opts, &jit[p]);
	if (!md) {
		md = pcre2_match_data_create(4, NULL);
		mc = pcre2_match_context_create(NULL);
		pcre2_jit_stack_assign(mc, NULL, pcre2_jit_stack_create(32 * 1024, 32 * 1024, NULL));
	}
	if ((jit[p] ? pcre2_jit_match : pcre2_match)(re[p], (PCRE2_SPTR)s, len, from, 0, md, mc) < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	*a = ov[0];
	*e = ov[1];
	return 1;
}

/* Take a DATE value from tx as a publication date (full date, or a
 * month or year when that is all there is); 1 if usable. */
static int
usable(const Timex *t, int year_hint, char *out)
{
	const char *v = t->value;
	size_t n;

	if (t->type != TX_DATE && t->type != TX_TIME)
		return 0;
	if (!strncmp(v, "XXXX-", 5) && year_hint > 0 && v[5] >= '0' && v[5] <= '9') {
		n = strlen(v + 4);
		if (n != 6 && n != 3)
			return 0;
		snprintf(out, 5, "%04d", year_hint % 10000);
		memcpy(out + 4, v + 4, n + 1);
		return 1;
	}
	if (v[0] < '0' || v[0] > '9' || v[1] < '0' || v[1] > '9' || v[2] < '0' || v[2] > '9' || v[3] < '0' || v[3] > '9')
		return 0;
	if (v[4] != '\0' && v[4] != '-')
		return 0;
	if (v[4] == '-' && (v[5] < '0' || v[5] > '9'))
		return 0;   /* 2025-Q3, 2025-W08 */
	n = strnlen(v, 10);
	memcpy(out, v, n);   /* as snprintf(out, 11, "%.10s", v) */
	out[n] = '\0';
	return 1;
}

/* Does s[0..n) hold an ASCII digit? */
static int
has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

/* The first usable date in text[a..e); 1 if found.  (A full date,
 * full_only, is written with digits, its day at least: the callers pass
 * a line without one by before they ask.) */
static int
date_in(const char *text, size_t a, size_t e, int year_hint, int full_only, PubDate *pd, Timexes *tx)
{
	timex_find(text + a, e - a, NULL, tx);
	for (size_t i = 0; i < tx->n; i++) {
		char v[11];
		if (!usable(&tx->v[i], year_hint, v))
			continue;
		if (full_only && strlen(v) != 10)
			continue;
		memcpy(pd->value, v, sizeof v);
		pd->start = a + tx->v[i].start;
		pd->end = a + tx->v[i].end;
		return 1;
	}
	return 0;
}

/* The date after a header cue, text[a..e), as date_in() reads it but
 * without the tagger: a YYYY-MM-DD that the tagger takes alone, with
 * the window's end or a blank and no digit (no clock time) after it;
 * 1 if so, else date_in() is asked. */
static int
header_date(const char *t, size_t a, size_t e, PubDate *pd)
{
	Date d;

	if (e - a < 10 || (t[a] != '1' && t[a] != '2') || !cal_parse(t + a, 10, &d))
		return 0;
	if (e > a + 10 && (t[a + 10] != ' ' || (e > a + 11 && t[a + 11] >= '0' && t[a + 11] <= '9')))
		return 0;
	memcpy(pd->value, t + a, 10);
	pd->value[10] = '\0';
	pd->start = a;
	pd->end = a + 10;
	return 1;
}

/* Is offset at inside a quotation opened on its line (from a)? */
static int
quoted(const char *t, size_t a, size_t at)
{
	int open = 0;

	for (size_t i = a; i < at; i++) {
		unsigned char c = t[i];
		if (c == '"')
			open = !open;
		else if (c == 0xE2 && i + 2 < at && (unsigned char)t[i + 1] == 0x80) {
			unsigned char d = t[i + 2];
			if (d == 0x9C)          /* “ */
				open = 1;
			else if (d == 0x9D)     /* ” */
				open = 0;
		}
	}
	return open;
}

static size_t
line_end(const char *t, size_t len, size_t i)
{
	const char *p = memchr(t + i, '\n', len - i);
	return p ? (size_t)(p - t) : len;
}

/* Does the line text[a..e) hold only a date (and a time, weekday,
 * separators)?  Then the whole line is a date line. */
static int
date_only_line(const char *t, size_t a, size_t e, const PubDate *pd)
{
	size_t words = 0;

	for (size_t i = a; i < e; i++) {
		if (i >= pd->start && i < pd->end)
			continue;
		if ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z' && (i == a || t[i - 1] == ' '))
			words++;
	}
	return words <= 4 && e - a < 90;
}

/* Is the line t[i..le) prose, a sentence and not a byline: more than
 * eight words in lower case ("in an email dated Feb. 12, 2012, seven
 * months before the attack, ...")? */
static int
prose(const char *t, size_t i, size_t le)
{
	int words = 0;

	for (size_t k = i; k + 1 < le; k++)
		if ((k == i || t[k - 1] == ' ') && t[k] >= 'a' && t[k] <= 'z' && t[k + 1] >= 'a' &&
		    t[k + 1] <= 'z' && ++words > 8)
			return 1;
	return 0;
}

/* Can the line t[i..le) open with cue 0 (" date 2025-"), the text's
 * first? */
static int
date_word(const char *t, size_t i, size_t le)
{
	if (i > 0)
		return 0;
	if (i < le && (t[i] == ' ' || t[i] == '\t'))
		i++;
	return le - i >= 4 && (t[i] | 32) == 'd' && (t[i + 1] | 32) == 'a' &&
	    (t[i + 2] | 32) == 't' && (t[i + 3] | 32) == 'e';
}

/* Can the line t[i..le) open with a dateline's capital letter? */
static int
capital(const char *t, size_t i, size_t le)
{
	return i < le && ((unsigned char)t[i] >= 0x80 || (t[i] >= 'A' && t[i] <= 'Z'));
}

/* Is the line t[i..le) read (not a caption, a credit, a quotation)?
 * *skip holds the answer once asked (-1 before). */
static int
readable(int *skip, const char *t, size_t i, size_t le)
{
	size_t a, e;

	if (*skip < 0)
		*skip = match(P_SKIP, t, le, i, &a, &e) || match(P_CREDIT, t, le, i, &a, &e);
	return !*skip;
}

/* Does s[0..n) name a weekday ("Tuesday", "Tue")?  A date of the lead
 * is taken only with one ("This is the briefing for Wednesday, Feb. 3,
 * 2016") or on the text's first line: a date in the story is most often
 * a past event's ("the attacks of Sept. 11, 2001"). */
static int
with_weekday(const char *s, size_t n)
{
	for (size_t i = 0, e; i < n; i = e + 1) {
		for (e = i; e < n && (s[e] | 32) >= 'a' && (s[e] | 32) <= 'z'; e++)
			;
		if (timex_weekday(s + i, e - i))
			return 1;
	}
	return 0;
}

/* pubdate_find(), reading the lead only if lead is set. */
static int
find(const char *text, size_t len, int year_hint, int lead, PubDate *pd)
{
	static Timexes tx;
	size_t head = len < HEAD_BYTES ? len : HEAD_BYTES, ln = 0, i, a, e;
	int best = 99;
	static const int how[] = { PD_HEADER, PD_BYLINE, PD_BYLINE, PD_BYLINE, PD_DATELINE, PD_LINE };
	PubDate cand;

	memset(pd, 0, sizeof *pd);
	/* 1 and 2: header lines. */
	for (i = 0; i < head && ln < HEAD_LINES && best > 0; ln++) {   /* rank 0 is never beaten */
		size_t le = line_end(text, len, i);
		int body = le - i > BYLINE_BYTES;   /* a paragraph: only a dateline */
		int skip = body ? 0 : -1, anycue = -1;
		if (le - i < 40 && match(P_FOOTER, text, le, i, &a, &e))
			break;
		if (le > i) {
			for (size_t k = 0; k < NCUES && (int)k < best && (!body || k == 0); k++) {
				size_t w;
				if ((int)cues[k].rank >= best || (k == 0 ? !date_word(text, i, le) :
				    !(anycue < 0 ? (anycue = match(P_ANYCUE, text, le, i, &a, &e)) : anycue)))
					continue;
				if (k > 0 && prose(text, i, le))
					break;   /* a byline is no sentence */
				if (!match(k, text, le, i, &a, &e) || !readable(&skip, text, i, le))
					continue;
				w = le < e + 80 ? le : e + 80;
				if ((k == 0 && header_date(text, e, w, &cand)) ||
				    date_in(text, e, w, year_hint, 0, &cand, &tx)) {
					*pd = cand;
					pd->start = k == 0 ? i : a;
					best = cues[k].rank;
				}
			}
			if (best > 4 && capital(text, i, le) && has_digit(text + i, le - i) &&
			    match(P_DATELINE, text, le, i, &a, &e) && readable(&skip, text, i, le) &&
			    date_in(text, e, le < e + 24 ? le : e + 24, year_hint, 0, &cand, &tx)) {
				*pd = cand;
				best = 4;
			}
			if (best > 5 && le - i < 90 && has_digit(text + i, le - i) &&
			    readable(&skip, text, i, le) && date_in(text, i, le, year_hint, 1, &cand, &tx) &&
			    date_only_line(text, i, le, &cand)) {
				*pd = cand;
				best = 5;
			}
		}
		i = le + 1;
	}
	if (best < 99) {
		pd->how = how[best];
		return 1;
	}
	/* 3: the lead paragraph. */
	e = !lead ? 0 : len < LEAD_BYTES ? len : LEAD_BYTES;
	for (i = 0; i < e;) {
		size_t le = line_end(text, e, i);
		int skip = -1;
		if (le - i < 40 && match(P_FOOTER, text, le, i, &a, &a))
			break;
		if (has_digit(text + i, le - i) && readable(&skip, text, i, le) &&
		    date_in(text, i, le, 0, 1, pd, &tx) && !quoted(text, i, pd->start) &&
		    (i == 0 || with_weekday(text + pd->start, pd->end - pd->start))) {
			pd->how = PD_LEAD;
			return 1;
		}
		i = le + 1;
	}
	memset(pd, 0, sizeof *pd);
	return 0;
}

int
pubdate_find(const char *text, size_t len, int year_hint, PubDate *pd)
{
	return find(text, len, year_hint, 1, pd);
}

int
pubdate_valid(const char *s, size_t n)
{
	Date d;

	for (size_t i = 0; i < n; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return 0;
	if (n == 10)
		return cal_parse(s, n, &d);
	if (n == 7)
		return s[5] < '1' ? s[6] >= '1' : s[5] == '1' && s[6] <= '2';
	return n == 4;
}

int
pubdate_doc(const char *text, size_t len, const char *idate, size_t n,
    const Date *ref, PubDate *pd, Date *anchor)
{
	Date in;
	int has_in = n >= 10 && cal_parse(idate, n, &in);
	const Date *hint = ref ? ref : has_in ? &in : NULL;
	int year = hint ? hint->y : 0;
	int valid = n && pubdate_valid(idate, n < 10 ? n : 10);

	if (!year && (n == 4 || n == 7) && pubdate_valid(idate, n))
		year = cal_digits(idate, 4);   /* a year or month given */
	find(text, len, year, !valid, pd);   /* a valid input date beats the lead */
	if ((pd->how == PD_NONE || pd->how == PD_LEAD) && valid) {
		memset(pd, 0, sizeof *pd);
		memcpy(pd->value, idate, n < 10 ? n : 10);
		pd->how = PD_INPUT;
	}
	if (hint) {
		*anchor = *hint;
		return 1;
	}
	return strlen(pd->value) == 10 && cal_parse(pd->value, 10, anchor);
}
