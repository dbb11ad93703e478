/* nertrain.c: train the entity tagger of common/ner.c and write its
 * model as C source (common/ner_model.c).
 *
 * usage: nertrain [-b bits] [-e epochs] [-o model.c] train.conll... [-d dev.conll]
 *
 * Input is CoNLL-2003 (word POS chunk NER, IOB1, -DOCSTART- between
 * documents).  Each document's text is rebuilt as tests/eval/conll
 * does: the words of a sentence joined by one space, one sentence a
 * line.  That text is tokenised and featurised by the library's own
 * code (nerfeat.c), so training and tagging see the same features; a
 * library token inside a CoNLL word continues its label.  The model is
 * an averaged perceptron over hashed features, greedy left to right
 * with two passes (the second sees the first's labels of the same word
 * elsewhere in the document).  Weights are quantised to 8 bits and
 * written in a printable run-length code that ner.c decodes; no text
 * of the corpus is written. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "nerfeat.h"

typedef struct {
	char *text;
	size_t len;
	size_t ngold;
	size_t *gs, *ge;          /* CoNLL word spans */
	unsigned char *gl;        /* their BIO labels */
} Doc;

typedef struct {
	Doc *v;
	size_t n, cap;
} Docs;

static unsigned bits = 18;
static size_t rows, mask;
static float *w, *u;
static double c = 1;
static int npasses = 2;

static int
label(const char *tag, int prevtype)
{
	static const char *ty[] = { "", "PER", "ORG", "LOC", "MISC" };
	int t;

	if (strcmp(tag, "O") == 0)
		return 0;
	for (t = 1; t < 5; t++)
		if (strcmp(tag + 2, ty[t]) == 0)
			break;
	if (t == 5)
		return 0;
	if (tag[0] == 'B' || prevtype != t)
		return 2 * t - 1;
	return 2 * t;
}

static void
endoc(Docs *ds, Buf *text, Doc *cur, size_t *cap)
{
	if (cur->ngold) {
		cur->text = xstrndup(text->s, text->len);
		cur->len = text->len;
		xgrow(&ds->v, &ds->cap, ds->n + 1, sizeof *ds->v);
		ds->v[ds->n++] = *cur;
	}
	memset(cur, 0, sizeof *cur);
	*cap = 0;
	buf_clear(text);
}

static void
readconll(const char *path, Docs *ds)
{
	FILE *fp = fopen(path, "r");
	char line[4096], *wd, *tag, *sp;
	Buf text = { 0 };
	Doc cur = { 0 };
	size_t cap = 0;
	int prevtype = 0, newsent = 1, l;

	if (!fp)
		die(EXIT_IO, "%s:", path);
	while (fgets(line, sizeof line, fp)) {
		line[strcspn(line, "\n")] = 0;
		if (strncmp(line, "-DOCSTART-", 10) == 0) {
			endoc(ds, &text, &cur, &cap);
			newsent = 1;
			continue;
		}
		if (!line[0]) {
			newsent = 1;
			prevtype = 0;
			continue;
		}
		wd = line;
		sp = strchr(line, ' ');
		tag = strrchr(line, ' ');
		if (!sp || !tag)
			continue;
		*sp = 0;
		tag++;
		if (text.len)
			buf_addc(&text, newsent ? '\n' : ' ');
		newsent = 0;
		l = label(tag, prevtype);
		prevtype = LAB_TYPE(l);
		if (cur.ngold + 1 > cap) {
			cap = cap ? 2 * cap : 256;
			cur.gs = xreallocarray(cur.gs, cap, sizeof *cur.gs);
			cur.ge = xreallocarray(cur.ge, cap, sizeof *cur.ge);
			cur.gl = xreallocarray(cur.gl, cap, 1);
		}
		cur.gs[cur.ngold] = text.len;
		buf_adds(&text, wd);
		cur.ge[cur.ngold] = text.len;
		cur.gl[cur.ngold++] = (unsigned char)l;
	}
	endoc(ds, &text, &cur, &cap);
	fclose(fp);
	buf_free(&text);
}

/* Gold labels of the library's tokens of d. */
static void
align(const Doc *d, const NerDoc *nd, unsigned char *gold)
{
	size_t i, g = 0;
	int l;

	for (i = 0; i < nd->tok.n; i++) {
		while (g + 1 < d->ngold && d->ge[g] <= nd->tok.v[i].start)
			g++;
		l = d->gl[g];
		if (l && nd->tok.v[i].start != d->gs[g])
			l = 2 * LAB_TYPE(l);
		gold[i] = (unsigned char)l;
	}
}

static int
predict(const float *wt, const uint64_t *f, size_t nf, int prev)
{
	float sc[NER_NLAB] = { 0 };
	size_t k;
	int l, b = 0;

	for (k = 0; k < nf; k++) {
		const float *r = wt + (f[k] & mask) * NER_NLAB;
		for (l = 0; l < NER_NLAB; l++)
			sc[l] += r[l];
	}
	for (l = 1; l < NER_NLAB; l++)
		if (ner_allowed(prev, l) && sc[l] > sc[b])
			b = l;
	return b;
}

