/* test_ner.c: the tokeniser, the gazetteer, alias keys and merging. */
#include <stdlib.h>
#include <string.h>

#include "alias.h"
#include "gazetteer.h"
#include "ner.h"
#include "test.h"
#include "token.h"

/* The tokens of s joined by '|'. */
static const char *
toks(const char *s)
{
	static char out[512];
	static Tokens t;
	size_t i, n = 0;

	tokenise(s, strlen(s), &t);
	out[0] = 0;
	for (i = 0; i < t.n && n + 64 < sizeof out; i++) {
		if (i)
			out[n++] = '|';
		memcpy(out + n, s + t.v[i].start, t.v[i].end - t.v[i].start);
		n += t.v[i].end - t.v[i].start;
		out[n] = 0;
	}
	return out;
}

static void
test_tokens(void)
{
	static Tokens t;

	CHECK(strcmp(toks("Mr. Trump's aides met Kim Jong-un."), "Mr.|Trump|'s|aides|met|Kim|Jong-un|.") == 0);
	CHECK(strcmp(toks("the U.S. and J. R. Smith, (APEC)"), "the|U.S.|and|J.|R.|Smith|,|(|APEC|)") == 0);
	CHECK(strcmp(toks("\"We will,\" he said -- 1,200 o'clock..."), "\"|We|will|,|\"|he|said|--|1,200|o'clock|...") == 0);
	CHECK(strcmp(toks("SEOUL \xE2\x80\x94 Park\xE2\x80\x99s"), "SEOUL|\xE2\x80\x94|Park|\xE2\x80\x99s") == 0);
	CHECK(strcmp(toks("Jones' car"), "Jones|'|car") == 0);
	CHECK(strcmp(toks("caf\xC3\xA9 Z\xC3\xBCrich"), "caf\xC3\xA9|Z\xC3\xBCrich") == 0);
	CHECK(strcmp(toks(""), "") == 0);
	CHECK(strcmp(toks("bad \xFF byte"), "bad|\xFF|byte") == 0);
	tokenise("He left. She came\nBack", 23, &t);
	CHECK(t.n == 6);
	CHECK(t.v[0].flags & TOK_SENT_START);
	CHECK(!(t.v[1].flags & TOK_SENT_START));
	CHECK(t.v[3].flags & TOK_SENT_START);
	CHECK(t.v[5].flags & TOK_LINE_START);
	CHECK(tok_is_abbrev("Gen", 3) && !tok_is_abbrev("Gene", 4));
	CHECK(!tok_is_abbrev("Gent", 4) && tok_is_abbrev("Messrs", 6) && !tok_is_abbrev("Messrs", 5));
	/* words longer than sixteen bytes, up to the end of the text */
	CHECK(strcmp(toks("Internationalisation-wise, abcdefghijklmnopqrstuvwxyz0123456789"),
	    "Internationalisation-wise|,|abcdefghijklmnopqrstuvwxyz0123456789") == 0);
	CHECK(strcmp(toks("Zzzzzzzzzzzzzzzzzzz\xC3\xA9zzzz's end"), "Zzzzzzzzzzzzzzzzzzz\xC3\xA9zzzz|'s|end") == 0);
	/* a span: the tokens that start in it, offsets into the whole text */
	t.n = 0;
	tokenise_span("He said \"so\" and left.", 22, 12, 22, &t);
	CHECK(t.n == 3 && t.v[0].start == 13 && t.v[0].end == 16 && t.v[2].end == 22);
	CHECK(t.v[0].flags & TOK_LINE_START);
	tokenise_span("Mr. Lee", 7, 0, 2, &t);
	CHECK(t.n == 4 && t.v[3].start == 0 && t.v[3].end == 3);
	tokens_free(&t);
}

static void
test_gazetteer(void)
{
	CHECK(gaz_lookup_str("Seoul", 5) & GAZ_CITY);
	CHECK(gaz_lookup_str("SOUTH KOREA", 11) & GAZ_COUNTRY);
	CHECK(gaz_lookup_str("German", 6) & GAZ_DEMONYM);
	CHECK(gaz_lookup_str("President", 9) & GAZ_TITLE);
	CHECK(gaz_lookup_str("Friday", 6) & GAZ_DATEWORD);
	CHECK(gaz_lookup_str("zzyzzx", 6) == 0);
}

static void
test_keys(void)
{
	char *k, *title;

	k = alias_key("President Donald Trump's", 24, &title);
	CHECK(strcmp(k, "donald trump") == 0);
	CHECK(title && strcmp(title, "president") == 0);
	free(k), free(title);
	k = alias_key("Kim Jong-un", 11, NULL);
	CHECK(strcmp(k, "kim jong un") == 0);
	free(k);
	k = alias_key("KIM JONG UN", 11, NULL);
	CHECK(strcmp(k, "kim jong un") == 0);
	free(k);
	k = alias_key("U.S.", 4, NULL);
	CHECK(strcmp(k, "us") == 0);
	free(k);
}

