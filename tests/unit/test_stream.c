/* Unit tests for common/stream.c: reading tables and raw text, escapes,
 * repeated headers, layouts, and the errors for malformed records. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "stream.h"
#include "test.h"

static char dir[] = "/tmp/test_stream.XXXXXX";

static char *
writefile(const char *name, const char *s, size_t n)
{
	static char path[8][256];
	static int k;
	char *p = path[k++ % 8];
	FILE *f;

	snprintf(p, 256, "%s/%s", dir, name);
	f = fopen(p, "wb");
	fwrite(s, 1, n, f);
	fclose(f);
	return p;
}

/* Run fn with standard output captured into out; returns exit status. */
static int
capture(void (*fn)(char **), char **files, Buf *out)
{
	int fd[2], status;
	pid_t pid;
	char tmp[4096];
	ssize_t n;

	buf_clear(out);
	fflush(stdout);
	if (pipe(fd) < 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		close(fd[0]);
		dup2(fd[1], 1);
		dup2(open("/dev/null", O_WRONLY), 2);
		fn(files);
		out_flush();
		_exit(0);
	}
	close(fd[1]);
	while ((n = read(fd[0], tmp, sizeof tmp)) > 0)
		buf_add(out, tmp, (size_t)n);
	close(fd[0]);
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* Copy the stream: all columns, text kept, plus "n" = text length. */
static void
copy(char **files)
{
	static const char *own[] = { "n" };
	int nf = 0;
	Input *in;
	Layout *l;
	char num[24];

	while (files[nf])
		nf++;
	in = input_open(nf, files);
	l = layout_new(in, LAYOUT_KEEP_TEXT, own, 1);
	layout_header(l);
	while (input_next(in)) {
		Str v = { num, (size_t)snprintf(num, sizeof num, "%zu", input_text(in).len) };
		layout_row(l, in, &v);
	}
	layout_free(l);
	input_close(in);
}

/* Drop text; "doc" rewritten in place as the record's file:line. */
static void
where(char **files)
{
	static const char *own[] = { "doc" };
	int nf = 0;
	Input *in;
	Layout *l;
	char tmp[300];

	while (files[nf])
		nf++;
	in = input_open(nf, files);
	l = layout_new(in, LAYOUT_DROP_TEXT, own, 1);
	layout_header(l);
	while (input_next(in)) {
		const char *f = strrchr(input_file(in), '/');
		Str v = { tmp, (size_t)snprintf(tmp, sizeof tmp, "%s:%ld", f + 1, input_line(in)) };
		layout_row(l, in, &v);
	}
	layout_free(l);
	input_close(in);
}

/* Two rows per record, text dropped: the metadata of each record. */
static void
twice(char **files)
{
	static const char *own[] = { "k" };
	Input *in = input_open(1, files);
	Layout *l = layout_new(in, LAYOUT_DROP_TEXT, own, 1);

	layout_header(l);
	while (input_next(in)) {
		layout_row(l, in, &STR("1"));
		layout_row(l, in, &STR("2"));
	}
	layout_free(l);
	input_close(in);
}

static void
test_rows_per_record(void)
{
	Buf out = { 0 };
	const char t[] = "doc\ttext\tk\tnote\na\\tb\tx\tq\tone\\\\\nc\ty\tq\t\n";
	char *files[] = { writefile("w.tsv", t, sizeof t - 1), NULL };

	CHECK(capture(twice, files, &out) == 0);
	CHECK_STR(out.s, out.len, "doc\tk\tnote\na\\tb\t1\tone\\\\\na\\tb\t2\tone\\\\\n"
	    "c\t1\t\nc\t2\t\n");
	buf_free(&out);
}

/* Rows of several values, the first the record's (layout_per_record),
 * with specials at every offset of every value. */
static const char *const specials = "\\\t\n\rx\x01\x0d\x5b";

static void
per_record(char **files)
{
	static const char *own[] = { "r", "v", "w" };
	Input *in = input_open(1, files);
	Layout *l = layout_new(in, LAYOUT_DROP_TEXT, own, 3);
	char r[24], v[24];

	layout_per_record(l, 1);
	layout_header(l);
	while (input_next(in)) {
		size_t len = input_text(in).len;
		snprintf(r, sizeof r, "rec%s\\%zu\t", input_doc(in).s, len);
		for (size_t pos = 0; pos < len; pos++)
			for (size_t k = 0; specials[k]; k++) {
				Str vals[3] = { str_cstr(r), str_make(v, len), STR("\n") };
				memset(v, 'a', len);
				v[pos] = specials[k];
				v[len - 1 - pos] = specials[k];
				layout_row(l, in, vals);
			}
	}
	layout_free(l);
	input_close(in);
}

static void
escape_into(Buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\\') buf_adds(b, "\\\\");
		else if (c == '\t') buf_adds(b, "\\t");
		else if (c == '\n') buf_adds(b, "\\n");
		else if (c == '\r') buf_adds(b, "\\r");
		else buf_addc(b, c);
	}
}

