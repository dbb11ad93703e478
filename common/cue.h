/* cue.h: the words that attribute speech ("said", "told", "according to").
 *
 * The lexicon is data (cue.c): every form of the reporting verbs news
 * writing uses, each with how it behaves. */
#ifndef NEWSUTILS_CUE_H
#define NEWSUTILS_CUE_H

#include <stddef.h>

enum {
	CUE_VERB = 1,    /* a reporting verb: said, adds, wrote, tweeted */
	CUE_TELL = 2,    /* takes the listener as object: told reporters */
	CUE_ING = 4,     /* a participle: saying, adding, telling */
	CUE_NAME = 8,    /* names rather than states: called, described */
	CUE_BASE = 16,   /* a base form, a cue only after an auxiliary: say */
	CUE_NOUNY = 32,  /* also a plural noun: calls, claims, tweets */
};

/* The lexicon: every cue form (lower case) with its flags, and the
 * words that may stand between a subject and its cue (also, has, then).
 * A word is looked up in them with wordclass() (wordclass.h). */
typedef struct {
	const char *w;
	int f;
} CueForm;
extern const CueForm cue_forms[];
extern const size_t cue_nforms;
extern const char *const cue_auxes[];
extern const size_t cue_nauxes;

/* Nouns after "in a" that stay in the cue: "said in a statement". */
int cue_medium(const char *w, size_t n);
/* Platforms after "on" that stay in the cue: "wrote on Truth Social". */
int cue_platform(const char *w, size_t n);

#endif
