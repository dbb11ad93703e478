/* attrib.c: attributing quotations to speakers (see attrib.h).
 *
 * The document is cut into tokens: the words and punctuation of
 * token.h between the quotations, one token for each quotation (its
 * words are not cut) and one for each paragraph break, so the words
 * around a quotation are found without rescanning it.  Words are
 * classed by wordclass.h, looked up on first use.  Names are runs of
 * capitalised words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

#include "alias.h"
#include "attrib.h"
#include "cue.h"
#include "err.h"
#include "text.h"
#include "token.h"
#include "utf8.h"
#include "wordclass.h"

enum {
	TW = 1 << 0,     /* a word */
	TP = 1 << 1,     /* punctuation */
	TQ = 1 << 2,     /* a quotation (its words skipped) */
	TPARA = 1 << 3,  /* a paragraph break */
	TCAP = 1 << 4,   /* word starting with a capital */
	TUP = 1 << 5,    /* word in capitals */
	TEND = 1 << 6,   /* punctuation ending a sentence */
	TQEND = 1 << 7,  /* quotation whose words end a sentence */
	TPOSS = 1 << 8,  /* word ending in 's */
	TLOW = 1 << 9,   /* word starting with a small letter */
};

typedef struct {
	size_t s, e;
	int f;
	int para;
	int q;           /* TQ: index of the Attr */
	short lex;       /* WC_* classes of the word, -1 until looked up */
	signed char cue; /* CUE_* flags of the word */
} Tok;

typedef struct {
	long t0, t1;     /* the run of tokens */
	long k0;         /* first token after titles */
	long title;      /* the last title token before k0, or -1 */
	int person;
	int ntok;        /* tokens after titles */
} Name;

typedef struct {
	long t0, t1;
	int kind;
} Np;

enum { NP_NONE, NP_PRON, NP_NAME, NP_NOUN };

struct Attrib {
	Quotes q;
	Tok *t;
	size_t nt, capt;
	Tokens tk;       /* scratch for token.h */
	Attr *a;
	size_t na, capa;
	long *qk;        /* the quotation tokens, in order */
	size_t nqk, capqk;
	Name *nm;
	size_t nn, capn;
	long *hash;      /* name index by the hash of a token, -1 empty */
	size_t hcap, hsize;
	const char *s;
	size_t len;
	int *pw, *pc;    /* per paragraph: words of 4 letters or more, capitalised */
	size_t np, capp;
};

/* ASCII case folding, as strncasecmp does in the C locale. */
static unsigned char fold[256];

