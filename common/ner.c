/* ner.c: the entity tagger (ner.h): two greedy passes of an averaged
 * perceptron over the features of nerfeat.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gazetteer.h"

#include "err.h"
#include "ner.h"
#include "nerfeat.h"

extern const unsigned ner_model_bits;
extern const char ner_model_code[];
extern const size_t ner_model_len;

static const char *const names[] = { "", "PERSON", "ORG", "LOC", "MISC" };

const char *
ent_type_name(EntType t)
{
	return (unsigned)t < 5 ? names[t] : "";
}

EntType
ent_type_parse(const char *s, size_t n)
{
	int t;

	for (t = 1; t < 5; t++)
		if (strlen(names[t]) == n && memcmp(names[t], s, n) == 0)
			return (EntType)t;
	if (n == 3 && memcmp(s, "PER", 3) == 0)
		return ENT_PER;
	return ENT_NONE;
}

/* Decode the weights: see train/nertrain.c, model_write(). */
static int
code(char c)
{
	int x = (unsigned char)c - 35;

	if (c > '\\')
		x--;
	if (c > '?')
		x--;
	return x;
}

const NerModel *
ner_model(void)
{
	static NerModel m;
	static signed char *w;
	size_t n, i = 0, j = 0, run;
	const char *p = ner_model_code;
	int x;

	if (w)
		return &m;
	n = (size_t)NER_NLAB << ner_model_bits;
	w = xcalloc(n, 1);
	while (i < ner_model_len && j < n) {
		x = code(p[i++]);
		if (x < 63) {
			w[j++] = (signed char)(x - 31);
		} else if (x < 88) {
			j += (size_t)(x - 63 + 2);
		} else if (x == 88 && i + 1 < ner_model_len) {
			run = (size_t)code(p[i]) * 90 + (size_t)code(p[i + 1]);
			i += 2;
			j += run;
		} else if (i + 1 < ner_model_len) {
			w[j++] = (signed char)(code(p[i]) * 90 + code(p[i + 1]) - 4050);
			i += 2;
		}
	}
	m.bits = ner_model_bits;
	m.w = w;
	return &m;
}

/* Documents longer than this are tagged in segments (at blank lines
 * where possible), so memory stays bounded. */
enum { NER_SEGMENT = 1 << 18 };

static NerDoc doc;
static unsigned char *lab;
static int32_t (*stat)[NER_NLAB];     /* static part of each token's scores */
static unsigned char *have;           /* stat[i] computed */
static unsigned *sig;                 /* pass 1's ner_hsig() of scored tokens */
static size_t labcap;

/* Add the model rows of features f[0..nf) to sc: the first 8 weights of
 * a row as one vector of 16-bit sums (at most NER_MAXFEAT * 127 fits),
 * the ninth alone. */
typedef int16_t V8h __attribute__((vector_size(16)));
typedef int8_t V8b __attribute__((vector_size(8)));

/* A sum of rows: the first 8 weights and the ninth. */
typedef struct {
	V8h v;
	int32_t v8;
} Sum;

static void
sumrows(const NerModel *m, const uint64_t *f, size_t nf, Sum *s)
{
	size_t k, mask = ((size_t)1 << m->bits) - 1;
	V8b b;

	for (k = 0; k < nf; k++) {
		const signed char *r = m->w + (f[k] & mask) * NER_NLAB;
		memcpy(&b, r, sizeof b);
		s->v += __builtin_convertvector(b, V8h);
		s->v8 += r[8];
	}
}

static void
addsum(const Sum *s, int32_t *sc)
{
	int l;

	for (l = 0; l < 8; l++)
		sc[l] += s->v[l];
	sc[8] += s->v8;
}

static void
addrows(const NerModel *m, const uint64_t *f, size_t nf, int32_t *sc)
{
	Sum s = { { 0 }, 0 };

	sumrows(m, f, nf, &s);
	addsum(&s, sc);
}

/* The rows of each word's features in each role (ner_features_word),
 * summed once per word in the word cache (nerfeat.h) and kept across
 * documents; the text's ends apart. */
typedef struct {
	uint64_t id;
	Sum role[NER_NROLE];
} WordSum;

static WordSum *wsum;
static Sum ends[NER_NROLE];

