/* Unit tests for common/text.c: sentences and paragraphs. */
#include "buf.h"
#include "text.h"
#include "test.h"

/* The spans of t joined by " | ". */
static const char *
joined(const char *t, const Spans *sp)
{
	static Buf b;
	size_t i;

	buf_clear(&b);
	buf_adds(&b, "");
	for (i = 0; i < sp->n; i++) {
		if (i)
			buf_adds(&b, " | ");
		buf_add(&b, t + sp->v[i].start, sp->v[i].end - sp->v[i].start);
	}
	return b.s;
}

/* Split t into sentences (para 0) or paragraphs (para 1), compare. */
static int
split_(int para, const char *t, const char *want, int line)
{
	Spans sp = { 0 };
	const char *got;
	int bad;

	if (para)
		text_paragraphs(t, strlen(t), &sp);
	else
		text_sentences(t, 0, strlen(t), &sp);
	got = joined(t, &sp);
	bad = strcmp(got, want) != 0;
	if (bad)
		fprintf(stderr, "test_text.c:%d: %s\n  got  [%s]\n  want [%s]\n", line,
		    para ? "paragraphs" : "sentences", got, want);
	spans_free(&sp);
	return bad;
}
#define SENT(t, want) (test_failures += split_(0, t, want, __LINE__))
#define PARA(t, want) (test_failures += split_(1, t, want, __LINE__))

static void
test_basic(void)
{
	SENT("", "");
	SENT("   \n  ", "");
	SENT("One sentence", "One sentence");
	SENT("One. Two.", "One. | Two.");
	SENT("  Padded.   Spaces.  ", "Padded. | Spaces.");
	SENT("Really? Yes! Fine.", "Really? | Yes! | Fine.");
	SENT("Wait?! What.", "Wait?! | What.");
	SENT("It rose in 2019. 2020 was worse.", "It rose in 2019. | 2020 was worse.");
	SENT("No split before lower case. and here", "No split before lower case. and here");
	SENT("Line one.\nLine two.", "Line one. | Line two.");
	SENT("Wrapped text\ncontinues here. Next.", "Wrapped text\ncontinues here. | Next.");
	SENT("Headline without stop\n\nBody starts here.", "Headline without stop | Body starts here.");
	SENT("Ends with a paragraph\n \t\nbreak and lower case.", "Ends with a paragraph | break and lower case.");
	SENT("Dash after stop. — then", "Dash after stop. — then");
	SENT("\xC2\xA0One.\xC2\xA0 \xE2\x80\x89Two.\xC2\xA0\n\xC2\xA0\n\nThree.", "One. | Two. | Three.");
	SENT("He won in 1805. [19] Then he left. [2] [3]", "He won in 1805. [19] | Then he left. [2] [3]");
	SENT("A son (b. March 2009) and Moreau (d. 1990; m. 1949; div. 1964).",
	    "A son (b. March 2009) and Moreau (d. 1990; m. 1949; div. 1964).");
	SENT("Norton (c. 1818 \xE2\x80\x93 1880) ruled.", "Norton (c. 1818 \xE2\x80\x93 1880) ruled.");
	SENT("Posted on October 25, 2025\nBy Hannah Moreau", "Posted on October 25, 2025 | By Hannah Moreau");
	SENT(" date 2025-10-20 Bridge closed\nPORT ELLIS \xE2\x80\x94 The bridge closed. It was old.",
	    "date 2025-10-20 Bridge closed | PORT ELLIS \xE2\x80\x94 The bridge closed. | It was old.");
	SENT("Hard wrapped text where\nLee said that talks\nwere close. Then.",
	    "Hard wrapped text where\nLee said that talks\nwere close. | Then.");
	SENT("Related\nOne headline\nAnother one\n\nNext para\nwraps here. End.",
	    "Related | One headline | Another one | Next para\nwraps here. | End.");
}

