/* wordclass.h: the classes of the words around a quotation.
 *
 * Word lists the attribution rules of attrib.h ask about (pronouns,
 * determiners, titles and offices, the words that make a run of
 * capitals an organisation, the prepositions and verbs that end a
 * subject, given names that tell "she" from "he", ...) and the cue
 * lexicon of cue.h, in one hash table: a word is looked up once for
 * all of them.  Lists are lower case and match any case. */
#ifndef NEWSUTILS_WORDCLASS_H
#define NEWSUTILS_WORDCLASS_H

#include <stddef.h>

enum {
	WC_PRON = 1 << 0,      /* he, she, they, it, ... */
	WC_DET = 1 << 1,       /* a, the, his, several, ... */
	WC_STOPCAP = 1 << 2,   /* capitalised, still no start of a name: According, Monday */
	WC_TITLE = 1 << 3,     /* a title or office before a name: Sen., President */
	WC_ORG = 1 << 4,       /* makes a name an organisation or a place: Committee */
	WC_BOUND = 1 << 5,     /* no subject goes on back over it: and, after, to */
	WC_VERBISH = 1 << 6,   /* a verb or auxiliary ending a subject: is, has */
	WC_TITLECUE = 1 << 7,  /* before a title in quotation marks: film, book */
	WC_AUX = 1 << 8,       /* may stand between a subject and its cue (cue.h) */
	WC_CONN = 1 << 9,      /* inside a name: van, de, bin */
	WC_FEM = 1 << 10,      /* a woman's given name or title */
	WC_MASC = 1 << 11,     /* a man's */
};

typedef struct {
	int wc;    /* WC_* classes */
	int cue;   /* CUE_* flags (cue.h) */
} WordClass;

/* The classes of the word w[0..n) (any case). */
WordClass wordclass(const char *w, size_t n);

#endif
