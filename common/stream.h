/* stream.h: the newsutils stream (newsutils(7)), read and written.
 *
 * Reading.  An Input walks the records of one or more files (or standard
 * input) as one table.  A file whose first line is a header containing a
 * `text` column is a table: its fields are decoded (\\ \t \n \r), a line
 * identical to the header is skipped, a line ends with LF, CRLF or a lone
 * CR (lineend.h), and a record with the wrong number of fields is fatal
 * (exit 2, file:line).  Any other file is raw text: one document with
 * columns `doc` (the file name, "-" for standard input) and `text` (CRLF
 * and lone CR turned into LF).
 * Invalid UTF-8 and NUL bytes are replaced by U+FFFD and counted in one
 * warning per file.  Every file must have the header of the first; a raw
 * file fits any header with `doc` and `text` (other fields empty).
 *
 * Field strings stay valid until the next input_next() call and are
 * NUL-terminated.
 *
 * Writing.  out_* write to standard output through one buffer, escaping
 * fields; a write error is fatal (exit 1), a closed pipe ends the program
 * quietly.  A Layout maps input records to output rows: the metadata
 * columns in order, `text` kept or dropped, then the program's own
 * columns, each replacing an input column of the same name in place. */
#ifndef NEWSUTILS_STREAM_H
#define NEWSUTILS_STREAM_H

#include <stddef.h>

typedef struct {
	const char *s;
	size_t len;
} Str;

#define STR(lit) ((Str){ (lit), sizeof(lit) - 1 })
static inline Str str_make(const char *s, size_t len) { return (Str){ s, len }; }
Str str_cstr(const char *s);
/* v in decimal, written into buf; the digits as a Str. */
enum { STR_NUMSIZE = 24 };
Str str_num(size_t v, char buf[STR_NUMSIZE]);

typedef struct Input Input;

/* Open files[0..nfiles-1]; nfiles == 0 or a name "-" means standard
 * input.  An unreadable file is reported (exit 1) when it is reached. */
Input *input_open(int nfiles, char **files);
/* Like input_open, but a first line of column names is a table header
 * even without a text column (input_text() is then empty): for programs
 * that take any table, such as tocsv. */
Input *input_open_table(int nfiles, char **files);
/* Read the next record: 1, or 0 at the end of all files. */
int input_next(Input *in);
void input_close(Input *in);

size_t input_ncols(const Input *in);
const char *input_colname(const Input *in, size_t i);
/* Index of the column called name, or -1. */
long input_col(const Input *in, const char *name);
Str input_field(const Input *in, size_t i);
/* The text and doc fields of the current record (always present). */
Str input_text(const Input *in);
Str input_doc(const Input *in);
/* Where the current record came from: file name and line it starts on. */
const char *input_file(const Input *in);
long input_line(const Input *in);
/* Was the first file raw text (no header)? */
int input_raw(const Input *in);

/* Output: one buffered standard output for the whole program. */
void out_field(const char *s, size_t n);   /* escaped; TAB before all but the first */
void out_str(Str s);
void out_cstr(const char *s);
void out_long(long v);                      /* a field holding a number */
void out_empty(void);                       /* an empty field */
void out_endrow(void);
void out_raw(const char *s, size_t n);      /* unescaped bytes, for tocsv */
void out_flush(void);                       /* also registered atexit */

enum { LAYOUT_DROP_TEXT = 0, LAYOUT_KEEP_TEXT = 1 };

typedef struct Layout Layout;

/* Output columns: the input's (text kept or not) and then names[0..n-1],
 * a name that the input has replacing it in place. */
Layout *layout_new(const Input *in, int keep_text, const char *const *names, size_t n);
/* The first n of the program's values are the record's: the same in
 * every row of a record (dateof -a: date, date_text), escaped once a
 * record.  (Layouts without text only.) */
void layout_per_record(Layout *l, size_t n);
void layout_free(Layout *l);
void layout_header(const Layout *l);
/* One row: the current record's metadata and vals[0..n-1] for the
 * program's own columns. */
void layout_row(const Layout *l, const Input *in, const Str *vals);

#endif
