/* Unit tests for common/utf8.c. */
#include "buf.h"
#include "utf8.h"
#include "test.h"

static void
test_decode(void)
{
	int32_t cp;

	CHECK(utf8_decode("A", 1, &cp) == 1 && cp == 'A');
	CHECK(utf8_decode("\xC3\xA9", 2, &cp) == 2 && cp == 0xE9);
	CHECK(utf8_decode("\xE2\x80\x9C", 3, &cp) == 3 && cp == 0x201C);
	CHECK(utf8_decode("\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600);
	CHECK(utf8_decode("\xFF", 1, &cp) == 1 && cp == 0xFFFD);
	CHECK(utf8_decode("\xE2\x80", 2, &cp) == 1 && cp == 0xFFFD);
}

static void
test_encode(void)
{
	char out[4];

	CHECK(utf8_encode(0x201D, out) == 3 && !memcmp(out, "\xE2\x80\x9D", 3));
	CHECK(utf8_encode('x', out) == 1 && out[0] == 'x');
	CHECK(utf8_prev("a\xC3\xA9", 3) == 2);
	CHECK(utf8_prev("ab", 2) == 1);
}

static void
test_sanitize(void)
{
	Buf b = { 0 };

	CHECK(utf8_valid("plain ascii text, long enough", 29));
	CHECK(utf8_valid("caf\xC3\xA9", 5));
	CHECK(!utf8_valid("caf\xC3", 4));
	CHECK(!utf8_valid("a\0b", 3));
	CHECK(!utf8_valid("\xED\xA0\x80", 3));          /* surrogate */
	CHECK(!utf8_valid("\xC0\xAF", 2));              /* overlong */
	CHECK(!utf8_valid("0123456789\xFF", 11));
	{   /* a NUL, a bad byte, a good sequence at every offset of a long run */
		char t[80];
		for (size_t at = 0; at + 3 <= sizeof t; at++) {
			memset(t, 'a', sizeof t);
			CHECK(utf8_valid(t, sizeof t));
			t[at] = '\0';
			CHECK(!utf8_valid(t, sizeof t));
			t[at] = (char)0xFF;
			CHECK(!utf8_valid(t, sizeof t));
			CHECK(utf8_valid(t, at));
			memcpy(t + at, "\xE2\x80\x94", 3);   /* an em dash */
			CHECK(utf8_valid(t, sizeof t));
			CHECK(!utf8_valid(t, at + 2));
		}
	}
	CHECK(utf8_sanitize("a\xFF" "b", 3, &b) == 1);
	CHECK_STR(b.s, b.len, "a\xEF\xBF\xBD" "b");
	CHECK(utf8_sanitize("x\0y\xC3", 4, &b) == 2);
	CHECK_STR(b.s, b.len, "x\xEF\xBF\xBDy\xEF\xBF\xBD");
	CHECK(utf8_sanitize("ok", 2, &b) == 0);
	CHECK_STR(b.s, b.len, "ok");
	buf_free(&b);
}

static void
test_nfc(void)
{
	Buf b = { 0 };

	utf8_nfc("Cafe\xCC\x81", 6, &b);                /* e + combining acute */
	CHECK_STR(b.s, b.len, "Caf\xC3\xA9");
	utf8_nfc("plain", 5, &b);
	CHECK_STR(b.s, b.len, "plain");
	CHECK(utf8_count("caf\xC3\xA9", 5) == 4);
	buf_free(&b);
}

static void
test_quotes(void)
{
	CHECK(quote_mark('"') == (QM_OPEN | QM_CLOSE | QM_DOUBLE));
	CHECK(quote_mark(0x201C) == (QM_OPEN | QM_DOUBLE));
	CHECK(quote_mark(0x201D) == (QM_CLOSE | QM_DOUBLE));
	CHECK(quote_mark(0x201E) == (QM_OPEN | QM_DOUBLE));
	CHECK(quote_mark(0x2019) == (QM_CLOSE | QM_SINGLE));
	CHECK(quote_mark(0x00AB) & QM_DOUBLE);
	CHECK(quote_mark(0x2039) & QM_SINGLE);
	CHECK(quote_mark('a') == 0);
}

static void
test_classes(void)
{
	CHECK(uc_isupper('Q') && !uc_isupper('q') && uc_isupper(0xC9));
	CHECK(uc_islower(0xE9) && uc_isalpha(0x4E2D) && !uc_isalpha('1'));
	CHECK(uc_isdigit('7') && uc_isspace(0xA0) && uc_isspace('\n'));
	CHECK(uc_ispunct(',') && uc_ispunct(0x201C) && !uc_ispunct('a'));
	CHECK(uc_tolower(0xC9) == 0xE9 && uc_toupper('s') == 'S');
}

int
main(void)
{
	test_decode();
	test_encode();
	test_sanitize();
	test_nfc();
	test_quotes();
	test_classes();
	TEST_END();
}
