/* text.h: paragraphs and sentences of English news text.
 *
 * Paragraphs are separated by blank lines; a text with no blank line has
 * one paragraph per line.  Sentences end at . ! ? (and … ) followed by
 * space and a capital, digit or opening quote, but not after
 * abbreviations (Mr. Dr. Gov. Sept. U.S. Jan. Inc. ...), initials
 * ("J. R. R."), decimals or ellipses inside a sentence; a closing
 * quotation mark or bracket after the stop belongs to the sentence.
 * A blank line always ends a sentence, and so does every line end in a
 * paragraph that is not hard-wrapped (none of its lines goes on with a
 * lower-case word): headlines, datelines and bylines stand alone. */
#ifndef NEWSUTILS_TEXT_H
#define NEWSUTILS_TEXT_H

#include <stddef.h>

typedef struct {
	size_t start, end;   /* byte offsets, end exclusive, blanks trimmed */
} Span;

typedef struct {
	Span *v;
	size_t n, cap;
} Spans;

/* Replace sp's contents with the paragraphs of text[0..len). */
void text_paragraphs(const char *text, size_t len, Spans *sp);
/* Replace sp's contents with the sentences of text[start..end). */
void text_sentences(const char *text, size_t start, size_t end, Spans *sp);
/* Is the word ending at text[i] (the '.') a known abbreviation? */
int text_is_abbrev(const char *text, size_t i);

void spans_free(Spans *sp);

#endif
