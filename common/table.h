/* table.h: read a table of articles in CSV (RFC 4180, through libcsv) or
 * TSV (the newsutils/Miller convention: \t \n \r \\ escapes).
 *
 * The first record is the header.  Column names are normalised to
 * [a-z_][a-z0-9_]*: ASCII letters lowered, every run of other characters
 * turned into one '_', leading and trailing '_' dropped, '_' put before a
 * leading digit, "col" and the column number for an empty name; a
 * duplicate name gets "_2", "_3"... (with a warning).  A byte order mark
 * and CRLF or lone CR line ends are accepted (lineend.h); blank lines are
 * skipped; a record with the wrong number of fields is fatal (exit 2,
 * file:line).  A line identical to a one-line header is skipped (tables
 * or streams written one after the other).  Fields are returned as they
 * are (no UTF-8 repair).
 *
 * Reading goes block by block: memory holds a block and the records it
 * completes, never the whole file. */
#ifndef NEWSUTILS_TABLE_H
#define NEWSUTILS_TABLE_H

#include <stddef.h>
#include "stream.h"

enum { TABLE_CSV, TABLE_TSV };

typedef struct Table Table;

/* Open file name ("-": standard input) and read its header; an
 * unreadable file is fatal (exit 1).  An empty file has no columns. */
Table *table_open(int format, const char *name);
void table_close(Table *t);

size_t table_ncols(const Table *t);
const char *table_colname(const Table *t, size_t i);
/* The next record: 1, or 0 at the end. */
int table_next(Table *t);
Str table_field(const Table *t, size_t i);
long table_line(const Table *t);    /* line the current record starts on */
/* Line field i of the current record starts on (a TSV record is one line). */
long table_field_line(const Table *t, size_t i);
long table_index(const Table *t);   /* 1-based record number */
int table_several(const Table *t);  /* more than one record in the file? */

/* Normalise a column name into out (cleared first). */
void table_normname(const char *s, size_t n, size_t col, Buf *out);

#endif
