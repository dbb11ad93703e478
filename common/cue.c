/* cue.c: the cue lexicon (see cue.h). */
#include <string.h>
#include <strings.h>

#include "cue.h"


#define V CUE_VERB
#define T (CUE_VERB | CUE_TELL)
#define G (CUE_VERB | CUE_ING)
#define GT (CUE_VERB | CUE_ING | CUE_TELL)
#define N (CUE_VERB | CUE_NAME)
#define GN (CUE_VERB | CUE_ING | CUE_NAME)
#define B (CUE_VERB | CUE_BASE)
#define NV (CUE_VERB | CUE_NOUNY)

const CueForm cue_forms[] = {
	{ "accused", T }, { "accuses", T }, { "accusing", GT },
	{ "acknowledged", V }, { "acknowledges", V }, { "added", V },
	{ "adding", G }, { "adds", V }, { "admits", V }, { "admitted", V },
	{ "advised", T }, { "agreed", V }, { "alleged", V }, { "alleges", V },
	{ "announced", V }, { "announces", V }, { "answered", V },
	{ "argued", V }, { "argues", V }, { "arguing", G }, { "ask", B },
	{ "asked", T }, { "asking", GT }, { "asks", T }, { "asserted", V },
	{ "asserts", V }, { "assured", T }, { "boasted", V }, { "boasts", V },
	{ "branded", N }, { "call", B | CUE_NAME }, { "called", N },
	{ "calling", GN }, { "calls", NV }, { "cautioned", V },
	{ "chanted", V }, { "charged", V }, { "claimed", V }, { "claims", NV },
	{ "commented", V }, { "complained", V }, { "complains", V },
	{ "conceded", V }, { "concedes", V }, { "concluded", V },
	{ "concludes", V }, { "confirmed", V }, { "contended", V },
	{ "contends", V }, { "continued", V }, { "continues", V },
	{ "countered", V }, { "cried", V }, { "declared", V },
	{ "declares", V }, { "declaring", G }, { "denied", V },
	{ "described", N }, { "describes", N }, { "describing", GN },
	{ "dubbed", N }, { "emphasised", V }, { "emphasized", V },
	{ "exclaimed", V }, { "explained", V }, { "explaining", G },
	{ "explains", V }, { "insisted", V }, { "insisting", G },
	{ "insists", V }, { "joked", V }, { "jokes", NV }, { "labeled", N },
	{ "labelled", N }, { "lamented", V }, { "mocked", V }, { "mused", V },
	{ "noted", V }, { "notes", NV }, { "noting", G }, { "observed", V },
	{ "pleaded", V }, { "pledged", V }, { "pledges", NV }, { "posted", V },
	{ "predicted", V }, { "proclaimed", V }, { "promised", V },
	{ "promises", NV }, { "quipped", V }, { "reads", V },
	{ "recalled", V }, { "recalls", V }, { "recounted", V },
	{ "remarked", V }, { "replied", V }, { "replies", NV },
	{ "reported", V }, { "reports", NV }, { "responded", V },
	{ "responds", V }, { "retorted", V }, { "said", V }, { "say", B },
	{ "saying", G }, { "says", V }, { "screamed", V }, { "shouted", V },
	{ "sighed", V }, { "snapped", V }, { "stated", V }, { "states", NV },
	{ "stressed", V }, { "suggested", V }, { "suggests", V },
	{ "tell", B | CUE_TELL }, { "telling", GT }, { "tells", T },
	{ "termed", N }, { "testified", V }, { "told", T }, { "tweeted", V },
	{ "tweeting", G }, { "tweets", NV }, { "urged", T }, { "vowed", V },
	{ "vows", NV }, { "warned", V }, { "warns", NV }, { "wondered", V },
	{ "write", B }, { "writes", V }, { "writing", G }, { "written", V },
	{ "wrote", V }, { "yelled", V },
};

const char *const cue_auxes[] = {
	"again", "also", "later", "had", "has", "have", "often", "once",
	"previously", "quickly", "recently", "repeatedly", "then",
	"once", "simply", "would", "will", "later", "reportedly",
	"again", "just", "flatly", "bluntly", "publicly", "privately",
	"famously", "similarly", "likewise", "further", "even", "last",
	"first", "separately", "recently", "frequently", "always", "never",
	"still", "now", "actually", "initially", "originally", "finally",
};

static const char *const media[] = {
	"address", "blog", "email", "interview", "letter", "memo",
	"message", "news", "post", "release", "report", "speech",
	"statement", "tweet", "video",
};

static const char *const platforms[] = {
	"Bluesky", "Facebook", "Instagram", "LinkedIn", "Telegram",
	"Threads", "TikTok", "Truth", "Twitter", "Weibo", "X", "YouTube",
};

const size_t cue_nforms = sizeof cue_forms / sizeof *cue_forms;
const size_t cue_nauxes = sizeof cue_auxes / sizeof *cue_auxes;

static int
inlist(const char *const *l, size_t nl, const char *w, size_t n, int fold)
{
	size_t i;

	for (i = 0; i < nl; i++)
		if (strlen(l[i]) == n && (fold ? !strncasecmp(l[i], w, n) : !strncmp(l[i], w, n)))
			return 1;
	return 0;
}

int
cue_medium(const char *w, size_t n)
{
	return inlist(media, sizeof media / sizeof *media, w, n, 1);
}

int
cue_platform(const char *w, size_t n)
{
	return inlist(platforms, sizeof platforms / sizeof *platforms, w, n, 0);
}