static void
foldinit(void)
{
	int c;

	for (c = 0; c < 256; c++)
		fold[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* Are the n bytes at p and q equal but for ASCII case (no NUL inside)? */
static inline int
caseeq(const char *p, const char *q, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (fold[(unsigned char)p[i]] != fold[(unsigned char)q[i]])
			return 0;
	return 1;
}

static size_t wlen(const Attrib *a, long k);

/* The classes of word k, looked up on first use: most words of a
 * document are never asked about. */
static int
lexk(const Attrib *a, long k)
{
	Tok *t = &a->t[k];
	WordClass c;

	if (t->lex < 0) {
		if (t->f & TPOSS) {
			c = wordclass(a->s + t->s, wlen(a, k));
			c.cue = 0;
		} else
			c = wordclass(a->s + t->s, t->e - t->s);
		t->lex = (short)c.wc;
		t->cue = (signed char)c.cue;
	}
	return t->lex;
}

#define IN(set, a, k) (lexk(a, k) & (set))

/* Length of word k without a possessive 's. */
static size_t
wlen(const Attrib *a, long k)
{
	const Tok *t = &a->t[k];
	size_t n = t->e - t->s;

	if (t->f & TPOSS)
		n -= a->s[t->e - 2] == '\'' ? 2 : 4;
	return n;
}

/* Is word k the word w (lower case, any case in the text)? */
static inline int
weq(const Attrib *a, long k, const char *w)
{
	const Tok *t;

	if (k < 0 || (size_t)k >= a->nt)
		return 0;
	t = &a->t[k];
	return (t->f & TW) && (a->s[t->s] | 0x20) == w[0] &&
	    t->e - t->s == strlen(w) && !strncasecmp(a->s + t->s, w, t->e - t->s);
}

static int
punct(const Attrib *a, long k, char c)
{
	return k >= 0 && (size_t)k < a->nt && (a->t[k].f & TP) && a->s[a->t[k].s] == c;
}

static int
dash(const Attrib *a, long k)
{
	const char *p;

	if (k < 0 || (size_t)k >= a->nt || !(a->t[k].f & TP))
		return 0;
	p = a->s + a->t[k].s;
	return *p == '-' || !strncmp(p, "\xE2\x80\x94", 3) || !strncmp(p, "\xE2\x80\x93", 3) ||
	    !strncmp(p, "\xE2\x80\x95", 3);
}

static int
cue(const Attrib *a, long k)
{
	if (k < 0 || (size_t)k >= a->nt || !(a->t[k].f & TLOW))
		return 0;
	lexk(a, k);
	return a->t[k].cue;
}

/* An auxiliary or an adverb between subject and cue: also, has, then,
 * flatly. */
static int
aux(const Attrib *a, long k)
{
	const Tok *t;

	if (k < 0 || (size_t)k >= a->nt || !(a->t[k].f & TLOW))
		return 0;
	t = &a->t[k];
	if (t->e - t->s > 4 && a->s[t->e - 1] == 'y' && a->s[t->e - 2] == 'l')
		return 1;
	return lexk(a, k) & WC_AUX;
}

/* Tokens: the words and punctuation of token.h, a possessive 's kept
 * with its word, one token for each quotation and one for each
 * paragraph break. */

static inline void
addtok(Attrib *a, size_t s, size_t e, int f, int para)
{
	Tok *t;

	if (a->nt == a->capt)
		xgrow(&a->t, &a->capt, a->nt + 1, sizeof *a->t);
	t = &a->t[a->nt++];
	t->s = s;
	t->e = e;
	t->f = f;
	t->para = para;
	t->q = -1;
	t->lex = (f & TW) ? -1 : 0;
	t->cue = 0;
}

/* TCAP or TLOW for a word starting with a capital or a small letter. */
static inline int
initial(const char *s, size_t i, size_t j)
{
	unsigned char b = (unsigned char)s[i];
	int32_t c;

	if (b < 0x80)
		return b >= 'a' && b <= 'z' ? TLOW : b >= 'A' && b <= 'Z' ? TCAP : 0;
	utf8_decode(s + i, j - i, &c);
	if (!uc_isalpha(c))
		return 0;
	return uc_isupper(c) ? TCAP : uc_islower(c) ? TLOW : 0;
}

static int
asciiletter(unsigned char b)
{
	return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}

/* Is the word s[i..j) before the period at s[j] an abbreviation
 * (text.h)?  A word of ASCII letters after an ASCII byte that
 * text_is_abbrev does not look through is classed by its letters
 * alone: remembered. */
static int
abbrev(const char *s, size_t i, size_t j)
{
	static struct { uint64_t key; int v; } memo[64];
	uint64_t key = 0;
	unsigned char b;
	size_t k, h;

	if (i > 0) {
		b = (unsigned char)s[i - 1];
		if (b >= 0x80 || asciiletter(b) || (b >= '0' && b <= '9') || b == '_' || b == '.')
			return text_is_abbrev(s, j);
	}
	for (k = i; k < j; k++) {
		b = (unsigned char)s[k];
		if (!asciiletter(b))
			return text_is_abbrev(s, j);
		key = key << 8 | b;
	}
	key = key << 8 | (j - i);   /* at most 6 letters */
	h = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 58);
	if (memo[h].key != key) {
		memo[h].key = key;
		memo[h].v = text_is_abbrev(s, j);
	}
	return memo[h].v;
}

/* Does the word s[i..j) (initial f) keep the period at s[j]: that of an
 * abbreviation (Mr. Gov. U.S. a.m. Md.), never of a long word in small
 * letters?  The sentences of quotes end where text.h ends them. */
static int
keepsdot(const char *s, size_t i, size_t j, int f)
{
	return j - i <= 6 && ((f & TCAP) || j - i <= 3 || memchr(s + i, '.', j - i)) &&
	    abbrev(s, i, j);
}

/* TUP for a word in capitals: no small letter, two letters or more. */
static int
capitals(const char *s, size_t i, size_t j)
{
	unsigned char b;
	int letters = 0, n;
	int32_t c;

	for (; i < j; i += (size_t)n) {
		b = (unsigned char)s[i];
		if (b < 0x80) {
			n = 1;
			if (b >= 'a' && b <= 'z')
				return 0;
			letters += asciiletter(b);
			continue;
		}
		n = utf8_decode(s + i, j - i, &c);
		if (uc_islower(c))
			return 0;
		letters += uc_isalpha(c);
	}
	return letters > 1 ? TUP : 0;
}

/* Is the token punctuation ending a sentence? */
static int
stop(const char *s, const Token *t)
{
	unsigned char c = (unsigned char)s[t->start];

	return c == '.' || c == '!' || c == '?' ||
	    (c == 0xE2 && !strncmp(s + t->start, "\xE2\x80\xA6", 3));
}

static int
endsentence(const char *s, size_t start, size_t end)
{
	while (end > start) {
		unsigned char c = s[end - 1];

		if (c == '.' || c == '!' || c == '?')
			return 1;
		if (end - start >= 3 && !strncmp(s + end - 3, "\xE2\x80\xA6", 3))
			return 1;
		if (!(quote_mark((int32_t)c) || c == ')' || c >= 0x80))
			return 0;
		end--;   /* ' ” ) before the stop */
		while (end > start && ((unsigned char)s[end] & 0xC0) == 0x80)
			end--;
	}
	return 0;
}

/* Start the counts of paragraph para. */
static void
newpara(Attrib *a, int para)
{
	if ((size_t)para >= a->capp) {
		xgrow(&a->pw, &a->capp, (size_t)para + 1, sizeof *a->pw);
		a->pc = xreallocarray(a->pc, a->capp, sizeof *a->pc);
	}
	a->pw[para] = a->pc[para] = 0;
	a->np = (size_t)para + 1;
}

/* Paragraph breaks at the newlines of s[i..j). */
static void
newlines(Attrib *a, size_t i, size_t j, int *para)
{
	const char *p;

	for (; i < j && (p = memchr(a->s + i, '\n', j - i)); i++) {
		i = (size_t)(p - a->s);
		if (quote_parabreak(a->s, a->len, i, a->q.lines) && a->nt &&
		    !(a->t[a->nt - 1].f & TPARA)) {
			addtok(a, i, i, TPARA, *para);
			newpara(a, ++*para);
		}
	}
}

static inline void
breaks(Attrib *a, size_t i, size_t j, int *para)
{
	if (i < j && (j - i > 1 || a->s[i] == '\n'))
		newlines(a, i, j, para);   /* more than the usual space */
}

/* The tokens that start in s[i..to); returns the end of the last. */
static size_t
words(Attrib *a, size_t i, size_t to, int *para)
{
	const char *s = a->s;
	const Token *t, *v;
	size_t k, e, n, dot;
	int f, nw = 0, nc = 0;

	a->tk.n = 0;
	tokenise_span(s, a->len, i, to, &a->tk);
	v = a->tk.v;
	n = a->tk.n;
	for (k = 0; k < n; k++) {
		t = &v[k];
		if (t->flags & TOK_LINE_START) {
			a->pw[*para] += nw;
			a->pc[*para] += nc;
			nw = nc = 0;
			breaks(a, i, t->start, para);
		}
		e = t->end;
		if (!(t->flags & TOK_WORD)) {
			addtok(a, t->start, e, stop(s, t) ? TP | TEND : TP, *para);
			i = e;
			continue;
		}
		f = TW | initial(s, t->start, e);
		if (k + 1 < n && (s[e] == '\'' || (unsigned char)s[e] == 0xE2) &&
		    v[k + 1].start == e && (v[k + 1].flags & TOK_WORD)) {
			e = v[++k].end;   /* 's */
			if (s[e - 1] == 's')
				f |= TPOSS;
		}
		/* the period of an abbreviation by text.h's list, not token.h's */
		dot = 0;
		if (s[e - 1] == '.' && !keepsdot(s, t->start, e - 1, f))
			dot = e--;
		else if (k + 1 < n && s[e] == '.' && v[k + 1].start == e && v[k + 1].end == e + 1 &&
		    keepsdot(s, t->start, e, f)) {
			e++;
			k++;
		}
		if (f & TCAP)
			f |= capitals(s, t->start, e);
		if (e - t->start >= 4) {
			nw++;   /* for heading() */
			nc += (f & TCAP) != 0;
		}
		addtok(a, t->start, e, f, *para);
		if (dot)
			addtok(a, e, dot, TP | TEND, *para);
		i = dot ? dot : e;
	}
	a->pw[*para] += nw;
	a->pc[*para] += nc;
	return i;
}

static void
tokenize(Attrib *a)
{
	size_t i = 0, qi = 0, e;
	int para = 0;
	const Quote *q;

	a->nt = a->np = a->nqk = 0;
	newpara(a, 0);
	for (;; qi++) {
		while (qi < a->na && (a->a[qi].q->depth > 0 || a->a[qi].q->open < i))
			qi++;
		if (qi == a->na)
			break;
		q = a->a[qi].q;
		e = words(a, i, q->open, &para);
		breaks(a, e, q->open, &para);
		addtok(a, q->open, q->close, TQ |
		    (endsentence(a->s, q->start, q->end) ? TQEND : 0), para);
		a->t[a->nt - 1].q = (int)qi;
		xgrow(&a->qk, &a->capqk, a->nqk + 1, sizeof *a->qk);
		a->qk[a->nqk++] = (long)a->nt - 1;
		i = e > q->close ? e : q->close;
	}
	e = words(a, i, a->len, &para);
	breaks(a, e, a->len, &para);
}

/* Names: runs of capitalised words. */

static inline int
capword(const Attrib *a, long k)
{
	return k >= 0 && (size_t)k < a->nt && (a->t[k].f & TCAP);
}

static int
connector(const Attrib *a, long k)
{
	return k >= 0 && (size_t)k < a->nt && (a->t[k].f & TW) && (lexk(a, k) & WC_CONN);
}

/* End of the name run starting at k (a capitalised word). */
static long
runend(const Attrib *a, long k)
{
	long j = k;

	while ((size_t)j < a->nt && j - k < 12) {   /* no name is longer */
		if (capword(a, j) && !IN(WC_STOPCAP, a, j)) {
			if (a->t[j].f & TPOSS)
				return j + 1;
			j++;
		} else if (capword(a, j + 1) && connector(a, j))
			j++;
		else
			break;
	}
	return j;
}

static uint32_t
hashword(const Attrib *a, long k)
{
	const char *p = a->s + a->t[k].s;
	size_t n = wlen(a, k), i;
	uint32_t h = 2166136261u;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)(p[i] | 0x20)) * 16777619u;
	return h;
}

