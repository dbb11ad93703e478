/* stream.c: the newsutils TSV stream, read and written (see stream.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "lineend.h"
#include "stream.h"
#include "utf8.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { CHUNK = 1 << 16 };

struct Input {
	char **files;
	int nfiles, cur;          /* cur: index of the open file, -1 before */
	int fd;
	const char *name;         /* file name for messages and raw doc ids */
	int raw;                  /* is the open file raw text? */
	int first_raw;            /* was the first file raw? */
	int anytable;             /* a header needs no text column */
	int done;                 /* open file exhausted */
	int eof;                  /* fd at end of file */
	long lineno;              /* lines consumed in the open file */
	long recline;             /* line the current record started on */
	unsigned long serial;     /* records read so far */
	size_t bad;               /* invalid bytes replaced in the open file */

	Buf rb;                   /* read buffer; unread bytes from rpos */
	size_t rpos;
	Eol eol;                  /* line ends ahead of rpos */
	Buf fix;                  /* a line or raw file after UTF-8 repair */

	size_t ncols;
	char **names;
	char *header;             /* the header line as written */
	size_t headerlen;
	long textcol, doccol;
	Str *fields;
};

/* Reading bytes. */

static void
fill(Input *in)
{
	ssize_t n;

	if (in->rpos > 0 && in->rpos == in->rb.len) {
		in->rb.len = in->rpos = 0;
		eol_reset(&in->eol);
	} else if (in->rpos > in->rb.cap / 2) {
		memmove(in->rb.s, in->rb.s + in->rpos, in->rb.len - in->rpos);
		in->rb.len -= in->rpos;
		in->rpos = 0;
		eol_reset(&in->eol);
	}
	buf_reserve(&in->rb, CHUNK);
	do
		n = read(in->fd, in->rb.s + in->rb.len, in->rb.cap - in->rb.len - 1);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		dieat(EXIT_IO, in->name, 0, "read error:");
	if (n == 0)
		in->eof = 1;
	in->rb.len += (size_t)n;
	in->rb.s[in->rb.len] = '\0';
}

/* The next line without its line end (LF, CRLF or a lone CR), or NULL at
 * the end. */
static char *
getline_(Input *in, size_t *len)
{
	char *s;
	size_t end, eollen;

	for (;;) {
		end = eol_find(&in->eol, in->rb.s, in->rpos, in->rb.len, in->eof, &eollen);
		if (eollen || in->eof)
			break;
		fill(in);
	}
	if (in->rpos == in->rb.len)
		return NULL;
	s = in->rb.s + in->rpos;
	*len = end - in->rpos;          /* no line end: the last line */
	in->rpos = end + eollen;
	in->lineno++;
	return s;
}

/* Repair invalid UTF-8 in s, counting it; returns s or the repaired copy. */
static char *
repair(Input *in, char *s, size_t *len)
{
	if (utf8_valid(s, *len))
		return s;
	in->bad += utf8_sanitize(s, *len, &in->fix);
	*len = in->fix.len;
	return in->fix.s;
}

/* Headers. */