static void
test_per_record(void)
{
	Buf out = { 0 }, want = { 0 }, in = { 0 };
	char *files[2] = { NULL, NULL }, v[24], r[48], doc[24];

	buf_adds(&in, "doc\ttext\tnote\n");
	for (size_t len = 1; len < 20; len++) {
		char line[64];
		snprintf(line, sizeof line, "d\\t%zu\t%.*s\tn\n", len, (int)len, "xxxxxxxxxxxxxxxxxxxxxxxx");
		buf_adds(&in, line);
	}
	files[0] = writefile("p.tsv", in.s, in.len);
	CHECK(capture(per_record, files, &out) == 0);
	buf_adds(&want, "doc\tnote\tr\tv\tw\n");
	for (size_t len = 1; len < 20; len++)
		for (size_t pos = 0; pos < len; pos++)
			for (size_t k = 0; specials[k]; k++) {
				snprintf(doc, sizeof doc, "d\t%zu", len);
				snprintf(r, sizeof r, "rec%s\\%zu\t", doc, len);
				memset(v, 'a', len);
				v[pos] = specials[k];
				v[len - 1 - pos] = specials[k];
				escape_into(&want, doc, strlen(doc));
				buf_adds(&want, "\tn\t");
				escape_into(&want, r, strlen(r));
				buf_addc(&want, '\t');
				escape_into(&want, v, len);
				buf_adds(&want, "\t\\n\n");
			}
	CHECK(out.len == want.len && !memcmp(out.s, want.s, out.len));
	buf_free(&out);
	buf_free(&want);
	buf_free(&in);
}

/* Rows too long for the output buffer: a huge per-record value and a
 * huge row value, each with escapes, between short ones. */
static char *huge;
enum { HUGE = 200000 };

static void
huge_rows(char **files)
{
	static const char *own[] = { "r", "v" };
	Input *in = input_open(1, files);
	Layout *l = layout_new(in, LAYOUT_DROP_TEXT, own, 2);

	layout_per_record(l, 1);
	layout_header(l);
	while (input_next(in)) {
		Str big = str_make(huge, HUGE), small = STR("s\\");
		Str a[2] = { big, small }, b[2] = { big, big };
		layout_row(l, in, a);
		layout_row(l, in, b);
	}
	layout_free(l);
	input_close(in);
}