static void
test_abbrev(void)
{
	SENT("Mr. Lee said so. He left.", "Mr. Lee said so. | He left.");
	SENT("Dr. Grace Lin spoke.", "Dr. Grace Lin spoke.");
	SENT("Gov. Smith and Sen. Jones met Rep. Ray.", "Gov. Smith and Sen. Jones met Rep. Ray.");
	SENT("Lt. Col. Dana Price spoke for Gen. Kessler.", "Lt. Col. Dana Price spoke for Gen. Kessler.");
	SENT("He lives on St. Mark's Place.", "He lives on St. Mark's Place.");
	SENT("Mrs. Ruiz and Ms. Okoro agreed.", "Mrs. Ruiz and Ms. Okoro agreed.");
	SENT("Prof. Tanabe and Capt. Ahn came.", "Prof. Tanabe and Capt. Ahn came.");
	SENT("Teams vs. rivals. Next.", "Teams vs. rivals. | Next.");
	SENT("Martin Luther King Jr. spoke.", "Martin Luther King Jr. spoke.");
	SENT("It met on Oct. 17 and Sept. 3.", "It met on Oct. 17 and Sept. 3.");
	SENT("Due Jan. 1. The rest follows.", "Due Jan. 1. | The rest follows.");
	SENT("Dates: Feb. 2, Aug. 9, Nov. 30, Dec. 25.", "Dates: Feb. 2, Aug. 9, Nov. 30, Dec. 25.");
	SENT("He ranked No. 1 in the world.", "He ranked No. 1 in the world.");
	SENT("Acme Inc. and Beta Corp. merged.", "Acme Inc. and Beta Corp. merged.");
	SENT("He works for Acme Inc. The firm grew.", "He works for Acme Inc. | The firm grew.");
	SENT("Konkan Infra Ltd. and Western Hydraulics Co. bid.", "Konkan Infra Ltd. and Western Hydraulics Co. bid.");
	SENT("It was sold to Hydro Co. Shares fell.", "It was sold to Hydro Co. | Shares fell.");
	SENT("Apple Inc. CEO Tim Cook spoke.", "Apple Inc. CEO Tim Cook spoke.");
	SENT("e.g. this, i.e. that. Done.", "e.g. this, i.e. that. | Done.");
	SENT("Use tools, e.g. Miller. Done.", "Use tools, e.g. Miller. | Done.");
	SENT("The U.S. Army said so.", "The U.S. Army said so.");
	SENT("He lives in the U.S. The rest is history.", "He lives in the U.S. | The rest is history.");
	SENT("The U.N. Security Council met. It voted.", "The U.N. Security Council met. | It voted.");
	SENT("The U.K. Treasury and U.S. Trade Representative Hale.", "The U.K. Treasury and U.S. Trade Representative Hale.");
	SENT("He flew to Washington, D.C. He met aides.", "He flew to Washington, D.C. | He met aides.");
	SENT("The rally ended by 6 p.m. Police said so.", "The rally ended by 6 p.m. | Police said so.");
	SENT("It starts at 9 a.m. Monday in Seoul.", "It starts at 9 a.m. Monday in Seoul.");
	SENT("It starts at 9 a.m. EST today.", "It starts at 9 a.m. EST today.");
	SENT("SPRINGFIELD, Ill. (AP) — The mayor spoke.", "SPRINGFIELD, Ill. (AP) — The mayor spoke.");
	SENT("She moved to Fresno, Calif. In May she left.", "She moved to Fresno, Calif. | In May she left.");
	SENT("See Fig. 3 and Vol. 2.", "See Fig. 3 and Vol. 2.");
	SENT("He asked for no. The end.", "He asked for no. | The end.");
	SENT("It was Doctor Who. Next.", "It was Doctor Who. | Next.");
}

static void
test_initials(void)
{
	SENT("Gen. Robert A. Kessler spoke.", "Gen. Robert A. Kessler spoke.");
	SENT("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.");
	SENT("Franklin D. Roosevelt won.", "Franklin D. Roosevelt won.");
	SENT("They chose plan B. The vote was close.", "They chose plan B. | The vote was close.");
	SENT("A. Smith won. B. Jones lost.", "A. Smith won. | B. Jones lost.");
	SENT("He got an A. But he failed.", "He got an A. | But he failed.");
}

static void
test_numbers(void)
{
	SENT("Tariffs fell 2.5 percent. Prices rose.", "Tariffs fell 2.5 percent. | Prices rose.");
	SENT("It cost $1.2 trillion. Or more.", "It cost $1.2 trillion. | Or more.");
	SENT("Version 3.14.1 shipped.", "Version 3.14.1 shipped.");
	SENT("Call 555.123.4567 now.", "Call 555.123.4567 now.");
	SENT("Visit example.com today. Thanks.", "Visit example.com today. | Thanks.");
}

static void
test_ellipsis(void)
{
	SENT("We waited... and waited.", "We waited... and waited.");
	SENT("We waited... Then it came.", "We waited... | Then it came.");
	SENT("We waited\xE2\x80\xA6 and waited.", "We waited\xE2\x80\xA6 and waited.");
	SENT("We waited\xE2\x80\xA6 Then it came.", "We waited\xE2\x80\xA6 | Then it came.");
	SENT("Well.. Maybe.", "Well.. | Maybe.");
	SENT("End...", "End...");
}