static int
isname(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z')))
		return 0;
	for (i = 1; i < n; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

/* Is line a header (with a text column if needtext)?  Fills names (n of
 * them). */
static int
parseheader(char *line, size_t len, char ***names, size_t *n, int needtext)
{
	size_t i, start = 0, k = 0, cap = 0;
	int hastext = 0;
	char **v = NULL;

	for (i = 0; i <= len; i++) {
		if (i < len && line[i] != '\t')
			continue;
		if (!isname(line + start, i - start))
			goto no;
		xgrow(&v, &cap, k + 1, sizeof *v);
		v[k++] = xstrndup(line + start, i - start);
		if (i - start == 4 && !memcmp(line + start, "text", 4))
			hastext = 1;
		start = i + 1;
	}
	if (needtext && !hastext)
		goto no;
	*names = v;
	*n = k;
	return 1;
no:
	while (k)
		free(v[--k]);
	free(v);
	return 0;
}

static long
findcol(char **names, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(names[i], name))
			return (long)i;
	return -1;
}

static void
freenames(char **names, size_t n)
{
	while (n)
		free(names[--n]);
	free(names);
}

/* Opening files. */

static void
closefile(Input *in)
{
	if (in->fd > 0)
		close(in->fd);
	in->fd = -1;
	if (in->bad)
		warnat(in->name, 0, "%zu invalid UTF-8 or NUL bytes replaced by U+FFFD",
		    in->bad);
}

/* Open the next file and read its first line; 0 when none is left. */
static int
openfile(Input *in)
{
	char *line, **names;
	size_t len, n;

	if (in->cur >= 0)
		closefile(in);
	if (++in->cur >= in->nfiles)
		return 0;
	in->name = in->files[in->cur];
	if (!strcmp(in->name, "-")) {
		in->fd = 0;
	} else if ((in->fd = open(in->name, O_RDONLY)) < 0) {
		dieat(EXIT_IO, in->name, 0, "cannot open:");
	}
	in->rb.len = in->rpos = 0;
	eol_reset(&in->eol);
	in->eof = in->done = 0;
	in->lineno = 0;
	in->bad = 0;
	fill(in);

	if (!(line = getline_(in, &len))) {     /* empty file: no document */
		in->raw = 1;
		in->done = 1;
		if (in->cur == 0)
			in->first_raw = 1;
		return 1;
	}
	in->raw = !parseheader(line, len, &names, &n, !in->anytable);
	if (in->raw) {
		in->lineno = 0;
		in->rpos = 0;           /* the first line is text: read it again */
		eol_reset(&in->eol);
		if (in->cur == 0)
			in->first_raw = 1;
		return 1;
	}
	if (in->cur == 0) {
		in->names = names;
		in->ncols = n;
		in->header = xstrndup(line, len);
		in->headerlen = len;
		return 1;
	}
	if (len != in->headerlen || memcmp(line, in->header, len))
		dieat(EXIT_USAGE, in->name, 1,
		    "header differs from that of %s", in->files[0]);
	freenames(names, n);
	return 1;
}

static Input *
open_(int nfiles, char **files, int anytable)
{
	static char *stdin_only[] = { "-" };
	Input *in = xcalloc(1, sizeof *in);

	in->anytable = anytable;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	in->files = files;
	in->nfiles = nfiles;
	in->cur = -1;
	in->fd = -1;
	openfile(in);
	if (in->first_raw) {
		in->ncols = 2;
		in->names = xcalloc(2, sizeof *in->names);
		in->names[0] = xstrdup("doc");
		in->names[1] = xstrdup("text");
		in->header = xstrdup("doc\ttext");
		in->headerlen = 8;
	}
	in->textcol = findcol(in->names, in->ncols, "text");
	in->doccol = findcol(in->names, in->ncols, "doc");
	in->fields = xcalloc(in->ncols, sizeof *in->fields);
	return in;
}

Input *input_open(int nfiles, char **files) { return open_(nfiles, files, 0); }
Input *input_open_table(int nfiles, char **files) { return open_(nfiles, files, 1); }

void
input_close(Input *in)
{
	if (!in)
		return;
	if (in->cur < in->nfiles)
		closefile(in);
	freenames(in->names, in->ncols);
	free(in->header);
	free(in->fields);
	buf_free(&in->rb);
	buf_free(&in->fix);
	free(in);
}

/* Records. */

/* Decode the escapes of s[0..n) in place; returns the new length. */
static size_t
unescape(char *s, size_t n)
{
	char *p = memchr(s, '\\', n), *q, *end = s + n, *next;
	size_t run;

	if (!p)
		return n;
	for (q = p; p < end; p = next) {
		if (p + 1 == end) {             /* a lone final backslash */
			*q++ = *p++;
			break;
		}
		switch (p[1]) {
		case '\\': *q++ = '\\'; p += 2; break;
		case 't': *q++ = '\t'; p += 2; break;
		case 'n': *q++ = '\n'; p += 2; break;
		case 'r': *q++ = '\r'; p += 2; break;
		default: *q++ = *p++; break;
		}
		next = p < end ? memchr(p, '\\', (size_t)(end - p)) : NULL;
		if (!next)
			next = end;
		run = (size_t)(next - p);
		memmove(q, p, run);
		q += run;
	}
	*q = '\0';
	return (size_t)(q - s);
}

static int
nextrow(Input *in)
{
	char *line, *p, *tab;
	size_t len, k;

	for (;;) {
		if (!(line = getline_(in, &len)))
			return 0;
		if (len == in->headerlen && !memcmp(line, in->header, len))
			continue;
		break;
	}
	in->recline = in->lineno;
	line[len] = '\0';
	line = repair(in, line, &len);
	for (p = line, k = 0;; p = tab + 1) {
		tab = memchr(p, '\t', len - (size_t)(p - line));
		if (k == in->ncols)
			dieat(EXIT_USAGE, in->name, in->recline,
			    "too many fields, expected %zu", in->ncols);
		if (tab)
			*tab = '\0';
		in->fields[k].s = p;
		in->fields[k++].len = unescape(p, tab ? (size_t)(tab - p) : len - (size_t)(p - line));
		if (!tab)
			break;
	}
	if (k != in->ncols)
		dieat(EXIT_USAGE, in->name, in->recline,
		    "%zu fields, expected %zu", k, in->ncols);
	return 1;
}

/* A raw file: all of it is the text of one document. */
static int
rawdoc(Input *in)
{
	size_t i, n;
	char *s;

	while (!in->eof)
		fill(in);
	s = in->rb.s + in->rpos;
	n = eol_to_lf(s, in->rb.len - in->rpos, s);
	s[n] = '\0';
	s = repair(in, s, &n);
	for (i = 0; i < in->ncols; i++)
		in->fields[i] = (Str){ "", 0 };
	in->fields[in->doccol] = (Str){ in->name, strlen(in->name) };
	in->fields[in->textcol] = (Str){ s, n };
	in->recline = 1;
	in->done = 1;
	return 1;
}

int
input_next(Input *in)
{
	for (;;) {
		if (in->cur >= in->nfiles)
			return 0;
		if (!in->done) {
			if (in->raw) {
				if (in->doccol < 0 || in->textcol < 0)
					dieat(EXIT_USAGE, in->name, 0,
					    "raw text, but the stream has no doc and text columns");
				return ++in->serial, rawdoc(in);
			}
			if (nextrow(in))
				return ++in->serial, 1;
			in->done = 1;
		}
		if (!openfile(in))
			return 0;
	}
}

size_t input_ncols(const Input *in) { return in->ncols; }
const char *input_colname(const Input *in, size_t i) { return in->names[i]; }
long input_col(const Input *in, const char *name) { return findcol(in->names, in->ncols, name); }
Str input_field(const Input *in, size_t i) { return in->fields[i]; }
Str input_text(const Input *in) { return in->textcol < 0 ? (Str){ "", 0 } : in->fields[in->textcol]; }
const char *input_file(const Input *in) { return in->name; }
long input_line(const Input *in) { return in->recline; }
int input_raw(const Input *in) { return in->first_raw; }

Str
input_doc(const Input *in)
{
	return in->doccol < 0 ? (Str){ "", 0 } : in->fields[in->doccol];
}

/* Output. */

static char obuf[1 << 16];
static size_t olen;
static int ocol;
static int registered;

static void
owrite(const char *s, size_t n)
{
	ssize_t k;

	while (n) {
		k = write(1, s, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0 && errno == EPIPE)
			_exit(0);               /* the reader has gone: stop quietly */
		if (k < 0) {
			warnmsg("write error:");
			_exit(EXIT_IO);
		}
		s += k;
		n -= (size_t)k;
	}
}

void
out_flush(void)
{
	owrite(obuf, olen);
	olen = 0;
}

/* Make room for n more bytes in the output buffer (a flush if need be;
 * the first call registers the flush at exit). */
static inline void
room(size_t n)
{
	if (!registered) {
		registered = 1;
		atexit(out_flush);
	}
	if (olen + n > sizeof obuf)
		out_flush();
}

static inline void
put(const char *s, size_t n)
{
	room(n);
	if (n > sizeof obuf) {
		owrite(s, n);
		return;
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

void
out_raw(const char *s, size_t n)
{
	put(s, n);
}

/* Does the 8-byte word hold a TAB, LF, CR or backslash?  (Any byte below
 * 14 counts: the exact test follows.) */
static inline int
special8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t bs = w ^ (ones * '\\');

	return ((((w - ones * 14) & ~w) | ((bs - ones) & ~bs)) & high) != 0;
}

#ifdef __SSE2__
/* Does x hold a byte below 14 or a backslash? */
static inline unsigned
special16(__m128i x)
{
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\\')),
	    _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(13)), x)));
}
#endif

