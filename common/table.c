/* table.c: CSV and TSV tables of articles (see table.h). */
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "lineend.h"
#include "table.h"

enum { BLOCK = 1 << 20 };

typedef struct {
	size_t off, len;
	long line;               /* the line it ends on */
} Field;

typedef struct {
	size_t first, n;
	long line;
} Rec;

struct Table {
	int format, fd, eof;
	const char *name;
	struct csv_parser csv;
	Buf rb;                  /* read buffer, bytes from rpos not yet parsed */
	size_t rpos;
	Eol eol;                 /* line ends ahead of rpos */
	int started;
	int hstate;              /* 0 header not read, 1 one line (hline), 2 more */
	Buf hline;
	long lineno;             /* lines parsed */
	long recstart;           /* line the open record started on, 0 if none */

	Buf data;                /* fields of the queued records */
	Field *f;
	size_t nf, fcap;
	Rec *r;
	size_t nr, rcap, ri;     /* queued records, the next to return */
	Rec cur;
	long index;
	int several;

	size_t ncols;
	char **names;
};

static void
addfield(Table *t, const char *s, size_t n)
{
	xgrow(&t->f, &t->fcap, t->nf + 1, sizeof *t->f);
	t->f[t->nf].off = t->data.len;
	t->f[t->nf].line = t->lineno;
	t->f[t->nf++].len = n;
	buf_add(&t->data, s ? s : "", n);
}

static void
endrec(Table *t)
{
	size_t first = t->nr ? t->r[t->nr - 1].first + t->r[t->nr - 1].n : 0;

	xgrow(&t->r, &t->rcap, t->nr + 1, sizeof *t->r);
	t->r[t->nr].first = first;
	t->r[t->nr].n = t->nf - first;
	t->r[t->nr++].line = t->recstart;
	t->recstart = 0;
}

static void csvfield(void *s, size_t n, void *data) { addfield(data, s, n); }
static void csvrec(int c, void *data) { endrec(data); }
static int nospace(unsigned char c) { return 0; }

/* Decode the TSV escapes of s[0..n) into a field. */
static void
tsvfield(Table *t, const char *s, size_t n)
{
	size_t i, k;
	char *p;

	addfield(t, s, n);
	p = t->data.s + t->f[t->nf - 1].off;
	for (i = k = 0; i < n; i++) {
		if (p[i] == '\\' && i + 1 < n) {
			switch (p[i + 1]) {
			case '\\': p[k++] = '\\'; i++; continue;
			case 't': p[k++] = '\t'; i++; continue;
			case 'n': p[k++] = '\n'; i++; continue;
			case 'r': p[k++] = '\r'; i++; continue;
			}
		}
		p[k++] = p[i];
	}
	t->f[t->nf - 1].len = k;
	t->data.len -= n - k;
	t->data.s[t->data.len] = '\0';
}

/* Parse one line s[0..n), of which the first m bytes are its text and
 * the rest its line end (LF, CRLF, a lone CR or none). */
static void
parseline(Table *t, const char *s, size_t m, size_t n)
{
	const char *tab, *end, *s0 = s;

	t->lineno++;
	if (t->recstart == 0 && m > 0) {
		if (t->hstate == 1 && m == t->hline.len && !memcmp(s, t->hline.s, m))
			return;         /* the header again: streams concatenated */
		t->recstart = t->lineno;
	}
	if (t->format == TABLE_CSV) {
		if (csv_parse(&t->csv, s, n, csvfield, csvrec, t) != n)
			dieat(EXIT_USAGE, t->name, t->lineno, "%s",
			    csv_strerror(csv_error(&t->csv)));
	} else if (m > 0) {
		for (end = s + m; (tab = memchr(s, '\t', (size_t)(end - s))); s = tab + 1)
			tsvfield(t, s, (size_t)(tab - s));
		tsvfield(t, s, (size_t)(end - s));
		endrec(t);
	}
	if (t->hstate == 0 && t->nr == 1) {
		t->hstate = t->recstart == 0 && t->r[0].line == t->lineno ? 1 : 2;
		if (t->hstate == 1)
			buf_add(&t->hline, s0, m);  /* a one-line header */
	}
}


/* Read and parse one more block (or the end). */
static void
more(Table *t)
{
	ssize_t n;
	size_t end, eollen;

	if (t->rpos) {
		memmove(t->rb.s, t->rb.s + t->rpos, t->rb.len - t->rpos);
		t->rb.len -= t->rpos;
		t->rpos = 0;
		eol_reset(&t->eol);
	}
	buf_reserve(&t->rb, BLOCK);
	do
		n = read(t->fd, t->rb.s + t->rb.len, t->rb.cap - t->rb.len - 1);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		dieat(EXIT_IO, t->name, 0, "read error:");
	t->rb.len += (size_t)n;
	if (n == 0)
		t->eof = 1;
	if (!t->started && t->rb.len >= 3) {
		t->started = 1;
		if (!memcmp(t->rb.s, "\xEF\xBB\xBF", 3))
			t->rpos = 3;    /* a byte order mark */
	}
	while (t->rpos < t->rb.len) {
		end = eol_find(&t->eol, t->rb.s, t->rpos, t->rb.len, t->eof, &eollen);
		if (!eollen && !t->eof)
			break;
		parseline(t, t->rb.s + t->rpos, end - t->rpos, end + eollen - t->rpos);
		t->rpos = end + eollen;
	}
	if (t->eof && t->format == TABLE_CSV)
		csv_fini(&t->csv, csvfield, csvrec, t);
}

