/* wordclass.c: the word lists of attribution (see wordclass.h). */
#include <stdint.h>
#include <string.h>

#include "cue.h"
#include "wordclass.h"

/* Word lists, lower case. */
static const char *const pronouns[] = { "he", "i", "it", "she", "they", "we", "you" };
static const char *const dets[] = {
	"a", "an", "another", "both", "her", "his", "its", "many", "most",
	"my", "one", "other", "our", "several", "some", "that", "the",
	"their", "these", "this", "those", "three", "two", "your",
};
/* Capitalised words that do not start a name. */
static const char *const stopcaps[] = {
	"although", "though", "across", "amid", "among", "around", "can",
	"could", "despite", "inside", "may", "might", "must", "outside",
	"over", "related", "should", "through", "toward", "unlike", "upon",
	"will", "within", "without", "would",
	"a", "about", "according", "after", "again", "all", "also", "although",
	"an", "and", "another", "any", "april", "as", "asked", "at",
	"august", "because", "before", "but", "by", "december", "during",
	"even", "every", "february", "for", "friday", "from", "he", "her",
	"here", "his", "how", "i", "if", "in", "it", "its", "january", "july",
	"june", "just", "last", "like", "march", "meanwhile", "monday", "more",
	"most", "my", "neither", "next", "no", "nor", "not", "november", "now",
	"october", "of", "on", "once", "one", "or", "our", "saturday",
	"september", "she", "since", "so", "some", "still", "sunday", "that",
	"the", "their", "then", "there", "these", "they", "this", "those",
	"thursday", "to", "today", "tuesday", "under", "until", "we",
	"wednesday", "what", "when", "where", "whether", "which", "while",
	"who", "why", "with", "yes", "yet", "you",
};
/* Titles and offices that precede a name. */
static const char *const titles[] = {
	"conservative", "crooked", "democrat", "democratic", "gop",
	"independent", "liberal", "libertarian", "republican", "rival",
	"activist", "adviser", "advisor", "aide", "analyst", "anchor",
	"author", "ceo", "cfo", "co-founder", "columnist", "commentator",
	"correspondent", "economist", "founder", "host", "lawyer", "pollster",
	"reporter", "strategist",
	"acting", "adm.", "admiral", "ambassador", "archbishop", "assemblyman",
	"assemblywoman", "attorney", "bishop", "capt.", "captain",
	"chairman", "chairwoman", "chancellor", "chief", "col.", "colonel",
	"commissioner", "congressman", "congresswoman", "councillor",
	"councilman", "councilwoman", "delegate", "deputy", "director",
	"dr.", "editor", "emperor", "engineer", "former", "gen.", "general",
	"gov.", "governor", "judge", "justice", "king", "lady", "leader",
	"lt.", "mayor", "member", "minister", "miss", "mr.", "mrs.", "ms.",
	"nominee", "pope", "premier", "president", "prime", "prince",
	"princess", "prof.", "professor", "queen", "rep.", "representative",
	"reps.", "rev.", "secretary", "sen.", "senator", "sens.", "sgt.", "sheriff", "speaker",
	"spokesman", "spokeswoman", "superintendent",
};
/* Words that make a run of capitals an organisation or a place. */
static const char *const orgwords[] = {
	"administration", "agency", "alliance", "army", "assembly",
	"association", "authority", "bank", "board", "bureau", "campaign",
	"center", "centre", "church", "city", "club", "co.", "college",
	"commission", "committee", "company", "congress", "corp.",
	"corporation", "council", "county", "court", "department",
	"federation", "force", "forum", "foundation", "fund", "group",
	"hall", "house", "inc.", "institute", "journal", "league", "ltd.",
	"ministry", "navy", "network", "news", "office", "organization",
	"organisation", "party", "police", "post", "press", "school",
	"senate", "service", "society", "state", "street", "times", "trust",
	"union", "united", "university",
};
/* Words after which no subject continues backwards. */
static const char *const bounds[] = {
	"across", "along", "among", "around", "behind", "beyond", "inside",
	"near", "outside", "over", "through", "toward", "towards", "within",
	"without",
	"after", "against", "ago", "although", "and", "as", "at", "because",
	"before", "but", "by", "despite", "during", "for", "from", "if", "in",
	"into", "on", "or", "since", "so", "than", "that", "though", "to",
	"unless", "until", "what", "when", "where", "whether", "which",
	"while", "who", "whom", "why", "with",
};
/* Given names that tell "she" from "he" (and Mrs., Ms., Mr.). */
static const char *const women[] = {
	"alicia", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara",
	"betsy", "carly", "catherine", "cheryl", "christina", "claire",
	"condoleezza", "dana", "debbie", "debra", "denise", "diane", "dianne",
	"donna", "elise", "elizabeth", "emily", "emma", "gina", "grace",
	"gwen", "hannah", "heather", "helen", "hillary", "huma", "ivanka",
	"jane", "janet", "jennifer", "jessica", "jill", "joan", "judy",
	"julie", "kamala", "karen", "kate", "katherine", "katie", "kelly",
	"kellyanne", "kirsten", "laura", "linda", "lisa", "loretta", "lynn",
	"madeleine", "margaret", "maria", "marie", "marsha", "martha", "mary",
	"megyn", "melania", "melissa", "michele", "michelle", "nancy",
	"nikki", "nina", "olivia", "oprah", "patricia", "paula", "rachel",
	"rebecca", "rosie", "ruth", "samantha", "sarah", "sheryl", "sonia",
	"sonya", "sophia", "stephanie", "susan", "susana", "tammy", "teresa",
	"theresa", "tina", "tulsi", "valerie", "veronica", "victoria",
	"wendy", "yvonne",
	"mrs.", "ms.", "miss",
};
static const char *const men[] = {
	"adam", "al", "alan", "andrew", "anthony", "barack", "ben",
	"benjamin", "bernie", "bill", "bob", "brian", "carl", "carlos",
	"charles", "chris", "christopher", "chuck", "corey", "dan", "daniel",
	"david", "dennis", "dick", "donald", "doug", "ed", "edward", "eric",
	"frank", "fred", "gary", "george", "glenn", "greg", "gregory",
	"harry", "henry", "howard", "jack", "james", "jason", "jeb", "jeff",
	"jerry", "jim", "jimmy", "joe", "john", "jon", "jonathan", "jorge",
	"jose", "joseph", "josh", "joshua", "juan", "justin", "kenneth",
	"kevin", "kurt", "lamar", "larry", "lindsey", "luis", "marc", "marco",
	"mark", "martin", "matt", "matthew", "michael", "mike", "mitch",
	"newt", "nick", "patrick", "paul", "pete", "peter", "rand", "raymond",
	"reince", "richard", "rick", "robert", "roger", "ron", "ronald",
	"rudy", "ryan", "sam", "samuel", "scott", "sean", "stephen", "steve",
	"steven", "ted", "thomas", "tim", "tom", "tony", "vladimir", "walter",
	"william",
	"mr.",
};
/* Verbs and auxiliaries that end a subject. */
static const char *const verbish[] = {
	"are", "be", "been", "being", "can", "could", "did", "do", "does", "had",
	"has", "have", "is", "may", "might", "must", "should", "was",
	"were", "will", "would",
};
/* Words before a title: CNN's “State of the Union”, the film “Jaws”. */
static const char *const titlecues[] = {
	"album", "article", "autobiography", "biography", "book", "column",
	"documentary", "entitled", "episode", "essay", "film", "headline",
	"magazine", "memoir", "movie", "musical", "newspaper", "novel", "on",
	"opera", "play", "podcast", "poem", "program", "programme", "series",
	"show", "sitcom", "song", "titled",
};