/* special8(w), by special16() where there is one. */
static inline int
special_word(uint64_t w)
{
#ifdef __SSE2__
	return special16(_mm_set_epi64x(0x2020202020202020LL, (long long)w)) != 0;
#else
	return special8(w);
#endif
}

/* The escape letter of a byte (0: written as is). */
static const char esc_letter[256] = { ['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r' };

/* Copy s[0..r), r <= 16 bytes, to o if none needs escaping: 1 if
 * done.  (Two overlapping words, or the first, middle and last byte:
 * each byte is tested, without a loop.) */
static inline int
short_to(char *o, const char *s, size_t r)
{
	uint64_t a, b;
	uint32_t lo, hi;

	if (r >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + r - 8, 8);
#ifdef __SSE2__
		if (special16(_mm_set_epi64x((long long)b, (long long)a)))
#else
		if (special8(a) || special8(b))
#endif
			return 0;
		memcpy(o, &a, 8);
		memcpy(o + r - 8, &b, 8);
		return 1;
	}
	if (r >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + r - 4, 4);
		if (special_word((uint64_t)hi << 32 | lo))
			return 0;
		memcpy(o, &lo, 4);
		memcpy(o + r - 4, &hi, 4);
		return 1;
	}
	if (r == 0)
		return 1;
	a = 0x2020202020202020ULL & ~0xFFFFFFULL;   /* blanks around the three */
	a |= (uint64_t)(uint8_t)s[0] | (uint64_t)(uint8_t)s[r / 2] << 8 | (uint64_t)(uint8_t)s[r - 1] << 16;
	if (special_word(a))
		return 0;
	o[0] = s[0];
	o[r / 2] = s[r / 2];
	o[r - 1] = s[r - 1];
	return 1;
}

