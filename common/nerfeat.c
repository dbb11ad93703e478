/* nerfeat.c: token properties and features of the entity tagger. */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "gazetteer.h"
#include "nerfeat.h"
#include "utf8.h"

static inline uint64_t
mix(uint64_t a, uint64_t b)
{
	uint64_t x = a ^ (b * 0x9E3779B97F4A7C15ull);

	x ^= x >> 31;
	x *= 0xD6E8FEB86659FD93ull;
	x ^= x >> 29;
	return x;
}

static const unsigned char shape_ascii[128] = {
#define R8(a) a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7
	R8(0), R8(8), R8(16), R8(24), R8(32), R8(40),
	'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 58, 59, 60, 61, 62, 63,
	64, 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X',
	'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 91, 92, 93, 94, 95,
	96, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
	'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 123, 124, 125, 126, 127,
#undef R8
};

/* Case class of the code point at s[i]: 'X', 'x', 'd' or the byte. */
static inline int
shapec(const char *s, size_t n, size_t i, size_t *k)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;

	*k = 1;
	if (c < 0x80)
		return shape_ascii[c];
	*k = (size_t)utf8_decode(s + i, n - i, &cp);
	if (uc_isupper(cp))
		return 'X';
	if (uc_islower(cp) || uc_isalpha(cp))
		return 'x';
	if (uc_isdigit(cp))
		return 'd';
	return '~';
}

static void
props(TokInfo *t, TokHeavy *hv, const char *s, size_t n)
{
	uint64_t sh = 0xCBF29CE484222325ull, pre = 0x84222325CBF29CE4ull;
	size_t i, k, nch = 0;
	int c, last = 0, reps = 0, nup = 0, nlow = 0, ndig = 0, nalpha = 0, first = 0, other = 0;
	unsigned cap = 0;
	char lc;

	uint64_t hw = 0xCBF29CE484222325ull, hl = hw;
	int ascii = 1;

	for (i = 0; i < n; i += k) {
		c = shapec(s, n, i, &k);
		if (k == 1 && (unsigned char)s[i] < 0x80) {
			unsigned char b = (unsigned char)s[i];
			hw = (hw ^ b) * 0x100000001B3ull;
			hl = (hl ^ (b >= 'A' && b <= 'Z' ? b + 32 : b)) * 0x100000001B3ull;
		} else
			ascii = 0;
		if (!first)
			first = c;
		nup += c == 'X';
		if (c == 'X' && nlow)
			cap |= CAP_MIXED;
		nlow += c == 'x';
		ndig += c == 'd';
		other += c != 'X' && c != 'x' && c != 'd' && c != ',' && c != '.';
		if (c == last && reps >= 1)
			;
		else {
			reps = c == last ? reps + 1 : 0;
			sh = (sh ^ (uint64_t)c) * 0x100000001B3ull;
		}
		last = c;
		nch++;
		if (nch <= 4) {
			lc = s[i];
			if (lc >= 'A' && lc <= 'Z')
				lc += 32;
			pre = (pre ^ (unsigned char)lc) * 0x100000001B3ull;
			hv->pre[nch - 1] = pre;
		}
	}
	nalpha = nup + nlow;
	for (i = nch; i < 4; i++)
		hv->pre[i] = hv->pre[nch ? nch - 1 : 0] ^ (i + 1);
	/* suffixes: last 1..4 bytes, lower case */
	uint64_t suf = 0x9E3779B97F4A7C15ull;
	for (i = 0; i < 4; i++) {
		if (i < n) {
			lc = s[n - 1 - i];
			if (lc >= 'A' && lc <= 'Z')
				lc += 32;
			suf = (suf ^ (unsigned char)lc) * 0x100000001B3ull;
		} else
			suf = suf * 0x100000001B3ull;
		hv->suf[i] = suf;
	}
	if (first == 'X')
		cap |= CAP_INIT;
	if (nup && !nlow)
		cap |= nup >= 2 ? CAP_ALL : 0;
	if (nup)
		cap |= CAP_HASUP;
	if (nlow && !nup)
		cap |= CAP_LOWER;
	if (ndig)
		cap |= CAP_DIGIT;
	if (ndig && !nalpha && !other)
		cap |= CAP_ALLDIGIT;
	if (!nalpha && !ndig)
		cap |= CAP_PUNCT;
	t->cap = cap;
	hv->shape = sh;
	t->len = nch > 15 ? 15 : (unsigned short)nch;
	/* exact form and lower case (as gaz_hash_lower() for ASCII): FNV */
	if (!ascii) {
		for (hw = 0xCBF29CE484222325ull, i = 0; i < n; i++)
			hw = (hw ^ (unsigned char)s[i]) * 0x100000001B3ull;
		hl = gaz_hash_lower(s, n);
	}
	hv->hw = hw;
	t->hl = hl ? hl : 1;
	t->full = 1;
}