static void
update(const uint64_t *f, size_t nf, int l, float d)
{
	size_t k, r;

	for (k = 0; k < nf; k++) {
		r = (f[k] & mask) * NER_NLAB + (size_t)l;
		w[r] += d;
		u[r] += (float)(c * d);
	}
}

/* Tag d with weights wt (training when gold is given). */
static void
tag(NerDoc *nd, const float *wt, unsigned char *lab, const unsigned char *gold)
{
	uint64_t f[NER_MAXFEAT];
	size_t i, nf;
	int p, l, prev;

	for (p = 1; p <= npasses; p++) {
		for (i = 0; i < nd->tok.n; i++) {
			prev = i ? lab[i - 1] : 0;
			if (ner_skip(nd, i, prev)) {
				l = 0;
			} else {
				nf = ner_features_static(nd, i, f);
				nf += ner_features_dyn(nd, i, lab, p, f + nf, NULL);
				l = predict(wt, f, nf, prev);
				if (gold) {
					if (l != gold[i] && ner_allowed(prev, gold[i])) {
						update(f, nf, gold[i], 1);
						update(f, nf, l, -1);
					}
					c++;
				}
			}
			lab[i] = (unsigned char)l;
			ner_note(nd, i, l, p);
			if (p == 1)
				nd->ti[i].p1 = (unsigned char)l;
		}
	}
}

typedef struct { size_t s, e; int t; } Span;

static size_t
spans(const NerDoc *nd, const unsigned char *lab, Span *out)
{
	size_t i, j, n = 0;

	for (i = 0; i < nd->tok.n; i = j) {
		j = i + 1;
		if (!lab[i])
			continue;
		while (j < nd->tok.n && lab[j] && !LAB_ISB(lab[j]) && LAB_TYPE(lab[j]) == LAB_TYPE(lab[i]))
			j++;
		out[n++] = (Span){ nd->tok.v[i].start, nd->tok.v[j - 1].end, LAB_TYPE(lab[i]) };
	}
	return n;
}

static void
evaluate(Docs *ds, const float *wt, const char *what)
{
	NerDoc nd = { 0 };
	unsigned char *lab = NULL, *gold = NULL;
	Span *ps = NULL, *gs = NULL;
	size_t np, ng, i, a, b, cap = 0;
	double tp[5] = { 0 }, fp[5] = { 0 }, fn[5] = { 0 }, P, R;
	int t;

	for (size_t di = 0; di < ds->n; di++) {
		Doc *d = &ds->v[di];
		nerdoc_prepare(&nd, d->text, d->len);
		if (nd.tok.n + 1 > cap) {
			cap = nd.tok.n + 1;
			lab = xrealloc(lab, cap);
			gold = xrealloc(gold, cap);
			ps = xreallocarray(ps, cap, sizeof *ps);
			gs = xreallocarray(gs, cap, sizeof *gs);
		}
		align(d, &nd, gold);
		tag(&nd, wt, lab, NULL);
		np = spans(&nd, lab, ps);
		ng = spans(&nd, gold, gs);
		for (i = 0; i < np; i++)
			fp[ps[i].t]++;
		for (i = 0; i < ng; i++)
			fn[gs[i].t]++;
		for (a = b = 0; a < np && b < ng;) {
			if (ps[a].s == gs[b].s && ps[a].e == gs[b].e && ps[a].t == gs[b].t) {
				tp[ps[a].t]++, fp[ps[a].t]--, fn[gs[b].t]--;
				a++, b++;
			} else if (ps[a].s < gs[b].s || (ps[a].s == gs[b].s && ps[a].e < gs[b].e))
				a++;
			else
				b++;
		}
	}
	for (t = 1; t < 5; t++)
		tp[0] += tp[t], fp[0] += fp[t], fn[0] += fn[t];
	fprintf(stderr, "%s:", what);
	for (t = 0; t < 5; t++) {
		P = tp[t] / (tp[t] + fp[t] + 1e-9);
		R = tp[t] / (tp[t] + fn[t] + 1e-9);
		fprintf(stderr, " %s %.2f", t ? (const char *[]){ "", "PER", "ORG", "LOC", "MISC" }[t] : "F1",
		    200 * P * R / (P + R + 1e-9));
	}
	fprintf(stderr, "\n");
	nerdoc_free(&nd);
	free(lab), free(gold), free(ps), free(gs);
}