/* Write the escaped s[0..n) at o, with room for 2n bytes; the end. */
static char *
escape_long(char *o, const char *s, size_t n)
{
	size_t i = 0, end;
	uint64_t w;

#ifdef __SSE2__
	/* 16 bytes at a time, copied up to the first byte below 14 or
	 * backslash (the room left is twice the bytes left: 32 or more) */
	while (i + 16 <= n) {
		__m128i x = _mm_loadu_si128((const __m128i *)(s + i));
		unsigned m = special16(x);
		char e;

		_mm_storeu_si128((__m128i *)o, x);
		if (!m) {
			i += 16;
			o += 16;
			continue;
		}
		m = (unsigned)__builtin_ctz(m);
		i += m;
		o += m;
		if ((e = esc_letter[(uint8_t)s[i]])) {
			*o++ = '\\';
			*o++ = e;
		} else
			*o++ = s[i];
		i++;
	}
#endif
	for (;;) {
		for (; i + 8 <= n; i += 8, o += 8) {
			memcpy(&w, s + i, 8);
			if (special8(w))
				break;
			memcpy(o, &w, 8);
		}
		if (i + 8 > n && short_to(o, s + i, n - i))
			return o + (n - i);
		end = i + 8 <= n ? i + 8 : n;
		for (; i < end; i++) {
			char e = esc_letter[(uint8_t)s[i]];
			if (e) {
				*o++ = '\\';
				*o++ = e;
			} else
				*o++ = s[i];
		}
		if (i == n)
			return o;
	}
}