static int
sameword(const Attrib *a, long j, long k)
{
	size_t n = wlen(a, j);

	return n == wlen(a, k) && caseeq(a->s + a->t[j].s, a->s + a->t[k].s, n);
}

/* Is every word of name y also in name x? */
static int
contains(const Attrib *a, const Name *x, long k0, long t1)
{
	long i, j;

	for (i = k0; i < t1; i++) {
		for (j = x->k0; j < x->t1; j++)
			if (sameword(a, i, j))
				break;
		if (j == x->t1)
			return 0;
	}
	return 1;
}

static void
hashput(Attrib *a, long k, long ni)
{
	size_t h = hashword(a, k) & (a->hsize - 1);
	const Name *x;
	long o, j;

	for (;; h = (h + 1) & (a->hsize - 1)) {
		o = a->hash[h];
		if (o < 0) {
			a->hash[h] = ni;
			return;
		}
		/* one entry per distinct word: the longest name */
		x = &a->nm[o];
		for (j = x->k0; j < x->t1; j++)
			if (sameword(a, j, k))
				break;
		if (j < x->t1) {
			if (a->nm[ni].ntok > x->ntok && a->nm[ni].person >= x->person)
				a->hash[h] = ni;
			return;
		}
	}
}

static long
hashget(const Attrib *a, long k)
{
	size_t h = hashword(a, k) & (a->hsize - 1);
	long o, j;

	for (;; h = (h + 1) & (a->hsize - 1)) {
		o = a->hash[h];
		if (o < 0)
			return -1;
		for (j = a->nm[o].k0; j < a->nm[o].t1; j++)
			if (sameword(a, j, k))
				return o;
	}
}

/* Is the paragraph starting at token k a heading in Title Case? */
static int
heading(const Attrib *a, long k)
{
	size_t p = (size_t)a->t[k].para;
	int words, caps;

	if (p >= a->np)
		return 0;
	words = a->pw[p];
	caps = a->pc[p];
	return words >= 3 && words <= 20 && caps * 10 >= words * 9;
}

static void
names(Attrib *a)
{
	long k, j, i;
	size_t h, ntok;
	Name *x;
	int head = 0, hpara = -1;

	a->nn = 0;
	for (k = 0; (size_t)k < a->nt; k++) {
		if (!(a->t[k].f & TCAP))
			continue;
		if (a->t[k].para != hpara) {
			hpara = a->t[k].para;
			head = heading(a, k);
		}
		if (head || IN(WC_STOPCAP, a, k))
			continue;
		j = runend(a, k);
		if (j <= k)
			continue;
		xgrow(&a->nm, &a->capn, a->nn + 1, sizeof *a->nm);
		x = &a->nm[a->nn++];
		x->t0 = k;
		x->t1 = j;
		x->title = -1;
		for (i = k; i < j - 1 && IN(WC_TITLE, a, i); i++)
			x->title = i;
		for (i = j - 1; i > k; i--)
			if (IN(WC_TITLE, a, i - 1) && !IN(WC_TITLE, a, i)) {
				x->title = i - 1;
				break;
			}
		x->k0 = x->title >= 0 ? x->title + 1 : k;
		for (i = x->k0; i < j && !IN(WC_ORG, a, i); i++)
			;
		if (i < j) {
			x->k0 = k;      /* Republican National Committee */
			x->title = -1;
		}
		x->ntok = (int)(j - x->k0);
		x->person = x->title >= 0 || x->ntok >= 2;
		for (i = x->k0; i < j; i++)
			if (IN(WC_ORG, a, i) || (a->t[i].f & TUP && wlen(a, i) <= 5))
				x->person = 0;
		k = j - 1;
	}
	for (i = 0, ntok = 0; (size_t)i < a->nn; i++)
		ntok += (size_t)(a->nm[i].t1 - a->nm[i].k0);
	for (h = 16; h < 2 * ntok + 16; h *= 2)
		;
	if (h > a->hcap) {
		free(a->hash);
		a->hash = xmalloc(h * sizeof *a->hash);
		a->hcap = h;
	}
	a->hsize = h;   /* a power of two, at least twice the words */
	memset(a->hash, 0xFF, h * sizeof *a->hash);
	for (i = 0; (size_t)i < a->nn; i++)
		for (j = a->nm[i].k0; j < a->nm[i].t1; j++)
			hashput(a, j, i);
}

static long bestname(const Attrib *a, long k0, long t1);
static int digits(const Attrib *a, Np p);
static long tokat(const Attrib *a, size_t off);
static int realname(const Attrib *a, Np p);
static long hashget(const Attrib *a, long k);
static long nameat(const Attrib *a, long k);

/* Noun phrases. */

static Np
np(long t0, long t1, int kind)
{
	Np p = { t0, t1, kind };

	return p;
}

static int
pronoun(const Attrib *a, long k)
{
	return (size_t)k < a->nt && IN(WC_PRON, a, k);
}

/* A noun phrase starting at token k, ending before lim. */
static Np
npfwd(const Attrib *a, long k, long lim)
{
	long j;

	if (k < 0 || k >= lim)
		return np(0, 0, NP_NONE);
	if (pronoun(a, k))
		return np(k, k + 1, NP_PRON);
	if (capword(a, k) && !IN(WC_STOPCAP, a, k)) {
		j = runend(a, k);
		return np(k, j < lim ? j : lim, NP_NAME);
	}
	if (weq(a, k, "the") && capword(a, k + 1) && !IN(WC_STOPCAP, a, k + 1)) {
		j = runend(a, k + 1);
		if (!(a->t[j - 1].f & TPOSS) || !(a->t[j].f & TW))
			return np(k, j < lim ? j : lim, NP_NAME);
	}
	for (j = k; j < lim && j - k < 10; j++) {
		if (!(a->t[j].f & TW) || IN(WC_BOUND, a, j) || IN(WC_VERBISH, a, j) ||
		    (j > k && IN(WC_DET | WC_PRON, a, j)))
			break;
		if (j > k && (cue(a, j) & CUE_VERB) && !(cue(a, j) & CUE_BASE))
			break;
		if (j > k && weq(a, j, "of")) {
			if ((size_t)j + 1 >= a->nt || !(a->t[j + 1].f & TW))
				break;
			j++;
		}
	}
	return j > k ? np(k, j, NP_NOUN) : np(0, 0, NP_NONE);
}

/* Can the word k stand alone as a subject (officials, police), unlike
 * "the", "always", "grieving"? */