/* Merge the mentions at the given words of text (fixed, not tagged). */
static void
merge(const char *text, const char *const *words, const EntType *types, size_t n,
    Mentions *m, Entities *e)
{
	size_t i;
	const char *p = text;

	m->n = 0;
	for (i = 0; i < n; i++) {
		p = strstr(p, words[i]);
		if (!p)
			abort();
		if (m->n == m->cap) {
			m->cap = m->cap ? 2 * m->cap : 8;
			m->v = realloc(m->v, m->cap * sizeof *m->v);
		}
		m->v[m->n++] = (Mention){ (size_t)(p - text), (size_t)(p - text) + strlen(words[i]), types[i], -1 };
		p += strlen(words[i]);
	}
	alias_merge(text, m, e);
}

static void
test_alias(void)
{
	Mentions m = { 0 };
	Entities e = { 0 };
	const char *t1 = "SEOUL - Donald Trump met Kim Jong Un and Kim Yo Jong. Mr. Trump said Kim Jong-un and Melania Trump agreed. Trump left.";
	const char *w1[] = { "SEOUL", "Donald Trump", "Kim Jong Un", "Kim Yo Jong", "Trump", "Kim Jong-un", "Melania Trump", "Trump" };
	const EntType y1[] = { ENT_LOC, ENT_PER, ENT_PER, ENT_PER, ENT_PER, ENT_PER, ENT_PER, ENT_PER };
	const char *t2 = "The Asia-Pacific Economic Cooperation (APEC) forum met. APEC leaders and Samsung Electronics and Samsung spoke.";
	const char *w2[] = { "Asia-Pacific Economic Cooperation", "APEC", "APEC", "Samsung Electronics", "Samsung" };
	const EntType y2[] = { ENT_ORG, ENT_ORG, ENT_ORG, ENT_ORG, ENT_ORG };
	const char *t3 = "Unification Minister Park Ji-won spoke. Park said so.";
	const char *w3[] = { "Park Ji-won", "Park" };
	const EntType y3[] = { ENT_PER, ENT_PER };

	merge(t1, w1, y1, 8, &m, &e);
	CHECK(e.n == 5);
	CHECK(strcmp(e.v[0].name, "Seoul") == 0);
	CHECK(strcmp(e.v[1].name, "Donald Trump") == 0 && e.v[1].count == 2);
	CHECK(strcmp(e.v[2].name, "Kim Jong Un") == 0 && e.v[2].count == 2);
	CHECK(strcmp(e.v[3].name, "Kim Yo Jong") == 0 && e.v[3].count == 1);
	CHECK(strcmp(e.v[4].name, "Melania Trump") == 0 && e.v[4].count == 2);
	CHECK(m.v[4].entity == 1 && m.v[7].entity == 4);
	CHECK(alias_lookup(&e, "Trump", 5, (size_t)-1) >= 0);
	CHECK(alias_lookup(&e, "Kim Jong-un", 11, 0) == 2);
	CHECK(alias_lookup(&e, "Nobody", 6, 0) == -1);
	CHECK(alias_at(&m, 8, 20) == 1);            /* "Donald Trump" */
	CHECK(alias_at(&m, 0, 3) == 0);             /* part of "SEOUL" */
	CHECK(alias_at(&m, 21, 24) == -1);          /* "met" */

	merge(t2, w2, y2, 5, &m, &e);
	CHECK(e.n == 2);
	CHECK(strcmp(e.v[0].name, "Asia-Pacific Economic Cooperation") == 0 && e.v[0].count == 3);
	CHECK(strcmp(e.v[1].name, "Samsung Electronics") == 0 && e.v[1].count == 2);

	merge(t3, w3, y3, 2, &m, &e);
	CHECK(e.n == 1 && e.v[0].count == 2);
	CHECK(alias_by_title(&e, "the minister", 12, strlen(t3)) == 0);
	CHECK(alias_by_title(&e, "Unification Minister", 20, strlen(t3)) == 0);
	CHECK(alias_by_title(&e, "president", 9, strlen(t3)) == -1);

	{
		const char *t4 = "Donald Trump and Donald Tusk met. Donald spoke. Tusk left.";
		const char *w4[] = { "Donald Trump", "Donald Tusk", "Donald", "Tusk" };
		const EntType y4[] = { ENT_PER, ENT_PER, ENT_PER, ENT_PER };
		merge(t4, w4, y4, 4, &m, &e);
		CHECK(e.n == 3);                       /* "Donald" alone is ambiguous */
		CHECK(m.v[3].entity == m.v[1].entity); /* "Tusk" is Donald Tusk */
	}

	mentions_free(&m);
	entities_free(&e);
}

static void
test_tagger(void)
{
	Mentions m = { 0 };
	const char *t = "no capitals here at all, none.";

	ner_tag(t, strlen(t), &m);
	CHECK(m.n == 0);
	ner_tag("", 0, &m);
	CHECK(m.n == 0);
	CHECK(strcmp(ent_type_name(ENT_PER), "PERSON") == 0);
	CHECK(ent_type_parse("PER", 3) == ENT_PER && ent_type_parse("LOC", 3) == ENT_LOC);
	mentions_free(&m);
}

int
main(void)
{
	test_tokens();
	test_gazetteer();
	test_keys();
	test_alias();
	test_tagger();
	TEST_END();
}