static void
test_huge_rows(void)
{
	Buf out = { 0 }, want = { 0 };
	const char t[] = "doc\ttext\nd1\tx\nd2\ty\n";
	char *files[] = { writefile("h.tsv", t, sizeof t - 1), NULL };

	huge = malloc(HUGE);
	for (size_t i = 0; i < HUGE; i++)
		huge[i] = i % 1000 == 7 ? '\n' : i % 777 == 3 ? '\\' : (char)('a' + i % 26);
	CHECK(capture(huge_rows, files, &out) == 0);
	buf_adds(&want, "doc\tr\tv\n");
	for (int d = 1; d <= 2; d++) {
		char doc[8];
		snprintf(doc, sizeof doc, "d%d\t", d);
		buf_adds(&want, doc);
		escape_into(&want, huge, HUGE);
		buf_adds(&want, "\ts\\\\\n");
		buf_adds(&want, doc);
		escape_into(&want, huge, HUGE);
		buf_addc(&want, '\t');
		escape_into(&want, huge, HUGE);
		buf_addc(&want, '\n');
	}
	CHECK(out.len == want.len && !memcmp(out.s, want.s, out.len));
	free(huge);
	buf_free(&out);
	buf_free(&want);
}

static void
test_table(void)
{
	Buf out = { 0 };
	const char t[] = "doc\tdate\ttext\r\na\t2025\tone\\ttwo\\nthree \\\\ x\r\n"
	    "doc\tdate\ttext\nb\t\tlast";
	char *files[] = { writefile("t.tsv", t, sizeof t - 1), NULL };

	CHECK(capture(copy, files, &out) == 0);
	CHECK_STR(out.s, out.len, "doc\tdate\ttext\tn\n"
	    "a\t2025\tone\\ttwo\\nthree \\\\ x\t17\nb\t\tlast\t4\n");
	CHECK(capture(where, files, &out) == 0);
	CHECK_STR(out.s, out.len, "doc\tdate\nt.tsv:2\t2025\nt.tsv:4\t\n");
	buf_free(&out);
}

static void
test_raw(void)
{
	Buf out = { 0 };
	const char r[] = "Headline\r\n\r\nBody\twith tab \xFF and \\ end";
	char *files[] = { writefile("r.txt", r, sizeof r - 1),
	    writefile("empty.txt", "", 0), writefile("s.tsv", "doc\ttext\nx\ty\n", 13), NULL };

	CHECK(capture(copy, files, &out) == 0);
	CHECK(!strncmp(out.s, "doc\ttext\tn\n", 11));
	CHECK(strstr(out.s, "r.txt\tHeadline\\n\\nBody\\twith tab \xEF\xBF\xBD and \\\\ end\t37\n"));
	CHECK(strstr(out.s, "\nx\ty\t1\n"));
	buf_free(&out);
}

/* Lone CR ends a line like LF and CRLF: in a stream (records, line
 * numbers, errors) and in a raw file (its text gets LF). */
static void
test_cr_lines(void)
{
	Buf out = { 0 };
	const char t[] = "doc\tdate\ttext\ra\t2025\tone\rb\t\ttwo\r\nc\t\tthree\nd\t\tfour\r";
	const char r[] = "Old Mac\rfile\r\rend\r\nmixed\n";
	const char b[] = "doc\ttext\ra\tb\rc\td\te\r";
	char *files[] = { writefile("cr.tsv", t, sizeof t - 1), NULL };
	char *raw[] = { writefile("cr.txt", r, sizeof r - 1), NULL };
	char *bad[] = { writefile("bad.tsv", b, sizeof b - 1), NULL };

	CHECK(capture(copy, files, &out) == 0);
	CHECK_STR(out.s, out.len, "doc\tdate\ttext\tn\n"
	    "a\t2025\tone\t3\nb\t\ttwo\t3\nc\t\tthree\t5\nd\t\tfour\t4\n");
	CHECK(capture(where, files, &out) == 0);
	CHECK_STR(out.s, out.len, "doc\tdate\ncr.tsv:2\t2025\ncr.tsv:3\t\n"
	    "cr.tsv:4\t\ncr.tsv:5\t\n");
	CHECK(capture(copy, raw, &out) == 0);
	CHECK(strstr(out.s, "cr.txt\tOld Mac\\nfile\\n\\nend\\nmixed\\n\t24\n"));
	CHECK(capture(copy, bad, &out) == EXIT_USAGE);
	buf_free(&out);
}

