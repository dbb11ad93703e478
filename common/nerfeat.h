/* nerfeat.h: the features of the entity tagger (ner.h), shared by the
 * tagger and its trainer (train/nertrain.c).  Internal to newsutils. */
#ifndef NEWSUTILS_NERFEAT_H
#define NEWSUTILS_NERFEAT_H

#include <stddef.h>
#include <stdint.h>

#include "token.h"

/* Labels: 0 = O, 2t-1 = B-type, 2t = I-type for t = 1..4 (EntType). */
enum { NER_NLAB = 9, NER_MAXFEAT = 96 };
#define LAB_TYPE(l) (((l) + 1) / 2)
#define LAB_ISB(l) ((l) & 1)

/* Token properties (TokInfo.cap). */
enum {
	CAP_INIT = 1,      /* first letter upper case */
	CAP_ALL = 2,       /* two or more letters, none lower case */
	CAP_HASUP = 4,     /* some upper-case letter */
	CAP_LOWER = 8,     /* all letters lower case (and some letter) */
	CAP_DIGIT = 16,    /* has a digit */
	CAP_ALLDIGIT = 32, /* digits and , . only */
	CAP_PUNCT = 64,    /* no letter or digit */
	CAP_MIXED = 128,   /* upper after lower ("McDonald", "iPhone") */
};

/* Per-document word memory (DocWord.seen). */
enum {
	SEEN_LOWER = 1,    /* appears in all lower case */
	SEEN_TITLE_MID = 2,/* title case, not sentence-initial, in a line that is not all caps */
	SEEN_SENT_START = 4,
};

/* The properties of a token that only the tagged tokens and their
 * neighbours need (computed by ensure()). */
typedef struct {
	uint64_t hw, shape;       /* word and shape hashes */
	uint64_t pre[4], suf[4];  /* lower-case prefixes, suffixes of 1..4 characters */
} TokHeavy;

typedef struct {
	uint64_t hl;              /* lower-case hash */
	unsigned cap;
	unsigned tflags;          /* token.h flags */
	unsigned line;            /* line properties (LINE_*) */
	unsigned gaz;             /* gazetteer bits (gazetteer.h) */
	unsigned short len;       /* length in characters (capped) */
	uint32_t dw;              /* index into NerDoc.dw */
	uint32_t wslot;           /* its slot in the word cache (when wid) */
	uint64_t wid;             /* its entry there (0: not cached) */
	unsigned char p1;         /* label of the first pass */
	unsigned char full;       /* its TokHeavy is computed */
	unsigned char skip;       /* ner_skip() after O */
} TokInfo;

enum { LINE_CAPS = 1, LINE_TABLE = 2, LINE_SHORT = 4 };

typedef struct {
	uint64_t key;             /* TokInfo.hl; 0 = empty slot */
	unsigned short hist[5];   /* first-pass labels by type (0 = O) */
	unsigned char seen;
} DocWord;

typedef struct {
	const char *text;
	size_t len;
	Tokens tok;
	TokInfo *ti;
	TokHeavy *hv;             /* filled lazily: see ensure() */
	size_t ticap;
	DocWord *dw;
	size_t dwcap, dwmask;
	uint32_t *used;           /* the slots of dw in use, to clear them */
	size_t nused;
	uint64_t *tmp;            /* gazetteer scratch */
	unsigned char *h2;        /* pass 2's word histories (see history()) */
	size_t tmpcap;
} NerDoc;

/* Tokenise text and compute the token properties. */
void nerdoc_prepare(NerDoc *d, const char *text, size_t len);
void nerdoc_free(NerDoc *d);

/* Features of token i (hashes; the model row is hash & mask), at most
 * NER_MAXFEAT in all: the static ones (the token and its neighbours)
 * and the dynamic ones, given the labels of the tokens before it (lab)
 * and the document's label history (pass 1: the tokens before it; pass
 * 2: the whole first pass).  Each returns the number written to f.
 * The dynamic ones also give ner_hsig() in *sig when sig is not NULL. */
size_t ner_features_static(const NerDoc *d, size_t i, uint64_t *f);
/* The static features in parts, for the tagger's caches: those of one
 * word in one role (NER_NWORDFEAT in all for the five roles of a token:
 * itself, the words before and after it, two before and two after; a
 * position outside the text gives the text's ends), and the rest. */
enum { NER_SELF, NER_M1, NER_P1, NER_M2, NER_P2, NER_NROLE, NER_NWORDFEAT = 18 };
size_t ner_features_word(const NerDoc *d, size_t j, int role, uint64_t *f);
size_t ner_features_ctx(const NerDoc *d, size_t i, uint64_t *f);
/* Token i's slot in the word cache (NER_WCSIZE slots, shared by all
 * documents) and the id of its entry there, 0 when not cached: equal
 * ids mean the same word. */
enum { NER_WCSIZE = 1 << 12 };
int ner_word(const NerDoc *d, size_t i, uint64_t *id);
size_t ner_features_dyn(const NerDoc *d, size_t i, const unsigned char *lab, int pass, uint64_t *f,
    unsigned *sig);

/* A signature of the document-history features of token i in a pass:
 * equal signatures and equal labels before it give equal dynamic
 * features, so pass 2 can keep pass 1's label. */
unsigned ner_hsig(const NerDoc *d, size_t i, int pass);

/* Is token i certainly O when the label before it is prev (outside an
 * entity: lower-case words, numbers, punctuation, and function words
 * capitalised at the start of a sentence, "The", "But", "He")? */
static inline int ner_skip(const NerDoc *d, size_t i, int prev)
{
	return !prev && d->ti[i].skip;
}
/* Is token i a function word ("the", "in", "of", "but")? */
int ner_fword(const NerDoc *d, size_t i);

/* Record label l of token i in the document memory (pass 1 only: pass
 * 1 sees the labels before a token, pass 2 all of pass 1's). */
static inline void ner_note(NerDoc *d, size_t i, int l, int pass)
{
	if (pass == 1)
		d->dw[d->ti[i].dw].hist[LAB_TYPE(l)]++;
}

/* The allowed label after prev (BIO: I-X only after B-X or I-X). */
static inline int ner_allowed(int prev, int l)
{
	return l == 0 || LAB_ISB(l) || (prev != 0 && LAB_TYPE(prev) == LAB_TYPE(l));
}

/* The model (ner_model.c). */
typedef struct {
	unsigned bits;             /* table of 1 << bits rows of NER_NLAB weights */
	const signed char *w;      /* decoded weights */
} NerModel;
const NerModel *ner_model(void);

#endif
