/* split.h: split raw text files into documents at boundary lines.
 *
 * Lines end with LF, CRLF or a lone CR (lineend.h), and are numbered so.
 * A boundary is a line that opens a document: by default a dated record
 * line (" date 2025-08-26 Headline", the leading blanks optional), or
 * with split_new(regex) a line matching the pcre2 pattern (UTF, matched
 * against the line without its line end).  A line starting with a form
 * feed is always a boundary.  The boundary line belongs to the document
 * it opens; text before the first boundary is a document too.  Blank
 * documents (only white space and form feeds) are skipped.
 *
 * The file is read in large blocks; memory holds one document (and the
 * block being read), never the whole file. */
#ifndef NEWSUTILS_SPLIT_H
#define NEWSUTILS_SPLIT_H

#include <stddef.h>

typedef struct Splitter Splitter;

typedef struct {
	const char *s;      /* the raw bytes, valid until the next split_next */
	size_t len;
	long line;          /* line of its first non-blank line (1-based) */
	long textline;      /* line of s[0] */
	long index;         /* 1-based, among the file's documents */
	int several;        /* does the file hold more than one document? */
} RawDoc;

/* regex NULL: the dated-record boundary.  A bad regex is fatal (exit 2). */
Splitter *split_new(const char *regex);
void split_free(Splitter *sp);
/* Start on file name ("-": standard input); fatal (exit 1) if unreadable. */
void split_open(Splitter *sp, const char *name);
/* The next document of the open file: 1, or 0 at its end (file closed). */
int split_next(Splitter *sp, RawDoc *doc);
/* Does the line s[0..n) (no line end) open a dated record? */
int split_is_dated(const char *s, size_t n);

#endif
