/* quote.h: quoted spans in running text.
 *
 * quote_find() pairs the quotation marks of a document in one pass, for
 * every style that quote_mark() knows (straight, curly, guillemets,
 * low-9, primes).  The role of a mark comes from its glyph and from what
 * flanks it: a mark after a blank and before a word opens, a mark after a
 * word and before a blank or punctuation closes, so a misused ” that
 * starts a paragraph still opens.  Single marks open a quotation only
 * where an apostrophe cannot be (I'd, Trump's, rock 'n' roll and '90s
 * stay words); an opening single mark that is never closed is an
 * apostrophe.  Quotes nest (“I said, ‘Would you…?’”).  A double quotation
 * still open at the end of a paragraph continues into the next paragraph
 * when that one opens with a double mark; otherwise it ends there,
 * unclosed.  Two single marks in a row ('' ‘‘ ’’, a newspaper style)
 * are one double mark.  A straight mark right after `=` opens a markup
 * attribute (<tweet id="1">), not a quotation.
 *
 * Paragraphs are separated by blank lines.  In a text without blank
 * lines a line break ends a paragraph only after sentence-final
 * punctuation or a closing mark (other line breaks are wrapping).
 *
 * Time and memory are linear in the text. */
#ifndef NEWSUTILS_QUOTE_H
#define NEWSUTILS_QUOTE_H

#include <stddef.h>
#include "buf.h"

typedef struct {
	size_t open;        /* offset of the opening mark */
	size_t start, end;  /* the quoted words, blanks trimmed */
	size_t close;       /* just past the closing mark (end when unclosed) */
	int depth;          /* 0 for a quotation, 1 inside another, ... */
	int single;         /* opened by a single mark */
	int closed;         /* 0 when no closing mark was found */
	int paras;          /* paragraphs it runs over */
} Quote;

typedef struct {
	Quote *v;
	size_t n, cap;
	int lines;          /* the text has no blank line (quote_lines) */
	/* scratch, reused between calls */
	size_t *stack;
	size_t nstack, capstack;
} Quotes;

/* Replace q's contents with the quoted spans of s[0..len), in order of
 * their opening marks. */
void quote_find(const char *s, size_t len, Quotes *q);
void quotes_free(Quotes *q);

/* The words of s[start..end) with quotation marks that open a
 * continued paragraph dropped and every run of blanks made one space. */
void quote_text(const char *s, size_t start, size_t end, Buf *out);
/* The same, pointing into s when nothing needs tidying (else into out,
 * like quote_text); *n gets the length. */
const char *quote_tidy(const char *s, size_t start, size_t end, Buf *out, size_t *n);

/* Is s[i..] a paragraph break (a newline, then blanks and a newline;
 * or, with lines, a newline after sentence-final punctuation)? */
int quote_parabreak(const char *s, size_t len, size_t i, int lines);
/* Does s[0..len) have no blank line (a text of lines)? */
int quote_lines(const char *s, size_t len);

#endif
