/* attrib.h: who said a quotation, and with which words.
 *
 * attrib_doc() finds the quoted spans of a document (quote.h), tells
 * quotations from scare quotes and titles, and attributes each
 * quotation to a speaker:
 *
 *  - after the quote: “…,” Trump said. / “…,” said Chung, whose… /
 *    “…,” Chung Dong-young, the unification minister, told reporters.
 *  - before it, in the same sentence: Trump said: “…” / Trump called it
 *    “a disgrace” / CNN quoted Trump as saying “…” / according to X, “…”
 *  - a participle takes the subject of its sentence: …, adding “…”.
 *  - a quotation standing as a sentence with no attribution of its own
 *    continues the speaker of the quotation before it in the same run
 *    of paragraphs (mention and cue empty).
 *
 * The mention is the words at the attribution ("he", "Mr. Lee", "the
 * senior official"); the speaker is the full name it stands for: a
 * short name resolves to the longest name in the document that contains
 * it, titles dropped ("Lee" -> "Lee Jae Myung"); "he" and "she" to the
 * last person named as a subject before; "the president" to the person
 * last titled so; an unnamed source stays as its noun phrase.
 *
 * A quoted span is not a quotation when it has no attribution and is
 * not a sentence of its own (a “high-level source”), when it is a title
 * (CNN's “State of the Union”), or when it is nested in another. */
#ifndef NEWSUTILS_ATTRIB_H
#define NEWSUTILS_ATTRIB_H

#include <stddef.h>
#include "quote.h"

enum { KIND_FULL = 1, KIND_PARTIAL = 2 };
#define NOPOS ((size_t)-1)

typedef struct {
	const Quote *q;      /* the quoted span */
	int quotation;       /* 0 for a scare quote, a title, a nested quote */
	int kind;            /* KIND_FULL or KIND_PARTIAL */
	size_t ms, me;       /* the mention (ms == NOPOS: none) */
	size_t ss, se;       /* the speaker's name in the text (ss == NOPOS: none) */
	size_t cs, ce;       /* the cue (cs == NOPOS: none) */
	int quotedas;        /* the cue is "quoted ... as saying" */
} Attr;

typedef struct Attrib Attrib;

Attrib *attrib_new(void);
void attrib_free(Attrib *a);

/* Attribute the quoted spans of s[0..len): one Attr per span, in text
 * order, valid until the next call.  Returns their number. */
size_t attrib_doc(Attrib *a, const char *s, size_t len, const Attr **out);

/* With the entity recogniser's mentions m and their merged entities e
 * (ner.h, alias.h) of the same text: the canonical name of x's speaker,
 * from the entity of its mention, else of its name in the text, else
 * by alias lookup; NULL when none of them names it. */
const char *attrib_entity(const char *s, const Attr *x, const void *m, const void *e);

/* The cue words of x as written in a row: "told reporters", "said in
 * a statement", "quoted ... as saying". */
void attrib_cue(const char *s, const Attr *x, Buf *out);

#endif