static int
lonenoun(const Attrib *a, long k)
{
	const Tok *t = &a->t[k];
	size_t n = t->e - t->s;
	const char *e = a->s + t->e;

	if (IN(WC_DET | WC_AUX, a, k) || aux(a, k))
		return 0;
	return !(n > 4 && (!strncmp(e - 3, "ing", 3) || !strncmp(e - 2, "ly", 2) ||
	    !strncmp(e - 2, "ed", 2)));
}

/* A noun phrase ending just before token e, starting at b or later. */
static Np
npback(const Attrib *a, long e, long b)
{
	long k = e - 1, j;

	if (k < b)
		return np(0, 0, NP_NONE);
	if (pronoun(a, k))
		return np(k, k + 1, NP_PRON);
	if (capword(a, k) && !IN(WC_STOPCAP, a, k)) {
		for (j = k; j - 1 >= b && ((capword(a, j - 1) && !(a->t[j - 1].f & TPOSS)) ||
		    (connector(a, j - 1) && j - 2 >= b && capword(a, j - 2))); j--)
			;
		while (j < k && IN(WC_STOPCAP, a, j))
			j++;
		if (j > b && weq(a, j - 1, "the"))
			j--;
		if (j - 2 >= b && weq(a, j - 1, "of") && capword(a, j - 2)) {
			Np o = npback(a, j - 1, b);

			if (o.kind == NP_NAME)
				return o;
		}
		return np(j, k + 1, NP_NAME);
	}
	for (j = k; j >= b && k - j < 8; j--) {
		if (!(a->t[j].f & TW) || IN(WC_BOUND, a, j) || IN(WC_VERBISH, a, j) ||
		    (j < k && cue(a, j) & CUE_VERB))
			break;
		if (IN(WC_DET, a, j)) {
			j--;
			break;
		}
	}
	if (j == k)
		return np(0, 0, NP_NONE);
	if (j + 1 == k && !lonenoun(a, k))
		return np(0, 0, NP_NONE);
	if (j - 1 >= b && weq(a, j, "of") && capword(a, j - 1)) {
		/* Rep. Yoon Hae-jin of the main opposition party */
		Np o = npback(a, j, b);

		if (o.kind == NP_NAME)
			return o;
	}
	return np(j + 1, k + 1, NP_NOUN);
}

/* Cue words. */

static void
setcue(Attrib *a, Attr *x, long v)
{
	long j = v + 1, lim = (long)a->nt;
	int f = cue(a, v);
	Np o;

	x->cs = a->t[v].s;
	x->ce = a->t[v].e;
	if ((f & CUE_TELL) && !weq(a, j, "whether") && !weq(a, j, "if") &&
	    !weq(a, j, "about") && !weq(a, j, "why") && !weq(a, j, "how")) {
		o = npfwd(a, j, lim);
		if (o.kind != NP_NONE && o.t1 - o.t0 <= 5) {
			x->ce = a->t[o.t1 - 1].e;
			j = o.t1;
		}
	}
	if (weq(a, j, "in") && (weq(a, j + 1, "a") || weq(a, j + 1, "an")) &&
	    (a->t[j + 2].f & TW) && cue_medium(a->s + a->t[j + 2].s, wlen(a, j + 2)))
		x->ce = a->t[j + 2].e;
	else if (weq(a, j, "on") && (size_t)j + 1 < a->nt && (a->t[j + 1].f & TW) &&
	    cue_platform(a->s + a->t[j + 1].s, a->t[j + 1].e - a->t[j + 1].s)) {
		x->ce = a->t[j + 1].e;
		if (weq(a, j + 2, "social"))
			x->ce = a->t[j + 2].e;
	}
}

static void
setmention(Attrib *a, Attr *x, Np p)
{
	long ni;

	if (p.kind == NP_NAME && (ni = nameat(a, p.t1 - 1)) >= 0 &&
	    a->nm[ni].k0 > p.t0 && a->nm[ni].k0 < p.t1)
		p.t0 = a->nm[ni].k0;
	x->ms = a->t[p.t0].s;
	x->me = a->t[p.t1 - 1].e;
	if (a->t[p.t1 - 1].f & TPOSS)
		x->me -= a->s[x->me - 2] == '\'' ? 2 : 4;
}

/* A cue that is also a noun (calls, tweets) needs a plain subject. */
static int
nounyok(const Attrib *a, int f, Np p)
{
	if (!(f & CUE_NOUNY))
		return 1;
	return p.kind == NP_PRON || (p.kind == NP_NAME && !(a->t[p.t1 - 1].f & TPOSS) &&
	    (p.t1 - p.t0 >= 2 || hashget(a, p.t0) < 0 || a->nm[hashget(a, p.t0)].person));
}

/* The head of the subject tokens [h0, h1): the last name before any
 * "of" (Trump lawyer Marc Kasowitz; Mr. Morgan of the Sierra Club), a
 * pronoun, or the noun phrase itself. */
static Np
head(const Attrib *a, long h0, long h1)
{
	long k, e = h1, r0 = -1, r1 = -1;

	for (k = h0 + 1; k < h1; k++)
		if (weq(a, k, "of")) {
			e = k;
			break;
		}
	for (k = h0; k < e; k++) {
		if (capword(a, k) && !IN(WC_STOPCAP, a, k)) {
			r0 = k;
			r1 = runend(a, k);
			if (r1 > e)
				r1 = e;
			if (r1 <= k)
				r1 = k + 1;
			k = r1 - 1;
		}
	}
	if (r0 >= 0 && r1 == e)
		return np(r0, r1, NP_NAME);
	if (pronoun(a, h1 - 1))
		return np(h1 - 1, h1, NP_PRON);
	return np(h0, h1, NP_NOUN);
}

/* SUBJECT [, apposition,] [aux] CUE at token j; sets x and returns 1. */
static int
subjcue(Attrib *a, Attr *x, long j)
{
	long k, h1 = -1;
	int f = 0;
	Np p;

	if ((size_t)j >= a->nt || !(a->t[j].f & TW) || IN(WC_BOUND | WC_VERBISH, a, j) || aux(a, j))
		return 0;
	for (k = j; (size_t)k < a->nt && k - j < 30; k++) {
		if (a->t[k].f & (TEND | TQ | TPARA))
			return 0;
		if (h1 < 0 && ((a->t[k].f & TP) || aux(a, k)))
			h1 = k;
		if (h1 < 0 && k > j && (weq(a, k, "in") || weq(a, k, "at") || weq(a, k, "for") ||
		    weq(a, k, "from") || weq(a, k, "with")))
			h1 = k;   /* a narrator in the Clinton ad asks */
		if (h1 < 0 && (IN(WC_BOUND, a, k) || (k > j && (a->t[k].f & TW) && IN(WC_VERBISH, a, k))))
			return 0;
		f = cue(a, k);
		if (k > j && (f & CUE_VERB) && !(f & (CUE_BASE | CUE_ING)))
			break;
		if (k - j >= 10 && h1 < 0)
			return 0;
	}
	if ((size_t)k >= a->nt || k - j >= 30 || !(f & CUE_VERB))
		return 0;
	if (h1 < 0)
		h1 = k;
	p = head(a, j, h1);
	if (p.kind == NP_NOUN && punct(a, h1, ',') && capword(a, h1 + 1)) {
		/* a member of the delegation, Mamadou Diallo, told */
		Np o = npfwd(a, h1 + 1, k);

		if (o.kind == NP_NAME && punct(a, o.t1, ',') && realname(a, o))
			p = o;
	}
	if (!nounyok(a, f, p))
		return 0;
	setmention(a, x, p);
	setcue(a, x, k);
	return 1;
}