static void
test_quotes(void)
{
	SENT("\"We will win,\" he said. \"They know it.\"",
	    "\"We will win,\" he said. | \"They know it.\"");
	SENT("\"Is it over?\" he asked. No.", "\"Is it over?\" he asked. | No.");
	SENT("\"It is over!\" she shouted.", "\"It is over!\" she shouted.");
	SENT("He said: \"The door is open. They need to decide.\" Then he left.",
	    "He said: \"The door is open. | They need to decide.\" | Then he left.");
	SENT("\xE2\x80\x9CThis is a treaty.\xE2\x80\x9D She smiled.",
	    "\xE2\x80\x9CThis is a treaty.\xE2\x80\x9D | She smiled.");
	SENT("\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked.", "\xE2\x80\x9CWhy now?\xE2\x80\x9D he asked.");
	SENT("It was \xE2\x80\x9C" "far too short.\xE2\x80\x9D \xE2\x80\x9CWe will push,\xE2\x80\x9D he said.",
	    "It was \xE2\x80\x9C" "far too short.\xE2\x80\x9D | \xE2\x80\x9CWe will push,\xE2\x80\x9D he said.");
	SENT("\xC2\xABNous avons gagn\xC3\xA9.\xC2\xBB Il rit.", "\xC2\xABNous avons gagn\xC3\xA9.\xC2\xBB | Il rit.");
	SENT("He said: \xE2\x80\x98Some, yes.\xE2\x80\x99 Then he left.",
	    "He said: \xE2\x80\x98Some, yes.\xE2\x80\x99 | Then he left.");
	SENT("(This is an aside.) The story goes on.", "(This is an aside.) | The story goes on.");
	SENT("It rose (by 3 percent). Then fell.", "It rose (by 3 percent). | Then fell.");
	SENT("Nested \"quote 'here.'\" Next.", "Nested \"quote 'here.'\" | Next.");
	SENT("He said no. (He later changed his mind.)", "He said no. | (He later changed his mind.)");
	SENT("It is \"closer than ever.\" \xC3\x89lodie agreed.", "It is \"closer than ever.\" | \xC3\x89lodie agreed.");
	SENT("Fin. \xC3\xA9t\xC3\xA9 venait.", "Fin. \xC3\xA9t\xC3\xA9 venait.");
	SENT("\xE2\x80\x9CMr. Park is here.\xE2\x80\x9D", "\xE2\x80\x9CMr. Park is here.\xE2\x80\x9D");
}

static void
test_ranges(void)
{
	const char *t = "Skip me. One. Two. Skip.";
	Spans sp = { 0 };

	text_sentences(t, 9, 18, &sp);
	CHECK(sp.n == 2);
	CHECK(sp.n == 2 && sp.v[0].start == 9 && sp.v[0].end == 13);
	CHECK(sp.n == 2 && sp.v[1].start == 14 && sp.v[1].end == 18);
	text_sentences(t, 3, 3, &sp);
	CHECK(sp.n == 0);
	spans_free(&sp);
	CHECK(text_is_abbrev("Mr.", 2));
	CHECK(text_is_abbrev("the U.S.", 7));
	CHECK(text_is_abbrev("Robert A.", 8));
	CHECK(text_is_abbrev("on Sept.", 7));
	CHECK(text_is_abbrev("Adam v.", 6));
	CHECK(text_is_abbrev("Adam vs.", 7));
	CHECK(text_is_abbrev("Acme Corp.", 9));
	CHECK(text_is_abbrev("Mt.", 2) && text_is_abbrev("Adm.", 3) && text_is_abbrev("Wyo.", 3));
	CHECK(!text_is_abbrev("the end.", 7));
	CHECK(!text_is_abbrev("2019.", 4));
	CHECK(!text_is_abbrev("Mister.", 6));
	CHECK(!text_is_abbrev("XMr.", 3));
	CHECK(text_is_abbrev("\xE2\x80\x9CMr.", 5));
	CHECK(!text_is_abbrev("caf\xC3\xA9Mr.", 7));
}

static void
test_paragraphs(void)
{
	PARA("", "");
	PARA("\n\n\n", "");
	PARA("one line", "one line");
	PARA("First para\nstill first.\n\nSecond.\n", "First para\nstill first. | Second.");
	PARA("A.\n\n\n\nB.\n \t \nC.", "A. | B. | C.");
	PARA("  indented\n\n  also  ", "indented | also");
	PARA("No blank lines\nso each line\nis one.", "No blank lines | so each line | is one.");
	PARA("Line\r\n\r\nCRLF para.\r\n", "Line | CRLF para.");
	PARA("\n\nLeading blanks.\n\nTrailing blanks.\n\n\n", "Leading blanks. | Trailing blanks.");
	PARA("x\n\ny\nz", "x | y\nz");
}

static void
test_news(void)
{
	SENT("SEOUL, Oct. 24 (Yonhap) -- Unification Minister Park Ji-won said Friday that talks were \"closer than ever,\" a week later. \"We will not miss this chance,\" Park told reporters.",
	    "SEOUL, Oct. 24 (Yonhap) -- Unification Minister Park Ji-won said Friday that talks were \"closer than ever,\" a week later. | \"We will not miss this chance,\" Park told reporters.");
	SENT("Rep. Carlos Ibarra, D-Texas, said he would oppose it. \"My district is still rebuilding,\" he said.",
	    "Rep. Carlos Ibarra, D-Texas, said he would oppose it. | \"My district is still rebuilding,\" he said.");
	SENT("The Congressional Budget Office (CBO) estimated it. The package grew 1.8 percent.",
	    "The Congressional Budget Office (CBO) estimated it. | The package grew 1.8 percent.");
}

int
main(void)
{
	test_basic();
	test_abbrev();
	test_initials();
	test_numbers();
	test_ellipsis();
	test_quotes();
	test_ranges();
	test_paragraphs();
	test_news();
	TEST_END();
}
