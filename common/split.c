/* split.c: split raw text files into documents (see split.h). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <errno.h>
#include <fcntl.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "lineend.h"
#include "split.h"

enum { BLOCK = 1 << 20 };

struct Splitter {
	pcre2_code *re;
	pcre2_match_data *md;
	int fd, eof;
	const char *name;
	char *b;                 /* b[0..len) read, doc from start, lines from pos */
	size_t len, cap, start, pos;
	long line;               /* line number of the line at pos */
	long startline;          /* ... and of the line at start */
	long count;              /* documents returned from this file */
	int several;
	Eol eol;                 /* line ends ahead of pos */
};

Splitter *
split_new(const char *regex)
{
	Splitter *sp = xcalloc(1, sizeof *sp);
	PCRE2_SIZE off;
	int err;
	char msg[256];

	sp->fd = -1;
	if (!regex)
		return sp;
	sp->re = pcre2_compile((PCRE2_SPTR)regex, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);
	if (!sp->re) {
		free(sp);
		pcre2_get_error_message(err, (PCRE2_UCHAR *)msg, sizeof msg);
		die(EXIT_USAGE, "-b: %s at offset %zu", msg, (size_t)off);
	}
	pcre2_jit_compile(sp->re, PCRE2_JIT_COMPLETE);
	sp->md = pcre2_match_data_create_from_pattern(sp->re, NULL);
	return sp;
}

void
split_free(Splitter *sp)
{
	if (!sp)
		return;
	if (sp->fd > 0)
		close(sp->fd);
	pcre2_match_data_free(sp->md);
	pcre2_code_free(sp->re);
	free(sp->b);
	free(sp);
}

void
split_open(Splitter *sp, const char *name)
{
	if (sp->fd > 0)
		close(sp->fd);
	sp->name = name;
	if (!strcmp(name, "-"))
		sp->fd = 0;
	else if ((sp->fd = open(name, O_RDONLY)) < 0)
		dieat(EXIT_IO, name, 0, "cannot open:");
	sp->eof = 0;
	sp->len = sp->start = sp->pos = 0;
	eol_reset(&sp->eol);
	sp->line = sp->startline = 1;
	sp->count = 0;
	sp->several = 0;
}

/* Read another block, keeping b[start..len). */
static void
fill(Splitter *sp)
{
	ssize_t n;

	if (sp->start > 0 && (sp->start == sp->len || sp->cap - sp->len < BLOCK)) {
		memmove(sp->b, sp->b + sp->start, sp->len - sp->start);
		sp->len -= sp->start;
		sp->pos -= sp->start;
		sp->start = 0;
		eol_reset(&sp->eol);
	}
	if (sp->cap - sp->len < BLOCK)
		xgrow(&sp->b, &sp->cap, sp->len + BLOCK, 1);
	do
		n = read(sp->fd, sp->b + sp->len, sp->cap - sp->len);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		dieat(EXIT_IO, sp->name, 0, "read error:");
	if (n == 0)
		sp->eof = 1;
	sp->len += (size_t)n;
}

int
split_is_dated(const char *s, size_t n)
{
	size_t i = 0, k;
	static const char shape[] = "dddd-dd-dd";

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i < 5 + 10 || memcmp(s + i, "date", 4) || (s[i + 4] != ' ' && s[i + 4] != '\t'))
		return 0;
	for (i += 4; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (n - i < 10)
		return 0;
	for (k = 0; k < 10; k++, i++)
		if (shape[k] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != '-')
			return 0;
	return i == n || s[i] == ' ' || s[i] == '\t' || s[i] == 'T';
}

static int
is_boundary(Splitter *sp, const char *s, size_t n)
{
	if (n && s[0] == '\f')
		return 1;
	if (!sp->re)
		return split_is_dated(s, n);
	return pcre2_match(sp->re, (PCRE2_SPTR)s, n, 0, 0, sp->md, NULL) >= 0;
}

static int
isblank_(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Index of the first non-blank byte at or after i, reading on; len if none. */
static size_t
nonblank(Splitter *sp, size_t i)
{
	for (;;) {
		while (i < sp->len && isblank_(sp->b[i]))
			i++;
		if (i < sp->len || sp->eof)
			return i;
		i -= sp->start;
		fill(sp);
		i += sp->start;
	}
}

/* Advance pos to the next boundary line or the end: 1 if a boundary. */
static int
scan(Splitter *sp)
{
	size_t end, eollen;

	for (;;) {
		if (sp->pos == sp->len) {
			if (sp->eof)
				return 0;
			fill(sp);
			continue;
		}
		end = eol_find(&sp->eol, sp->b, sp->pos, sp->len, sp->eof, &eollen);
		if (!eollen && !sp->eof) {
			fill(sp);
			continue;
		}
		if (sp->pos > sp->start && is_boundary(sp, sp->b + sp->pos, end - sp->pos))
			return 1;
		sp->pos = end + eollen;
		sp->line++;
	}
}

int
split_next(Splitter *sp, RawDoc *doc)
{
	size_t first;
	int more;
	long line;

	if (sp->fd < 0)
		return 0;
	for (;;) {
		sp->start = sp->pos;
		sp->startline = sp->line;
		more = scan(sp);
		if (sp->pos == sp->start && !more)
			break;
		first = nonblank(sp, sp->start);
		if (first >= sp->pos)
			continue;       /* blank */
		line = sp->startline + (long)eol_count(sp->b + sp->start, first - sp->start);
		if (sp->count == 0)     /* may read on: b moves */
			sp->several = more && nonblank(sp, sp->pos) < sp->len;
		doc->s = sp->b + sp->start;
		doc->len = sp->pos - sp->start;
		doc->line = line;
		doc->textline = sp->startline;
		doc->index = ++sp->count;
		doc->several = sp->several;
		return 1;
	}
	if (sp->fd > 0)
		close(sp->fd);
	sp->fd = -1;
	return 0;
}