/* CUE NP at token j ("said Chung", "according to X"). */
static int
cuesubj(Attrib *a, Attr *x, long j)
{
	Np p;
	int f = cue(a, j);

	if (weq(a, j, "according") && weq(a, j + 1, "to")) {
		p = npfwd(a, j + 2, (long)a->nt);
		if (p.kind == NP_NONE)
			return 0;
		setmention(a, x, p);
		x->cs = a->t[j].s;
		x->ce = a->t[j + 1].e;
		return 1;
	}
	if (!(f & CUE_VERB) || (f & (CUE_BASE | CUE_ING)))
		return 0;
	p = npfwd(a, j + 1, (long)a->nt);
	if (p.kind == NP_NOUN && (a->t[p.t1].f & TCAP)) {
		/* said former South Carolina Gov. Jim Hodges */
		long e = p.t1;

		while ((size_t)e < a->nt && (capword(a, e) || connector(a, e)) && e - p.t0 < 12)
			e++;
		p = head(a, p.t0, e);
	}
	if (p.kind == NP_NONE || (p.kind == NP_NOUN && !IN(WC_DET, a, p.t0))) {
		/* said 9/11 widow Terry Strada. */
		long e = j + 1;

		while ((size_t)e < a->nt && e - j < 10 && !(a->t[e].f & (TEND | TPARA | TQ)) &&
		    !punct(a, e, ',') && !IN(WC_BOUND, a, e))
			e++;
		p = e > j + 1 ? head(a, j + 1, e) : np(0, 0, NP_NONE);
		if (p.kind != NP_NAME || !((size_t)e >= a->nt || (a->t[e].f & (TEND | TPARA)) ||
		    punct(a, e, ',')))
			return 0;
	}
	setmention(a, x, p);
	setcue(a, x, j);
	x->cs = a->t[j].s;
	x->ce = a->t[j].e;
	return 1;
}

/* Does the clause end after the cue of x ("he said." but not "Police
 * said the rally ended")? */
static int
clauseend(const Attrib *a, const Attr *x)
{
	long k = tokat(a, x->ce > x->me ? x->ce : x->me);

	while ((size_t)k < a->nt && (a->t[k].f & TW) && (aux(a, k) ||
	    capword(a, k) || weq(a, k, "on") || weq(a, k, "in")))
		k++;
	return (size_t)k >= a->nt || (a->t[k].f & (TP | TPARA | TQ));
}

/* A verb in the past tense, outside the lexicon: beamed, barked. */
static int
pastverb(const Attrib *a, long k)
{
	const Tok *t;

	if (k < 0 || (size_t)k >= a->nt || !(a->t[k].f & TLOW) || IN(WC_VERBISH | WC_BOUND, a, k))
		return 0;
	t = &a->t[k];
	return t->e - t->s >= 4 && a->s[t->e - 1] == 'd' && a->s[t->e - 2] == 'e';
}

/* A verb in the present after its subject: Blige sings. */
static int
presverb(const Attrib *a, long k)
{
	const Tok *t;

	if (k < 0 || (size_t)k >= a->nt || !(a->t[k].f & TLOW) || IN(WC_VERBISH | WC_BOUND, a, k))
		return 0;
	t = &a->t[k];
	return t->e - t->s >= 4 && a->s[t->e - 1] == 's' && a->s[t->e - 2] != 's' &&
	    (size_t)k + 1 < a->nt && ((a->t[k + 1].f & (TP | TPARA | TQ)) || IN(WC_BOUND, a, k + 1));
}

/* “…!” beamed Donald Hartley / “…,” Trump barked: after a quotation
 * that leaves the slot open (, ! ?), any verb in the past with a name. */
static int
verbslot(Attrib *a, Attr *x, long qi, long j)
{
	const Quote *q = a->a[a->t[qi].q].q;
	char c = q->end > q->start ? a->s[q->end - 1] : 0;
	Np p;

	if (c != ',' && c != '!' && c != '?' && !punct(a, qi + 1, ','))
		return 0;
	if (pastverb(a, j)) {
		p = npfwd(a, j + 1, (long)a->nt);
		if (p.kind == NP_NAME || p.kind == NP_PRON) {
			setmention(a, x, p);
			x->cs = a->t[j].s;
			x->ce = a->t[j].e;
			return 1;
		}
	}
	p = npfwd(a, j, (long)a->nt);
	if ((p.kind == NP_NAME || p.kind == NP_PRON) && (pastverb(a, p.t1) || presverb(a, p.t1))) {
		setmention(a, x, p);
		x->cs = a->t[p.t1].s;
		x->ce = a->t[p.t1].e;
		return 1;
	}
	return 0;
}

/* Attribution after the quotation at token qi. */
static int
right(Attrib *a, Attr *x, long qi)
{
	long j = qi + 1;

	Np p;

	if (dash(a, j)) {
		/* “…” ― Pamela Padilla */
		p = npfwd(a, j + 1, (long)a->nt);
		if (p.kind == NP_NAME && ((size_t)p.t1 >= a->nt ||
		    (a->t[p.t1].f & (TPARA | TEND | TQ)) || punct(a, p.t1, ','))) {
			setmention(a, x, p);
			x->cs = a->t[j].s;
			x->ce = a->t[j].e;
			return 1;
		}
	}
	if (punct(a, j, ',') || dash(a, j))
		j++;
	if ((size_t)j >= a->nt || (a->t[j].f & (TPARA | TQ | TP)))
		return 0;
	if (!cuesubj(a, x, j) && !subjcue(a, x, j) && !verbslot(a, x, qi, j))
		return 0;
	if (a->t[qi].f & TQEND && !clauseend(a, x)) {
		x->ms = x->me = x->cs = x->ce = NOPOS;
		return 0;
	}
	return 1;
}

/* First token of the sentence that holds token k. */
static long
sentstart(const Attrib *a, long k)
{
	long b;

	for (b = k - 1; b >= 0 && k - b < 120; b--) {
		if (a->t[b].f & TEND)
			break;
		if ((a->t[b].f & TQ) && (a->t[b].f & TQEND) && !punct(a, b + 1, ',') &&
		    !(a->t[b + 1].f & TLOW))
			break;
		if ((a->t[b].f & TPARA) && !punct(a, b - 1, ':'))
			break;
	}
	return b + 1;
}

/* A name that is not a capitalised word at the start of a sentence
 * (Following, Bemoaning) nor a heading in capitals. */
