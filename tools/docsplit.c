/* docsplit: split files or a stream of articles into documents. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "split.h"
#include "stream.h"
#include "strip.h"
#include "table.h"
#include "text.h"
#include "tidy.h"
#include "utf8.h"

static const char synopsis[] =
    "[-f raw|csv|tsv] [-t column] [-b regex] [-u document|paragraph|sentence] [--strip] [file ...]";

enum { U_DOC, U_PARA, U_SENT };

static const struct option longopts[] = {
	{ "strip", no_argument, NULL, 'S' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static int unit = U_DOC, strip;
static Tidy tidy;
static Buf text, stripped, scratch, idbuf;
static Spans spans;
static LineMap map;         /* with -u: the lines of text to the document's */
static size_t nmeta;
static long *meta;          /* input columns written as metadata */
static long own[3] = { -1, -1, -1 };  /* input columns doc, file, line */
static const char *const ownname[3] = { "doc", "file", "line" };

static void
header(char **names)
{
	size_t i;

	out_cstr("doc");
	out_cstr("file");
	out_cstr("line");
	for (i = 0; i < nmeta; i++)
		out_cstr(names[meta[i]]);
	out_cstr("text");
	if (unit != U_DOC) {
		out_cstr("unit");
		out_cstr("offset");
	}
	out_endrow();
}

/* Tidy (and strip) s into text; returns the bytes replaced. */
static size_t
clean(const char *s, size_t n)
{
	size_t bad = tidy_text(&tidy, s, n, &text);

	if (strip) {
		strip_boilerplate(text.s, text.len, &stripped, &scratch, tidy.map);
		buf_clear(&text);
		buf_add(&text, stripped.s, stripped.len);
	}
	if (!text.s)
		buf_adds(&text, "");
	return bad;
}

static void
doc_id(const char *file, long index, int several)
{
	char num[STR_NUMSIZE];
	Str n;

	buf_clear(&idbuf);
	buf_adds(&idbuf, file);
	if (several) {
		n = str_num((size_t)index, num);
		buf_addc(&idbuf, '#');
		buf_add(&idbuf, n.s, n.len);
	}
}

/* Write the rows of one document: its doc, file and line, the metadata
 * fields[] and the units of text.  A unit's line is base (the line of the
 * text's first line) plus its line in the text; base < 0: every unit has
 * the document's line. */
static void
emit(Str doc, Str file, Str line, const Str *fields, long base)
{
	size_t i, k, at = 0;
	long l, last = -1;
	char num[STR_NUMSIZE];

	if (unit == U_PARA)
		text_paragraphs(text.s, text.len, &spans);
	else if (unit == U_SENT)
		text_sentences(text.s, 0, text.len, &spans);
	else
		spans.n = 1;
	for (k = 0; k < spans.n; k++) {
		out_str(doc);
		out_str(file);
		if (unit != U_DOC && base >= 0 &&
		    (l = base + linemap_line(&map, spans.v[k].start, &at)) != last)
			line = str_num((size_t)(last = l), num);
		out_str(line);
		for (i = 0; i < nmeta; i++)
			out_str(fields[i]);
		if (unit == U_DOC) {
			out_field(text.s, text.len);
		} else {
			out_field(text.s + spans.v[k].start, spans.v[k].end - spans.v[k].start);
			out_long((long)k + 1);
			out_long((long)spans.v[k].start);
		}
		out_endrow();
	}
}

static void
raw_file(Splitter *sp, const char *file)
{
	RawDoc d;
	size_t bad = 0;
	char num[STR_NUMSIZE];

	split_open(sp, file);
	while (split_next(sp, &d)) {
		bad += clean(d.s, d.len);
		doc_id(file, d.index, d.several);
		emit(str_make(idbuf.s, idbuf.len), str_cstr(file),
		    str_num((size_t)d.line, num), NULL, d.textline);
	}
	if (bad)
		warnat(file, 0, "%zu invalid UTF-8 or NUL bytes replaced by U+FFFD", bad);
}

/* Is name a column docsplit writes itself (replacing the input's)? */
static int
replaced(const char *name)
{
	return !strcmp(name, "text") ||
	    (unit != U_DOC && (!strcmp(name, "unit") || !strcmp(name, "offset")));
}

/* Choose the metadata columns of the first table; the text column.
 * Input columns doc, file and line are used as the document's own. */
static long
table_columns(Table *t, const char *textcol)
{
	size_t i, k;
	long tc = -1;
	Buf want = { 0 };
	const char *name;

	table_normname(textcol, strlen(textcol), 0, &want);
	meta = xcalloc(table_ncols(t) + 1, sizeof *meta);
	for (i = 0; i < table_ncols(t); i++) {
		name = table_colname(t, i);
		for (k = 0; k < 3 && strcmp(name, ownname[k]); k++)
			;
		if (!strcmp(name, want.s))
			tc = (long)i;
		else if (k < 3)
			own[k] = (long)i;
		else if (replaced(name))
			warnmsg("column %s of the input is replaced", name);
		else
			meta[nmeta++] = (long)i;
	}
	buf_free(&want);
	return tc;
}