static const char *const connectors[] = {
	"al", "bin", "da", "de", "der", "du", "la", "van", "von",
};

typedef struct {
	const char *w;
	uint32_t h;
	unsigned short wc;
	unsigned char n, cue;
} Entry;

enum { TABCAP = 2048 };
static Entry table[TABCAP];
static int ready;
/* Bit n of lenset[a][b]: a listed word of n bytes starts with a byte
 * that is a mod 32 and ends with one that is b (so in any case). */
static uint32_t lenset[32][32];

/* A hash of w[0..n) that does not see ASCII case. */
static uint32_t
hash(const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ ((unsigned char)w[i] | 0x20)) * 16777619u;
	return h;
}

/* Is w[0..n) the listed word t (lower case) but for ASCII case? */
static int
same(const char *t, const char *w, size_t n)
{
	unsigned char c;
	size_t i;

	for (i = 0; i < n; i++) {
		c = (unsigned char)w[i];
		if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)t[i])
			return 0;
	}
	return 1;
}

static Entry *
slot(const char *w, size_t n)
{
	uint32_t full = hash(w, n), h = full & (TABCAP - 1);

	for (;; h = (h + 1) & (TABCAP - 1))
		if (table[h].n == 0 || (table[h].h == full && table[h].n == n && same(table[h].w, w, n)))
			return &table[h];
}

static void
put(const char *w, int wc, int cue)
{
	size_t k = strlen(w);
	Entry *x = slot(w, k);

	lenset[(unsigned char)w[0] & 31][(unsigned char)w[k - 1] & 31] |= k < 32 ? 1u << k : 0;
	x->w = w;
	x->n = (unsigned char)k;
	x->h = hash(w, k);
	x->wc |= wc;
	x->cue |= cue;
}

static void
putlist(const char *const *l, size_t n, int wc)
{
	size_t i;

	for (i = 0; i < n; i++)
		put(l[i], wc, 0);
}

#define PUTLIST(l, f) putlist(l, sizeof l / sizeof *l, f)

/* Once, out of the way of the lookups. */
#ifdef __GNUC__
__attribute__((noinline, cold))
#endif
static void
init(void)
{
	size_t i;

	PUTLIST(pronouns, WC_PRON);
	PUTLIST(dets, WC_DET);
	PUTLIST(stopcaps, WC_STOPCAP);
	PUTLIST(titles, WC_TITLE);
	PUTLIST(orgwords, WC_ORG);
	PUTLIST(bounds, WC_BOUND);
	PUTLIST(verbish, WC_VERBISH);
	PUTLIST(titlecues, WC_TITLECUE);
	PUTLIST(connectors, WC_CONN);
	PUTLIST(women, WC_FEM);
	PUTLIST(men, WC_MASC);
	putlist(cue_auxes, cue_nauxes, WC_AUX);
	for (i = 0; i < cue_nforms; i++)
		put(cue_forms[i].w, 0, cue_forms[i].f);
	ready = 1;
}

WordClass
wordclass(const char *w, size_t n)
{
	WordClass c = { 0, 0 };
	const Entry *x;

	if (!ready)
		init();
	if (n == 0 || n >= 24 ||
	    !(lenset[(unsigned char)w[0] & 31][(unsigned char)w[n - 1] & 31] >> n & 1))
		return c;
	x = slot(w, n);
	c.wc = x->wc;
	c.cue = x->cue;
	return c;
}