static void
word_rows(const NerModel *m, size_t j, int role, Sum *acc)
{
	uint64_t f[NER_NWORDFEAT], id;
	const Sum *s;
	int slot, r;

	if (j >= doc.tok.n) {
		s = &ends[role];
	} else {
		if (doc.ti[j].full) {   /* ner_word() without the call */
			id = doc.ti[j].wid;
			slot = (int)doc.ti[j].wslot;
		} else
			slot = ner_word(&doc, j, &id);
		if (!id) {
			sumrows(m, f, ner_features_word(&doc, j, role, f), acc);
			return;
		}
		if (!wsum)
			wsum = xcalloc(NER_WCSIZE, sizeof *wsum);
		if (wsum[slot].id != id) {
			memset(&wsum[slot], 0, sizeof wsum[slot]);
			for (r = 0; r < NER_NROLE; r++)
				sumrows(m, f, ner_features_word(&doc, j, r, f), &wsum[slot].role[r]);
			wsum[slot].id = id;
		}
		s = &wsum[slot].role[role];
	}
	acc->v += s->v;
	acc->v8 += s->v8;
}

/* The static part of token i's scores: ner_features_static(). */
static void
static_rows(const NerModel *m, size_t i, int32_t *sc)
{
	static int have_ends;
	uint64_t f[NER_MAXFEAT];
	Sum acc = { { 0 }, 0 };
	int r;

	if (!have_ends) {
		for (r = NER_M1; r < NER_NROLE; r++)
			sumrows(m, f, ner_features_word(&doc, (size_t)-1, r, f), &ends[r]);
		have_ends = 1;
	}
	word_rows(m, i, NER_SELF, &acc);
	word_rows(m, i - 1, NER_M1, &acc);
	word_rows(m, i + 1, NER_P1, &acc);
	word_rows(m, i - 2, NER_M2, &acc);
	word_rows(m, i + 2, NER_P2, &acc);
	sumrows(m, f, ner_features_ctx(&doc, i, f), &acc);
	addsum(&acc, sc);
}

static int
best(const NerModel *m, size_t i, int pass, unsigned *sg)
{
	uint64_t f[NER_MAXFEAT];
	int32_t sc[NER_NLAB];
	int l, b = 0, prev = i > 0 ? lab[i - 1] : 0;

	if (!have[i]) {
		memset(stat[i], 0, sizeof stat[i]);
		static_rows(m, i, stat[i]);
		have[i] = 1;
	}
	memcpy(sc, stat[i], sizeof sc);
	addrows(m, f, ner_features_dyn(&doc, i, lab, pass, f, sg), sc);
	for (l = 1; l < NER_NLAB; l++)
		if (ner_allowed(prev, l) && sc[l] > sc[b])
			b = l;
	return b;
}

static void
pass(const NerModel *m, int p)
{
	size_t i;
	unsigned sg;

	for (i = 0; i < doc.tok.n; i++) {
		if (ner_skip(&doc, i, i > 0 ? lab[i - 1] : 0)) {
			lab[i] = 0;
		} else if (p == 1) {
			lab[i] = (unsigned char)best(m, i, p, &sg);
			sig[i] = sg;
		} else if (!have[i] || (i > 0 && lab[i - 1] != doc.ti[i - 1].p1) ||
		    (i > 1 && lab[i - 2] != doc.ti[i - 2].p1) || sig[i] != ner_hsig(&doc, i, 2)) {
			lab[i] = (unsigned char)best(m, i, p, NULL);
		} else
			lab[i] = doc.ti[i].p1;   /* the same features as in pass 1 */
		ner_note(&doc, i, lab[i], p);
		if (p == 1)
			doc.ti[i].p1 = lab[i];
	}
}

/* Does token i belong to a match of gazetteer class c? */
static int
gaz_in(size_t i, unsigned c)
{
	int k = __builtin_ctz(c);

	return (doc.ti[i].gaz >> (2 * k) & 3) != 0;
}

static int
is_word(size_t i, const char *const *words)
{
	const char *s = doc.text + doc.tok.v[i].start;
	size_t n = doc.tok.v[i].end - doc.tok.v[i].start;

	for (; *words; words++)
		if (((**words ^ *s) & ~32) == 0 && strlen(*words) == n && strncasecmp(*words, s, n) == 0)
			return 1;
	return 0;
}

/* Rules over the tagger's span [i, j) of type t: punctuation at its
 * ends and function words at its end ("REAL MADRID IN") are dropped,
 * a span of titles alone ("Mayor", "Staff Writer") is
 * no name (nor one of dates), a company suffix makes an ORG, an all-caps dateline place
 * is a LOC.  Returns the type, ENT_NONE to drop the span. */
