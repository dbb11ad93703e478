/* Unit tests for common/tidy.c and common/strip.c: the line map that
 * follows each line of tidied (and stripped) text back to its input line. */
#include "buf.h"
#include "strip.h"
#include "tidy.h"
#include "test.h"

/* The map as "0 2@6 5@9": each line's input line, @ its offset if not 0. */
static const char *
show(const LineMap *m)
{
	static char s[256];
	size_t i, n = 0;

	s[0] = '\0';
	for (i = 0; i < m->n && n < sizeof s - 48; i++) {
		n += (size_t)snprintf(s + n, sizeof s - n, i ? " %ld" : "%ld", m->v[i].line);
		if (m->v[i].off)
			n += (size_t)snprintf(s + n, sizeof s - n, "@%zu", m->v[i].off);
	}
	return s;
}

static void
test_tidy_map(void)
{
	Tidy t = { 0 };
	LineMap m = { 0 };
	Buf out = { 0 };
	const char s[] = "\n  \nTitle  \n\n\n\nBody one\r\nbody two\rlast\n\n";

	t.map = &m;
	tidy_text(&t, s, sizeof s - 1, &out);
	CHECK_STR(out.s, out.len, "Title\n\nBody one\nbody two\nlast");
	CHECK(!strcmp(show(&m), "2 3@6 6@7 7@16 8@25"));
	tidy_text(&t, "one line", 8, &out);
	CHECK(!strcmp(show(&m), "0"));
	tidy_text(&t, "\n\n", 2, &out);
	CHECK(m.n == 0 && out.len == 0);
	tidy_text(&t, "a\f\n\fb\n\n\n\n\nc", 11, &out);
	CHECK_STR(out.s, out.len, "a\nb\n\nc");
	CHECK(!strcmp(show(&m), "0 1@2 2@4 6@5"));
	tidy_free(&t);
	linemap_free(&m);
	buf_free(&out);
}

/* Bytes looked up in order walk forward; an earlier byte starts again. */
static void
test_lookup(void)
{
	Tidy t = { 0 };
	LineMap m = { 0 };
	Buf out = { 0 };
	size_t k = 0;

	t.map = &m;
	tidy_text(&t, "a\n\n\nbb\ncc\n", 10, &out);
	CHECK_STR(out.s, out.len, "a\n\nbb\ncc");
	CHECK(linemap_line(&m, 0, &k) == 0);
	CHECK(linemap_line(&m, 3, &k) == 3);
	CHECK(linemap_line(&m, 4, &k) == 3);
	CHECK(linemap_line(&m, 6, &k) == 4);
	CHECK(linemap_line(&m, 8, &k) == 4);
	CHECK(linemap_line(&m, 1, &k) == 0);
	CHECK(linemap_line(&m, 2, &k) == 1);
	tidy_text(&t, "", 0, &out);
	k = 5;
	CHECK(linemap_line(&m, 0, &k) == 0);
	tidy_free(&t);
	linemap_free(&m);
	buf_free(&out);
}

static void
test_strip_map(void)
{
	Tidy t = { 0 };
	LineMap m = { 0 };
	Buf out = { 0 }, stripped = { 0 }, scratch = { 0 };
	const char s[] = "Headline\n\nShare on Facebook\n\nStory line.\nPhoto: Jane Roe\n"
	    "Second line.\n\nMore stories\nA link here\nAnother link\n";

	t.map = &m;
	tidy_text(&t, s, sizeof s - 1, &out);
	CHECK(!strcmp(show(&m), "0 1@9 2@10 3@28 4@29 5@41 6@57 7@70 8@71 9@84 10@96"));
	strip_boilerplate(out.s, out.len, &stripped, &scratch, &m);
	CHECK_STR(stripped.s, stripped.len, "Headline\n\nStory line.\nSecond line.");
	CHECK(!strcmp(show(&m), "0 1@9 4@10 6@22"));
	tidy_free(&t);
	linemap_free(&m);
	buf_free(&out);
	buf_free(&stripped);
	buf_free(&scratch);
}

int
main(void)
{
	test_tidy_map();
	test_lookup();
	test_strip_map();
	TEST_END();
}