static int
realname(const Attrib *a, Np p)
{
	long o, k;

	for (k = p.t0; k < p.t1 && (a->t[k].f & TUP); k++)
		;
	if (p.t1 - p.t0 >= 2 && k < p.t1)
		return 1;
	o = hashget(a, p.t1 - 1);
	if (o >= 0 && a->nm[o].ntok >= 2 && a->nm[o].person)
		return 1;
	k = p.t1 - 1;
	return p.t1 - p.t0 == 1 && !(a->t[k].f & TUP) && (size_t)p.t1 < a->nt &&
	    (a->t[p.t1].f & TLOW) && !(a->t[k].e - a->t[k].s > 4 &&
	    !strncmp(a->s + a->t[k].e - 3, "ing", 3));
}

/* Does the phrase hold a number ("2010") or a day ("early Friday"): no
 * speaker then. */
static int
digits(const Attrib *a, Np p)
{
	long k;

	for (k = p.t0; k < p.t1; k++) {
		if (a->s[a->t[k].s] >= '0' && a->s[a->t[k].s] <= '9')
			return 1;
		if (p.kind == NP_NOUN && (a->t[k].f & TCAP) && IN(WC_STOPCAP, a, k) &&
		    !IN(WC_DET | WC_PRON, a, k))
			return 1;   /* early Friday */
	}
	return 0;
}

/* The subject of the sentence starting at b, before e. */
static Np
firstsubj(const Attrib *a, long b, long e)
{
	long k;
	Np p;

	for (k = b; k < e; k++) {
		if (k > b && (a->t[k - 1].f & TW) && !weq(a, k - 1, "and") &&
		    !weq(a, k - 1, "but") && !weq(a, k - 1, "then") && !aux(a, k - 1))
			continue;
		if (pronoun(a, k))
			return np(k, k + 1, NP_PRON);
		if (IN(WC_DET, a, k)) {
			p = npfwd(a, k, e);
			if (p.kind != NP_NONE && p.t1 - p.t0 <= 6 && (size_t)p.t1 < a->nt &&
			    (a->t[p.t1].f & TLOW) && !digits(a, p))
				return p;
		}
		if (capword(a, k) && !IN(WC_STOPCAP, a, k)) {
			p = npfwd(a, k, e);
			if (p.kind == NP_NAME && realname(a, p))
				return p;
		}
	}
	return np(0, 0, NP_NONE);
}

/* The last attribution in tokens [b, qi), each cue with the subject of
 * its own sentence. */
static int
leftin(Attrib *a, Attr *x, long b0, long qi)
{
	long b = b0, c, k, e;
	int f;
	Np p;

	for (c = qi - 1; c >= b0; c--) {
		if (c < b || c == qi - 1) {
			/* the sentence of c: a sentence boundary was crossed */
			b = sentstart(a, c + 1);
			if (b < b0)
				b = b0;
		}
		if (!(a->t[c].f & TW))
			continue;
		if (weq(a, c, "according") && weq(a, c + 1, "to"))
			return cuesubj(a, x, c);
		if (weq(a, c, "saying") && weq(a, c - 1, "as")) {
			for (k = c - 2; k > b && !weq(a, k, "quoted"); k--)
				;
			if (weq(a, k, "quoted")) {
				p = npfwd(a, k + 1, c - 1);
				if (p.kind == NP_NONE)
					return 0;
				setmention(a, x, p);
				x->cs = a->t[k].s;
				x->ce = a->t[c].e;
				x->quotedas = 1;
				return 1;
			}
		}
		f = cue(a, c);
		if (!(f & CUE_VERB) || (f & CUE_BASE))
			continue;
		if ((f & CUE_ING) && c > b && (a->t[c - 1].f & TW) &&
		    (IN(WC_DET, a, c - 2) || (capword(a, c - 1) && !IN(WC_STOPCAP, a, c - 1)))) {
			/* a statement calling for; footage of Clinton asking */
			p = npback(a, c, b);
		} else if (f & CUE_ING) {
			p = firstsubj(a, b, c);
		} else {
			e = c;
			while (e > b && aux(a, e - 1))
				e--;
			if (punct(a, e - 1, ',') || punct(a, e - 1, ')')) {
				/* X, the minister, said */
				for (k = e - 2; k > b && e - k < 25 && !punct(a, k, ',') &&
				    !punct(a, k, '('); k--)
					;
				if (k > b && (punct(a, k, ',') || punct(a, k, '('))) {
					p = npfwd(a, k + 1, e - 1);
					if (p.kind != NP_NAME || weq(a, p.t0, "the") || !realname(a, p))
						p = npback(a, k, b);
					if (p.kind != NP_NONE && p.t0 > b && IN(WC_BOUND, a, p.t0 - 1))
						p = firstsubj(a, b, k);
				} else
					p = np(0, 0, NP_NONE);
			} else {
				p = npback(a, e, b);
				/* Protesters marching through the streets chanted;
				 * Trump tweeted early Friday, saying */
				if (p.kind == NP_NOUN && p.t0 > b && ((IN(WC_BOUND, a, p.t0 - 1) &&
				    !weq(a, p.t0 - 1, "that")) || digits(a, p))) {
					Np o = firstsubj(a, b, p.t0 - 1);

					if (o.kind != NP_NONE)
						p = o;
				}
			}
		}
		if (p.kind == NP_NONE || !nounyok(a, f, p))
			continue;
		if (p.t0 > b && (weq(a, p.t0 - 1, "what") || weq(a, p.t0 - 1, "which"))) {
			/* Clinton says she admires what he calls “…”: the
			 * attribution is the sentence's */
			Np o = firstsubj(a, b, p.t0 - 1);

			if (o.kind != NP_NONE)
				p = o;
		}
		setmention(a, x, p);
		setcue(a, x, c);
		return 1;
	}
	return 0;
}

/* Attribution before the quotation at token qi, in its sentence. */
static int
left(Attrib *a, Attr *x, long qi)
{
	return leftin(a, x, sentstart(a, qi), qi);
}

/* A quotation that opens a paragraph, or follows writing with no
 * quotation, takes the last attribution of its paragraph or of the
 * paragraph before: Stone said the race was close. “We will win.” */
static int
earlier(Attrib *a, Attr *x, long qi)
{
	long b = qi;

	while (b > 0 && !(a->t[b - 1].f & TPARA) && qi - b < 300)
		b--;
	if (b == qi && b >= 2) {
		b--;    /* the paragraph break */
		if (a->t[b - 1].f & TQ)
			return 0;
		while (b > 0 && !(a->t[b - 1].f & TPARA) && qi - b < 300)
			b--;
	}
	return b < qi && leftin(a, x, b, qi);
}

/* X was conclusive in its findings: “…”; the name after a dash that
 * introduces a quoted source: The polls have been close - Jane Roe: “…” */
static int
colon(Attrib *a, Attr *x, long qi)
{
	long b;
	Np p;

	if (!punct(a, qi - 1, ':'))
		return 0;
	b = sentstart(a, qi - 1);
	p = npback(a, qi - 1, b);
	if (p.kind != NP_NAME || !dash(a, p.t0 - 1))
		p = firstsubj(a, b, qi - 1);
	if (p.kind == NP_NONE)
		return 0;
	setmention(a, x, p);
	x->cs = a->t[qi - 1].s;
	x->ce = a->t[qi - 1].e;
	return 1;
}

/* Does the quotation at token k continue the one at token prev: in the
 * same paragraph with at most the sentence of its attribution between
 * (near), or in the paragraph before? */