/* The cheap properties of an ASCII token without capitals (cap, len,
 * hl: the same values as props()); 0 if the token needs props(). */
/* Byte classes for quick(): a lower-case letter, a digit, another
 * character than , and . ; Q_NO: a capital or a non-ASCII byte. */
enum { Q_LOW = 1, Q_DIG = 2, Q_OTHER = 4, Q_NO = 8 };
static unsigned char qclass[256];

static void
qinit(void)
{
	int c;

	for (c = 0; c < 256; c++)
		qclass[c] = c >= 0x80 || (c >= 'A' && c <= 'Z') ? Q_NO :
		    c >= 'a' && c <= 'z' ? Q_LOW : c >= '0' && c <= '9' ? Q_DIG :
		    c != ',' && c != '.' ? Q_OTHER : 0;
}

/* The cheap properties of an ASCII token without capitals (cap, len,
 * hl: the same values as props()); 0 if the token needs props(). */
static int
quick(TokInfo *t, const char *s, size_t n)
{
	uint64_t h = 0xCBF29CE484222325ull;
	unsigned cap = 0, q = 0;
	size_t i;

	if (qclass[(unsigned char)s[0]] & Q_NO)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		q |= qclass[c];
		h = (h ^ c) * 0x100000001B3ull;
	}
	if (q & Q_NO)
		return 0;
	if (q & Q_LOW)
		cap |= CAP_LOWER;
	if (q & Q_DIG)
		cap |= CAP_DIGIT;
	if (q == Q_DIG)
		cap |= CAP_ALLDIGIT;
	if (!(q & (Q_LOW | Q_DIG)))
		cap |= CAP_PUNCT;
	t->cap = cap;
	t->len = n > 15 ? 15 : (unsigned short)n;
	t->hl = h ? h : 1;
	t->full = 0;
	return 1;
}

/* The properties of words by their exact form, kept across documents
 * (most words of a text were seen before): a direct-mapped cache. */
enum { WC_MAXLEN = 24 };
typedef struct {
	uint64_t hw;              /* FNV-1a of the form (TokHeavy.hw) */
	uint64_t id;              /* unique per filling, 0 = empty */
	uint64_t hl;
	TokHeavy hv;
	unsigned cap;
	unsigned short len;
	unsigned char n;
	char s[WC_MAXLEN];
} WordEnt;

static WordEnt *wc;
static uint64_t wc_ids;

static inline uint64_t
fnv(const char *s, size_t n)
{
	uint64_t h = 0xCBF29CE484222325ull;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001B3ull;
	return h;
}

/* Are a[0..n) and b[0..n) equal (n <= WC_MAXLEN)?  By 8 or 4 bytes
 * at a time, overlapping, so that the branches depend little on n. */