/* Make sure at least n records are queued, unless the file ends. */
static void
want(Table *t, size_t n)
{
	while (t->nr - t->ri < n && !t->eof)
		more(t);
}

void
table_normname(const char *s, size_t n, size_t col, Buf *out)
{
	size_t i;
	unsigned char c;

	buf_clear(out);
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
			if (c == '_' && (!out->len || out->s[out->len - 1] == '_'))
				continue;
			if (!out->len && c >= '0' && c <= '9')
				buf_addc(out, '_');
			buf_addc(out, (char)c);
		} else if (out->len && out->s[out->len - 1] != '_') {
			buf_addc(out, '_');
		}
	}
	while (out->len && out->s[out->len - 1] == '_')
		out->s[--out->len] = '\0';
	if (!out->len)
		buf_printf(out, "col%zu", col + 1);
}

static int
taken(char **names, size_t n, const char *s)
{
	size_t j;

	for (j = 0; j < n; j++)
		if (!strcmp(names[j], s))
			return 1;
	return 0;
}

static void
header(Table *t)
{
	Rec h;
	size_t i, k, base;
	Buf b = { 0 };

	want(t, 1);
	if (t->nr == 0)
		return;
	h = t->r[t->ri++];
	t->ncols = h.n;
	t->names = xcalloc(h.n, sizeof *t->names);
	for (i = 0; i < h.n; i++) {
		table_normname(t->data.s + t->f[h.first + i].off,
		    t->f[h.first + i].len, i, &b);
		base = b.len;
		for (k = 2; taken(t->names, i, b.s); k++) {
			if (k == 2)
				warnat(t->name, h.line, "duplicate column name %s", b.s);
			b.len = base;
			buf_printf(&b, "_%zu", k);
		}
		t->names[i] = xstrdup(b.s);
	}
	buf_free(&b);
}

Table *
table_open(int format, const char *name)
{
	Table *t = xcalloc(1, sizeof *t);

	t->format = format;
	t->name = name;
	if (!strcmp(name, "-"))
		t->fd = 0;
	else if ((t->fd = open(name, O_RDONLY)) < 0)
		dieat(EXIT_IO, name, 0, "cannot open:");
	if (format == TABLE_CSV) {
		csv_init(&t->csv, 0);
		csv_set_space_func(&t->csv, nospace);
	}
	header(t);
	want(t, 2);
	t->several = t->nr - t->ri >= 2;
	return t;
}

void
table_close(Table *t)
{
	size_t i;

	if (!t)
		return;
	if (t->fd > 0)
		close(t->fd);
	if (t->format == TABLE_CSV)
		csv_free(&t->csv);
	for (i = 0; i < t->ncols; i++)
		free(t->names[i]);
	free(t->names);
	free(t->f);
	free(t->r);
	buf_free(&t->data);
	buf_free(&t->rb);
	buf_free(&t->hline);
	free(t);
}

/* Forget the records queued (all returned), but keep the fields of a
 * record still open: a quoted CSV field may be cut between two reads. */
static void
unqueue(Table *t)
{
	size_t keep = t->nr ? t->r[t->nr - 1].first + t->r[t->nr - 1].n : 0, off, i;

	off = keep < t->nf ? t->f[keep].off : t->data.len;
	t->nf -= keep;
	if (t->nf)
		memmove(t->f, t->f + keep, t->nf * sizeof *t->f);
	for (i = 0; i < t->nf; i++)
		t->f[i].off -= off;
	if (off) {
		t->data.len -= off;
		memmove(t->data.s, t->data.s + off, t->data.len + 1);
	}
	t->nr = t->ri = 0;
}

int
table_next(Table *t)
{
	if (t->ri == t->nr) {
		unqueue(t);
		want(t, 1);
		if (t->nr == 0)
			return 0;
	}
	t->cur = t->r[t->ri++];
	t->index++;
	if (t->cur.n > t->ncols)
		dieat(EXIT_USAGE, t->name, t->cur.line, "too many fields, expected %zu", t->ncols);
	if (t->cur.n != t->ncols)
		dieat(EXIT_USAGE, t->name, t->cur.line, "%zu fields, expected %zu", t->cur.n, t->ncols);
	return 1;
}

size_t table_ncols(const Table *t) { return t->ncols; }
const char *table_colname(const Table *t, size_t i) { return t->names[i]; }
long table_line(const Table *t) { return t->cur.line; }
long table_index(const Table *t) { return t->index; }
int table_several(const Table *t) { return t->several; }

long
table_field_line(const Table *t, size_t i)
{
	const Field *f = &t->f[t->cur.first + i];

	if (t->format == TABLE_TSV)
		return t->cur.line;
	return f->line - (long)eol_count(t->data.s + f->off, f->len);
}

Str
table_field(const Table *t, size_t i)
{
	const Field *f = &t->f[t->cur.first + i];

	return (Str){ t->data.s + f->off, f->len };
}
