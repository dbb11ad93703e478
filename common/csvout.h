/* csvout.h: write RFC 4180 CSV through the stream's output buffer.
 *
 * A field is quoted (by libcsv, quotes doubled) only when it must be:
 * when it holds the delimiter, a quotation mark, CR or LF, or when it is
 * the only field of its record and empty (so the line is not blank).
 * This is the quoting of Miller, so `mlr --icsv --otsv cat` reads the
 * stream back byte for byte. */
#ifndef NEWSUTILS_CSVOUT_H
#define NEWSUTILS_CSVOUT_H

#include <stddef.h>

typedef struct {
	char delim;          /* ',' by default */
	int crlf;            /* end records with CRLF */
	int col;             /* fields written in the current record */
} CsvOut;

/* The byte order mark, for spreadsheets that need it. */
void csvout_bom(void);
void csvout_field(CsvOut *c, const char *s, size_t n, int only);
void csvout_endrow(CsvOut *c);

#endif