static int
continues(const Attrib *a, long prev, long k, int near)
{
	long j;
	int ends = 0;

	if (!a->a[a->t[prev].q].quotation)
		return 0;
	if (!near)
		return a->t[k].para - a->t[prev].para <= 1;
	if (a->t[k].para != a->t[prev].para)
		return 0;
	for (j = prev + 1; j < k; j++)
		if ((a->t[j].f & TEND) && ++ends > 1)
			return 0;
	return 1;
}

/* The person the sentence before the quotation at token qi is about,
 * in its paragraph: Sanders identified young voters as … . “The younger
 * people are…” */
static int
before(Attrib *a, Attr *x, long qi)
{
	long b, e = qi - 1;
	Np p;

	if (e < 0 || !(a->t[e].f & TEND) || a->t[e].para != a->t[qi].para)
		return 0;
	b = sentstart(a, e);
	p = firstsubj(a, b, e);
	if (p.kind != NP_NAME || !realname(a, p))
		return 0;
	setmention(a, x, p);
	return 1;
}

/* Attribution later in the sentence of a quotation. */
static int
later(Attrib *a, Attr *x, long qi)
{
	long j;

	for (j = qi + 1; (size_t)j < a->nt && j - qi < 40; j++) {
		if (a->t[j].f & (TEND | TPARA))
			return 0;
		if ((a->t[j].f & TQ) || punct(a, j, ',')) {
			if (a->t[j].f & TQ)
				return 0;
			if (cuesubj(a, x, j + 1) || subjcue(a, x, j + 1))
				return 1;
		}
	}
	return 0;
}

/* A partial quotation with no cue: the subject of its sentence. */
static int
subject(Attrib *a, Attr *x, long qi)
{
	long b = sentstart(a, qi);
	Np p = firstsubj(a, b, qi);

	if (p.kind == NP_NONE || x->q->single)
		return 0;
	setmention(a, x, p);
	return 1;
}

/* Kind and title. */

static int
startsupper(const char *s, const Quote *q)
{
	int32_t c;
	size_t i = q->start;

	while (i < q->end) {
		i += utf8_decode(s + i, q->end - i, &c);
		if (uc_isalpha(c))
			return uc_isupper(c);
		if (uc_isdigit(c))
			return 1;
	}
	return 0;
}

static int
kind(const Attrib *a, long qi)
{
	const Quote *q = a->a[a->t[qi].q].q;
	long p = qi - 1;

	if (!startsupper(a->s, q))
		return KIND_PARTIAL;
	if (q->end > q->start && q->closed && (size_t)qi + 1 < a->nt &&
	    (a->t[qi + 1].f & TW) && (unsigned char)a->s[q->end - 1] < 0x80 &&
	    isalnum((unsigned char)a->s[q->end - 1]))
		return KIND_PARTIAL;    /* “Orange is the New Black” star Dascha Polanco */
	if (p < 0 || !(a->t[p].f & TW) || a->s[a->t[p].e - 1] == '.')
		return KIND_FULL;
	return cue(a, p) & CUE_VERB ? KIND_FULL : KIND_PARTIAL;
}

/* A word that stays small in a title: of, the, and, is, with. */
static int
smallword(const char *w, size_t n)
{
	static const char *const small[] = {
		"a", "an", "and", "as", "at", "by", "for", "from", "in", "is",
		"of", "on", "or", "the", "to", "with",
	};
	size_t i, k;

	for (k = 0; k < n && k < 5 && w[k] >= 'a' && w[k] <= 'z'; k++)
		;
	if (k > 4 || (k < n && w[k] >= 'a' && w[k] <= 'z'))
		return 0;
	for (i = 0; i < sizeof small / sizeof *small; i++)
		if (small[i][0] == w[0] && !strncmp(small[i], w, k) && small[i][k] == '\0')
			return 1;
	return 0;
}

/* Title Case words only (a title), at most eight words. */
static int
titlecase(const char *s, const Quote *q)
{
	size_t i = q->start, w = 0;
	int32_t c;
	int n, start = 1, small = 0, caps = 0;

	while (i < q->end) {
		n = utf8_decode(s + i, q->end - i, &c);
		if (uc_isalpha(c) || uc_isdigit(c)) {
			if (start) {
				w++;
				if (uc_isupper(c) || uc_isdigit(c))
					caps++;
				else if (smallword(s + i, q->end - i))
					small++;
				else
					return 0;
			}
			start = 0;
		} else if (c != '\'' && c != 0x2019 && c != '-')
			start = 1;
		i += n;
	}
	return w > 0 && w <= 8 && caps > 0;
	(void)small;
}

static int
istitle(const Attrib *a, long qi, const Attr *x)
{
	long p = qi - 1;
	int cued = 0;

	/* the film “Jaws”, CNN's “State of the Union”, his memoir, “An
	 * American Son.” */
	for (; p >= 0 && qi - p <= 3 && !(a->t[p].f & (TEND | TPARA | TQ)); p--) {
		if (!(a->t[p].f & TW))
			continue;
		if (x->kind == KIND_PARTIAL && (a->t[p].f & TPOSS) && p == qi - 1)
			cued = 1;
		if (IN(WC_TITLECUE, a, p) && (x->kind == KIND_PARTIAL || !weq(a, p, "on")))
			cued = 1;
	}
	if (!cued && !(x->kind == KIND_PARTIAL && x->ms == NOPOS))
		return 0;
	return titlecase(a->s, x->q);
}

/* Speakers. */

static long
bestname(const Attrib *a, long k0, long t1)
{
	long o = hashget(a, t1 - 1);

	if (o >= 0 && contains(a, &a->nm[o], k0, t1))
		return o;
	return -1;
}

/* Index of the first name run that ends after token k. */
static size_t
namefrom(const Attrib *a, long k)
{
	size_t lo = 0, hi = a->nn, m;

	while (lo < hi) {
		m = (lo + hi) / 2;
		if (a->nm[m].t1 <= k)
			lo = m + 1;
		else
			hi = m;
	}
	return lo;
}

/* The name run holding token k, or -1. */
static long
nameat(const Attrib *a, long k)
{
	size_t i = namefrom(a, k);

	return i < a->nn && a->nm[i].t0 <= k ? (long)i : -1;
}

static long
tokat(const Attrib *a, size_t off)
{
	size_t lo = 0, hi = a->nt, m;

	while (lo < hi) {
		m = (lo + hi) / 2;
		if (a->t[m].e <= off)
			lo = m + 1;
		else
			hi = m;
	}
	return (long)lo;
}

static void
setspeaker(Attrib *a, Attr *x, long ni)
{
	long b = bestname(a, a->nm[ni].k0, a->nm[ni].t1);
	const Name *n = &a->nm[b >= 0 ? b : ni];

	x->ss = a->t[n->k0].s;
	x->se = a->t[n->t1 - 1].s + wlen(a, n->t1 - 1);
}

/* WC_FEM or WC_MASC when a name's title or given name tells, else 0. */
static int
gender(const Attrib *a, const Name *n)
{
	long k;

	for (k = n->t0; k < n->t1 && k <= n->k0; k++)
		if (IN(WC_FEM | WC_MASC, a, k))
			return IN(WC_FEM | WC_MASC, a, k);
	return 0;
}

