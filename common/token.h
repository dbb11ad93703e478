/* token.h: words and punctuation of English news text.
 *
 * A token is a run of letters, digits and word-internal marks
 * ("Jong-un", "U.S.", "1,200", "o'clock") or one punctuation mark.
 * Rules: white space separates tokens; opening and closing punctuation
 * ( " ' ( [ « “ — , ; : ! ? ) and a final '.' are split off, except the
 * '.' of an abbreviation or initial ("Mr.", "Gen.", "J.", "U.S.");
 * a possessive "'s" / "’s" is a token of its own ("Trump" "'s");
 * dashes (— –, "--") are tokens.  Hyphens inside words stay.  Offsets
 * are bytes into the text, end exclusive.  Invalid UTF-8 bytes count
 * as symbols (one token each); nothing in the text is skipped except
 * white space. */
#ifndef NEWSUTILS_TOKEN_H
#define NEWSUTILS_TOKEN_H

#include <stddef.h>

enum {
	TOK_SPACE_BEFORE = 1,  /* white space (or the text start) before it */
	TOK_LINE_START = 2,    /* first token of a line (or of the text) */
	TOK_PARA_START = 4,    /* first token after a blank line (or of the text) */
	TOK_SENT_START = 8,    /* first token of a sentence (line start, or after . ! ?) */
	TOK_WORD = 16,         /* has a letter or digit */
};

typedef struct {
	size_t start, end;
	unsigned flags;
} Token;

typedef struct {
	Token *v;
	size_t n, cap;
} Tokens;

/* Replace out's contents with the tokens of text[0..len). */
void tokenise(const char *text, size_t len, Tokens *out);
/* Append to out the tokens that start in text[from..to) of text[0..len),
 * as tokenise() cuts them (a token may run past to; flags as if the text
 * began at from): the words between a document's quotations. */
void tokenise_span(const char *text, size_t len, size_t from, size_t to, Tokens *out);
void tokens_free(Tokens *t);

/* Is text[start..end) (without its final '.') a known abbreviation or
 * title that keeps its period ("Mr", "Gen", "Sept", "Inc")? */
int tok_is_abbrev(const char *s, size_t n);

#endif