static int
fix(size_t *pi, size_t *pj, int t)
{
	static const char *const corp[] = { "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.",
		"Co.", "LLC", "PLC", "GmbH", "Plc", NULL };
	static const char *const dash[] = { "\xE2\x80\x94", "\xE2\x80\x93", "-", "--", ",", "(", NULL };
	static const char *const edge[] = { "(", ")", "[", "]", "\"", ",", "/", ";", ":",
		"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", NULL };
	static const char *const open[] = { "(", "[", NULL }, *const close[] = { ")", "]", NULL };
	size_t i = *pi, j = *pj, k;
	int titles = 1, bal = 0;

	for (k = i; k < j; k++)
		bal += is_word(k, open) - is_word(k, close);
	while (i < j && (doc.ti[i].cap & CAP_PUNCT) && is_word(i, edge) &&
	    !(bal <= 0 && is_word(i, open)))
		bal -= is_word(i++, open);
	while (j > i && (doc.ti[j - 1].cap & CAP_PUNCT) && is_word(j - 1, edge) &&
	    !(bal >= 0 && is_word(j - 1, close)))
		bal += is_word(--j, close);
	while (j > i + 1 && ner_fword(&doc, j - 1) &&
	    (!(doc.ti[j - 1].cap & CAP_INIT) || (doc.ti[j - 1].cap & CAP_ALL)))
		j--;
	if (i == j)
		return ENT_NONE;
	for (k = i; k < j && titles; k++)
		titles = gaz_in(k, GAZ_TITLE) || gaz_in(k, GAZ_DATEWORD);
	if (titles)
		return ENT_NONE;
	if (j - i > 1 && is_word(j - 1, corp))
		t = ENT_ORG;
	if ((doc.tok.v[i].flags & TOK_LINE_START) && (doc.ti[i].cap & CAP_ALL) && !(doc.ti[i].line & LINE_TABLE) &&
	    j < doc.tok.n && is_word(j, dash) &&
	    (gaz_in(i, GAZ_CITY) || gaz_in(i, GAZ_COUNTRY) || gaz_in(i, GAZ_REGION)))
		t = ENT_LOC;
	*pi = i, *pj = j;
	return t;
}

static void
mention(Mentions *out, size_t start, size_t end, int t)
{
	xgrow(&out->v, &out->cap, out->n + 1, sizeof *out->v);
	out->v[out->n++] = (Mention){ start, end, (EntType)t, -1 };
}

/* Tag text[0..len) (a whole document or a segment of one) and append
 * its mentions, offset by off. */
static void
tag(const char *text, size_t len, size_t off, Mentions *out)
{
	const NerModel *m = ner_model();
	size_t i, j, n;

	nerdoc_prepare(&doc, text, len);
	n = doc.tok.n;
	if (n == 0)
		return;   /* no words, no names */
	if (n > labcap) {
		free(lab), free(stat), free(have), free(sig);
		labcap = n + n / 2;
		lab = xmalloc(labcap);
		stat = xmalloc(labcap * sizeof *stat);
		have = xmalloc(labcap);
		sig = xmalloc(labcap * sizeof *sig);
	}
	memset(have, 0, n);
	pass(m, 1);
	pass(m, 2);
	for (i = 0; i < n; i = j) {
		size_t a = i, b;
		int t;
		j = i + 1;
		if (!lab[i])
			continue;
		while (j < n && lab[j] && !LAB_ISB(lab[j]) && LAB_TYPE(lab[j]) == LAB_TYPE(lab[i]))
			j++;
		b = j;
		if ((t = fix(&a, &b, LAB_TYPE(lab[i]))) != ENT_NONE)
			mention(out, off + doc.tok.v[a].start, off + doc.tok.v[b - 1].end, t);
	}
}

/* Where to end a segment of a long document: a blank line, else a
 * line end, else a space, at or before text[max]. */
static size_t
segment_end(const char *text, size_t len, size_t max)
{
	size_t i;

	if (len <= max)
		return len;
	for (i = max; i > max / 2; i--)
		if (text[i - 1] == '\n' && text[i - 2] == '\n')
			return i;
	for (i = max; i > max / 2; i--)
		if (text[i - 1] == '\n')
			return i;
	for (i = max; i > max / 2; i--)
		if (text[i - 1] == ' ')
			return i;
	return max;
}

void
ner_tag(const char *text, size_t len, Mentions *out)
{
	size_t off = 0, e;

	out->n = 0;
	do {
		e = segment_end(text + off, len - off, NER_SEGMENT);
		tag(text + off, e, off, out);
		off += e;
	} while (off < len);
}

void
mentions_free(Mentions *m)
{
	free(m->v);
	m->v = NULL;
	m->n = m->cap = 0;
}