/* The last person before token k that was a subject or the speaker
 * lastspk, and whose gender fits (want: WC_FEM, WC_MASC or 0). */
static long
lastperson(const Attrib *a, long k, long lastspk, int want)
{
	long i, b;
	size_t lo = namefrom(a, k);
	int g;

	for (i = (long)lo - 1; i >= 0 && k - a->nm[i].t1 < 2000 && (long)lo - i < 60; i--) {
		const Name *n = &a->nm[i];
		long p = n->t0 - 1, nx = n->t1;

		b = bestname(a, n->k0, n->t1);
		g = gender(a, b >= 0 ? &a->nm[b] : n);
		if (!g)
			g = gender(a, n);
		if (want && g && g != want)
			continue;
		if (i == lastspk)
			return i;
		if (!n->person && b < 0)
			continue;
		if (b >= 0 && !a->nm[b].person)
			continue;
		if ((a->t[n->t1 - 1].f & TPOSS) || (p >= 0 && (a->t[p].f & TW) && !weq(a, p, "and")))
			continue;
		if ((size_t)nx < a->nt && ((a->t[nx].f & TLOW) || punct(a, nx, ',')))
			return i;
	}
	return want ? -1 : lastspk;
}

static void
resolve(Attrib *a, Attr *x, long *lastspk)
{
	long k, ni, e, h;
	const char *w;

	if (x->ms == NOPOS)
		return;
	k = tokat(a, x->ms);
	e = tokat(a, x->me - 1);
	w = a->s + x->ms;
	ni = nameat(a, k);
	if (ni >= 0 && a->nm[ni].t0 <= k && a->nm[ni].t1 > k &&
	    (a->nm[ni].t1 > e || a->nm[ni].ntok > 1 || a->nm[ni].person)) {
		/* not "Small" of "Small groups of protesters" */
		setspeaker(a, x, ni);
		if (a->nm[ni].person || bestname(a, a->nm[ni].k0, a->nm[ni].t1) >= 0)
			*lastspk = ni;
		return;
	}
	for (h = e; h > k; h--) {
		/* a person named inside the phrase: the Rev. Peter Wherry */
		ni = nameat(a, h);
		if (ni >= 0 && a->nm[ni].person && a->nm[ni].t1 == e + 1) {
			setspeaker(a, x, ni);
			*lastspk = ni;
			return;
		}
	}
	if (x->me - x->ms <= 3 && (!strncasecmp(w, "he", 2) || !strncasecmp(w, "she", 3))) {
		ni = lastperson(a, k, *lastspk, tolower((unsigned char)*w) == 's' ? WC_FEM : WC_MASC);
		if (ni >= 0) {
			setspeaker(a, x, ni);
			*lastspk = ni;
			return;
		}
	}
	if (weq(a, k, "the") && e > k) {
		/* "the president": the person last titled so */
		long from = (long)namefrom(a, k) - 1;

		for (h = from; h >= 0 && from - h < 400; h--) {
			if (a->nm[h].title < 0)
				continue;
			if (sameword(a, a->nm[h].title, e)) {
				setspeaker(a, x, h);
				*lastspk = h;
				return;
			}
		}
	}
	x->ss = x->ms;
	x->se = x->me;
}

/* The document. */

Attrib *
attrib_new(void)
{
	foldinit();
	return xcalloc(1, sizeof(Attrib));
}

void
attrib_free(Attrib *a)
{
	if (!a)
		return;
	quotes_free(&a->q);
	free(a->t);
	tokens_free(&a->tk);
	free(a->a);
	free(a->qk);
	free(a->nm);
	free(a->hash);
	free(a->pw);
	free(a->pc);
	free(a);
}

static void
clear(Attr *x)
{
	x->quotation = 0;
	x->kind = KIND_PARTIAL;
	x->ms = x->me = x->ss = x->se = x->cs = x->ce = NOPOS;
	x->quotedas = 0;
}

size_t
attrib_doc(Attrib *a, const char *s, size_t len, const Attr **out)
{
	size_t i;
	long k, qn, prevq = -1, lastspk = -1;
	Attr *x, *p;

	a->s = s;
	a->len = len;
	quote_find(s, len, &a->q);
	a->na = 0;
	xgrow(&a->a, &a->capa, a->q.n + 1, sizeof *a->a);
	*out = a->a;
	if (a->q.n == 0)
		return 0;   /* nothing to attribute: skip the words */
	for (i = 0; i < a->q.n; i++) {
		x = &a->a[a->na++];
		clear(x);
		x->q = &a->q.v[i];
	}
	tokenize(a);
	names(a);
	for (qn = 0; (size_t)qn < a->nqk; qn++) {
		k = a->qk[qn];
		x = &a->a[a->t[k].q];
		x->kind = kind(a, k);
		if (right(a, x, k) || left(a, x, k) || later(a, x, k) || colon(a, x, k)) {
			x->quotation = !istitle(a, k, x);
			resolve(a, x, &lastspk);
		} else if (istitle(a, k, x)) {
			x->quotation = 0;
		} else if (x->kind == KIND_PARTIAL && subject(a, x, k)) {
			x->quotation = 1;
			resolve(a, x, &lastspk);
		} else if (x->kind == KIND_FULL && !x->q->single) {
			x->quotation = 1;
			if (prevq >= 0 && continues(a, prevq, k, 1)) {
				p = &a->a[a->t[prevq].q];
				x->ss = p->ss;
				x->se = p->se;
			} else if (earlier(a, x, k) || before(a, x, k)) {
				resolve(a, x, &lastspk);
			} else if (prevq >= 0 && continues(a, prevq, k, 0)) {
				p = &a->a[a->t[prevq].q];
				x->ss = p->ss;
				x->se = p->se;
			}
		}
		if (x->quotation)
			prevq = k;
	}
	*out = a->a;
	return a->na;
}

/* The entity of the mention that overlaps s[a..b), or -1. */
static long
entityat(const Mentions *m, size_t a, size_t b)
{
	size_t lo = 0, hi = m->n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (m->v[mid].end <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < m->n && m->v[lo].start < b; lo++)
		if (m->v[lo].entity >= 0 && (m->v[lo].type == ENT_PER || m->v[lo].type == ENT_ORG))
			return m->v[lo].entity;
	return -1;
}

const char *
attrib_entity(const char *s, const Attr *x, const void *mv, const void *ev)
{
	const Mentions *m = mv;
	const Entities *e = ev;
	long k = -1;

	if (x->ss == NOPOS)
		return NULL;
	if (x->ms != NOPOS)
		k = entityat(m, x->ms, x->me);
	if (k < 0)
		k = entityat(m, x->ss, x->se);
	if (k < 0)
		k = alias_lookup(e, s + x->ss, x->se - x->ss, x->ms != NOPOS ? x->ms : x->ss);
	return k >= 0 ? e->v[k].name : NULL;
}

void
attrib_cue(const char *s, const Attr *x, Buf *out)
{
	buf_clear(out);
	if (x->cs == NOPOS)
		return;
	if (x->quotedas) {
		buf_adds(out, "quoted ... as saying");
		return;
	}
	quote_text(s, x->cs, x->ce, out);
}