static inline int
same(const char *a, const char *b, size_t n)
{
	uint64_t x, y, z, w;
	uint32_t p, q, r, t;

	if (n >= 8) {
		memcpy(&x, a, 8), memcpy(&y, b, 8);
		memcpy(&z, a + n - 8, 8), memcpy(&w, b + n - 8, 8);
		if ((x ^ y) | (z ^ w))
			return 0;
		if (n > 16) {
			memcpy(&x, a + 8, 8), memcpy(&y, b + 8, 8);
			return x == y;
		}
		return 1;
	}
	if (n >= 4) {
		memcpy(&p, a, 4), memcpy(&q, b, 4);
		memcpy(&r, a + n - 4, 4), memcpy(&t, b + n - 4, 4);
		return ((p ^ q) | (r ^ t)) == 0;
	}
	return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* Fill t (and hv) with the properties of s[0..n), whose FNV-1a hash is
 * hw, from the cache, computing them on a miss. */
static void
cached_props(TokInfo *t, TokHeavy *hv, const char *s, size_t n, uint64_t hw)
{
	WordEnt *e;
	size_t slot;

	if (n > WC_MAXLEN) {
		props(t, hv, s, n);
		t->wid = 0;
		return;
	}
	if (!wc)
		wc = xcalloc(NER_WCSIZE, sizeof *wc);
	slot = (hw ^ hw >> 29) & (NER_WCSIZE - 1);
	e = &wc[slot];
	if (!(e->id && e->hw == hw && e->n == n && same(e->s, s, n))) {
		TokInfo x;
		props(&x, &e->hv, s, n);
		e->hw = hw;
		e->hl = x.hl;
		e->cap = x.cap;
		e->len = x.len;
		e->n = (unsigned char)n;
		memcpy(e->s, s, n);
		e->id = ++wc_ids;
	}
	*hv = e->hv;
	t->hl = e->hl;
	t->cap = e->cap;
	t->len = e->len;
	t->wid = e->id;
	t->wslot = (uint32_t)slot;
	t->full = 1;
}

/* Make sure token i has all its properties. */
static inline void
ensure(const NerDoc *d, size_t i)
{
	TokInfo *t = &d->ti[i];

	if (!t->full) {
		const Token *k = &d->tok.v[i];
		/* quick(): lower-case ASCII, so hl is the FNV-1a hash of the form */
		cached_props(t, &d->hv[i], d->text + k->start, k->end - k->start, t->hl);
	}
}

int
ner_word(const NerDoc *d, size_t i, uint64_t *id)
{
	ensure(d, i);
	*id = d->ti[i].wid;
	return (int)d->ti[i].wslot;
}

/* Line properties: all caps (headline), table (many numbers), short. */
static void
lines(NerDoc *d)
{
	size_t i, j, n = d->tok.n;
	unsigned f;
	int lower, words, nums, caps;

	for (i = 0; i < n; i = j) {
		lower = words = nums = caps = 0;
		for (j = i; j < n && (j == i || !(d->tok.v[j].flags & TOK_LINE_START)); j++) {
			unsigned c = d->ti[j].cap;
			if (c & (CAP_LOWER | CAP_MIXED) || ((c & CAP_INIT) && !(c & CAP_ALL) && d->ti[j].len > 1))
				lower++;
			if (c & CAP_ALL)
				caps++;
			if (c & CAP_DIGIT)
				nums++;
			if (!(c & CAP_PUNCT))
				words++;
		}
		f = 0;
		if (caps >= 1 && lower == 0)
			f |= LINE_CAPS;
		if (nums * 3 >= words && nums >= 2)
			f |= LINE_TABLE;
		if (words <= 5)
			f |= LINE_SHORT;
		for (size_t k = i; k < j; k++)
			d->ti[k].line = f;
	}
}

static DocWord *
dw_find(NerDoc *d, uint64_t key)
{
	size_t i = key & d->dwmask;

	while (d->dw[i].key && d->dw[i].key != key)
		i = (i + 1) & d->dwmask;
	return &d->dw[i];
}

static void
memory(NerDoc *d)
{
	size_t i, need, n = d->tok.n;
	DocWord *w;
	TokInfo *t;

	for (need = 64; need < n + n / 2 + 2; need <<= 1)
		;
	if (need > d->dwcap) {
		free(d->dw);
		free(d->used);
		d->dw = xcalloc(need, sizeof *d->dw);
		d->used = xmalloc(need * sizeof *d->used);
		d->dwcap = need;
	} else {
		/* clear what the last document used, not the whole table */
		for (i = 0; i < d->nused; i++)
			memset(&d->dw[d->used[i]], 0, sizeof *d->dw);
	}
	d->nused = 0;
	d->dwmask = need - 1;
	for (i = 0; i < n; i++) {
		t = &d->ti[i];
		w = dw_find(d, t->hl);
		if (!w->key) {
			w->key = t->hl;
			d->used[d->nused++] = (uint32_t)(w - d->dw);
		}
		t->dw = (uint32_t)(w - d->dw);
		if (t->cap & CAP_LOWER)
			w->seen |= SEEN_LOWER;
		else if ((t->cap & CAP_INIT) && !(t->cap & CAP_ALL) && !(t->line & LINE_CAPS)) {
			if (t->tflags & TOK_SENT_START)
				w->seen |= SEEN_SENT_START;
			else
				w->seen |= SEEN_TITLE_MID;
		}
	}
}

static int fword(uint64_t hl);

/* ner_skip() after O: lower-case words, numbers, punctuation, and
 * function words capitalised at the start of a sentence. */
static int
skip0(const TokInfo *t)
{
	if (!(t->cap & CAP_HASUP))
		return 1;
	return (t->tflags & TOK_SENT_START) && !(t->cap & CAP_ALL) && fword(t->hl);
}

void
nerdoc_prepare(NerDoc *d, const char *text, size_t len)
{
	size_t i, n;

	d->text = text;
	d->len = len;
	tokenise(text, len, &d->tok);
	n = d->tok.n;
	if (!qclass['A'])
		qinit();
	if (n > d->ticap || !d->h2) {   /* allocated even for no tokens */
		free(d->ti);
		free(d->hv);
		free(d->tmp);
		free(d->h2);
		d->ticap = n + n / 2 + 1;
		d->h2 = xmalloc(d->ticap);
		d->ti = xmalloc(d->ticap * sizeof *d->ti);
		d->hv = xmalloc(d->ticap * sizeof *d->hv);
		d->tmp = xmalloc(d->ticap * sizeof *d->tmp);
	}
	for (i = 0; i < n; i++) {
		Token *k = &d->tok.v[i];
		const char *s = text + k->start;
		size_t sn = k->end - k->start;
		if (!quick(&d->ti[i], s, sn))
			cached_props(&d->ti[i], &d->hv[i], s, sn, fnv(s, sn));
		d->ti[i].tflags = k->flags;
		d->tmp[i] = d->ti[i].hl;
	}
	memset(d->h2, 0, n);
	for (i = 0; i < n; i++)
		d->ti[i].skip = (unsigned char)skip0(&d->ti[i]);
	lines(d);
	memory(d);
	{
		static unsigned *bits;
		static unsigned char *start;
		static size_t cap;
		if (n > cap) {
			free(bits), free(start);
			cap = n + n / 2;
			bits = xmalloc(cap * sizeof *bits);
			start = xmalloc(cap);
		}
		for (i = 0; i < n; i++)
			start[i] = (d->ti[i].cap & CAP_INIT) != 0;
		gaz_mark(d->tmp, n, start, bits);
		for (i = 0; i < n; i++)
			d->ti[i].gaz = bits[i];
	}
}

void
nerdoc_free(NerDoc *d)
{
	tokens_free(&d->tok);
	free(d->ti);
	free(d->hv);
	free(d->dw);
	free(d->used);
	free(d->tmp);
	free(d->h2);
	memset(d, 0, sizeof *d);
}


/* Function words that are capitalised only at the start of a sentence. */
static const char *const fwords[] = {
	"a", "after", "all", "also", "an", "and", "any", "as", "at", "before",
	"both", "but", "by", "each", "for", "from", "he", "her", "his", "however",
	"i", "if", "in", "it", "its", "many", "meanwhile", "more", "most", "my",
	"no", "not", "now", "of", "on", "one", "or", "other", "our", "she", "so",
	"some", "such", "that", "the", "their", "then", "there", "these", "they",
	"this", "those", "to", "we", "what", "when", "where", "which", "while",
	"who", "why", "with", "yet", "you", "your", "how", "is", "was", "are",
	"were", "will", "would", "can", "could", "should", "may", "might", "has",
	"have", "had", "do", "does", "did", "its", "only", "even", "because",
	"since", "until", "though", "although", "during", "about", "under", "over",
	"into", "than", "just", "still", "yes", "well", "here", "asked", "said",
};
static uint64_t fset[512];

static int
fword(uint64_t hl)
{
	size_t i, k;

	if (!fset[0]) {
		fset[0] = 1;
		for (k = 0; k < sizeof fwords / sizeof *fwords; k++) {
			uint64_t h = gaz_hash_lower(fwords[k], strlen(fwords[k]));
			for (i = h & 511; fset[i] && fset[i] != h; i = (i + 1) & 511)
				;
			fset[i] = h;
		}
	}
	for (i = hl & 511; fset[i]; i = (i + 1) & 511)
		if (fset[i] == hl && i != 0)
			return 1;
	return 0;
}

int
ner_fword(const NerDoc *d, size_t i)
{
	return fword(d->ti[i].hl);
}


enum {
	F_BIAS = 1, F_W, F_L, F_SH, F_PRE, F_SUF, F_LM1, F_LP1, F_LM2, F_LP2,
	F_SHM1, F_SHP1, F_SH2A, F_SH2B, F_BIA, F_BIB, F_CAP, F_LINESH, F_CAPSL,
	F_GAZ, F_GAZM1, F_GAZP1, F_SEEN, F_P1, F_P12, F_P1SH, F_P1L, F_P1CAP,
	F_HIST, F_HISTCAP, F_LEN, F_LM1CAP, F_HISTP1, F_HISTM1, F_SHM1SH, F_GAZCAP,
	F_TITLE, F_LP1CAP, F_PREVCAP,
};

#define FEAT(...) (f[k++] = fh(__VA_ARGS__))

static inline uint64_t
fh(uint64_t tmpl, uint64_t a, uint64_t b)
{
	return mix(mix(tmpl, a), b);
}

/* fh() of the templates whose arguments take few values, computed
 * once: the labels before a token, histories, lengths, gazetteer
 * bits, capitals in context, document memory. */
static struct {
	uint64_t p1[NER_NLAB], p12[NER_NLAB][NER_NLAB];
	uint64_t hist[5][4], histp1[5][4], histm1[5][4], histcap[5][64];
	uint64_t len[16][4], cap[256][16], seen[8][64];
	uint64_t gaz[16], gazcap[16][4], gazm1[16], gazp1[16];
	int done;
} memo;

static void
memo_init(void)
{
	uint64_t a, b;

	for (a = 0; a < NER_NLAB; a++) {
		memo.p1[a] = fh(F_P1, a, 0);
		for (b = 0; b < NER_NLAB; b++)
			memo.p12[a][b] = fh(F_P12, a, b + 100);
	}
	for (a = 0; a < 5; a++) {
		for (b = 0; b < 4; b++) {
			memo.hist[a][b] = fh(F_HIST, a, b);
			memo.histp1[a][b] = fh(F_HISTP1, a, b);
			memo.histm1[a][b] = fh(F_HISTM1, a, b);
		}
		for (b = 0; b < 64; b++)
			memo.histcap[a][b] = fh(F_HISTCAP, a, (b & 3) | (b >> 2) << 8);
	}
	for (a = 0; a < 16; a++) {
		for (b = 0; b < 4; b++) {
			memo.len[a][b] = fh(F_LEN, a, b);
			memo.gazcap[a][b] = fh(F_GAZCAP, a, b);
		}
		memo.gaz[a] = fh(F_GAZ, a, 0);
		memo.gazm1[a] = fh(F_GAZM1, a, 0);
		memo.gazp1[a] = fh(F_GAZP1, a, 0);
	}
	for (a = 0; a < 256; a++)
		for (b = 0; b < 16; b++)
			memo.cap[a][b] = fh(F_CAP, a, b);
	for (a = 0; a < 8; a++)
		for (b = 0; b < 64; b++)
			memo.seen[a][b] = fh(F_SEEN, a, (b & 3) | (b >> 2) << 8);
	memo.done = 1;
}

/* The history of a word: its most frequent type (0 for O) and a
 * confidence bucket; -1 when there is none. */
static int
history1(const NerDoc *d, size_t i, int pass, int *conf)
{
	const unsigned short *h = d->dw[d->ti[i].dw].hist;
	unsigned c[5] = { h[0], h[1], h[2], h[3], h[4] }, tot, best = 0;
	int t;

	if (pass == 2) {
		t = LAB_TYPE(d->ti[i].p1);
		c[t] -= c[t] != 0;
	}
	tot = c[0] + c[1] + c[2] + c[3] + c[4];
	if (!tot)
		return -1;
	for (t = 1; t < 5; t++)
		if (c[t] > c[best])
			best = (unsigned)t;
	*conf = c[best] * 4 >= tot * 3 ? 2 : c[best] * 2 >= tot ? 1 : 0;
	if (best == 0 && tot > c[0])
		*conf = 3;
	return (int)best;
}

/* Pass 2's (h + 1) * 4 + conf of token i (h = -1 gives 0). */
static inline unsigned
h2code(const NerDoc *d, size_t i)
{
	int h, c = 0;

	if (!d->h2[i]) {
		h = history1(d, i, 2, &c);
		d->h2[i] = (unsigned char)(1 + (h + 1) * 4 + c);
	}
	return d->h2[i] - 1u;
}

/* history1(), kept per token in pass 2, when the document's history
 * no longer changes: d->h2[i] is 0 when not yet computed, else
 * 1 + (h + 1) * 4 + conf. */
static inline int
history(const NerDoc *d, size_t i, int pass, int *conf)
{
	int h, c = 0;

	if (pass != 2)
		return history1(d, i, pass, conf);
	if (!d->h2[i]) {
		h = history1(d, i, pass, &c);
		d->h2[i] = (unsigned char)(1 + (h + 1) * 4 + c);
	}
	h = (d->h2[i] - 1) / 4 - 1;
	if (h >= 0)
		*conf = (d->h2[i] - 1) % 4;
	return h;
}

/* The features of token j's word alone (role NER_SELF) or as a
 * neighbour of the token tagged (the others); j out of range gives
 * those of the text's start or end. */
size_t
ner_features_word(const NerDoc *d, size_t j, int role, uint64_t *f)
{
	int in = j < d->tok.n, k = 0;
	uint64_t hl = in ? d->ti[j].hl : role == NER_M1 || role == NER_M2 ? 1 : 2, sh = hl;
	size_t x;

	if (in && role != NER_M2 && role != NER_P2) {
		ensure(d, j);
		sh = d->hv[j].shape;
	}
	switch (role) {
	case NER_SELF:
		FEAT(F_BIAS, 0, 0);
		FEAT(F_W, d->hv[j].hw, 0);
		FEAT(F_L, hl, 0);
		FEAT(F_SH, sh, 0);
		for (x = 0; x < 4; x++) {
			FEAT(F_PRE, d->hv[j].pre[x], x);
			FEAT(F_SUF, d->hv[j].suf[x], x);
		}
		break;
	case NER_M1:
		FEAT(F_LM1, hl, 0);
		FEAT(F_SH2A, sh, 0);
		break;
	case NER_P1:
		FEAT(F_LP1, hl, 0);
		FEAT(F_SH2B, sh, 0);
		break;
	case NER_M2:
		FEAT(F_LM2, hl, 0);
		break;
	case NER_P2:
		FEAT(F_LP2, hl, 0);
		break;
	}
	return (size_t)k;
}

size_t
ner_features_ctx(const NerDoc *d, size_t i, uint64_t *f)
{
	ensure(d, i);
	if (i > 0)
		ensure(d, i - 1);
	if (i + 1 < d->tok.n)
		ensure(d, i + 1);
	const TokInfo *t = &d->ti[i], *tm1 = i > 0 ? t - 1 : NULL, *tp1 = i + 1 < d->tok.n ? t + 1 : NULL;
	uint64_t lm1 = tm1 ? tm1->hl : 1, lp1 = tp1 ? tp1->hl : 2;
	const TokHeavy *h = &d->hv[i];
	uint64_t shm1 = tm1 ? d->hv[i - 1].shape : 1, shp1 = tp1 ? d->hv[i + 1].shape : 2;
	unsigned ss = (t->tflags & TOK_SENT_START) ? 1 : 0;
	unsigned ctx = ss | (t->line & 7) << 1;
	unsigned cap = t->cap;
	int k = 0, b;
	/* the word features come first: they count for the limit below */
	const int k0 = NER_NWORDFEAT;

	FEAT(F_SHM1, shm1, h->shape);
	FEAT(F_SHP1, shp1, h->shape);
	FEAT(F_BIA, lm1, t->hl);
	FEAT(F_BIB, t->hl, lp1);
	if (!memo.done)
		memo_init();
	f[k++] = memo.cap[cap][ctx];
	FEAT(F_LINESH, h->shape, ctx);
	if (t->line & LINE_CAPS)
		FEAT(F_CAPSL, t->hl, 0);
	f[k++] = memo.len[t->len][cap & (CAP_INIT | CAP_ALL)];
	FEAT(F_LM1CAP, lm1, cap & (CAP_INIT | CAP_ALL | CAP_LOWER));
	FEAT(F_LP1CAP, lp1, cap & (CAP_INIT | CAP_ALL | CAP_LOWER));
	if (tm1)
		FEAT(F_PREVCAP, tm1->cap, cap);
	/* the bits set in any of the three, in order */
	unsigned any = t->gaz | (tm1 ? tm1->gaz : 0) | (tp1 ? tp1->gaz : 0);
	for (; any; any &= any - 1) {
		b = __builtin_ctz(any);
		if (t->gaz >> b & 1) {
			f[k++] = memo.gaz[b];
			f[k++] = memo.gazcap[b][cap & (CAP_INIT | CAP_ALL)];
		}
		if (tm1 && tm1->gaz >> b & 1)
			f[k++] = memo.gazm1[b];
		if (tp1 && tp1->gaz >> b & 1)
			f[k++] = memo.gazp1[b];
		if (k0 + k > NER_MAXFEAT - 24)
			break;
	}
	f[k++] = memo.seen[d->dw[t->dw].seen][(cap & (CAP_INIT | CAP_ALL)) | ctx << 2];
	return (size_t)k;
}

/* All of them, in the order the model was trained with (the
 * trainer's float sums depend on it). */
size_t
ner_features_static(const NerDoc *d, size_t i, uint64_t *f)
{
	uint64_t m1[2], p1[2], m2[1], p2[1], c[NER_MAXFEAT];
	size_t k, nc, j;

	k = ner_features_word(d, i, NER_SELF, f);
	ner_features_word(d, i - 1, NER_M1, m1);   /* LM1, SH2A */
	ner_features_word(d, i + 1, NER_P1, p1);   /* LP1, SH2B */
	ner_features_word(d, i - 2, NER_M2, m2);   /* LM2 */
	ner_features_word(d, i + 2, NER_P2, p2);   /* LP2 */
	nc = ner_features_ctx(d, i, c);            /* SHM1, SHP1, ... */
	f[k++] = m1[0], f[k++] = p1[0], f[k++] = m2[0], f[k++] = p2[0];
	f[k++] = c[0], f[k++] = c[1];
	f[k++] = m1[1], f[k++] = p1[1];
	for (j = 2; j < nc; j++)
		f[k++] = c[j];
	return k;
}

unsigned
ner_hsig(const NerDoc *d, size_t i, int pass)
{
	int conf = 0, h;
	unsigned sig;

	if (pass == 2) {
		/* from pass 2's table: (h + 1) * 4 + conf is its code - 1 */
		unsigned a, b = 0, c = 0;
		a = h2code(d, i);
		if (i + 1 < d->tok.n && (b = h2code(d, i + 1)) < 8)
			b = 0;
		if (i > 0 && (c = h2code(d, i - 1)) < 8)
			c = 0;
		return (a << 5 | b) << 5 | c;
	}
	h = history(d, i, pass, &conf);
	sig = (unsigned)((h + 1) * 4 + conf);
	conf = 0;
	h = i + 1 < d->tok.n ? history(d, i + 1, pass, &conf) : -1;
	sig = sig << 5 | (unsigned)(h > 0 ? (h + 1) * 4 + conf : 0);
	conf = 0;
	h = i > 0 ? history(d, i - 1, pass, &conf) : -1;
	sig = sig << 5 | (unsigned)(h > 0 ? (h + 1) * 4 + conf : 0);
	return sig;
}

size_t
ner_features_dyn(const NerDoc *d, size_t i, const unsigned char *lab, int pass, uint64_t *f,
    unsigned *sig)
{
	ensure(d, i);
	const TokInfo *t = &d->ti[i], *tm1 = i > 0 ? t - 1 : NULL, *tp1 = i + 1 < d->tok.n ? t + 1 : NULL;
	unsigned ss = (t->tflags & TOK_SENT_START) ? 1 : 0;
	unsigned ctx = ss | (t->line & 7) << 1;
	unsigned cap = t->cap;
	int p1 = i > 0 ? lab[i - 1] : 0, p2 = i > 1 ? lab[i - 2] : 0;
	int h, conf = 0, k = 0;

	if (!memo.done)
		memo_init();
	f[k++] = memo.p1[p1];
	f[k++] = memo.p12[p1][p2];
	FEAT(F_P1SH, (uint64_t)p1, d->hv[i].shape);
	FEAT(F_P1L, (uint64_t)p1, t->hl);
	FEAT(F_P1CAP, (uint64_t)p1, cap | ctx << 8);
	unsigned sg;

	if ((h = history(d, i, pass, &conf)) >= 0) {
		f[k++] = memo.hist[h][conf];
		f[k++] = memo.histcap[h][(cap & (CAP_INIT | CAP_ALL)) | ctx << 2];
	}
	sg = (unsigned)((h + 1) * 4 + conf);
	conf = 0;
	if (tp1 && (h = history(d, i + 1, pass, &conf)) > 0) {
		f[k++] = memo.histp1[h][conf];
		sg = sg << 5 | (unsigned)((h + 1) * 4 + conf);
	} else
		sg <<= 5;
	conf = 0;
	if (tm1 && (h = history(d, i - 1, pass, &conf)) > 0) {
		f[k++] = memo.histm1[h][conf];
		sg = sg << 5 | (unsigned)((h + 1) * 4 + conf);
	} else
		sg <<= 5;
	if (sig)
		*sig = sg;
	return (size_t)k;
}