/* The number s holds (decimal digits only), or -1. */
static long
number(Str s)
{
	size_t i;
	long v = 0;

	if (!s.len || s.len > 18)
		return -1;
	for (i = 0; i < s.len; i++) {
		if (s.s[i] < '0' || s.s[i] > '9')
			return -1;
		v = v * 10 + (s.s[i] - '0');
	}
	return v;
}

/* Field i of the record, with invalid UTF-8 repaired into fix. */
static Str
clean_field(const Table *t, size_t i, Buf *fix, size_t *bad)
{
	Str f = table_field(t, i);

	if (utf8_valid(f.s, f.len))
		return f;
	*bad += utf8_sanitize(f.s, f.len, fix);
	return str_make(fix->s, fix->len);
}

/* The header of the first table: the others must have the same. */
static char **names;
static size_t ncols;
static long tc = -1;
static int have_header;

static void
table_header(Table *t, const char *file, const char *textcol)
{
	size_t i;

	if (!table_ncols(t))
		return;                 /* an empty file */
	if (have_header) {
		if (table_ncols(t) != ncols)
			dieat(EXIT_USAGE, file, 1, "header differs from that of the first file");
		for (i = 0; i < ncols; i++)
			if (strcmp(table_colname(t, i), names[i]))
				dieat(EXIT_USAGE, file, 1, "header differs from that of the first file");
		return;
	}
	ncols = table_ncols(t);
	names = xcalloc(ncols + 1, sizeof *names);
	for (i = 0; i < ncols; i++)
		names[i] = xstrdup(table_colname(t, i));
	if ((tc = table_columns(t, textcol)) < 0)
		dieat(EXIT_USAGE, file, 1, "no column %s", textcol);
	header(names);
	have_header = 1;
}

static void
table_file(int format, const char *file, const char *textcol)
{
	Table *t = table_open(format, file);
	Str *fields, mine[3];
	Buf *fix;
	size_t i, k, bad = 0;
	char num[STR_NUMSIZE];
	long base;
	Str f;

	table_header(t, file, textcol);
	fields = xcalloc(nmeta + 1, sizeof *fields);
	fix = xcalloc(nmeta + 3, sizeof *fix);
	while (table_next(t)) {
		f = table_field(t, (size_t)tc);
		bad += clean(f.s, f.len);
		for (i = 0; i < nmeta; i++)
			fields[i] = clean_field(t, (size_t)meta[i], &fix[i], &bad);
		doc_id(file, table_index(t), table_several(t));
		mine[0] = str_make(idbuf.s, idbuf.len);
		mine[1] = str_cstr(file);
		mine[2] = str_num((size_t)table_line(t), num);
		for (k = 0; k < 3; k++)
			if (own[k] >= 0)
				mine[k] = clean_field(t, (size_t)own[k], &fix[nmeta + k], &bad);
		/* Units: lines counted in the text from an input line column
		 * (a stream re-split) or from where a CSV field starts; a TSV
		 * record is one line of the file. */
		if (own[2] >= 0)
			base = number(mine[2]);
		else if (format == TABLE_CSV)
			base = table_field_line(t, (size_t)tc);
		else
			base = -1;
		emit(mine[0], mine[1], mine[2], fields, base);
	}
	for (i = 0; i < nmeta + 3; i++)
		buf_free(&fix[i]);
	free(fix);
	free(fields);
	table_close(t);
	if (bad)
		warnat(file, 0, "%zu invalid UTF-8 or NUL bytes replaced by U+FFFD", bad);
}

static int
parse_unit(const char *s)
{
	if (!strcmp(s, "document") || !strcmp(s, "doc"))
		return U_DOC;
	if (!strcmp(s, "paragraph") || !strcmp(s, "para"))
		return U_PARA;
	if (!strcmp(s, "sentence") || !strcmp(s, "sent"))
		return U_SENT;
	warnmsg("-u: unknown unit %s", s);
	usage(synopsis);
}

int
main(int argc, char **argv)
{
	const char *regex = NULL, *textcol = "text";
	static char *stdin_only[] = { "-", NULL };
	char **files;
	int c, i, format = -1;
	Splitter *sp;

	setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "b:f:ht:u:", longopts, NULL)) != -1) {
		switch (c) {
		case 'b': regex = optarg; break;
		case 'f':
			if (!strcmp(optarg, "csv"))
				format = TABLE_CSV;
			else if (!strcmp(optarg, "tsv"))
				format = TABLE_TSV;
			else if (strcmp(optarg, "raw"))
				usage(synopsis);
			break;
		case 'h': help(synopsis);
		case 't': textcol = optarg; break;
		case 'u': unit = parse_unit(optarg); break;
		case 'S': strip = 1; break;
		case 'V': version();
		default: usage(synopsis);
		}
	}
	files = optind < argc ? argv + optind : stdin_only;
	if (unit != U_DOC)
		tidy.map = &map;
	if (format < 0) {
		sp = split_new(regex);
		header(NULL);
		for (; *files; files++)
			raw_file(sp, *files);
		split_free(sp);
	} else {
		for (i = 0; files[i]; i++)
			table_file(format, files[i], textcol);
		if (!have_header)
			header(NULL);
		while (ncols)
			free(names[--ncols]);
		free(names);
		free(meta);
	}
	out_flush();
	return 0;
}
