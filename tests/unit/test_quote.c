/* Unit tests for quote.h (pairing marks) and attrib.h (speakers). */
#include <string.h>

#include "attrib.h"
#include "cue.h"
#include "wordclass.h"
#include "quote.h"
#include "test.h"

static Quotes q;

/* The words of the i-th quoted span of s. */
static void
span_is(const char *s, size_t i, const char *want, int depth)
{
	quote_find(s, strlen(s), &q);
	CHECK(i < q.n);
	if (i >= q.n)
		return;
	CHECK_STR(s + q.v[i].start, q.v[i].end - q.v[i].start, want);
	CHECK(q.v[i].depth == depth);
}

static size_t
count(const char *s)
{
	quote_find(s, strlen(s), &q);
	return q.n;
}

static void
test_marks(void)
{
	span_is("He said \"yes\" twice.", 0, "yes", 0);
	span_is("\xE2\x80\x9CNo,\xE2\x80\x9D she said.", 0, "No,", 0);
	span_is("\xE2\x80\x9ESo\xE2\x80\x9C, sagte er.", 0, "So", 0);
	span_is("\xC2\xAB Oui \xC2\xBB, dit-il.", 0, "Oui", 0);
	span_is("\xC2\xBBJa\xC2\xAB, sagte er.", 0, "Ja", 0);
	span_is("'Mocking' Clinton", 0, "Mocking", 0);
	/* two single marks stand for a double one (''…'', ‘‘…’’) */
	span_is("''We won,'' he said.", 0, "We won,", 0);
	span_is("\xE2\x80\x98\xE2\x80\x98Yes\xE2\x80\x99\xE2\x80\x99 he said", 0, "Yes", 0);
	/* a misused closing mark that opens a paragraph */
	span_is("\xE2\x80\x9D" "Fear is here.\xE2\x80\x9D", 0, "Fear is here.", 0);
	/* apostrophes are words */
	CHECK(count("I'd say Trump's rock 'n' roll of the '90s.") == 0);
	CHECK(count("The players' union met.") == 0);
	span_is("\"I'd go,\" he said.", 0, "I'd go,", 0);
	/* nested */
	span_is("\xE2\x80\x9CI said, \xE2\x80\x98Would you?\xE2\x80\x99\xE2\x80\x9D", 1, "Would you?", 1);
	/* 5'11" is not a quote; markup attributes are not either */
	CHECK(count("He is 5\xE2\x80\xB2" "11\xE2\x80\xB3 tall.") == 0);
	CHECK(count("<tweet id=\"12\" a=\"b\">") == 0);
}

static void
test_paragraphs(void)
{
	const char *s = "\"One, two.\n\n\"Three.\"\n\nNext.";

	span_is(s, 0, "One, two.\n\n\"Three.", 0);
	CHECK(q.n == 1 && q.v[0].paras == 2 && q.v[0].closed);
	/* unclosed at the end of a paragraph that is not continued */
	s = "\"Open and\n\nplain text.";
	span_is(s, 0, "Open and", 0);
	CHECK(q.n == 1 && !q.v[0].closed);
	/* unclosed at the end of the document */
	span_is("Text \"never closed", 0, "never closed", 0);
	/* wrapped lines are not paragraph breaks in a text of lines */
	span_is("were \"closer\nthan ever.\" Done.", 0, "closer\nthan ever.", 0);
}

static void
test_text(void)
{
	Buf b = { 0 };
	const char *s = "One,\n  two.\n\n\"Three.";

	quote_text(s, 0, strlen(s), &b);
	CHECK_STR(b.s, b.len, "One, two. Three.");
	buf_free(&b);
}

static void
test_linear(void)
{
	static char big[200001];
	size_t i;

	for (i = 0; i < sizeof big - 1; i += 2) {
		big[i] = '"';
		big[i + 1] = 'a';
	}
	CHECK(count(big) == 50000);
}

static void
test_cues(void)
{
	CHECK(wordclass("said", 4).cue & CUE_VERB);
	CHECK(wordclass("Told", 4).cue & CUE_TELL);
	CHECK(wordclass("adding", 6).cue & CUE_ING);
	CHECK(wordclass("say", 3).cue & CUE_BASE);
	CHECK(wordclass("tweets", 6).cue & CUE_NOUNY);
	CHECK(cue_medium("statement", 9));
	CHECK(cue_platform("Truth", 5));
	CHECK(wordclass("She", 3).wc & WC_PRON);
	CHECK(wordclass("Sen.", 4).wc & WC_TITLE);
	CHECK((wordclass("Told", 4).cue & CUE_TELL) && wordclass("told", 4).wc == 0);
	CHECK(wordclass("also", 4).wc & WC_AUX);
	CHECK(wordclass("Hillary", 7).wc & WC_FEM);
	CHECK(wordclass("table", 5).wc == 0 && wordclass("table", 5).cue == 0);
	CHECK(wordclass("", 0).wc == 0);
}

/* Speaker, mention and cue of the n-th row of s. */
static void
attr_is(const char *s, size_t n, const char *speaker, const char *mention, const char *cue)
{
	Attrib *a = attrib_new();
	const Attr *x;
	size_t nx, i, k = 0;
	Buf b = { 0 };

	nx = attrib_doc(a, s, strlen(s), &x);
	for (i = 0; i < nx; i++) {
		if (!x[i].quotation)
			continue;
		if (k++ != n)
			continue;
		CHECK(x[i].ss != NOPOS);
		if (x[i].ss != NOPOS)
			CHECK_STR(s + x[i].ss, x[i].se - x[i].ss, speaker);
		if (*mention)
			CHECK_STR(s + x[i].ms, x[i].me - x[i].ms, mention);
		else
			CHECK(x[i].ms == NOPOS);
		attrib_cue(s, &x[i], &b);
		CHECK_STR(b.s ? b.s : "", b.len, cue);
		break;
	}
	CHECK(i < nx);
	buf_free(&b);
	attrib_free(a);
}

static void
test_attrib(void)
{
	const char *s = "Unification Minister Park Ji-won said talks were "
	    "\"closer than ever.\" \"We will not miss this chance,\" Park told "
	    "reporters. \"They need to decide.\"";

	attr_is(s, 0, "Park Ji-won", "Park Ji-won", "said");
	attr_is(s, 1, "Park Ji-won", "Park", "told reporters");
	attr_is(s, 2, "Park Ji-won", "", "");
	attr_is("\"Yes,\" said Chung, whose ministry leads.", 0, "Chung", "Chung", "said");
	attr_is("Gov. Ann Lee spoke. \"No,\" she said in a statement.", 0, "Ann Lee", "she",
	    "said in a statement");
	attr_is("President Ann Lee spoke. \"No,\" the president said.", 0, "Ann Lee",
	    "the president", "said");
	attr_is("\"No,\" a senior US official said.", 0, "a senior US official",
	    "a senior US official", "said");
	attr_is("It began, according to Ann Lee, \"at noon.\"", 0, "Ann Lee", "Ann Lee",
	    "according to");
}

int
main(void)
{
	test_marks();
	test_paragraphs();
	test_text();
	test_linear();
	test_cues();
	test_attrib();
	quotes_free(&q);
	TEST_END();
}