static void
test_replace_in_place(void)
{
	Buf out = { 0 };
	const char t[] = "n\ttext\tdoc\n99\thello\td1\n";
	char *files[] = { writefile("p.tsv", t, sizeof t - 1), NULL };

	CHECK(capture(copy, files, &out) == 0);
	CHECK_STR(out.s, out.len, "n\ttext\tdoc\n5\thello\td1\n");
	buf_free(&out);
}

static void
test_errors(void)
{
	Buf out = { 0 };
	char *many[] = { writefile("m.tsv", "doc\ttext\na\tb\tc\n", 15), NULL };
	char *few[] = { writefile("f.tsv", "doc\tx\ttext\na\tb\n", 15), NULL };
	char *mixed[] = { writefile("h1.tsv", "doc\ttext\n", 9),
	    writefile("h2.tsv", "doc\ttext\tdate\n", 14), NULL };
	char *missing[] = { "/nonexistent/file", NULL };

	CHECK(capture(copy, many, &out) == EXIT_USAGE);
	CHECK(capture(copy, few, &out) == EXIT_USAGE);
	CHECK(capture(copy, mixed, &out) == EXIT_USAGE);
	CHECK(capture(copy, missing, &out) == EXIT_IO);
	buf_free(&out);
}

static void
test_out(void)
{
	Buf out = { 0 };
	char *files[] = { writefile("o.tsv", "doc\ttext\n", 9), NULL };

	CHECK(capture(copy, files, &out) == 0);
	CHECK_STR(out.s, out.len, "doc\ttext\tn\n");
	buf_free(&out);
}

/* out_field against a plain escaper, specials at every offset. */
static void
escapes(char **files)
{
	const char *specials = "\\\t\n\rx\x01\x0d\x5b";
	char field[64];
	size_t len, pos, k;

	(void)files;
	for (len = 1; len < 40; len++)
		for (pos = 0; pos < len; pos++)
			for (k = 0; specials[k]; k++) {
				memset(field, 'a', len);
				field[pos] = specials[k];
				out_field(field, len);
				out_endrow();
			}
}

static void
test_escapes(void)
{
	Buf out = { 0 }, want = { 0 };
	const char *specials = "\\\t\n\rx\x01\x0d\x5b";
	size_t len, pos, k, i;

	CHECK(capture(escapes, NULL, &out) == 0);
	for (len = 1; len < 40; len++)
		for (pos = 0; pos < len; pos++)
			for (k = 0; specials[k]; k++) {
				for (i = 0; i < len; i++) {
					char c = i == pos ? specials[k] : 'a';
					if (c == '\\') buf_adds(&want, "\\\\");
					else if (c == '\t') buf_adds(&want, "\\t");
					else if (c == '\n') buf_adds(&want, "\\n");
					else if (c == '\r') buf_adds(&want, "\\r");
					else buf_addc(&want, c);
				}
				buf_addc(&want, '\n');
			}
	CHECK(out.len == want.len && !memcmp(out.s, want.s, out.len));
	buf_free(&out);
	buf_free(&want);
}

/* Unknown escapes and a lone final backslash stand for themselves. */
static void
test_odd_escapes(void)
{
	Buf out = { 0 };
	const char t[] = "doc\ttext\na\\q\\\\x\\\tend\\\n";
	char *files[] = { writefile("e.tsv", t, sizeof t - 1), NULL };

	CHECK(capture(copy, files, &out) == 0);
	CHECK_STR(out.s, out.len, "doc\ttext\tn\na\\\\q\\\\x\\\\\tend\\\\\t4\n");
	buf_free(&out);
}

int
main(void)
{
	char cmd[300];

	if (!mkdtemp(dir))
		return 1;
	test_table();
	test_raw();
	test_cr_lines();
	test_replace_in_place();
	test_errors();
	test_out();
	test_escapes();
	test_rows_per_record();
	test_per_record();
	test_huge_rows();
	test_odd_escapes();
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (system(cmd) != 0)
		return 1;
	TEST_END();
}