/* escape_long(), a short field that needs no escape done in line. */
static inline char *
escape_to(char *o, const char *s, size_t n)
{
	return n <= 16 && short_to(o, s, n) ? o + n : escape_long(o, s, n);
}

void
out_field(const char *s, size_t n)
{
	size_t part;

	if (ocol++)
		put("\t", 1);
	do {   /* a long field a piece at a time: escaping is byte by byte */
		part = n < sizeof obuf / 4 ? n : sizeof obuf / 4;
		room(2 * part);
		olen = (size_t)(escape_to(obuf + olen, s, part) - obuf);
		s += part;
		n -= part;
	} while (n);
}

Str
str_cstr(const char *s)
{
	return str_make(s, strlen(s));
}

Str
str_num(size_t v, char buf[STR_NUMSIZE])
{
	static const char pairs[] =
	    "0001020304050607080910111213141516171819"
	    "2021222324252627282930313233343536373839"
	    "4041424344454647484950515253545556575859"
	    "6061626364656667686970717273747576777879"
	    "8081828384858687888990919293949596979899";
	char *p = buf + STR_NUMSIZE;

	for (; v >= 100; v /= 100) {
		p -= 2;
		memcpy(p, pairs + 2 * (v % 100), 2);
	}
	if (v >= 10) {
		p -= 2;
		memcpy(p, pairs + 2 * v, 2);
	} else
		*--p = (char)('0' + v);
	return str_make(p, (size_t)(buf + STR_NUMSIZE - p));
}

void out_str(Str s) { out_field(s.s, s.len); }
void out_cstr(const char *s) { out_field(s, strlen(s)); }
void out_empty(void) { out_field("", 0); }

void
out_long(long v)
{
	char tmp[24], *p = tmp + sizeof tmp;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	out_field(p, (size_t)(tmp + sizeof tmp - p));
}

void
out_endrow(void)
{
	put("\n", 1);
	ocol = 0;
}

/* Layouts. */

/* The escaped fields of one record that are the same in all its rows
 * (its metadata, the program's per-record values), for layouts that
 * write several rows per record: escaped once, copied into every row. */
typedef struct {
	unsigned long serial;    /* the record they are of; 0 for none */
	Buf esc;
	size_t *off;             /* column i is esc.s[off[i]..off[i+1] - 1), a TAB
	                          * after; none (off[i] == off[i+1]) if not cached */
} RowCache;

/* A row is written as segments: a run of cached columns, copied, or
 * one of the program's values, escaped. */
typedef struct {
	size_t a, b;             /* the run of columns a..b-1, if val < 0 */
	long val;                /* else the value */
} Seg;

struct Layout {
	size_t n;
	size_t nvals;            /* own columns: the values of a row */
	size_t nfixed;           /* vals[0..nfixed): the same in a record's rows */
	long *src;               /* >= 0: input column; < 0: own column -src-1 */
	const char **name;
	RowCache *cache;         /* NULL when the text is kept: one row a record */
	Seg *seg;
	size_t nseg;
};

/* Is column i of l in the row cache? */
static int
cached(const Layout *l, size_t i)
{
	return l->src[i] >= 0 || (size_t)(-l->src[i] - 1) < l->nfixed;
}

static void
plan(Layout *l)
{
	size_t i;

	l->nseg = 0;
	for (i = 0; i < l->n; i++) {
		Seg *g = &l->seg[l->nseg];
		if (!cached(l, i)) {
			*g = (Seg){ 0, 0, -l->src[i] - 1 };
			l->nseg++;
		} else if (l->nseg && g[-1].val < 0 && g[-1].b == i)
			g[-1].b = i + 1;
		else {
			*g = (Seg){ i, i + 1, -1 };
			l->nseg++;
		}
	}
}