static void
train(Docs *ds, int epochs, Docs *dev)
{
	NerDoc nd = { 0 };
	unsigned char *lab = NULL, *gold = NULL;
	size_t cap = 0, *order = xmalloc(ds->n * sizeof *order), i, j, k, t;
	float *avg = xmalloc(rows * NER_NLAB * sizeof *avg);
	int e;

	for (i = 0; i < ds->n; i++)
		order[i] = i;
	srand(1);
	for (e = 1; e <= epochs; e++) {
		for (i = ds->n; i > 1; i--) {
			j = (size_t)rand() % i;
			t = order[i - 1], order[i - 1] = order[j], order[j] = t;
		}
		for (k = 0; k < ds->n; k++) {
			Doc *d = &ds->v[order[k]];
			nerdoc_prepare(&nd, d->text, d->len);
			if (nd.tok.n + 1 > cap) {
				cap = nd.tok.n + 1;
				lab = xrealloc(lab, cap);
				gold = xrealloc(gold, cap);
			}
			align(d, &nd, gold);
			tag(&nd, w, lab, gold);
		}
		for (i = 0; i < rows * NER_NLAB; i++)
			avg[i] = w[i] - u[i] / (float)c;
		if (dev && dev->n) {
			char what[32];
			snprintf(what, sizeof what, "epoch %d dev", e);
			evaluate(dev, avg, what);
		}
	}
	memcpy(w, avg, rows * NER_NLAB * sizeof *w);
	free(avg), free(order), free(lab), free(gold);
	nerdoc_free(&nd);
}

static int
chr(int x)
{
	int ch = x + 35;

	if (ch >= '?')
		ch++;
	if (ch >= '\\')
		ch++;
	return ch;
}

static void
emit(FILE *fp, int x, int *col)
{
	fputc(chr(x), fp);
	if (++*col >= 76) {
		fputs("\"\n\"", fp);
		*col = 0;
	}
}

/* Quantise to 8 bits and write the model (see ner.c, ner_model()). */
static void
model_write(const char *path, float clip)
{
	FILE *fp = fopen(path, "w");
	size_t n = rows * NER_NLAB, i, j, run, len = 0;
	float mx = 0, scale;
	signed char *q = xmalloc(n);
	int col = 0, v;

	if (!fp)
		die(EXIT_IO, "%s:", path);
	for (i = 0; i < n; i++)
		if (fabsf(w[i]) > mx)
			mx = fabsf(w[i]);
	scale = 127 / (mx * clip);
	for (i = 0; i < n; i++) {
		v = (int)lrintf(w[i] * scale);
		q[i] = (signed char)(v > 127 ? 127 : v < -127 ? -127 : v);
		w[i] = q[i];
	}
	fprintf(fp, "/* ner_model.c: generated by train/nertrain.c (make model); do not edit.\n"
	    " * Hashed feature weights of the entity tagger (ner.h), trained on\n"
	    " * CoNLL-2003 English (Reuters RCV1): research use only, see README.md. */\n"
	    "#include <stddef.h>\nconst unsigned ner_model_bits = %u;\nconst char ner_model_code[] =\n\"", bits);
	for (i = 0; i < n; i = j) {
		if (q[i] == 0) {
			for (j = i; j < n && q[j] == 0 && j - i < 8099; j++)
				;
			run = j - i;
			if (run == 1)
				emit(fp, 31, &col), len++;
			else if (run <= 26)
				emit(fp, (int)(63 + run - 2), &col), len++;
			else {
				emit(fp, 88, &col);
				emit(fp, (int)(run / 90), &col);
				emit(fp, (int)(run % 90), &col);
				len += 3;
			}
			continue;
		}
		j = i + 1;
		if (q[i] >= -31 && q[i] <= 31) {
			emit(fp, q[i] + 31, &col), len++;
		} else {
			v = q[i] + 4050;
			emit(fp, 89, &col);
			emit(fp, v / 90, &col);
			emit(fp, v % 90, &col);
			len += 3;
		}
	}
	fprintf(fp, "\";\nconst size_t ner_model_len = %zu;\n", len);
	if (fclose(fp) == EOF)
		die(EXIT_IO, "%s:", path);
	free(q);
}

int
main(int argc, char **argv)
{
	Docs tr = { 0 }, dev = { 0 };
	const char *out = NULL;
	int ch, epochs = 10;
	float clip = 1;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "b:e:o:d:c:P:")) != -1) {
		switch (ch) {
		case 'b': bits = (unsigned)atoi(optarg); break;
		case 'e': epochs = atoi(optarg); break;
		case 'o': out = optarg; break;
		case 'd': readconll(optarg, &dev); break;
		case 'c': clip = (float)atof(optarg); break;
		case 'P': npasses = atoi(optarg); break;
		default: usage("nertrain [-b bits] [-e epochs] [-c clip] [-o model.c] [-d dev] train...");
		}
	}
	for (; optind < argc; optind++)
		readconll(argv[optind], &tr);
	rows = (size_t)1 << bits;
	mask = rows - 1;
	w = xcalloc(rows * NER_NLAB, sizeof *w);
	u = xcalloc(rows * NER_NLAB, sizeof *u);
	fprintf(stderr, "%zu training documents, %zu dev\n", tr.n, dev.n);
	train(&tr, epochs, &dev);
	if (out) {
		model_write(out, clip);
		if (dev.n)
			evaluate(&dev, w, "quantised dev");
	}
	return 0;
}
