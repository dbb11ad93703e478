/* Unit tests for common/lineend.c: LF, CRLF and lone CR line ends, a CR
 * at the end of the bytes read so far, and the cache across appends. */
#include <stdlib.h>

#include "lineend.h"
#include "test.h"

/* The lines of s, each written "text|" with the length of its line end,
 * reading it whole (final) in one buffer. */
static void
lines(const char *s, char *out)
{
	Eol e;
	size_t n = strlen(s), pos = 0, end, el;

	eol_reset(&e);
	*out = '\0';
	while (pos < n) {
		end = eol_find(&e, s, pos, n, 1, &el);
		out += sprintf(out, "%.*s%zu|", (int)(end - pos), s + pos, el);
		pos = end + el;
	}
}

static void
test_find(void)
{
	char got[256];

	lines("a\nb\r\nc\rd", got);
	CHECK(!strcmp(got, "a1|b2|c1|d0|"));
	lines("\r\r\n\n\r", got);
	CHECK(!strcmp(got, "1|2|1|1|"));
	lines("only CR\rlines\r", got);
	CHECK(!strcmp(got, "only CR1|lines1|"));
	lines("no end", got);
	CHECK(!strcmp(got, "no end0|"));
}

/* A CR last in the buffer waits for the next byte unless final; bytes
 * appended later are searched on from where the cache stopped. */
static void
test_partial(void)
{
	char b[32] = "one\rtwo\r";
	Eol e;
	size_t end, el;

	eol_reset(&e);
	end = eol_find(&e, b, 0, 8, 0, &el);
	CHECK(end == 3 && el == 1);
	end = eol_find(&e, b, 4, 8, 0, &el);
	CHECK(end == 8 && el == 0);
	memcpy(b + 8, "\nthree\nfour", 11);          /* the LF arrives */
	end = eol_find(&e, b, 4, 19, 0, &el);
	CHECK(end == 7 && el == 2);
	end = eol_find(&e, b, 9, 19, 0, &el);
	CHECK(end == 14 && el == 1);
	end = eol_find(&e, b, 15, 19, 0, &el);
	CHECK(end == 19 && el == 0);
	end = eol_find(&e, b, 15, 19, 1, &el);
	CHECK(end == 19 && el == 0);
	eol_reset(&e);                                /* back to 8 bytes, final */
	end = eol_find(&e, b, 4, 8, 1, &el);
	CHECK(end == 7 && el == 1);
	eol_reset(&e);
	end = eol_find(&e, "x\r", 0, 2, 1, &el);
	CHECK(end == 1 && el == 1);
}

/* Many CR-only lines: each found once, in order. */
static void
test_many(void)
{
	enum { N = 100000 };
	char *s = malloc(2 * N);
	size_t i, pos = 0, end, el, k = 0;
	Eol e;

	for (i = 0; i < N; i++) {
		s[2 * i] = 'x';
		s[2 * i + 1] = '\r';
	}
	eol_reset(&e);
	while (pos < 2 * N) {
		end = eol_find(&e, s, pos, 2 * N, 1, &el);
		if (end != pos + 1 || el != 1)
			break;
		pos = end + el;
		k++;
	}
	CHECK(k == N);
	free(s);
}

static void
test_count_and_lf(void)
{
	char b[32];
	const char s[] = "a\r\nb\rc\n\r";
	size_t n;

	CHECK(eol_count(s, sizeof s - 1) == 4);
	CHECK(eol_count("x", 1) == 0);
	CHECK(eol_count("\r", 1) == 1);
	n = eol_to_lf(s, sizeof s - 1, b);
	CHECK_STR(b, n, "a\nb\nc\n\n");
	strcpy(b, "in\r\nplace\r");
	n = eol_to_lf(b, strlen(b), b);
	CHECK_STR(b, n, "in\nplace\n");
	n = eol_to_lf("no CR", 5, b);
	CHECK_STR(b, n, "no CR");
}

int
main(void)
{
	test_find();
	test_partial();
	test_many();
	test_count_and_lf();
	TEST_END();
}