Layout *
layout_new(const Input *in, int keep_text, const char *const *names, size_t n)
{
	Layout *l = xcalloc(1, sizeof *l);
	size_t i, k;
	long c;

	l->src = xcalloc(in->ncols + n, sizeof *l->src);
	l->name = xcalloc(in->ncols + n, sizeof *l->name);
	for (i = 0; i < in->ncols; i++) {
		if (!keep_text && (long)i == in->textcol)
			continue;
		l->src[l->n] = (long)i;
		l->name[l->n++] = in->names[i];
	}
	l->nvals = n;
	for (k = 0; k < n; k++) {
		for (c = -1, i = 0; i < l->n; i++)
			if (!strcmp(l->name[i], names[k]))
				c = (long)i;
		if (c < 0) {
			c = (long)l->n++;
			l->name[c] = names[k];
		}
		l->src[c] = -(long)k - 1;
	}
	if (!keep_text) {
		l->cache = xcalloc(1, sizeof *l->cache);
		l->cache->off = xcalloc(l->n + 1, sizeof *l->cache->off);
		l->seg = xcalloc(l->n, sizeof *l->seg);
		plan(l);
	}
	return l;
}

void
layout_per_record(Layout *l, size_t n)
{
	if (!l->cache)
		return;
	l->nfixed = n < l->nvals ? n : l->nvals;
	l->cache->serial = 0;
	plan(l);
}

void
layout_free(Layout *l)
{
	if (!l)
		return;
	if (l->cache) {
		buf_free(&l->cache->esc);
		free(l->cache->off);
		free(l->cache);
	}
	free(l->seg);
	free(l->src);
	free(l->name);
	free(l);
}

void
layout_header(const Layout *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		out_cstr(l->name[i]);
	out_endrow();
}

static void
cache_record(const Layout *l, const Input *in, const Str *vals)
{
	RowCache *c = l->cache;
	size_t i;

	buf_clear(&c->esc);
	for (i = 0; i < l->n; i++) {
		const Str *f = l->src[i] >= 0 ? &in->fields[l->src[i]] : &vals[-l->src[i] - 1];
		c->off[i] = c->esc.len;
		if (!cached(l, i))
			continue;
		buf_reserve(&c->esc, 2 * f->len + 1);
		c->esc.len = (size_t)(escape_to(c->esc.s + c->esc.len, f->s, f->len) - c->esc.s);
		c->esc.s[c->esc.len++] = '\t';   /* a run of fields is copied at once */
	}
	c->off[l->n] = c->esc.len;
	c->serial = in->serial;
}

/* Does a row of l (vals for its own values) fit in the output buffer,
 * escaped, after a flush if need be?  (Only for rows at the start of a
 * line that are small beside the buffer.) */
static int
row_fits(const Layout *l, const Str *vals)
{
	size_t need = l->cache->esc.len + l->n + 1;

	for (size_t k = l->nfixed; k < l->nvals; k++)
		need += 2 * vals[k].len;
	if (ocol || need > sizeof obuf / 4)
		return 0;
	room(need);
	return 1;
}

void
layout_row(const Layout *l, const Input *in, const Str *vals)
{
	const RowCache *c = l->cache;
	size_t i;
	char *o;

	if (!c) {
		for (i = 0; i < l->n; i++)
			out_str(l->src[i] >= 0 ? in->fields[l->src[i]] : vals[-l->src[i] - 1]);
		out_endrow();
		return;
	}
	if (c->serial != in->serial)
		cache_record(l, in, vals);
	if (!row_fits(l, vals)) {
		for (i = 0; i < l->n; i++) {
			if (!cached(l, i)) {
				out_str(vals[-l->src[i] - 1]);
				continue;
			}
			if (ocol++)
				put("\t", 1);
			put(c->esc.s + c->off[i], c->off[i + 1] - c->off[i] - 1);
		}
		out_endrow();
		return;
	}
	o = obuf + olen;
	for (const Seg *g = l->seg, *end = g + l->nseg; g < end; g++) {   /* (in locals: o aliases) */
		if (g->val >= 0) {
			Str v = vals[g->val];
			o = escape_to(o, v.s, v.len);
			*o++ = '\t';
		} else {
			size_t a = c->off[g->a], n = c->off[g->b] - a;
			memcpy(o, c->esc.s + a, n);
			o += n;
		}
	}
	o[-1] = '\n';   /* the last TAB */
	olen = (size_t)(o - obuf);
}
