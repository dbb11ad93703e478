/* timex.c: see timex.h.
 *
 * The rules are data: each is a pcre2 pattern (with {MACROS} for the
 * shared vocabulary: month and weekday names, numbers, units) and a
 * normaliser kind.  Each rule is compiled once (when first tried),
 * anchored and JIT, with word-boundary guards.  At a position the rules are tried in table
 * order and the first that matches wins, so longer forms come first.
 * Named groups carry the parts the normalisers read: year, mon, day, wd,
 * num, unit, rel, part, ...
 *
 * Most text holds no time expression: a scan over the words, 64 bytes
 * at a time, looks for triggers (numbers, month and weekday names,
 * units, deictic words; a table of their first three letters and
 * lengths turns most words away), walks back from each over the starter
 * and chain words before it, and tries the rules only at those
 * starters, and only the rules that can start with that word (found the
 * first time the word is met by partial matching of each rule, its
 * look-behinds left out, against it), narrowed by the same
 * partial matching on the text from the starter to the token after the
 * trigger (remembered in a small table: the phrases repeat). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"

#include "err.h"
#include "text.h"
#include "timex.h"
#include "utf8.h"

enum {
	K_ISO, K_MDY, K_YEAR, K_DECADE, K_CENTURY, K_QUARTER, K_SEASON,
	K_HOLIDAY, K_DEICTIC, K_CLOCK, K_WEEKDAY, K_RELUNIT, K_RELMON,
	K_QREF, K_YEARAGO, K_AGO, K_DURATION, K_PLURAL, K_REF, K_SET,
};

typedef struct {
	const char *pat;
	int kind;
	const char *arg;   /* kind-specific: a fixed value, a type, ... */
} Rule;

/* Shared vocabulary, expanded into the rules below. */
static const char *const macros[][2] = {
	{ "MONFULL", "(?<mon>january|february|(?-i:March|MARCH)|april|(?-i:May|MAY)|june|july|august|september|october|november|december)" },
	{ "MON", "(?<mon>jan(?:uary|\\.)?|feb(?:ruary|\\.)?|(?-i:March|MARCH)|mar\\.|apr(?:il|\\.)?|(?-i:May|MAY)|june?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:tember|t\\.?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)(?![a-z])" },
	{ "WD", "(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)(?:\\.|(?=,?\\s+[A-Z][a-z]{2,8}\\.?\\s+[0-9])))" },
	{ "WDPL", "(?<wdp>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)" },
	{ "DAY", "(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|:[0-9])" },
	{ "YEAR", "(?:(?<year>1[0-9]{3}|20[0-9]{2})(?![0-9])|nineteen[\\s-]+(?<yw>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))" },
	{ "APOS", "(?:'|\\xe2\\x80\\x99)" },
	{ "YY", "{APOS}(?<yy>[0-9]{2})(?![0-9])" },
	{ "NUM", "(?<num>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+hundred|hundreds\\s+of|hundred|a\\s+dozen|dozens\\s+of|dozen|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+few|few|several|many|some|a|an|half\\s+a|[0-9]{1,3}(?![0-9])(?:\\.[0-9]+|\\s+1/2|,[0-9]{3})?)" },
	{ "NUM2", "(?<num2>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+)" },
	{ "UNIT", "(?<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarter[\\s-]centur(?:y|ies)|quarters?|fortnights?|weekends?|nights?)" },
	{ "UNITP", "(?<unitp>years|months|weeks|days|hours|minutes|decades|centuries|quarters)" },
	{ "QORD", "(?:(?<q>first|second|third|fourth|1st|2nd|3rd|4th)(?<qh>[\\s-]+(?:fiscal[\\s-]+)?(?:quarter|half)(?!-?[a-z])))" },
	{ "PART", "(?<part>morning|afternoon|evening|night)" },
	{ "ZONE", "(?<zone>(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|KST|JST|IST|HKT|SGT|AEST|AEDT|Z))" },
	{ "CLOCK", "(?:(?<hour>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5][0-9]))?\\s*(?<ampm>[ap]\\.\\s?m\\.?|[ap]m\\b)|(?<hour24>[01]?[0-9]|2[0-3]):(?<min24>[0-5][0-9])(?![0-9:.,])(?:\\s*(?:h|hrs)\\b)?|(?<noon>noon|midday|midnight)|(?<hourp>1[0-2]|0?[1-9])(?:\\s+o{APOS}clock)?\\s+in\\s+the\\s+(?<dpart>morning|afternoon|evening))" },
	{ "DEIC", "(?<deic>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|yesterday|tomorrow)" },
	{ "MOD", "(?<mod>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of|the\\s+last\\s+half\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|earlier|later)" },
	{ "APPROX", "(?:(?:nearly|more\\s+than|less\\s+than|fewer\\s+than|under|at\\s+least|up\\s+to|some|roughly|approximately|around|no\\s+more\\s+than|no\\s+less\\s+than|the)\\s+)" },
};

/* The rules, most specific first (the first that matches at a position
 * wins).  Every rule is bracketed by word boundaries. */
static const Rule rules[] = {
	/* 2025-10-24, 2025-10-24T15:30 */
	{ "(?<year>[12][0-9]{3})-(?<monn>0[1-9]|1[0-2])-(?<day>0[1-9]|[12][0-9]|3[01])(?:[T ](?<hour24>[01][0-9]|2[0-3]):(?<min24>[0-5][0-9])(?::[0-5][0-9])?)?(?![0-9])", K_ISO, 0 },
	/* 10/24/2025, 10/24/98 (US order) */
	{ "(?<monn>1[0-2]|0?[1-9])/(?<day>3[01]|[12][0-9]|0?[1-9])/(?:(?<year>[12][0-9]{3})|(?<yy>[0-9]{2}))(?![/0-9])", K_MDY, 0 },
	/* 3 p.m. Wednesday, 5 p.m. EST Nov. 9, noon Saturday, 10:35 a.m. */
	{ "(?:around\\s+)?{CLOCK}(?:\\s*{ZONE})?(?:,?\\s+(?:on\\s+)?(?:(?:{WD},?\\s+)?{MON}\\s+{DAY}(?:,\\s*{YEAR})?|{WD}|{DEIC}))?", K_CLOCK, 0 },
	/* 24/10/2025, 24.10.2025 (day first, when the US order fails) */
	{ "(?<day>3[01]|[12][0-9]|0?[1-9])(?<sep>[/.])(?<monn>1[0-2]|0?[1-9])\\k<sep>(?<year>[12][0-9]{3})(?![/.]?[0-9])", K_MDY, 0 },
	/* (Wednesday,) October 29(, 2025), the week of March 6 */
	{ "(?:{WD},?\\s+|(?<wk>the\\s+week\\s+of\\s+))?{MON}\\s+{DAY}(?:(?:,\\s*|\\s+){YEAR}|\\s+{YY})?", K_MDY, 0 },
	/* (Wednesday,) (the) 29(th) (of) October (2025) */
	{ "(?:{WD},?\\s+)?(?:the\\s+)?{DAY}\\s+(?:of\\s+)?{MON}(?:,?\\s+{YEAR})?", K_MDY, 0 },
	/* (early) June (of) 2019, Oct. '98 */
	{ "(?:{MOD}[\\s-]+)?{MON},?\\s+(?:of\\s+)?(?:{YEAR}|{YY})", K_MDY, 0 },
	/* June last year, January this year */
	{ "(?:{MOD}[\\s-]+)?{MONFULL}\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year", K_RELMON, 0 },
	/* last June, next March, this past May */
	{ "(?:{MOD}[\\s-]+)?(?<rel>last|next|this\\s+past|this\\s+coming|this)\\s+{MONFULL}", K_RELMON, 0 },
	/* (early) November, the middle of October */
	{ "(?:{MOD}[\\s-]+)?{MONFULL}", K_MDY, 0 },
	/* the 1990s, the mid-1980s, the '80s, the nineties */
	{ "(?:the\\s+)?(?:{MOD}[\\s-]+)?(?:(?<dec>1[0-9]{2}|20[0-9])0{APOS}?s|{APOS}(?<dec2>[0-9])0{APOS}?s|(?<=the\\s)(?<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", K_DECADE, 0 },
	/* the 20th century, the nineteenth century */
	{ "(?:the\\s+)?(?:{MOD}[\\s-]+)?(?:(?<cent>[0-9]{1,2})(?:st|nd|rd|th)|(?<centw>twenty-first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth))[\\s-]+century", K_CENTURY, 0 },
	/* the third quarter (of 1989), third-quarter, the 1988 second quarter, fiscal 1990's first half, Q3 2025 */
	{ "(?:(?<rel>this|last|next)\\s+year{APOS}s\\s+)?(?:the\\s+(?!(?:first|second|third|fourth)-))?(?:{YEAR}\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?{QORD}(?:\\s+of\\s+(?:fiscal\\s+)?{YEAR}|,?\\s+{YEAR})?", K_QUARTER, 0 },
	{ "(?-i:Q)(?<qn>[1-4])(?:\\s+{YEAR})?", K_QUARTER, 0 },
	/* the year-ago quarter, the year-earlier period, year-ago */
	{ "(?:the\\s+)?(?:comparable\\s+|same\\s+)?year[\\s-](?:ago|earlier)\\s+(?:(?<q>first|second|third|fourth)\\s+)?(?:quarter|period)|year-(?:ago|earlier)(?![\\s-](?:nine|six|three)\\s+months)|last\\s+year{APOS}s\\s+(?:(?<q>first|second|third|fourth)\\s+)?quarter|the\\s+(?:(?:comparable|corresponding|same)\\s+)?(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)", K_YEARAGO, 0 },
	/* (early) last fall, the summer of 1998, (in) winter */
	{ "(?:{MOD}[\\s-]+)?(?:(?<rel>last|next|this\\s+past|this\\s+coming|this)\\s+|the\\s+(?:(?:early|late)\\s+)?|(?<=in\\s|during\\s|by\\s|until\\s|since\\s|through\\s|before\\s|after\\s))(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?:{YEAR}|{YY}))?(?!\\s+of\\s+(?!1[0-9]{3}|20[0-9]{2}))", K_SEASON, 0 },
	/* Christmas, Thanksgiving Day, New Year's Eve, Easter */
	{ "(?:(?<rel>last|next|this)\\s+)?(?<hol>christmas(?:\\s+day|\\s+eve)?|new\\s+year{APOS}s(?:\\s+day|\\s+eve)|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday|\\s+monday|\\s+week)?|independence\\s+day|halloween|valentine{APOS}s\\s+day|labou?r\\s+day|memorial\\s+day|boxing\\s+day|election\\s+day)", K_HOLIDAY, 0 },
	/* today, late yesterday, tomorrow morning, mid-afternoon yesterday */
	{ "(?:(?:early|late|later|earlier|mid-?)\\s*)?(?:{PART}\\s+)?{DEIC}(?:\\s+{PART})?", K_DEICTIC, 0 },
	/* this morning, last night, later this afternoon, overnight */
	{ "(?:(?:early|late|later|earlier)\\s+)?(?<rel>this|last|tomorrow|yesterday)\\s+{PART}|(?<ovn>overnight)|mid-?\\s*(?<part>morning|afternoon)", K_DEICTIC, 0 },
	/* every Monday, Tuesday nights */
	{ "(?:every|each)\\s+{WD}(?:\\s+{PART})?|{WD}\\s+(?<parts>mornings|afternoons|evenings|nights)|(?<=on\\s){WDPL}", K_SET, 0 },
	/* (last) Friday (morning), early Tuesday */
	{ "(?:the\\s+day\\s+(?<dir>before|after)\\s+|(?:early|late)\\s+)?(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|coming|past|the\\s+previous|the\\s+preceding|the\\s+following)\\s+)?{WD}(?:\\s+{PART})?", K_WEEKDAY, 0 },
	/* the weekend, this weekend */
	{ "(?:(?:early|late)\\s+)?(?<rel>this\\s+past|this\\s+coming|this|last|next|the)\\s+weekend", K_RELUNIT, 0 },
	/* the end of the year, the middle of the month */
	{ "(?<mod>the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|earlier\\s+in|later\\s+in)\\s+the\\s+(?:fiscal\\s+)?(?<unit>year|month|week)", K_RELUNIT, 0 },
	/* the latest quarter, the quarter, the current fiscal year */
	{ "(?:the\\s+)?(?<rel>latest|current|most\\s+recent|recent)\\s+(?:fiscal\\s+)?(?<unit>quarter|period|year)|(?<=in\\s|for\\s|during\\s|of\\s)the\\s+(?<unit>quarter)(?!\\s+(?:century|mile|point|final))|(?<=in\\s|for\\s|during\\s|of\\s|throughout\\s)the\\s+(?:full\\s+|fiscal\\s+)?(?<unit>(?-i:year))(?![\\s-]+(?:earlier|ago|before|after|to|end(?![a-z])|old|[0-9]|two)|{APOS})", K_QREF, 0 },
	/* two days ago, a year earlier, 10 years from now */
	{ "{APPROX}?{NUM}[\\s-]+{UNIT}\\s+(?:or\\s+so\\s+)?(?<dir>ago|earlier|before\\s+that|later|after\\s+that|from\\s+now|hence)", K_AGO, 0 },
	/* earlier this year, last week, the past year, next month, the end of this week */
	{ "(?:{MOD}\\s+)?(?<rel>this|last|next|the\\s+past|the\\s+last|the\\s+previous|the\\s+preceding|the\\s+coming|the\\s+following|this\\s+past|this\\s+coming|the\\s+current|past|previous|coming|that(?:\\s+same)?)\\s+(?:fiscal\\s+|calendar\\s+)?(?<unit>year|month|week|quarter|decade|century)(?![\\s-](?:old|long))", K_RELUNIT, 0 },
	/* that day, the following day, earlier that same day */
	{ "(?:(?:earlier|later)\\s+)?(?<rel>that(?:\\s+same)?|the\\s+same|the\\s+following|the\\s+previous|the\\s+preceding)\\s+(?<unit>day)(?![\\s-](?:old|long|care|trip|trading|to))", K_RELUNIT, 0 },
	/* three years, the past two months, about 10 days, two-week, the first nine months */
	{ "(?:each\\s+of\\s+)?{APPROX}?(?:(?:the\\s+)?(?<rel>past|last|next|first|coming|previous|following|final|initial|latest|remaining|preceding|other)\\s+)?{NUM}(?:[\\s-]+(?:or|to)[\\s-]+{NUM2})?(?:[\\s-]+(?:more|additional|straight|consecutive|full|long))?[\\s-]+(?:(?:trading|business|working)\\s+)?{UNIT}(?:-long)?(?![\\s-]+old|-(?:ago|earlier))(?:\\s+and\\s+a\\s+half)?", K_DURATION, 0 },
	/* for years, in recent weeks, the coming months */
	{ "(?<rel>recent|coming|the\\s+coming|the\\s+past\\s+few|the\\s+last\\s+few)\\s+{UNITP}|(?<=for\\s|within\\s|over\\s|in\\s)(?<unitp>years|months|weeks|days|hours|decades|centuries)(?!\\s+(?:of|ago|earlier|later|before|after|to))|(?:the\\s+)?{UNITP}\\s+(?:ahead|to\\s+come)|(?<=in\\s|over\\s|during\\s|through\\s|around\\s)the\\s+(?:(?:first|early|final|opening|intervening|ensuing|heady)\\s+)?(?<unitp>years|months|weeks|days|hours|decades)(?!\\s+(?:ago|earlier|later|before|after|to|since|until|leading|and)\\b)|(?<unitp>years|months|weeks|days|hours|decades)-long|(?<unit>year|month|week|day|hour|decade)-long", K_PLURAL, 0 },
	/* daily, every day, twice a week */
	{ "(?<setw>daily|weekly|monthly|yearly|hourly|nightly|biweekly)|(?:every|each)\\s+(?:{MONFULL}|(?<season>spring|summer|fall|autumn|winter))|(?:every|each)\\s+(?:other\\s+)?(?:(?<num>two|three|four|five|six|[0-9]+)\\s+)?{UNIT}|(?:once|twice|three\\s+times|[0-9]+\\s+times)\\s+(?:a|an|per)\\s+{UNIT}", K_SET, 0 },
	/* (fiscal) 1998, mid-1990, the end of 1998, nineteen ninety-six */
	{ "(?:{MOD}[\\s-]+)?(?:(?:fiscal|calendar|model)(?:\\s+year)?\\s+|the\\s+year\\s+)?{YEAR}(?!\\s*(?:%|percent|-[0-9]|[0-9]|,[0-9]|\\.[0-9]))|the\\s+year\\s+two\\s+thousand|the\\s+{YEAR}\\s+(?:period|quarter)", K_YEAR, 0 },
	/* now (not "Now, ...", a turn of the talk), currently, recently, the future, soon */
	{ "right\\s+now|(?!(?-i:Now,))now|currently|at\\s+present|presently|nowadays|these\\s+days|current(?=\\s+[a-z])", K_REF, "PRESENT_REF" },
	{ "recently|the\\s+past(?!\\s+(?:[0-9]|few|several|two|three))|lately", K_REF, "PAST_REF" },
	{ "the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|a\\s+later\\s+date|the\\s+(?:near|short|long)\\s+term(?!-|\\s+(?!and\\b|or\\b|but\\b|as\\b|is\\b|will\\b|to\\b|for\\b)[a-z])", K_REF, "FUTURE_REF" },
};

#define NRULES (sizeof rules / sizeof rules[0])

/* The named groups the normalisers read. */
enum {
	G_YEAR, G_YY, G_YW, G_MONN, G_MON, G_DAY, G_WD, G_WDP, G_HOUR, G_MIN,
	G_AMPM, G_HOUR24, G_MIN24, G_NOON, G_NUM, G_NUM2, G_UNIT, G_UNITP,
	G_REL, G_MOD, G_Q, G_QH, G_QN, G_SEASON, G_HOL, G_DEIC, G_PART,
	G_PARTS, G_DEC, G_DEC2, G_DECW, G_CENT, G_CENTW, G_DIR, G_OVN, G_SETW,
	G_ZONE, G_WK, G_HOURP, G_DPART, NGROUPS
};
static const char *const gnames[NGROUPS] = {
	"year", "yy", "yw", "monn", "mon", "day", "wd", "wdp", "hour", "min",
	"ampm", "hour24", "min24", "noon", "num", "num2", "unit", "unitp",
	"rel", "mod", "q", "qh", "qn", "season", "hol", "deic", "part",
	"parts", "dec", "dec2", "decw", "cent", "centw", "dir", "ovn", "setw",
	"zone", "wk", "hourp", "dpart",
};

/* Each rule is one small anchored pattern; at a position, the rules
 * that can start with its first byte (and word) are tried in table
 * order and the first that matches wins. */
typedef struct {
	pcre2_code *re;
	pcre2_match_data *md;
	int *gnums[NGROUPS];   /* group numbers of each name, -1 ended */
	int jit;               /* JIT-compiled: matched without the checks */
} Sub;

static Sub subs[NRULES];
static int ready;
static uint64_t bytemask[256];   /* byte -> the rules that can start so */

typedef struct {
	const char *text;
	size_t len;
	Date anchor;
	int has_anchor;
	long aday;              /* the anchor's day number and weekday, */
	int awd;                /* found at the first need (awd 0: not yet) */
	int qy, q;              /* the quarter last mentioned (q 0: none) */
	int fy, fm, fd;         /* the DATE last mentioned, for "the following
	                         * year", "two days later" (0: not known) */
	Date day;               /* the day of the last DATE or TIME, for a
	                         * clock time in its sentence (y 0: none) */
	size_t day_end;         /* where that mention ended */
	const Sub *sub;         /* of the current match */
	PCRE2_SIZE *ov;
	size_t mstart, mend;
	int intent;             /* tense() found only a modal ("would") */
	int after;              /* tense() read it after the expression */
} Ctx;

/* Pattern building. */

static void
expand(Buf *b, const char *p)
{
	while (*p) {
		const char *e;
		size_t i;

		if (*p != '{' || !(e = strchr(p, '}')) || e - p > 10 || p[1] < 'A' || p[1] > 'Z') {
			buf_addc(b, *p++);
			continue;
		}
		for (i = 0; i < sizeof macros / sizeof macros[0]; i++)
			if (strlen(macros[i][0]) == (size_t)(e - p - 1) &&
			    !strncmp(macros[i][0], p + 1, e - p - 1))
				break;
		if (i == sizeof macros / sizeof macros[0])
			die(EXIT_IO, "timex: unknown macro in %s", p);
		expand(b, macros[i][1]);
		p = e + 1;
	}
}

/* Compile pat (UTF, caseless, with opts), JIT-compiled if jit. */
static pcre2_code *
compile(const char *pat, uint32_t opts, int jit)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    opts | PCRE2_CASELESS, &err, &off, NULL);

	if (!c) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		die(EXIT_IO, "timex: pattern error at %zu: %s", (size_t)off, (char *)msg);
	}
	if (jit)
		pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
	return c;
}

static void
index_groups(Sub *sb)
{
	uint32_t n, esize;
	PCRE2_SPTR tab;
	size_t cnt[NGROUPS] = { 0 };

	pcre2_pattern_info(sb->re, PCRE2_INFO_NAMECOUNT, &n);
	pcre2_pattern_info(sb->re, PCRE2_INFO_NAMEENTRYSIZE, &esize);
	pcre2_pattern_info(sb->re, PCRE2_INFO_NAMETABLE, &tab);
	for (int g = 0; g < NGROUPS; g++) {
		sb->gnums[g] = xcalloc(n + 1, sizeof(int));
		sb->gnums[g][0] = -1;
	}
	for (uint32_t i = 0; i < n; i++) {
		PCRE2_SPTR e = tab + i * esize;
		int num = e[0] << 8 | e[1];
		for (int g = 0; g < NGROUPS; g++)
			if (!strcmp((const char *)e + 2, gnames[g])) {
				sb->gnums[g][cnt[g]++] = num;
				sb->gnums[g][cnt[g]] = -1;
			}
	}
}

/* Group access. */

static int
grp(Ctx *c, int g, const char **s, size_t *n)
{
	for (int *p = c->sub->gnums[g]; *p >= 0; p++) {
		PCRE2_SIZE a = c->ov[2 * *p], e = c->ov[2 * *p + 1];
		if (a != PCRE2_UNSET) {
			*s = c->text + a;
			*n = e - a;
			return 1;
		}
	}
	return 0;
}

static int
has(Ctx *c, int g)
{
	const char *s;
	size_t n;
	return grp(c, g, &s, &n);
}

/* Lowercased copy of group g into w (size cap), whitespace runs as one
 * space; "" if unset. */
static const char *
word(Ctx *c, int g, char *w, size_t cap)
{
	const char *s;
	size_t n, j = 0;

	w[0] = '\0';
	if (!grp(c, g, &s, &n))
		return w;
	for (size_t i = 0; i < n && j + 1 < cap; i++) {
		unsigned char ch = s[i];
		if (ch <= ' ' && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
			if (j && w[j - 1] != ' ')
				w[j++] = ' ';
			continue;
		}
		w[j++] = ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
	}
	w[j] = '\0';
	return w;
}

/* The first three bytes of group g lowercased in w (NUL ended), all a
 * month, weekday or part of day is known by; "" if unset. */
static const char *
word3(Ctx *c, int g, char w[4])
{
	const char *s;
	size_t n, i = 0;

	if (grp(c, g, &s, &n))
		for (; i < 3 && i < n; i++)
			w[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
	w[i] = '\0';
	return w;
}

static int
gint(Ctx *c, int g)
{
	const char *s;
	size_t n;
	int v = 0;

	if (!grp(c, g, &s, &n))
		return -1;
	for (size_t i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + s[i] - '0';
	return v;
}

/* Vocabulary. */

static int
lookup(const char *w, const char *const *list)
{
	int best = -1;
	size_t bl = 0;

	for (int i = 0; list[i]; i++) {
		const char *l = list[i];
		size_t n = 0;
		if (l[0] != w[0])
			continue;
		while (l[n] && l[n] == w[n])
			n++;
		if (!l[n] && n > bl) {   /* list[i] is a prefix of w */
			best = i;
			bl = n;
		}
	}
	return best;
}

/* 1 + the index of the name in names (three letters each) that the
 * lowercase w starts with, 0 if none. */
static int
name3(const char *w, const char *names)
{
	for (const char *p = names; *p; p += 3)
		if (p[0] == w[0] && p[1] == w[1] && p[2] == w[2])
			return (p - names) / 3 + 1;
	return 0;
}

static int
month_of(const char *w)
{
	return name3(w, "janfebmaraprmayjunjulaugsepoctnovdec");
}

/* The weekdays' names, Monday first. */
static const char *const weekdays[] = { "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", NULL };

static int
weekday_of(const char *w)
{
	return name3(w, "montuewedthufrisatsun");
}

int
timex_weekday(const char *w, size_t n)
{
	for (int d = 0; weekdays[d]; d++)
		if (n >= 3 && (n <= 5 ? n < strlen(weekdays[d]) : n == strlen(weekdays[d])) &&
		    !strncasecmp(w, weekdays[d], n))
			return d + 1;
	return 0;
}

static const char *const units[] = { "year", "month", "week", "day", "hour",
	"minute", "second", "decade", "centur", "quarter", "fortnight", "weekend",
	"night", "period", NULL };
enum { U_YEAR, U_MONTH, U_WEEK, U_DAY, U_HOUR, U_MINUTE, U_SECOND, U_DECADE,
	U_CENTURY, U_QUARTER, U_FORTNIGHT, U_WEEKEND, U_NIGHT, U_PERIOD };

/* The unit group g starts with (the longest of units, any case), as
 * lookup(word(g), units) would find it without the copy; -1 if none. */
static int
unit_of(Ctx *c, int g)
{
	static uint16_t first[32];   /* bit i for units[i], by its first letter */
	const char *s;
	size_t n, k, bl = 0;
	int best = -1;

	if (!first['y' & 31])
		for (int i = 0; units[i]; i++)
			first[units[i][0] & 31] |= 1u << i;
	if (!grp(c, g, &s, &n))
		return -1;
	for (unsigned m = (s[0] | 32) >= 'a' && (s[0] | 32) <= 'z' ? first[s[0] & 31] : 0; m; m &= m - 1) {
		int i = __builtin_ctz(m);
		const char *l = units[i];
		for (k = 1; l[k] && k < n && l[k] == (s[k] | 32); k++)
			;
		if (!l[k] && k > bl) {
			best = i;
			bl = k;
		}
	}
	return best;
}

/* A number word, digits or a vague quantity: the value, 0 for vague
 * ("several"), -1 if not a number.  half is set for "1 1/2". */
static double
number_of(const char *w)
{
	static const char *const ones[] = { "zero", "one", "two", "three", "four",
	    "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	    "nineteen", NULL };
	static const char *const tens[] = { "twenty", "thirty", "forty", "fifty",
	    "sixty", "seventy", "eighty", "ninety", NULL };
	double v = 0;
	int i;

	if (*w >= '0' && *w <= '9') {
		for (; (*w >= '0' && *w <= '9') || *w == ','; w++)
			if (*w != ',')
				v = v * 10 + (*w - '0');
		if (*w == '.')
			v += atof(w);
		else if (!strcmp(w, " 1/2"))
			v += 0.5;
		return v;
	}
	for (i = 1; ones[i]; i++)   /* the common case first */
		if (w[0] == ones[i][0] && w[1] == ones[i][1] && !strcmp(w, ones[i]))
			return i;
	if (!strcmp(w, "a") || !strcmp(w, "an"))
		return 1;
	if (!strcmp(w, "half a"))
		return 0.5;
	if (strstr(w, "couple"))
		return 2;
	if (strstr(w, "dozen"))
		return strstr(w, "dozens") ? 0 : 12;
	if (strstr(w, "hundred"))
		return strstr(w, "hundreds") ? 0 : 100;
	if (strstr(w, "few") || !strcmp(w, "several") || !strcmp(w, "many") || !strcmp(w, "some"))
		return 0;
	for (i = 0; tens[i]; i++)
		if (!strncmp(w, tens[i], strlen(tens[i]))) {
			const char *r = w + strlen(tens[i]);
			v = 20 + 10 * i;
			if (*r == '-' || *r == ' ')
				for (int j = 1; j < 10; j++)
					if (!strcmp(r + 1, ones[j]))
						v += j;
			return v;
		}
	return strcmp(w, "zero") ? -1 : 0;
}

/* Year from the year, yy or yw (spelled) group; -1 if none. */
static int
year_of(Ctx *c)
{
	char w[48];
	int y = gint(c, G_YEAR);

	if (y >= 0)
		return y;
	if ((y = gint(c, G_YY)) >= 0) {
		/* Two-digit years: within 20 years ahead of the anchor, else the century before. */
		int base = c->has_anchor ? c->anchor.y : 2000;
		int cy = base / 100 * 100 + y;
		if (cy > base + 20)
			cy -= 100;
		else if (cy < base - 80)
			cy += 100;
		return cy;
	}
	if (*word(c, G_YW, w, sizeof w)) {
		double v = number_of(w);
		return v > 0 ? 1900 + (int)v : -1;
	}
	return -1;
}

/* Byte classes, filled by init(): letters, digits, word bytes (letters,
 * digits and the bytes of non-ASCII characters); and ASCII lowercase. */
enum { C_LET = 1, C_DIG = 2, C_WORD = 4, C_STOP = 8,   /* C_STOP: \n . ! ? ; */
	C_WLET = 16 };   /* a letter or an apostrophe: a byte of a clause's words */
static uint8_t ctab[256], lower[256];

static int
letter(unsigned char c)
{
	return ctab[c] & C_LET;
}

static int
isdig(unsigned char c)
{
	return ctab[c] & C_DIG;
}

/* Letters, digits and bytes of non-ASCII characters. */
static int
wordch(unsigned char c)
{
	return ctab[c] & C_WORD;
}

/* Does the non-ASCII byte t[i - 1] end a punctuation mark or a space
 * of U+0080..U+00BF (C2 xx: a no-break space, « ») or U+2000..U+203F
 * (E2 80 xx: “ ” ‘ ’ – — …), after which a word starts ("“Two weeks
 * ago"), as after an ASCII one? */
#if defined(__GNUC__)
__attribute__((noinline))   /* rare: kept out of the scan's code */
#endif
static int
punct_ends(const char *t, size_t i)
{
	return (i >= 2 && (uint8_t)t[i - 2] == 0xC2) ||
	    (i >= 3 && (uint8_t)t[i - 3] == 0xE2 && (uint8_t)t[i - 2] == 0x80);
}

/* Can a word start at offset a of t, after the byte pre (a blank at the
 * start): is pre no word byte, or the end of a mark of punct_ends()? */
static inline int
starts_word(const char *t, size_t a, uint8_t pre)
{
	return !wordch(pre) || (pre >= 0x80 && punct_ends(t, a));
}

static void
init_bytes(void)
{
	for (int c = 0; c < 256; c++) {
		int l = (c | 32) >= 'a' && (c | 32) <= 'z', d = c >= '0' && c <= '9';
		ctab[c] = (l ? C_LET : 0) | (d ? C_DIG : 0) | (l || d || c >= 0x80 ? C_WORD : 0) |
		    (c && strchr("\n.!?;", c) ? C_STOP : 0) | (l || c == '\'' ? C_WLET : 0);
		lower[c] = l ? c | 32 : c;
	}
}

/* Word classes, looked up by a hash of the lowercased word, held as
 * two 8-byte halves (zero padded): a word is found by comparing them. */
enum { WINDOW = 72, NSLOT = 1024, W_TRIG = 1, W_START = 2, W_CHAIN = 4,
	W_FUT = 8, W_PAST = 16, W_BEFORE_TO = 32, W_TO_VERB = 64, W_INTENT = 128,
	W_PART = 256 };

typedef struct {
	uint64_t lo, hi;
} Key;

static Key slotkey[NSLOT];     /* lo 0: empty */
static uint16_t slotflags[NSLOT];
static uint64_t slotrules[NSLOT];   /* for a starter: the rules that can
                                     * start with it */

/* The key of the word t[0..n) (0 < n < 16 bytes, letters and
 * apostrophes: OR 0x20 lowercases them), read without passing its end. */
static inline Key
wordkey(const char *t, size_t n)
{
	uint64_t a = 0, b = 0;
	uint32_t x, y;

	if (n >= 8) {
		memcpy(&a, t, 8);
		memcpy(&b, t + n - 8, 8);
		b = n > 8 ? b >> 8 * (16 - n) : 0;
	} else if (n >= 4) {
		memcpy(&x, t, 4);
		memcpy(&y, t + n - 4, 4);
		a = x | (uint64_t)y << 8 * (n - 4);
	} else
		for (size_t i = 0; i < n; i++)
			a |= (uint64_t)(uint8_t)t[i] << 8 * i;
	a |= 0x2020202020202020ull >> 8 * (8 - (n < 8 ? n : 8));
	b |= n > 8 ? 0x2020202020202020ull >> 8 * (16 - n) : 0;
	return (Key){ a, b };
}

/* The key of the word t[0..n) (n < 16) when 16 bytes can be read from
 * t: two loads cut to the word's length, the same key as wordkey()'s
 * without its branches. */
static inline Key
wordkey16(const char *t, size_t n)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t sp = 0x2020202020202020ull;
	uint64_t a, b, ma = n >= 8 ? ~0ull : ~(~0ull << 8 * n), mb = n > 8 ? ~(~0ull << 8 * (n - 8)) : 0;

	memcpy(&a, t, 8);
	memcpy(&b, t + 8, 8);
	return (Key){ (a | sp) & ma, (b | sp) & mb };
#else
	return wordkey(t, n);
#endif
}

static inline uint32_t
keyhash(Key k)
{
	uint64_t h = (k.lo ^ k.hi * 0xC2B2AE3D27D4EB4Full) * 0x9E3779B97F4A7C15ull;

	return (uint32_t)(h >> 54) & (NSLOT - 1);
}

/* For a tense word (W_FUT, W_INTENT, W_PAST, W_BEFORE_TO, W_TO_VERB,
 * W_PART) of n < 16 bytes with first byte a and last byte z: bit n of
 * tensebits[a & 31][z & 31] (either case; a filter: "'" and "g" share a
 * row). */
static uint16_t tensebits[32][32];

/* Could w[0..n) be a tense word?  If not, it has none of those flags. */
static int
tense_word(const char *w, size_t n)
{
	return n < 16 && (tensebits[w[0] & 31][w[n - 1] & 31] >> n & 1);
}

static void
add_words(const char *const *words, int flag)
{
	for (int i = 0; words[i]; i++) {
		size_t n = strlen(words[i]);
		Key k;
		uint32_t h;

		if (n == 0 || n >= 16)
			die(EXIT_IO, "timex: \"%s\": a word of the lists must have 1 to 15 bytes", words[i]);
		k = wordkey(words[i], n);
		h = keyhash(k);
		if (flag & (W_FUT | W_INTENT | W_PAST | W_BEFORE_TO | W_TO_VERB | W_PART))
			tensebits[words[i][0] & 31][words[i][n - 1] & 31] |= 1u << n;
		while (slotkey[h].lo && (slotkey[h].lo != k.lo || slotkey[h].hi != k.hi))
			h = (h + 1) & (NSLOT - 1);
		slotkey[h] = k;
		slotflags[h] |= flag;
	}
}

/* The rules that can start with the word of slot h: found the first
 * time they are asked for (rules_known). */
static uint8_t rules_known[NSLOT];
static uint64_t find_rules(uint32_t h);

static inline uint64_t
slot_rules(uint32_t h)
{
	return rules_known[h] ? slotrules[h] : find_rules(h);
}

/* The slot of key k, or -1. */
static inline int
slot_of(Key k)
{
	for (uint32_t h = keyhash(k); slotkey[h].lo; h = (h + 1) & (NSLOT - 1))
		if (slotkey[h].lo == k.lo && slotkey[h].hi == k.hi)
			return h;
	return -1;
}

/* The W_* flags of the word t[0..n) (letters and apostrophes), and in
 * *rules (if not NULL) the rules that can start with it. */
static int
word_class(const char *t, size_t n, uint64_t *rules)
{
	int h;

	if (n >= 16 || n == 0 || (h = slot_of(wordkey(t, n))) < 0)
		return 0;
	if (rules)
		*rules = slot_rules(h);
	return slotflags[h];
}

/* The slots of the words of one or two letters (plus one; 0: none), by
 * their letters & 31: a word found at once, as "on" or "in" often are
 * in the walk back from a trigger. */
static uint16_t shortslot[1 << 10];

static inline uint32_t
short_index(const char *t, size_t n)
{
	return (t[0] & 31) << 5 | (n == 2 ? t[1] & 31 : 0);
}

static void
init_shortslot(void)
{
	for (uint32_t h = 0; h < NSLOT; h++) {
		char w[8];

		memcpy(w, &slotkey[h].lo, 8);
		if (slotkey[h].lo && !slotkey[h].hi && (!w[1] || !w[2]) &&
		    (w[0] >= 'a' && w[0] <= 'z') && (!w[1] || (w[1] >= 'a' && w[1] <= 'z')))
			shortslot[short_index(w, w[1] ? 2 : 1)] = h + 1;
	}
}

/* word_class() of the letters text[a..e) of a text of len bytes, quicker
 * for short words and when 16 bytes can be read from a. */
static inline int
word_class_at(const char *text, size_t len, size_t a, size_t e, uint64_t *rules)
{
	int h;

	if (e - a <= 2)
		h = (int)shortslot[short_index(text + a, e - a)] - 1;
	else if (e - a >= 16 || a + 16 > len)
		return word_class(text + a, e - a, rules);
	else
		h = slot_of(wordkey16(text + a, e - a));
	if (h < 0)
		return 0;
	*rules = slot_rules(h);
	return slotflags[h];
}

static int
word_flags(const char *t, size_t n)
{
	return word_class(t, n, NULL);
}

/* Tense markers, as words. */
static const char *const future_words[] = { "will", "shall", "upcoming",
	"tomorrow", "won't", "meets", "meet", "opens", "begins", "starts",
	"resumes", "arrives", "visits", "travels", "heads", "faces", "returns",
	"plays", NULL };
/* Intentions: the future, unless the clause goes on in the past ("the
 * service planned for Saturday was cancelled"). */
static const char *const intent_words[] = { "would", "might", "may", "can", "could", "until",
	"deadline", "starting", "beginning", "planned", "planning", "plans",
	"scheduled", "slated", "preparing", "prepares", "expects", "intends", "hoping",
	NULL };
/* Past auxiliaries that overrule an intention after it. */
static const char *const past_aux[] = { "was", "were", "had", NULL };
static const char *const before_to[] = { "going", "plan", "plans", "planned",
	"scheduled", "slated", "expected", "expect", "expects", "due", "set", "intend",
	"intends", "aim", "aims", "hope", "hopes", "is", "are", "likely", "unlikely",
	"poised", NULL };
static const char *const to_verbs[] = { "be", "buy", "acquire", "sell", "pay",
	"hold", "meet", "vote", "visit", "begin", "start", "open", "close",
	"complete", "launch", "take", "make", "return", "resume", "release",
	"announce", "decide", "sign", "admit", "join", "raise", "cut",
	"introduce", "become", "receive", "reach", "expire", "end", "finish",
	"issue", "hire", "attend", "travel", "leave", "arrive", "repay",
	"redeem", "report", "deliver", "ship", "merge", "seek", NULL };
static const char *const past_words[] = { "said", "says", "was", "were", "had",
	"did", "ago", "last", "earlier", "yesterday", "since", "told",
	"reported", "announced", "rose", "fell", "came", "went", "took", "made",
	"met", "began", "left", "won", "lost", "killed", "died", "grew", "gave",
	"spoke", "wrote", "saw", "knew", "became", "drew", "ran", "chose", "flew",
	"withdrew", "stood", NULL };
/* Irregular verbs whose simple past is also their past participle: read
 * as a regular -ed form is ("sent Sunday", but "will be held Tuesday"). */
static const char *const past_forms[] = { "held", "sent", "brought",
	"bought", "thought", "fought", "caught", "taught", "sought", "felt",
	"kept", "led", "paid", "spent", "built", "lent", "found", "heard",
	"meant", "sold", "struck", "fled", "lit", "slept", "swept",
	"dealt", "stuck", "hung", "spun", "upheld", "withheld", "understood",
	"got", "sat", NULL };

/* Is the word w[0..n) with flags f a regular or irregular past form
 * ("announced", "held")? */
static int
past_form(const char *w, size_t n, int f)
{
	return (f & W_PART) || (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 'd');
}

/* The word before offset i (skipping other characters) as [*ws, *we);
 * 0 if there is none after lim. */
static int
prev_word(const char *t, size_t lim, size_t i, size_t *ws, size_t *we)
{
	while (i > lim && !letter(t[i - 1]))
		i--;
	*we = i;
	while (i > lim && (letter(t[i - 1]) || t[i - 1] == '\''))
		i--;
	*ws = i;
	return *we > *ws;
}

/* Is w[0..n) one of the (lowercase) words of list, in any case?  1 +
 * its index in list if so, else 0. */
static int
one_of(const char *w, size_t n, const char *const *list)
{
	uint8_t c0;

	if (!n)
		return 0;   /* (no word of a list is empty) */
	c0 = lower[(uint8_t)w[0]];
	for (int k = 0; list[k]; k++) {
		const char *l = list[k];
		size_t i = 1;
		if (l[0] != c0)
			continue;   /* most words, passed by at once */
		while (i < n && l[i] == lower[(uint8_t)w[i]])
			i++;
		if (i == n && !l[n])
			return k + 1;
	}
	return 0;
}

/* Is w[0..n) the (lowercase) word, in any case? */
static int
is_word(const char *w, size_t n, const char *word)
{
	return strlen(word) == n && (w[0] | 32) == word[0] && !strncasecmp(w, word, n);
}

/* Is w[0..2) the lowercase letters a, b in any case? */
static int
is2(const char *w, char a, char b)
{
	return (w[0] | 32) == a && (w[1] | 32) == b;
}

/* Does c end a clause (or is it NUL, as strchr would match)? */
static int
stopch(char c)
{
	return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\0';
}

/* The words before a match at s, back to lim or to the end of the
 * sentence before, whichever comes first. */
typedef struct {
	size_t lim, s, len;   /* len: the text's; lim == s: the words after */
} Clause;

/* The end of the closing quotation marks and parentheses at t[i..s)
 * (' " ) and the typographic ’ ”). */
static size_t
closing_marks(const char *t, size_t s, size_t i)
{
	for (;;) {
		if (i < s && (t[i] == '\'' || t[i] == '"' || t[i] == ')'))
			i++;
		else if (i + 3 <= s && !memcmp(t + i, "\xe2\x80", 2) &&
		    ((uint8_t)t[i + 2] == 0x99 || (uint8_t)t[i + 2] == 0x9d))
			i += 3;
		else
			return i;
	}
}

/* Does a sentence end just before offset i (a stop, then a line end or
 * a blank and no lowercase letter before s; not "U.S. as" nor the
 * period of an abbreviation, "Sen. Ted Cruz")? */
static int
sentence_end(const char *t, size_t s, size_t i)
{
	uint8_t ch = t[i - 1];
	size_t k = i;

	if (!(ctab[ch] & C_STOP))
		return 0;
	if (ch == '\n')
		return 1;
	if (k < s && t[k] != ' ')
		k = closing_marks(t, s, k);
	return k + 1 < s && t[k] == ' ' && !(t[k + 1] >= 'a' && t[k + 1] <= 'z') &&
	    !(ch == '.' && text_is_abbrev(t, i - 1));
}

/* The word of clause cl before offset i as [*ws, *we); 0 if none. */
static inline int
clause_word(const char *t, const Clause *cl, size_t i, size_t *ws, size_t *we)
{
	while (i > cl->lim && !letter(t[i - 1])) {
		if (sentence_end(t, cl->s, i))
			return 0;
		i--;
	}
	*we = i;
	while (i > cl->lim && (ctab[(uint8_t)t[i - 1]] & C_WLET))
		i--;
	*ws = i;
	return *we > *ws;
}

/* The next word (letters and apostrophes) of the clause after offset
 * *i in t[0..len), as [*ws, *we), *i then past it; 0 at a stop or the
 * end. */
static int
clause_next(const char *t, size_t len, size_t *i, size_t *ws, size_t *we)
{
	size_t j = *i;

	while (j < len && !letter(t[j]) && (!stopch(t[j]) || (t[j] == '.' && text_is_abbrev(t, j))))
		j++;   /* past the period of "Mr." */
	if (j >= len || !letter(t[j]))
		return 0;
	for (*ws = j; j < len && (letter(t[j]) || t[j] == '\''); j++)
		;
	*i = *we = j;
	return 1;
}

/* Is t[ws..we) "plans" the noun: not before "to", nor, when the
 * expression comes after it, before "for" ("his plans for a Monday
 * appearance" look ahead, "vacation plans after the debate on
 * Saturday" do not)? */
static int
plans_noun(const char *t, const Clause *cl, size_t ws, size_t we, int ahead)
{
	if (!is_word(t + ws, we - ws, "plans"))
		return 0;
	if (we + 4 <= cl->len && t[we] == ' ' && is2(t + we + 1, 't', 'o') && !letter(t[we + 3]))
		return 0;   /* plans to */
	return ahead || we + 5 > cl->len || strncasecmp(t + we, " for ", 5);
}

/* Is the word of clause cl before offset ws "had", or "been" after
 * "had" (a plan of the past: "had been due to expire Friday")? */
static int
pluperfect(const char *t, const Clause *cl, size_t ws)
{
	size_t ps, pe;

	if (!clause_word(t, cl, ws, &ps, &pe))
		return 0;
	if (is_word(t + ps, pe - ps, "been") && !clause_word(t, cl, ps, &ps, &pe))
		return 0;
	return is_word(t + ps, pe - ps, "had");
}

/* Is t[ws..we) "ll" after a typographic apostrophe (U+2019: "he’ll"),
 * or "won" before one and "t" ("won’t")?  Words end at that
 * apostrophe, which is not the ASCII one. */
static int
curly_future(const char *t, const Clause *cl, size_t ws, size_t we)
{
	static const char apos[] = "\xe2\x80\x99";

	if (we - ws == 2 && is2(t + ws, 'l', 'l') && ws >= 3 &&
	    !memcmp(t + ws - 3, apos, 3))
		return 1;
	return is_word(t + ws, we - ws, "won") && we + 4 <= cl->len &&
	    !memcmp(t + we, apos, 3) && (t[we + 3] | 32) == 't' && (we + 4 == cl->len || !letter(t[we + 4]));
}

/* Is there a word of denial ("no one", "nor", "never") among the six
 * words of clause cl before offset ws ("neither he nor his aides could
 * be reached Wednesday")? */
static int
denied(const char *t, const Clause *cl, size_t ws)
{
	static const char *const no[] = { "no", "nor", "neither", "never", "nobody", "none", NULL };
	size_t ps, pe;

	for (int k = 0; k < 6 && clause_word(t, cl, ws, &ps, &pe); k++, ws = ps)
		if (one_of(t + ps, pe - ps, no))
			return 1;
	return 0;
}

/* Is t[ws..we) "could" before "not", or "have" and a past form: a past
 * ("could not be reached Saturday", "could have won Tuesday"), not an
 * intention ("could have consequences in November")? */
static int
could_past(const char *t, const Clause *cl, size_t ws, size_t we)
{
	size_t i = we, ns, ne;

	if (!is_word(t + ws, we - ws, "could") || !clause_next(t, cl->len, &i, &ns, &ne))
		return 0;
	if (is_word(t + ns, ne - ns, "not") || denied(t, cl, ws))
		return 1;
	return is_word(t + ns, ne - ns, "have") && clause_next(t, cl->len, &i, &ns, &ne) &&
	    ((word_flags(t + ns, ne - ns) & W_PAST) ||
	    past_form(t + ns, ne - ns, word_flags(t + ns, ne - ns)));
}

/* Is the word of clause cl before offset ws "was" or "were" (a plan
 * seen from the past: "was set to open Friday")? */
static int
was_before(const char *t, const Clause *cl, size_t ws)
{
	static const char *const was[] = { "was", "were", NULL };
	size_t ps, pe;

	return clause_word(t, cl, ws, &ps, &pe) && one_of(t + ps, pe - ps, was);
}

/* Is t[ws..we) (a word before "to": "set", "due", ...) before "for", a
 * plan: 1 after "is" or "are" ("the trial is set for November"), -1
 * after "was" or "were" (a plan of the past), else 0? */
static int
set_for(const char *t, const Clause *cl, size_t ws, size_t we)
{
	static const char *const is[] = { "is", "are", NULL };
	size_t i = we, ns, ne, ps, pe;

	if (!clause_next(t, cl->len, &i, &ns, &ne) || !is_word(t + ns, ne - ns, "for") ||
	    !clause_word(t, cl, ws, &ps, &pe))
		return 0;
	return one_of(t + ps, pe - ps, is) ? 1 : was_before(t, cl, ws) ? -1 : 0;
}

/* marker() of a word that may be one (see below). */
static int
marker_of(const char *t, const Clause *cl, size_t ws, size_t we)
{
	static const char *const was[] = { "was", "were", NULL };
	static const char *const be[] = { "be", "been", "being", "is", "are", NULL };
	const char *w = t + ws;
	size_t n = we - ws, ps, pe;
	int f = tense_word(w, n) ? word_flags(w, n) : 0, m;

	if ((f & W_FUT) || (n > 3 && w[n - 3] == '\'' && w[n - 2] == 'l' && w[n - 1] == 'l'))
		return 1;
	if (curly_future(t, cl, ws, we))
		return 1;   /* "he’ll", "won’t" with a typographic apostrophe */
	if ((f & W_INTENT) && plans_noun(t, cl, ws, we, cl->lim == cl->s))
		return 0;
	if ((f & W_INTENT) && could_past(t, cl, ws, we))
		return -1;
	if (f & W_INTENT)
		return 2;
	if (f & W_PAST)
		return -1;
	if ((f & W_BEFORE_TO) && (m = set_for(t, cl, ws, we)))
		return m;
	if (n == 2 && is2(w, 't', 'o')) {
		if (!clause_word(t, cl, ws, &ps, &pe) || !(word_flags(t + ps, pe - ps) & W_BEFORE_TO))
			return 0;
		return pluperfect(t, cl, ps) || was_before(t, cl, ps) ? -3 : 1;   /* "had been set to headline" */
	}
	if (f & W_TO_VERB) {   /* "to arrive"; "was to arrive" is a plan of the past */
		if (!clause_word(t, cl, ws, &ps, &pe) || pe - ps != 2 || !is2(t + ps, 't', 'o'))
			return 0;
		if (!clause_word(t, cl, ps, &ps, &pe))
			return 3;
		f = word_flags(t + ps, pe - ps);
		if (one_of(t + ps, pe - ps, was))
			return -1;   /* "was to arrive" */
		if ((f & (W_BEFORE_TO | W_INTENT)) && (pluperfect(t, cl, ps) || was_before(t, cl, ps)))
			return -3;   /* "had been due to expire", "was set to open" */
		if ((f & (W_BEFORE_TO | W_INTENT)) || !((f & W_PAST) ||
		    (pe - ps >= 5 && past_form(t + ps, pe - ps, f))))
			return 3;
		/* "seemed to be", "failed to reach"; not "is projected to be" */
		return clause_word(t, cl, ps, &ps, &pe) && one_of(t + ps, pe - ps, be) ? 3 : -1;
	}
	if (past_form(w, n, f))
		return -2;
	return 0;
}

/* 1 future, 2 an intention, 3 a verb after "to", -1 past, -2 a past
 * participle, -3 a verb after "to" in a plan of the past, 0 none: the
 * word t[ws..we) of the clause cl.  Only a word of the lists, "to",
 * "ll" (he’ll) or one ending in "'ll" or "ed" can be one: most words
 * are passed by here, without a look-up. */
static inline int
marker(const char *t, const Clause *cl, size_t ws, size_t we)
{
	const char *w = t + ws;
	size_t n = we - ws;

	if (tense_word(w, n) || (n == 2 && (is2(w, 't', 'o') || is2(w, 'l', 'l'))) ||
	    (n >= 4 && ((w[n - 2] == 'e' && w[n - 1] == 'd') ||
	    (w[n - 3] == '\'' && w[n - 2] == 'l' && w[n - 1] == 'l'))))
		return marker_of(t, cl, ws, we);
	return 0;
}

/* Is the -ed word t[ws..we), the n-th before the expression (not
 * counting "on"), the verb of a past event ("announced Friday", "was
 * charged on Thursday")?  Not after a form of "be" alone ("will be
 * released Friday") nor one that looks ahead ("expected Friday"). */
static int
adjacent_past(const char *t, const Clause *cl, size_t ws, size_t we, int n)
{
	static const char *const be[] = { "be", "been", "being", "is", "are", NULL };
	size_t ps, pe;

	if (n > 0 || (word_flags(t + ws, we - ws) & W_BEFORE_TO))
		return 0;
	if (!clause_word(t, cl, ws, &ps, &pe))
		return 1;
	return !one_of(t + ps, pe - ps, be);
}

/* Is the word of clause cl before offset ws a present form of "be",
 * making the participle after it no past ("the bonuses are paid in
 * time for Christmas")? */
static int
passive_present(const char *t, const Clause *cl, size_t ws)
{
	static const char *const be[] = { "is", "are", "be", "being", NULL };
	size_t ps, pe;

	return clause_word(t, cl, ws, &ps, &pe) && one_of(t + ps, pe - ps, be);
}

/* Is there a past auxiliary after the match in its clause, not itself
 * before an intention ("was cancelled", not "were planning")? */
static int
past_after(Ctx *c)
{
	const char *t = c->text;
	size_t i = c->mend, ws, we;
	int aux = 0;

	while (i - c->mend < 100 && clause_next(t, c->len, &i, &ws, &we)) {
		if (aux && is_word(t + ws, we - ws, "not"))
			continue;
		if (aux)
			return !(word_flags(t + ws, we - ws) & (W_INTENT | W_BEFORE_TO));
		aux = one_of(t + ws, we - ws, past_aux);
	}
	return 0;
}

/* Is t[ws..we) "starting" or "beginning" after a verb in the simple
 * past in its clause (the plan is the past event's)? */
static int
starting(const char *t, const Clause *cl, size_t ws, size_t we)
{
	static const char *const st[] = { "starting", "beginning", NULL };
	size_t ps, pe;

	if (!one_of(t + ws, we - ws, st))
		return 0;
	for (int k = 0; k < 8 && clause_word(t, cl, ws, &ps, &pe); k++, ws = ps) {
		int f = word_flags(t + ps, pe - ps);
		if (f & (W_FUT | W_INTENT | W_BEFORE_TO))
			return 0;
		if (f & W_PAST)
			return 1;
	}
	return 0;
}

/* 1, noting in c whether the intention t[ws..we) was a mere modal
 * ("would", "may", "might"). */
static int
modal(Ctx *c, size_t ws, size_t we)
{
	static const char *const modals[] = { "would", "may", "might", "can", "could", NULL };

	c->intent = one_of(c->text + ws, we - ws, modals) != 0;
	return 1;
}

/* Tense of the clause around the match: 1 future, -1 past, 0 unknown.
 * The nearest marker before the expression in its sentence decides (a
 * past participle only when there is no other); failing that, the
 * nearest one shortly after it. */
/* How many words back a verb after "to" still governs the expression
 * ("to meet him on Friday"), beyond which it belongs to another phrase
 * ("hailed Britain's vote to leave the Union, telling reporters on
 * Friday"). */
enum { TO_REACH = 4 };

static int
tense(Ctx *c)
{
	const char *t = c->text;
	size_t s = c->mstart, i, ws, we;
	Clause back = { s > 160 ? s - 160 : 0, s, c->len }, ahead = { c->mend, c->mend, c->len };
	int m, n, pasted = 0;

	c->intent = c->after = 0;
	for (i = s, n = 0; clause_word(t, &back, i, &ws, &we); i = ws) {
		if (is_word(t + ws, we - ws, "but") && ws >= 2 && t[ws - 2] == ',')
			break;   /* ", but": another clause */
		m = marker(t, &back, ws, we);
		if (m == -2 && adjacent_past(t, &back, ws, we, n))
			return -1;
		if (m == -2)
			pasted |= !passive_present(t, &back, ws);
		else if (m == 2 && starting(t, &back, ws, we))
			return -1;   /* "took to the airwaves beginning Wednesday night" */
		else if (m == 2)
			return past_after(c) ? -1 : modal(c, ws, we);
		else if ((m == 3 || m == -3) && n > TO_REACH)
			;   /* too far to govern it */
		else if (m)
			return m == 3 ? 1 : m == -3 ? -1 : m;
		if (we - ws != 2 || !is2(t + ws, 'o', 'n'))
			n++;
	}
	if (pasted)
		return -1;
	c->after = 1;
	for (i = c->mend; i - c->mend < 60 && clause_next(t, c->len, &i, &ws, &we);) {
		if ((m = marker(t, &ahead, ws, we)) == 2 && we - ws > 4 && t[we - 2] == 'e' && t[we - 1] == 'd')
			continue;   /* a participle: "the hastily planned trip" */
		if (m == 1 || m == 2 || m == 3 || m == -1 || m == -3)
			return m < 0 ? -1 : m == 2 ? modal(c, ws, we) : 1;
		if (m == -2 && adjacent_past(t, &ahead, ws, we, 0))
			return -1;
	}
	return 0;
}

/* Value formatting. */

/* The two digits of each of 0..99. */
static const char pairs[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* put_num() digit by digit. */
static char *
put_digits(char *p, long v, int w)
{
	char tmp[24];
	int n = 0;

	do
		tmp[n++] = '0' + v % 10;
	while (v /= 10);
	while (n < w)
		tmp[n++] = '0';
	while (n)
		*p++ = tmp[--n];
	return p;
}

/* Write v >= 0 at p as printf's "%0*ld" with width w; the end. */
static inline char *
put_num(char *p, long v, int w)
{
	if (w <= 2 && v >= 0 && v < 100) {   /* a month, day, hour or count: by pairs of digits */
		if (v < 10 && w < 2) {
			*p = '0' + v;
			return p + 1;
		}
		memcpy(p, pairs + 2 * v, 2);
		return p + 2;
	}
	if (w == 4 && v >= 0 && v < 10000) {   /* a year */
		memcpy(p, pairs + 2 * (v / 100), 2);
		memcpy(p + 2, pairs + 2 * (v % 100), 2);
		return p + 4;
	}
	return put_digits(p, v, w);
}

/* "%04ld" for a year, without snprintf's cost. */
static void
v_year(char *v, long y)
{
	if (y < 0)
		snprintf(v, 32, "%04ld", y);
	else
		*put_num(v, y, 4) = '\0';
}

/* "%04d-%02d" for a year and month. */
static void
v_month(char *v, int y, int m)
{
	if (y < 0 || m < 0) {
		snprintf(v, 32, "%04d-%02d", y, m);
		return;
	}
	v = put_num(v, y, 4);
	*v++ = '-';
	*put_num(v, m, 2) = '\0';
}

/* "T%02d:%02d" for an hour and minute. */
static void
v_clock(char *v, int h, int m)
{
	if (h < 0 || m < 0) {
		snprintf(v, 22, "T%02d:%02d", h, m);
		return;
	}
	*v++ = 'T';
	v = put_num(v, h, 2);
	*v++ = ':';
	*put_num(v, m, 2) = '\0';
}

static void
v_date(char *v, Date d)
{
	if (d.y < 0 || d.y > 9999) {
		snprintf(v, 32, "%04d-%02d-%02d", d.y, d.m, d.d);
		return;
	}
	v = put_num(v, d.y, 4);
	*v++ = '-';
	v = put_num(v, d.m, 2);
	*v++ = '-';
	*put_num(v, d.d, 2) = '\0';
}

/* "2025-W44" and suffix for the week of the day numbered day. */
static void
v_week(char *v, long day, const char *suffix)
{
	int wy, w = cal_isoweek_of(day, &wy);

	if (wy < 0 || w < 0) {
		snprintf(v, 32, "%04d-W%02d%s", wy, w, suffix);
		return;
	}
	v = put_num(v, wy, 4);
	*v++ = '-';
	*v++ = 'W';
	strcpy(put_num(v, w, 2), suffix);
}

/* The way rel points: -1 back ("last", "the past", "previous"), 1 ahead
 * ("next", "this coming", "the following"), 0 neither ("this", "that"). */
static int
rel_dir(const char *rel)
{
	if (!*rel)
		return 0;
	/* (a letter looked at first: "this", "that" have neither p nor n) */
	if ((*rel == 'l' && !strcmp(rel, "last")) || (*rel == 't' && !strcmp(rel, "the last")))
		return -1;
	if (strchr(rel, 'p') && (strstr(rel, "past") || strstr(rel, "previous") || strstr(rel, "preceding")))
		return -1;
	return strchr(rel, 'n') && (strstr(rel, "next") || strstr(rel, "coming") || strstr(rel, "following"));
}

/* Does rel point back into the text ("the following", "that",
 * "the same") rather than at the anchor? */
static int
anaphoric(const char *rel)
{
	const char *r = *rel == 't' && !strncmp(rel, "the ", 4) ? rel + 4 : rel;

	switch (*r) {   /* by the first letter: most are "this", "last", "next" */
	case 'f':
		return !strncmp(r, "follow", 6);
	case 'p':
		return !strncmp(r, "prev", 4) || !strncmp(r, "prec", 4);
	case 't':
		return !strncmp(r, "that", 4);
	case 's':
		return !strcmp(r, "same");
	}
	return 0;
}

/* In *d the date last mentioned, if it is known down to the unit un
 * (then 1), else the anchor (0). */
static int
focus(Ctx *c, int un, Date *d)
{
	if (c->fd && (un == U_DAY || un == U_WEEK))
		*d = (Date){ c->fy, c->fm, c->fd };
	else if (c->fm && un == U_MONTH)
		*d = (Date){ c->fy, c->fm, 1 };
	else if (c->fy && un == U_YEAR)
		*d = (Date){ c->fy, 1, 1 };
	else if (c->q && un == U_QUARTER)
		*d = (Date){ c->qy, c->q * 3, 1 };
	else {
		*d = c->anchor;
		return 0;
	}
	return 1;
}

/* The anchor's weekday; its day number then in c->aday. */
static int
anchor_weekday(Ctx *c)
{
	if (!c->awd) {
		c->aday = cal_days(c->anchor);
		c->awd = cal_weekday(c->anchor);
	}
	return c->awd;
}

/* The anchor moved by k days: cal_add_days() without finding the
 * anchor's day number each time, nor any in the month's first 28 days
 * (the anchor is a real date: every month has them). */
static Date
anchor_plus(Ctx *c, long k)
{
	Date a = c->anchor;

	if (k > -28 && k < 28 && a.d + k >= 1 && a.d + k <= 28)
		return (Date){ a.y, a.m, a.d + k };
	anchor_weekday(c);
	return cal_from_days(c->aday + k);
}

/* Remember the value v of the match as the time last mentioned: its
 * day for the clock times after it, and if it is a DATE (a year, month
 * or day), the date the story is at. */
static void
mention(Ctx *c, int type, const char *v)
{
	int day = 0;   /* v starts with a date, now in c->day */

	if (type != TX_DURATION && type != TX_SET && strlen(v) >= 10 && v[0] != 'X' &&
	    (day = cal_parse(v, 10, &c->day)))
		c->day_end = c->mend;
	if (type != TX_DATE || cal_digits(v, 4) < 0)
		return;
	c->fy = cal_digits(v, 4);
	c->fm = c->fd = 0;
	if (v[4] != '-' || cal_digits(v + 5, 2) < 0)
		return;   /* 1998, 1998-W43, 1998-Q3 */
	c->fm = cal_digits(v + 5, 2);
	if (v[7] && day)
		c->fd = c->day.d;   /* not 1998-10-XX */
}

static const char *
part_code(const char *w)
{
	return *w == 'm' ? "MO" : *w == 'a' ? "AF" : *w == 'e' ? "EV" : "NI";
}

/* Normalisers: each fills *type and v, or returns 0 to reject. */

static int
n_iso(Ctx *c, int *type, char *v)
{
	int y = gint(c, G_YEAR), m = gint(c, G_MONN), d = gint(c, G_DAY);

	if (!cal_valid(y, m, d))
		return 0;
	v_date(v, (Date){ y, m, d });
	if (has(c, G_HOUR24)) {
		*type = TX_TIME;
		snprintf(v + 10, 22, "T%02d:%02d", gint(c, G_HOUR24), gint(c, G_MIN24));
	}
	return 1;
}

/* Is the word just before the match one of list? */
static int
word_before(Ctx *c, const char *const *list)
{
	size_t ws, we;

	return prev_word(c->text, 0, c->mstart, &ws, &we) && c->mstart - we <= 2 &&
	    one_of(c->text + ws, we - ws, list);
}

/* The word just after the match as [*ws, *we) (ASCII letters); 0 if
 * a letter does not follow after blanks. */
static int
next_word(Ctx *c, size_t *ws, size_t *we)
{
	size_t i = c->mend;

	while (i < c->len && c->text[i] == ' ')
		i++;
	for (*ws = i; i < c->len && letter(c->text[i]); i++)
		;
	*we = i;
	return *we > *ws;
}

/* The words before "of" that look ahead ("ahead of", "in advance of"). */
static const char *const ahead[] = { "ahead", "advance", NULL };

/* Does "ahead of" or "in advance of" open the phrase of at most four
 * words (joined by blanks, hyphens, apostrophes) that ends at offset i
 * ("ahead of the Iowa caucuses on Monday", "ahead of New York's
 * Tuesday primary")?  A look for the "f" of "of" first, as the
 * phrase is rare. */
static int
ahead_of_phrase(const char *t, size_t i)
{
	size_t lo = i > 48 ? i - 48 : 0, k = 0, n = 0, ps, pe;
	const char *f = t + lo, *e = t + i;

	while ((f = memchr(f, 'f', e - f))) {   /* the last " of " */
		if (f - t >= 3 && f + 1 < e && f[-1] == 'o' && f[-2] == ' ' && f[1] == ' ')
			k = f - t + 1;
		f++;
	}
	if (!k || !prev_word(t, 0, k - 3, &ps, &pe) || pe != k - 3)
		return 0;
	if (!one_of(t + ps, pe - ps, ahead))
		return 0;
	for (; k < i; k++) {   /* at most four words, no other mark */
		if (letter(t[k]) && !letter(t[k - 1]) && t[k - 1] != '\'' && (uint8_t)t[k - 1] < 0x80)
			n++;
		else if (!letter(t[k]) && t[k] != ' ' && t[k] != '-' && t[k] != '\'' && (uint8_t)t[k] < 0x80)
			return 0;
	}
	return n <= 4;
}

/* 1 after "ahead of" or "in advance of" (the event lies ahead: "ahead
 * of Monday's caucuses"), -1 after "before" (either way: the nearest,
 * whatever the tense), 0 else; a "the" between is passed over. */
static int
approach(Ctx *c)
{
	const char *t = c->text;
	size_t ws, we, i = c->mstart;

	if (!prev_word(t, 0, i, &ws, &we) || i - we > 1)
		return 0;
	if (is_word(t + ws, we - ws, "the") && !prev_word(t, 0, ws, &ws, &we))
		return 0;
	if (is_word(t + ws, we - ws, "before"))
		return -1;
	if (we - ws != 2 || !is2(t + ws, 'o', 'f') || !prev_word(t, 0, ws, &ws, &we))
		return ahead_of_phrase(t, c->mstart);
	return one_of(t + ws, we - ws, ahead);
}

/* The tense of a month or date without a year: after a word that sets
 * a limit or a start ("through January", "effective Feb. 1"), ahead
 * unless the clause goes on in the past ("through September, it had"). */
static int
date_tense(Ctx *c)
{
	static const char *const limit[] = { "through", "until", "till", "by",
	    "effective", "starting", "beginning", NULL };
	if (approach(c) > 0)
		return 1;
	if (word_before(c, limit))
		return past_after(c) ? -1 : 1;
	return tense(c);
}

/* Is the match after "in" and a verb in the past ("Trump said in
 * August", "was founded in June"; not "is heard in May")? */
static int
past_verb_in(Ctx *c)
{
	static const char *const be[] = { "be", "been", "being", "is", "are", "will", NULL };
	const char *t = c->text;
	size_t ws, we, ps, pe;
	int f;

	if (!prev_word(t, 0, c->mstart, &ws, &we) || c->mstart - we != 1 || we - ws != 2 ||
	    !is2(t + ws, 'i', 'n') || !prev_word(t, 0, ws, &ws, &we) || t[we] != ' ')
		return 0;
	f = word_flags(t + ws, we - ws);
	if ((f & W_BEFORE_TO) || !((f & W_PAST) || past_form(t + ws, we - ws, f)))
		return 0;
	return !(prev_word(t, 0, ws, &ps, &pe) && one_of(t + ps, pe - ps, be));
}

/* A month (1..12) without a year: the year by tense. */
static int
month_year(Ctx *c, int m)
{
	static const char *const since[] = { "since", NULL };
	int ay = c->anchor.y, am = c->anchor.m;

	/* Only months near the anchor cross into another year (the
	 * tense is read only then). */
	if (m > am && am + 12 - m <= 6 && date_tense(c) <= 0)
		return ay - 1;
	if (m > am + 1 && past_verb_in(c))
		return ay - 1;   /* "said in August", in May: last August */
	if (m > am && word_before(c, since))
		return ay - 1;   /* "since December", in July */
	if (m < am && m + 12 - am <= 5 && date_tense(c) > 0)
		return ay + 1;
	return ay;
}

/* A month and day without a year: the year by tense, else the nearest. */
static int
md_year(Ctx *c, int m, int d)
{
	Date a = c->anchor;
	long diff;
	int t;

	anchor_weekday(c);   /* (for c->aday) */
	diff = cal_days((Date){ a.y, m, d <= cal_mdays(a.y, m) ? d : 28 }) - c->aday;
	if (diff >= -60 && diff <= 60)
		return a.y;   /* within every tense's bounds below */
	t = date_tense(c);

	if (diff > (t < 0 ? 60 : t > 0 ? 300 : 183))
		return a.y - 1;
	if (diff < (t > 0 ? -60 : t < 0 ? -300 : -240))
		return a.y + 1;
	return a.y;
}

static int
n_mdy(Ctx *c, int *type, char *v)
{
	static const char *const prep[] = { "in", "by", "since", "until", "through",
	    "during", "from", "before", "after", "of", "early", "late", "mid", NULL };
	static const char *const march_on[] = { "for", "against", "of", "on", "to", NULL };
	size_t ws, we;
	char w[48], mw[48];
	int m = gint(c, G_MONN), d = gint(c, G_DAY), y = year_of(c);
	const char *mod = word(c, G_MOD, mw, sizeof mw);

	(void)type;
	if (m < 0)
		m = month_of(word3(c, G_MON, w));
	if (m < 1)
		return 0;
	if (y < 0 && d < 0 && m == 5 && !*mod && !word_before(c, prep))
		return 0;   /* "May" alone is too often the verb, "in May" is not */
	if (y < 0 && d < 0 && m == 3 && !*mod && !word_before(c, prep) &&
	    next_word(c, &ws, &we) && one_of(c->text + ws, we - ws, march_on))
		return 0;   /* the March for Life, the March of the Mothers */
	if (y < 0) {
		if (!c->has_anchor) {
			if (d > 0 && d > cal_mdays(2000, m))
				return 0;
			snprintf(v, 32, d > 0 ? "XXXX-%02d-%02d" : "XXXX-%02d", m, d);
			return 1;
		}
		y = d > 0 ? md_year(c, m, d) : month_year(c, m);
	}
	if (d > 0) {
		if (!cal_valid(y, m, d))
			return 0;   /* February 30 */
		if (has(c, G_WK))
			v_week(v, cal_days((Date){ y, m, d }), "");
		else
			v_date(v, (Date){ y, m, d });
	} else
		v_month(v, y, m);
	return 1;
}

static int
n_relmon(Ctx *c, int *type, char *v)
{
	char w[48];
	int m = month_of(word3(c, G_MON, w)), y;
	const char *rel = word(c, G_REL, w, sizeof w);

	(void)type;
	if (!c->has_anchor) {
		snprintf(v, 32, "XXXX-%02d", m);
		return 1;
	}
	y = c->anchor.y;
	if (c->mend - c->mstart > 4 && !strncasecmp(c->text + c->mend - 4, "year", 4))
		y += rel_dir(rel);   /* June last year */
	else if (rel_dir(rel) < 0)
		y -= m >= c->anchor.m;
	else if (rel_dir(rel) > 0)
		y += m <= c->anchor.m;
	v_month(v, y, m);
	return 1;
}

static int
n_year(Ctx *c, int *type, char *v)
{
	char w[48];
	int y = year_of(c);

	(void)type;
	if (y < 0 && strstr(c->text + c->mstart, "thousand"))
		y = 2000;
	if (y < 1000 || y > 2100)
		return 0;
	if (c->q && c->mend - c->mstart > 6 && (!strncasecmp(c->text + c->mend - 6, "period", 6) ||
	    !strncasecmp(c->text + c->mend - 7, "quarter", 7)))
		snprintf(v, 32, "%04d-Q%d", y, c->q);   /* the 1988 period, the 1988 quarter */
	else if (strstr(word(c, G_MOD, w, sizeof w), "half"))
		snprintf(v, 32, "%04d-H%d", y, strstr(w, "first") ? 1 : 2);
	else
		v_year(v, y);
	return 1;
}

static int
n_decade(Ctx *c, int *type, char *v)
{
	static const char *const dw[] = { "twenties", "thirties", "forties",
	    "fifties", "sixties", "seventies", "eighties", "nineties", NULL };
	char w[48];
	int d = gint(c, G_DEC);

	(void)type;
	if (d < 0 && (d = gint(c, G_DEC2)) >= 0)
		d += 190;
	if (d < 0 && *word(c, G_DECW, w, sizeof w))
		d = 192 + lookup(w, dw);
	snprintf(v, 32, "%03d", d);
	return 1;
}

static int
n_century(Ctx *c, int *type, char *v)
{
	static const char *const cw[] = { "fifteenth", "sixteenth", "seventeenth",
	    "eighteenth", "nineteenth", "twentieth", "twenty-first", NULL };
	char w[48];
	int n = gint(c, G_CENT);

	(void)type;
	if (n < 0 && *word(c, G_CENTW, w, sizeof w))
		n = 15 + lookup(w, cw);
	if (n < 1 || n > 30)
		return 0;
	snprintf(v, 32, "%02d", n - 1);
	return 1;
}

/* Is the match followed by "ended" or "ending"? */
static int
ended(Ctx *c)
{
	size_t i = c->mend;

	while (i < c->len && c->text[i] == ' ')
		i++;
	return c->len - i >= 5 && !strncasecmp(c->text + i, "end", 3) &&
	    (!strncasecmp(c->text + i + 3, "ed", 2) || !strncasecmp(c->text + i + 3, "ing", 3));
}

static int
quarter_of(const char *w)
{
	return *w == 'f' ? (w[1] == 'i' ? 1 : 4) : *w == 's' ? 2 : *w == 't' ? 3 : *w - '0';
}

/* Is the match, not a compound adjective, after "a" or "an" and at
 * most one word ("after a flat second quarter": a quarter in passing,
 * not the one reported)? */
static int
indefinite(Ctx *c)
{
	static const char *const a[] = { "a", "an", NULL };
	size_t ws, we, i = c->mstart;

	if (memchr(c->text + c->mstart, '-', c->mend - c->mstart))
		return 0;   /* "a third-quarter loss": the quarter reported */
	for (int k = 0; k < 2 && prev_word(c->text, 0, i, &ws, &we) && i - we <= 2; k++, i = ws)
		if (one_of(c->text + ws, we - ws, a))
			return 1;
	return 0;
}

static int
n_quarter(Ctx *c, int *type, char *v)
{
	char w[48];
	int q = gint(c, G_QN), y = year_of(c), half;
	const char *rel;

	(void)type;
	if (q < 0)
		q = quarter_of(word(c, G_Q, w, sizeof w));
	half = strstr(word(c, G_QH, w, sizeof w), "half") != NULL;
	if (q < 1 || q > 4 || (half && q > 2))
		return 0;
	rel = word(c, G_REL, w, sizeof w);
	if (y < 0 && c->has_anchor) {
		int aq = half ? (c->anchor.m + 5) / 6 : (c->anchor.m + 2) / 3;
		y = c->anchor.y;
		if (rel_dir(rel))
			y += rel_dir(rel);
		else if (!*rel && q > aq && tense(c) <= 0)
			y--;
	}
	if (y < 0)
		snprintf(v, 32, "XXXX-%c%d", half ? 'H' : 'Q', q);
	else
		snprintf(v, 32, "%04d-%c%d", y, half ? 'H' : 'Q', q);
	if (!half && y >= 0 && c->has_anchor && !indefinite(c) &&
	    (y * 4 + q < c->anchor.y * 4 + (c->anchor.m + 2) / 3 ||
	    (y * 4 + q == c->anchor.y * 4 + (c->anchor.m + 2) / 3 && (ended(c) || tense(c) < 0)))) {
		c->qy = y;
		c->q = q;
	}
	return 1;
}

/* The reference quarter: the one last mentioned, else the last one
 * that ended before the anchor. */
static void
ref_quarter(Ctx *c, int *y, int *q)
{
	if (c->q) {
		*y = c->qy;
		*q = c->q;
		return;
	}
	*y = c->anchor.y;
	*q = (c->anchor.m + 2) / 3 - 1;
	if (*q == 0) {
		*q = 4;
		--*y;
	}
}


/* The month (1..12) of the date after "ended" or "ending" just after
 * the match ("the quarter ended Sept. 30"); 0 if none. */
static int
ended_month(Ctx *c)
{
	static const char *const full[] = { "january", "february", "march", "april",
	    "may", "june", "july", "august", "september", "october", "november",
	    "december", NULL };
	const char *t = c->text;
	size_t i = c->mend, ws;
	char w[16];
	int m;

	if (!ended(c))
		return 0;
	while (i < c->len && t[i] == ' ')
		i++;
	while (i < c->len && letter(t[i]))
		i++;   /* ended */
	while (i < c->len && t[i] == ' ')
		i++;
	for (ws = i; i < c->len && letter(t[i]) && i - ws < sizeof w - 1; i++)
		w[i - ws] = lower[(uint8_t)t[i]];
	w[i - ws] = '\0';
	if (i - ws < 3 || (m = month_of(w)) < 1 || strncmp(full[m - 1], w, i - ws))
		return 0;
	if (i < c->len && t[i] == '.')
		i++;
	while (i < c->len && t[i] == ' ')
		i++;
	return i < c->len && isdig(t[i]) ? m : 0;
}

static int
n_qref(Ctx *c, int *type, char *v)
{
	char w[48], u[16];
	const char *unit = word(c, G_UNIT, u, sizeof u);
	int y, q;

	if (!c->has_anchor)
		return 0;
	word(c, G_REL, w, sizeof w);
	if (!strcmp(unit, "year")) {
		if (ended(c)) {   /* the year ended June 30: a period */
			*type = TX_DURATION;
			strcpy(v, "P1Y");
		} else   /* the latest fiscal year: the last one ended, as for quarters */
			snprintf(v, 32, "%04d", c->anchor.y - (!strcmp(w, "latest") || !strcmp(w, "most recent")));
		return 1;
	}
	if (!*w && !c->q && (q = ended_month(c)) > 0) {
		/* the quarter ended July 31, no other in view: the one of
		 * most of its months */
		y = c->anchor.y - (q > c->anchor.m) - (q == 1);
		q = (q + 9) % 12 / 3 + 1;
		c->qy = y;
		c->q = q;
	} else if (!strcmp(w, "latest") || !strcmp(w, "most recent")) {
		int keep = c->q;
		c->q = 0;
		ref_quarter(c, &y, &q);
		c->q = keep;
	} else if (strcmp(w, "current")) {
		ref_quarter(c, &y, &q);
	} else {
		y = c->anchor.y;
		q = (c->anchor.m + 2) / 3;
	}
	snprintf(v, 32, "%04d-Q%d", y, q);
	return 1;
}

static int
n_yearago(Ctx *c, int *type, char *v)
{
	char w[48];
	int y, q = quarter_of(word(c, G_Q, w, sizeof w));

	(void)type;
	if (!c->has_anchor)
		return 0;
	if (c->q || (q >= 1 && q <= 4) || strstr(c->text + c->mstart, "quarter") == c->text + c->mend - 7) {
		int ry, rq;
		ref_quarter(c, &ry, &rq);
		if (q < 1 || q > 4)
			q = rq;
		y = ry - 1;
		snprintf(v, 32, "%04d-Q%d", y, q);
	} else
		snprintf(v, 32, "%04d", c->anchor.y - 1);
	return 1;
}

static const char *const seasons[] = { "spring", "summer", "fall", "autumn", "winter", NULL };
static const char *const season_code[] = { "SP", "SU", "FA", "FA", "WI" };

static int
n_season(Ctx *c, int *type, char *v)
{
	static const int start[] = { 3, 6, 9, 9, 12 };
	char w[48];
	int s = lookup(word(c, G_SEASON, w, sizeof w), seasons), y = year_of(c);
	const char *rel = word(c, G_REL, w, sizeof w);

	(void)type;
	if (s < 0)
		return 0;
	if (y < 0) {
		if (!c->has_anchor) {
			snprintf(v, 32, "XXXX-%s", season_code[s]);
			return 1;
		}
		y = c->anchor.y;
		if (rel_dir(rel) < 0)
			y -= start[s] > c->anchor.m || c->anchor.m - start[s] < 3;
		else if (rel_dir(rel) > 0)
			y += start[s] <= c->anchor.m;
	}
	snprintf(v, 32, "%04d-%s", y, season_code[s]);
	return 1;
}

static int
n_holiday(Ctx *c, int *type, char *v)
{
	char w[48], hw[48];
	const char *h = word(c, G_HOL, hw, sizeof hw), *rel;
	int y, t, week = strstr(h, "week") != NULL;
	Date d;

	(void)type;
	if (!c->has_anchor)
		return 0;
	for (int pass = 0; pass < 3; pass++) {
		y = c->anchor.y + (pass == 0 ? 0 : pass == 1 ? -1 : 1);
		if (!strncmp(h, "christmas", 9))
			d = (Date){ y, 12, strstr(h, "eve") ? 24 : 25 };
		else if (!strncmp(h, "new", 3))
			d = strstr(h, "eve") ? (Date){ y, 12, 31 } : (Date){ y, 1, 1 };
		else if (!strncmp(h, "thanks", 6))
			d = cal_nth_weekday(y, 11, 4, 4);
		else if (!strncmp(h, "easter", 6))
			d = cal_add_days(cal_easter(y), strstr(h, "monday") ? 1 : 0);
		else if (!strncmp(h, "independence", 12))
			d = (Date){ y, 7, 4 };
		else if (!strncmp(h, "halloween", 9))
			d = (Date){ y, 10, 31 };
		else if (!strncmp(h, "valentine", 9))
			d = (Date){ y, 2, 14 };
		else if (!strncmp(h, "memorial", 8))
			d = cal_nth_weekday(y, 5, 1, -1);
		else if (!strncmp(h, "boxing", 6))
			d = (Date){ y, 12, 26 };
		else if (!strncmp(h, "election", 8))   /* the Tuesday after the first Monday */
			d = cal_add_days(cal_nth_weekday(y, 11, 1, 1), 1);
		else
			d = cal_nth_weekday(y, 9, 1, 1);
		if (pass == 0) {
			long diff = cal_days(d) - cal_days(c->anchor);
			rel = word(c, G_REL, w, sizeof w);
			if (week && !*rel && diff >= 0 && diff <= 6)
				break;   /* Easter week, in it */
			if (rel_dir(rel))
				t = rel_dir(rel);
			else if ((t = approach(c)) < 0)   /* before Christmas: the nearest */
				t = diff > 182 ? -1 : diff < -182;
			else if (!t)
				t = tense(c);
			if (t < 0 && diff > 0)
				continue;
			if (t > 0 && diff < 0) {
				pass = 1;
				continue;
			}
			break;
		}
		if (pass == 1)
			break;
	}
	if (week)
		v_week(v, cal_days(d), "");   /* the week that ends on Easter Sunday */
	else
		v_date(v, d);
	return 1;
}

/* Is the match a capitalised word right after a capitalised word, a
 * name ("USA Today", "VOA Today")? */
static int
in_name(Ctx *c)
{
	size_t ws, we;
	const char *t = c->text;

	return t[c->mstart] >= 'A' && t[c->mstart] <= 'Z' && prev_word(t, 0, c->mstart, &ws, &we) &&
	    we + 1 == c->mstart && t[we] == ' ' && t[ws] >= 'A' && t[ws] <= 'Z';
}

/* Is the match a capitalised word, not the first of its sentence,
 * before a capitalised word: a name ("the Daily Beast")? */
static int
in_title(Ctx *c)
{
	const char *t = c->text;
	size_t i = c->mend, ws, we;

	if (!(t[c->mstart] >= 'A' && t[c->mstart] <= 'Z') || i + 1 >= c->len || t[i] != ' ' ||
	    !(t[i + 1] >= 'A' && t[i + 1] <= 'Z'))
		return 0;
	return prev_word(t, 0, c->mstart, &ws, &we) && we + 1 == c->mstart && t[we] == ' ';
}

static int
n_deictic(Ctx *c, int *type, char *v)
{
	char w[48], p[16];
	const char *deic = word(c, G_DEIC, w, sizeof w);
	int off = 0;

	if (!strcmp(deic, "today") && in_name(c))
		return 0;

	if (has(c, G_OVN)) {
		strcpy(p, "night");
		off = -1;
	} else {
		word(c, G_PART, p, sizeof p);
		if (!*deic)
			deic = word(c, G_REL, w, sizeof w);
		if (strstr(deic, "before yesterday"))
			off = -2;
		else if (strstr(deic, "after tomorrow"))
			off = 2;
		else if (!strcmp(deic, "yesterday") || (!strcmp(deic, "last") && *p == 'n'))
			off = -1;
		else if (!strcmp(deic, "tomorrow"))
			off = 1;
		else if (!strcmp(deic, "last"))
			return 0;   /* "last morning" */
		if (!strcmp(deic, "tonight"))
			strcpy(p, "night");
	}
	if (!c->has_anchor) {
		snprintf(v, 32, "XXXX-XX-XX");
		if (*p) {
			*type = TX_TIME;
			strcat(v, "T");
			strcat(v, part_code(p));
		}
		return 1;
	}
	v_date(v, anchor_plus(c, off));
	if (*p) {
		*type = TX_TIME;
		snprintf(v + 10, 22, "T%s", part_code(p));
	}
	return 1;
}

/* Is the match followed by 's ("Wednesday's ruling")? */
static int
possessive(Ctx *c)
{
	const char *t = c->text + c->mend;
	size_t n = c->len - c->mend;

	return (n >= 2 && t[0] == '\'' && t[1] == 's') ||
	    (n >= 4 && !memcmp(t, "\xe2\x80\x99s", 4));
}

/* The weekday wd relative to the anchor, by rel or tense. */
static Date
weekday_date(Ctx *c, int wd, const char *rel)
{
	Date a = c->anchor;
	int aw, back, fwd, dir, t;

	aw = anaphoric(rel) && focus(c, U_DAY, &a) ? cal_weekday(a) : anchor_weekday(c);
	back = (aw - wd + 7) % 7;
	fwd = (wd - aw + 7) % 7;
	if ((dir = rel_dir(rel)) < 0)
		return cal_add_days(a, -(back ? back : 7));
	if (dir > 0)
		return cal_add_days(a, fwd ? fwd : 7);
	if (*rel && !strcmp(rel, "this"))
		return cal_in_week(c->anchor, wd);
	if (!fwd)
		return c->anchor;   /* its own weekday, whatever the tense */
	if ((t = approach(c)) > 0)
		return anchor_plus(c, fwd);   /* ahead of Monday's caucuses */
	if (t < 0)
		return anchor_plus(c, fwd < back ? fwd : -back);   /* before Monday's */
	/* without tense: the day before, unless the next one is very near */
	t = tense(c);
	if (t > 0 && (c->intent || c->after) && possessive(c))
		t = -1;   /* "may appeal Wednesday's ruling": the ruling was made */
	if (t > 0 || (t == 0 && fwd < back && fwd <= 2))
		return anchor_plus(c, fwd);
	return anchor_plus(c, -back);
}

/* The first letter of the part of day of "and Tuesday nights" just
 * after the match (the plural the two weekdays share); 0 if none. */
static char
shared_parts(Ctx *c)
{
	static const char *const parts[] = { "mornings", "afternoons", "evenings", "nights", NULL };
	const char *t = c->text;
	size_t i = c->mend, ws;
	char w[16];

	if (c->len - i < 5 || t[i] != ' ' || strncasecmp(t + i, " and ", 5))
		return 0;
	for (i += 5, ws = i; i < c->len && letter(t[i]) && i - ws < sizeof w - 1; i++)
		w[i - ws] = lower[(uint8_t)t[i]];
	w[i - ws] = '\0';
	if (!one_of(w, i - ws, weekdays) || i >= c->len || t[i] != ' ')
		return 0;
	for (ws = ++i; i < c->len && letter(t[i]) && i - ws < sizeof w - 1; i++)
		w[i - ws] = lower[(uint8_t)t[i]];
	w[i - ws] = '\0';
	return one_of(w, i - ws, parts) ? w[0] : 0;
}

static int
n_weekday(Ctx *c, int *type, char *v)
{
	char w[48], p[16], dw[16];
	int wd = weekday_of(word3(c, G_WD, w)), dir = has(c, G_DIR), off;

	if (wd < 1)
		return 0;
	word3(c, G_PART, p);
	if (!has(c, G_REL) && !dir && !*p && (p[0] = shared_parts(c))) {
		*type = TX_SET;   /* Monday and Tuesday nights: every Monday night */
		p[1] = '\0';
		snprintf(v, 32, "XXXX-WXX-%dT%s", wd, part_code(p));
		return 1;
	}
	off = !dir ? 0 : !strcmp(word(c, G_DIR, dw, sizeof dw), "before") ? -1 : 1;
	if (!c->has_anchor)   /* the day before Monday: a Sunday */
		snprintf(v, 32, "XXXX-WXX-%d", (wd - 1 + off + 7) % 7 + 1);
	else if (off)   /* the day before last Tuesday */
		v_date(v, cal_add_days(weekday_date(c, wd, word(c, G_REL, w, sizeof w)), off));
	else
		v_date(v, weekday_date(c, wd, word(c, G_REL, w, sizeof w)));
	if (*p && !dir) {
		strcat(v, "T");
		strcat(v, part_code(p));
	}
	return 1;
}

/* Is there no sentence end (as sentence_end() tells) in t[a..b)? */
static int
same_sentence(const char *t, size_t a, size_t b)
{
	if (b < a || b - a > 200)
		return 0;
	for (size_t i = a; i < b; i++)
		if (sentence_end(t, b, i + 1))
			return 0;
	return 1;
}

/* The weekday (1..7) named in a parenthesis just after the match or
 * just after that parenthesis: "10:35 a.m. (0735 GMT) Friday", "4 in
 * the morning (4 a.m. EDT Thursday)"; 0 if none. */
static int
paren_weekday(Ctx *c)
{
	const char *t = c->text;
	size_t i = c->mend, end, ws;
	int after = 0, wd;

	while (i < c->len && t[i] == ' ')
		i++;
	if (i >= c->len || t[i] != '(')
		return 0;
	for (end = i; end < c->len && end - i < 40 && t[end] != ')'; end++)
		;
	if (end >= c->len || t[end] != ')')
		return 0;
	for (i++; i < c->len; i++) {
		if (i == end) {   /* then the word after it */
			after = 1;
			for (i++; i < c->len && (t[i] == ' ' || t[i] == ','); i++)
				;
		}
		if (!letter(t[i]))
			continue;
		for (ws = i; i < c->len && letter(t[i]); i++)
			;
		if ((wd = one_of(t + ws, i - ws, weekdays)))
			return wd;
		if (after)
			return 0;
		if (i > end)
			return 0;
		i--;
	}
	return 0;
}

static int
n_clock(Ctx *c, int *type, char *v)
{
	char w[48];
	int h = gint(c, G_HOUR), m = gint(c, G_MIN), wd;
	Date d = c->anchor;

	*type = TX_TIME;
	if (h >= 0) {
		const char *ap = word(c, G_AMPM, w, sizeof w);
		if (*ap == 'p' && h < 12)
			h += 12;
		else if (*ap == 'a' && h == 12)
			h = 0;
	} else if ((h = gint(c, G_HOUR24)) >= 0) {
		m = gint(c, G_MIN24);
	} else if ((h = gint(c, G_HOURP)) >= 0) {   /* 4 in the morning, 9 in the evening */
		if (*word(c, G_DPART, w, sizeof w) != 'm' && h < 12)
			h += 12;
		else if (*w == 'm' && h == 12)
			h = 0;
	} else {
		static const char *const high[] = { "high", NULL };
		if (word_before(c, high))
			return 0;   /* high noon: the idiom, the film */
		h = !strcmp(word(c, G_NOON, w, sizeof w), "midnight") ? 24 : 12;
	}
	if (m < 0)
		m = 0;
	if (has(c, G_MON)) {
		int mo = month_of(word3(c, G_MON, w)), dd = gint(c, G_DAY), y = year_of(c);
		if (y < 0 && !c->has_anchor)
			return 0;
		if (y < 0)
			y = md_year(c, mo, dd);
		if (!cal_valid(y, mo, dd))
			return 0;
		d = (Date){ y, mo, dd };
		v_date(v, d);
		v_clock(v + 10, h % 100, m % 100);
		return 1;
	}
	if (has(c, G_WD) && c->has_anchor) {
		int wd = weekday_of(word3(c, G_WD, w));
		d = weekday_date(c, wd, "");
	} else if (c->has_anchor && (wd = paren_weekday(c)) > 0) {
		d = weekday_date(c, wd, "");
	} else if (has(c, G_DEIC) && c->has_anchor) {
		const char *dw = word(c, G_DEIC, w, sizeof w);
		d = anchor_plus(c, !strcmp(dw, "yesterday") ? -1 : !strcmp(dw, "tomorrow") ? 1 : 0);
	} else if (c->day.y && c->has_anchor && same_sentence(c->text, c->day_end, c->mstart))
		d = c->day;   /* "Friday ... at 10:35 a.m." */
	if (c->has_anchor)
		v_date(v, d);
	else
		strcpy(v, "XXXX-XX-XX");
	v_clock(v + 10, h % 100, m % 100);
	return 1;
}

/* The anchor a moved by k units, at that unit's granularity: 2025,
 * 2025-09, 2025-W44, 2025-W44-WE, 2025-10-23, 2025-Q3, 202, 20. */
static int
v_shift(Date a, int un, long k, char *v)
{
	long q;

	switch (un) {
	case U_YEAR:
		v_year(v, a.y + k);
		break;
	case U_MONTH:
		a.d = 1;
		a = cal_add_months(a, k);
		v_month(v, a.y, a.m);
		break;
	case U_WEEK:
	case U_WEEKEND:
		v_week(v, cal_days(a) + 7 * k, un == U_WEEKEND ? "-WE" : "");
		break;
	case U_DAY:
		v_date(v, cal_add_days(a, k));
		break;
	case U_QUARTER:
		q = (long)a.y * 4 + (a.m - 1) / 3 + k;
		snprintf(v, 32, "%04ld-Q%ld", q / 4, q % 4 + 1);
		break;
	case U_DECADE:
		snprintf(v, 32, "%03ld", (a.y + 10 * k) / 10);
		break;
	case U_CENTURY:
		snprintf(v, 32, "%02ld", (a.y + 100 * k) / 100);
		break;
	default:
		return 0;
	}
	return 1;
}

static int
n_relunit(Ctx *c, int *type, char *v)
{
	char w[48];
	const char *rel = word(c, G_REL, w, sizeof w);
	int off, un, known = 0, back = anaphoric(rel);
	Date a = c->anchor;

	un = has(c, G_UNIT) ? unit_of(c, G_UNIT) : U_WEEKEND;
	if ((un == U_DECADE || un == U_CENTURY) && strstr(rel, "past") && !strstr(rel, "this")) {
		*type = TX_DURATION;   /* the past decade: the ten years to now */
		strcpy(v, un == U_DECADE ? "P10Y" : "P100Y");
		return 1;
	}
	if (back && un == U_DAY && c->fm && !c->fd) {
		snprintf(v, 32, "%04d-%02d-XX", c->fy, c->fm);   /* that same day, in October */
		return 1;
	}
	if (back)
		known = focus(c, un, &a);   /* "that year" needs no anchor after "in 1995" */
	off = rel_dir(rel);
	if (un == U_WEEKEND && c->has_anchor && !strcmp(rel, "the")) {
		int t = tense(c), aw = cal_weekday(a);
		off = t > 0 ? 0 : aw <= 4 ? -1 : 0;
	}
	if (!c->has_anchor && !known) {
		strcpy(v, un == U_YEAR ? "XXXX" : un == U_MONTH ? "XXXX-XX" : un == U_DAY ? "XXXX-XX-XX" :
		    un == U_QUARTER ? "XXXX-QX" : un == U_DECADE ? "XXX" : un == U_CENTURY ? "XX" :
		    un == U_WEEKEND ? "XXXX-WXX-WE" : "XXXX-WXX");
		return 1;
	}
	if (!v_shift(a, un, off, v))
		return 0;
	if (un == U_QUARTER) {   /* the quarter now spoken of */
		c->qy = atoi(v);
		c->q = v[6] - '0';
	}
	return 1;
}

/* The fraction of n in the next smaller unit, when it is whole there
 * (half a year: 6 months; half an hour: 30 minutes): 1 if so. */
static int
lower_unit(int un, double n, int *low, long *k)
{
	static const struct { int un, low, per; } next[] = {
		{ U_YEAR, U_MONTH, 12 }, { U_DAY, U_HOUR, 24 },
		{ U_HOUR, U_MINUTE, 60 }, { U_MINUTE, U_SECOND, 60 },
	};

	for (size_t i = 0; i < sizeof next / sizeof next[0]; i++) {
		double f = (n - (long)n) * next[i].per;
		if (next[i].un == un && f == (long)f && n >= 1) {
			*low = next[i].low;
			*k = (long)f;
			return 1;
		}
	}
	return 0;
}

/* "P3Y", "PT2H", "PXW", "P2Y6M", "P1.5W" */
static void
v_period(char *v, double n, int un)
{
	int low;
	long k;

	static const char *const code[] = { "Y", "M", "W", "D", "H", "M", "S",
	    "DE", "CE", "Q", "W", "WE", "NI", "X" };
	const char *t = (un >= U_HOUR && un <= U_SECOND) ? "T" : "";

	if (un == U_FORTNIGHT)
		n *= 2;
	if (un == U_DECADE)   /* decades are years: P20Y, PXY */
		n *= 10, un = U_YEAR;
	if (un == U_CENTURY && n > 0)
		n *= 100, un = U_YEAR;
	if (n <= 0)
		snprintf(v, 32, "P%sX%s", t, code[un]);
	else if (n != (long)n && lower_unit(un, n, &low, &k))
		snprintf(v, 32, "P%s%ld%s%s%ld%s", t, (long)n, code[un],
		    un == U_DAY ? "T" : "", k, code[low]);   /* P2Y6M, PT1M30S */
	else if (n != (long)n)
		snprintf(v, 32, "P%s%g%s", t, n, code[un]);
	else {
		*v++ = 'P';
		if (*t)
			*v++ = 'T';
		v = put_num(v, (long)n, 0);
		for (t = code[un]; (*v++ = *t++);)
			;
	}
}

static int
n_ago(Ctx *c, int *type, char *v)
{
	char w[48], dw[48];
	double n = number_of(word(c, G_NUM, w, sizeof w));
	const char *dir = word(c, G_DIR, dw, sizeof dw);
	int sign = (!strcmp(dir, "ago") || !strncmp(dir, "earlier", 7) || !strncmp(dir, "before", 6)) ? -1 : 1;
	int un = unit_of(c, G_UNIT), k, known = 0;
	Date a = c->anchor;

	(void)type;
	if (n < 0)
		return 0;
	if (un == U_QUARTER && strstr(word(c, G_UNIT, w, sizeof w), "centur")) {
		un = U_YEAR;   /* a quarter-century ago: 25 years */
		n *= 25;
	}
	if ((n == 0 || n != (int)n) && strcmp(dir, "ago") && !strstr(dir, "now") && strcmp(dir, "hence")) {
		*type = TX_DURATION;   /* a few days later: from a time in the story */
		v_period(v, n, un);
		return 1;
	}
	if (n == 0 || n != (int)n) {
		strcpy(v, sign < 0 ? "PAST_REF" : "FUTURE_REF");
		return 1;
	}
	/* "two days later", "a week before that": from the date last mentioned */
	if (!strcmp(dir, "later") || strstr(dir, "that"))
		known = focus(c, un == U_HOUR || un == U_MINUTE ? U_DAY : un, &a);
	if (!c->has_anchor && !known) {
		strcpy(v, sign < 0 ? "PAST_REF" : "FUTURE_REF");
		return 1;
	}
	k = sign * (int)n;
	if (un == U_YEAR && k == -1 && c->q && !known) {   /* a year ago, of a quarter */
		int y, q;
		ref_quarter(c, &y, &q);
		snprintf(v, 32, "%04d-Q%d", y - 1, q);
		return 1;
	}
	if (un == U_HOUR || un == U_MINUTE) {
		*type = TX_TIME;
		v_date(v, a);
		return 1;
	}
	return v_shift(a, un, k, v);
}

/* Is the match preceded by an amount ("$5 a year", "3 times a day")? */
static int
after_amount(Ctx *c)
{
	static const char *const amounts[] = { "million", "billion", "cents", "dollars",
	    "percent", "times", "once", "twice", "trillion", "yen", "euros",
	    "pounds", "tons", "barrels", "miles", "hours", "days", NULL };
	size_t i = c->mstart, e;

	while (i > 0 && c->text[i - 1] == ' ')
		i--;
	e = i;
	while (i > 0 && c->text[i - 1] != ' ' && c->text[i - 1] != '\n')
		i--;
	if (e > i && ((c->text[e - 1] >= '0' && c->text[e - 1] <= '9') || c->text[e - 1] == '%'))
		return 1;
	return one_of(c->text + i, e - i, amounts);
}

static int
n_duration(Ctx *c, int *type, char *v)
{
	static const char *const someday[] = { "will", "would", "could", "might",
	    "may", "can", "should", "must", "he", "she", "they", "we", "i", "you", NULL };
	static const char *const after_second[] = { "ago", "later", "earlier",
	    "before", "after", "or", "and", "of", "to", "in", "for", "longer", NULL };
	size_t ws, we;
	char w[48];
	double n = number_of(word(c, G_NUM, w, sizeof w));
	int un = unit_of(c, G_UNIT);
	const char *us;
	size_t ul;

	if (n < 0 || un < 0)
		return 0;
	if (un == U_QUARTER && strstr(word(c, G_UNIT, w, sizeof w), "centur")) {
		*type = TX_DURATION;   /* a quarter-century: 25 years */
		v_period(v, n * 25, U_YEAR);
		return 1;
	}
	if (un == U_QUARTER && (memchr(c->text + c->mstart, '-', c->mend - c->mstart) ||
	    (n == 1 && c->len - c->mend >= 4 && !strncmp(c->text + c->mend, " of ", 4) &&
	    !(c->len - c->mend >= 8 && (isdig(c->text[c->mend + 4]) || !strncmp(c->text + c->mend + 4, "the y", 5))))))
		return 0;   /* three-quarters; a quarter of the market (not of 1990, of the year) */
	if (un == U_DAY && c->mend - c->mstart == 7 && !strncasecmp(c->text + c->mstart, "one day", 7) &&
	    word_before(c, someday)) {
		strcpy(v, "FUTURE_REF");   /* "it will one day be": some day */
		return 1;
	}
	if (un == U_SECOND && n == 1 && next_word(c, &ws, &we) && c->text[ws] >= 'a' &&
	    !one_of(c->text + ws, we - ws, after_second))
		return 0;   /* a second term, a second time */
	if (n == 1 && (c->text[c->mstart] | 32) == 'a' && c->mend - c->mstart > 5 &&
	    !strncmp(c->text + c->mend - 5, "-long", 5) && grp(c, G_UNIT, &us, &ul)) {
		c->mstart = us - c->text;   /* a [day-long] meeting, a [decades-long] feud */
		if (us[ul - 1] == 's')
			n = 0;
	}
	if (c->text[c->mstart] == 'a' && c->mend - c->mstart < 12 && after_amount(c)) {
		*type = TX_SET;
		v_period(v, 1, un);
		return 1;
	}
	if (c->text[c->mend - 1] == 'f' || c->text[c->mend - 1] == 'F')
		n += 0.5;   /* and a half */
	*type = TX_DURATION;
	v_period(v, n, un);
	if ((un == U_MONTH && n >= 6) || un == U_YEAR)
		c->q = 0;   /* the nine months: no quarter in view now */
	if ((c->text[c->mstart] | 32) == 't' && !strncasecmp(c->text + c->mstart, "the ", 4) && !has(c, G_REL) &&
	    memchr(c->text + c->mstart, '-', c->mend - c->mstart))
		c->mstart += 4;   /* the [two-week] */
	return 1;
}

static int
n_plural(Ctx *c, int *type, char *v)
{
	char w[48], rw[48];
	const char *rel = word(c, G_REL, rw, sizeof rw);
	int un;

	un = lookup(word(c, G_UNITP, w, sizeof w), units);
	if (!strcmp(rel, "recent") && un == U_YEAR) {
		strcpy(v, "PAST_REF");
		return 1;
	}
	*type = TX_DURATION;
	if (un < 0 && (un = lookup(word(c, G_UNIT, w, sizeof w), units)) >= 0) {
		v_period(v, 1, un);   /* a day-long meeting */
		return 1;
	}
	if (un < 0)
		return 0;
	v_period(v, 0, un);
	return 1;
}

static int
n_set(Ctx *c, int *type, char *v)
{
	static const char *const sw[] = { "daily", "weekly", "monthly", "annually",
	    "yearly", "quarterly", "hourly", "nightly", "biweekly", "semiannually", NULL };
	static const char *const sv[] = { "P1D", "P1W", "P1M", "P1Y", "P1Y", "P3M",
	    "PT1H", "P1D", "P2W", "P6M" };
	char w[48], p[16];
	int k, un;

	*type = TX_SET;
	if (has(c, G_SETW) && (in_title(c) || in_name(c)))
		return 0;   /* the Daily Beast, Publishers Weekly */
	if ((k = lookup(word(c, G_SETW, w, sizeof w), sw)) >= 0 && *w) {
		strcpy(v, sv[k]);
		return 1;
	}
	if (has(c, G_MON)) {   /* each July */
		snprintf(v, 32, "XXXX-%02d", month_of(word3(c, G_MON, w)));
		return 1;
	}
	if ((k = lookup(word(c, G_SEASON, w, sizeof w), seasons)) >= 0 && *w) {
		snprintf(v, 32, "XXXX-%s", season_code[k]);
		return 1;
	}
	if (has(c, G_WD) || has(c, G_WDP)) {
		int wd = weekday_of(word3(c, has(c, G_WD) ? G_WD : G_WDP, w));
		word(c, G_PART, p, sizeof p);
		if (!*p)
			word(c, G_PARTS, p, sizeof p);
		snprintf(v, 32, "XXXX-WXX-%d%s%s", wd, *p ? "T" : "", *p ? part_code(p) : "");
		return 1;
	}
	un = lookup(word(c, G_UNIT, w, sizeof w), units);
	if (un < 0)
		return 0;
	if (has(c, G_NUM)) {
		double n = number_of(word(c, G_NUM, w, sizeof w));
		v_period(v, n, un);
	} else
		v_period(v, c->len - c->mstart >= 11 && !memcmp(c->text + c->mstart + 6, "other", 5) ? 2 : 1, un);   /* every other */
	return 1;
}

static int
n_ref(Ctx *c, int *type, char *v, const char *arg)
{
	(void)c;
	(void)type;
	strcpy(v, arg);
	return 1;
}

static int
normalise_kind(Ctx *c, int rule, int *type, char *v)
{
	*type = TX_DATE;
	switch (rules[rule].kind) {
	case K_ISO: return n_iso(c, type, v);
	case K_MDY: return n_mdy(c, type, v);
	case K_YEAR: return n_year(c, type, v);
	case K_DECADE: return n_decade(c, type, v);
	case K_CENTURY: return n_century(c, type, v);
	case K_QUARTER: return n_quarter(c, type, v);
	case K_SEASON: return n_season(c, type, v);
	case K_HOLIDAY: return n_holiday(c, type, v);
	case K_DEICTIC: return n_deictic(c, type, v);
	case K_CLOCK: return n_clock(c, type, v);
	case K_WEEKDAY: return n_weekday(c, type, v);
	case K_RELUNIT: return n_relunit(c, type, v);
	case K_RELMON: return n_relmon(c, type, v);
	case K_QREF: return n_qref(c, type, v);
	case K_YEARAGO: return n_yearago(c, type, v);
	case K_AGO: return n_ago(c, type, v);
	case K_DURATION: return n_duration(c, type, v);
	case K_PLURAL: return n_plural(c, type, v);
	case K_REF: return n_ref(c, type, v, rules[rule].arg);
	case K_SET: return n_set(c, type, v);
	}
	return 0;
}

/* Is the match capitalised words, or a number and capitalised words,
 * opening a run of capitalised words that stands between quotation
 * marks: a title ("This Week", ``60 Minutes'', “Saturday Night Live”,
 * ‘13 Hours’), not a quoted date (date="January 20, 2016",
 * datetime="2015-12-02")? */
static int
quoted_title(Ctx *c)
{
	const char *t = c->text;
	size_t a = c->mstart, e = c->mend, p, n;
	int32_t cp;
	int open, close;

	if (a == 0 || ((uint8_t)t[a - 1] < 0x80 && t[a - 1] != '"' && t[a - 1] != '`' && t[a - 1] != '\''))
		return 0;   /* no opening mark can stand before it: the common case, first */
	for (p = a; p < e && isdig(t[p]); p++)
		;
	if (p < e && t[p] == ' ')
		p++;
	if (p == e || !(t[p] >= 'A' && t[p] <= 'Z'))
		return 0;
	while (p < e && !isdig(t[p]))
		p++;
	if (p < e)
		return 0;   /* a day or a year after a name */
	p = a - utf8_prev(t, a);
	open = (a >= 2 && (!strncmp(t + a - 2, "``", 2) || !strncmp(t + a - 2, "''", 2))) ||
	    (p < a && utf8_decode(t + p, a - p, &cp) && ((quote_mark(cp) & (QM_OPEN | QM_DOUBLE)) ==
	    (QM_OPEN | QM_DOUBLE) || cp == 0x2018 || cp == 0x2019));   /* (’ opens titles too) */
	while (e + 1 < c->len && t[e] == ' ' && t[e + 1] >= 'A' && t[e + 1] <= 'Z')
		for (e++; e < c->len && (letter(t[e]) || isdig(t[e])); e++)
			;   /* the title goes on: "“Saturday Night Live”" */
	if (e < c->len && (t[e] == ',' || t[e] == '.'))
		e++;
	close = (c->len - e >= 2 && !strncmp(t + e, "''", 2)) ||
	    (e < c->len && (n = utf8_decode(t + e, c->len - e, &cp)) && (quote_mark(cp) & QM_CLOSE) &&
	    !(e + n < c->len && letter(t[e + n])));   /* not “Today’s”, "Now I'm" */
	return open && close;
}

/* The value and type of the match of rule; 0 if it is not a time
 * ("February 30", a title). */
static int
normalise(Ctx *c, int rule, int *type, char *v)
{
	if (quoted_title(c) || !normalise_kind(c, rule, type, v))
		return 0;
	mention(c, *type, v);
	return 1;
}

/* The prefilter.  Every expression holds a trigger word (a month or
 * weekday name, a unit, a deictic word, ...) or a number, and starts at
 * a starter word at most WINDOW bytes before it, with only starters and
 * chain words ("of", "than", ...) between; the pattern is tried,
 * anchored, only at those starters, and at each at most once. */

/* (Each of three letters or more: the scan passes shorter words by.) */
static const char *const triggers[] = {
	"jan", "january", "feb", "february", "mar", "march", "apr", "april",
	"may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
	"september", "oct", "october", "nov", "november", "dec", "december",
	"mon", "monday", "mondays", "tue", "tues", "tuesday", "tuesdays", "wed",
	"wednesday", "wednesdays", "thu", "thur", "thurs", "thursday",
	"thursdays", "fri", "friday", "fridays", "sat", "saturday", "saturdays",
	"sun", "sunday", "sundays", "year", "years", "month", "months", "week",
	"weeks", "day", "days", "hour", "hours", "minute", "minutes", "second",
	"seconds", "decade", "decades", "century", "centuries", "quarter",
	"quarters", "half", "fortnight", "fortnights", "weekend", "weekends",
	"night", "nights", "period", "morning", "mornings", "afternoon",
	"afternoons", "evening", "evenings", "noon", "midnight", "midday",
	"overnight", "tonight", "today", "yesterday", "tomorrow", "now",
	"currently", "current", "presently", "present", "nowadays", "recently",
	"recent", "lately", "past", "future", "latest", "spring", "summer",
	"fall", "autumn", "winter", "christmas", "thanksgiving", "easter",
	"halloween", "valentine", "independence", "labor", "labour", "memorial",
	"boxing", "daily", "weekly", "monthly", "yearly", "hourly", "nightly",
	"biweekly", "twenties", "thirties", "forties", "fifties", "sixties",
	"seventies", "eighties", "nineties", "nineteen", "thousand", "coming",
	"first", "second", "third", "fourth", "date", "term", NULL,
};
static const char *const starters[] = {
	"the", "last", "next", "this", "previous", "following", "late", "later",
	"early", "earlier", "mid", "a", "an", "about", "nearly", "almost", "more",
	"less", "fewer", "under", "at", "up", "some", "roughly", "approximately",
	"around", "no", "each", "every", "once", "twice", "one", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety", "fiscal", "calendar", "model", "couple", "several",
	"many", "few", "dozen", "dozens", "hundred", "hundreds", "right", "these",
	"new", "most", "comparable", "corresponding", "same", "its", "that", "preceding",
	"election", NULL,
};
static const char *const chain[] = {
	"of", "than", "least", "to", "or", "so", "and", "end", "beginning",
	"start", "middle", "rest", "remainder", "near", "short", "distant", "foreseeable",
	"s", "other", "times", "per", "additional", "straight", "consecutive",
	"full", "long", "possible", "just", "only", "over", "in", "trading",
	"business", "working", NULL,
};

static void
push(Timexes *out, size_t s, size_t e, int type, const char *v)
{
	Timex *t;

	if (out->n == out->cap)
		xgrow(&out->v, &out->cap, out->n + 1, sizeof *out->v);
	t = &out->v[out->n++];
	t->start = s;
	t->end = e;
	t->type = type;
	memcpy(t->value, v, sizeof t->value);
	t->value[sizeof t->value - 1] = '\0';
}

/* The bytes rule i (compiled alone as c) can start with, as a 256-bit
 * map. */
static void
first_bytes(pcre2_code *c, uint8_t map[32])
{
	const uint8_t *bm = NULL;
	uint32_t type = 0, unit;

	pcre2_pattern_info(c, PCRE2_INFO_FIRSTBITMAP, &bm);
	pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODETYPE, &type);
	if (bm)
		memcpy(map, bm, 32);
	else if (type == 1) {
		pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODEUNIT, &unit);
		memset(map, 0, 32);
		map[unit / 8] |= 1 << (unit % 8);
		if ((unit | 32) >= 'a' && (unit | 32) <= 'z') {
			unit ^= 32;
			map[unit / 8] |= 1 << (unit % 8);
		}
	} else
		memset(map, 0xff, 32);
}

/* Append to b the pattern pat without its look-behinds, which must be
 * lists of words ("(?<=in\\s|for\\s)"): a pattern that matches wherever
 * the rule can, whatever comes before; 0 if a look-behind is not such
 * a list. */
static int
strip_lookbehinds(const char *pat, Buf *b)
{
	const char *p = pat, *q;

	while ((q = strstr(p, "(?<="))) {
		buf_add(b, p, (size_t)(q - p));
		for (p = q + 4;;) {
			size_t k = 0;
			while (*p >= 'a' && *p <= 'z')
				p++, k++;
			if (!k || strncmp(p, "\\s", 2))
				return 0;
			p += 2;
			if (*p == ')')
				break;
			if (*p++ != '|')
				return 0;
		}
		p++;
	}
	buf_adds(b, p);
	return 1;
}

/* Turn the named groups "(?<name>" of the pattern in b into plain
 * groups "(?:" when nothing refers back to them: a probe needs no
 * captures, and is quicker without. */
static void
strip_names(Buf *b)
{
	char *p, *q;

	if (strstr(b->s, "\\k<"))
		return;
	for (p = b->s; (p = strstr(p, "(?<")); ) {
		if (p[3] == '=' || p[3] == '!' || !(q = strchr(p + 3, '>'))) {
			p += 3;
			continue;
		}
		memmove(p + 3, q + 1, strlen(q + 1) + 1);
		p[2] = ':';
		b->len = strlen(b->s);
	}
}

/* Probes and rules are JIT-compiled once they have been tried this many
 * times: a short input is done sooner without.  A probe pays for its
 * compiling sooner (a memo miss tries many). */
enum { JIT_AFTER = 1, SUB_JIT_AFTER = 4 };

/* One JIT stack for all matches, of the size pcre2 would otherwise set
 * up at each. */
static pcre2_match_context *match_ctx;

/* Can the word t[0..n) be a trigger?  A bit for each first three
 * letters (case folded) and length of a trigger word, hashed into a
 * table small enough to stay in the cache: most words are turned away
 * by it.  No trigger is shorter but Q, of Q3. */
static uint64_t trigbit[1 << 9];

/* The hash of the three letters l3 (each & 31, the first lowest) and the
 * length n (as n - 1, which the scan's sift counts). */
static inline uint32_t
trighash(uint32_t l3, size_t n)
{
	return ((l3 | (uint32_t)(n - 1) << 24) * 2654435761u) >> 17;
}

/* The first three letters of t, each & 31, the first lowest. */
static inline uint32_t
letters3(const char *t)
{
	return (t[0] & 31) | (t[1] & 31) << 8 | (t[2] & 31) << 16;
}

static inline int
trigbit_set(uint32_t h)
{
	return trigbit[h >> 6] >> (h & 63) & 1;
}

static inline int
maybe_trigger(const char *t, size_t n)
{
	if (n < 3)
		return n == 1 && (t[0] | 32) == 'q';
	return trigbit_set(trighash(letters3(t), n));
}

static void
trigbits(const char *t, size_t n)
{
	uint32_t h;

	if (n < 3)
		die(EXIT_IO, "timex: \"%s\": a trigger must have 3 letters or more", t);
	h = trighash(letters3(t), n);
	trigbit[h >> 6] |= 1ull << (h & 63);
}

/* The bits of every trigger word. */
static void
init_trigbits(void)
{
	for (int i = 0; triggers[i]; i++)
		trigbits(triggers[i], strlen(triggers[i]));
}

/* Each rule alone, anchored, without its look-behinds, for probing. */
static pcre2_code *probes[NRULES];
static int unprobed[NRULES];   /* a look-behind not a list of words */
static pcre2_match_data *probe_md;
static int probe_jit[NRULES];   /* probe i is JIT-compiled */

/* Probe i, JIT-compiled once it has been asked for JIT_AFTER times. */
static pcre2_code *
probe_code(size_t i)
{
	static unsigned uses[NRULES];

	if (uses[i] < JIT_AFTER && ++uses[i] == JIT_AFTER)
		probe_jit[i] = pcre2_jit_compile(probes[i], PCRE2_JIT_PARTIAL_HARD) == 0;
	return probes[i];
}

/* Can rule i (alone, anchored, without look-behinds) match from the
 * start of str[0..n), or be cut short by its end?  Once its probe is
 * JIT-compiled, pcre2_jit_match spares pcre2_match's checks (the text is
 * valid UTF-8), unless str ends inside a character. */
static int
probe(size_t i, const char *str, size_t n)
{
	pcre2_code *c = probe_code(i);
	int rc;

	if (probe_jit[i] && n > 0 && (uint8_t)str[n - 1] < 0x80)
		rc = pcre2_jit_match(c, (PCRE2_SPTR)str, n, 0, PCRE2_PARTIAL_HARD, probe_md, match_ctx);
	else
		rc = pcre2_match(c, (PCRE2_SPTR)str, n, 0, PCRE2_PARTIAL_HARD, probe_md, match_ctx);
	return rc >= 0 || rc == PCRE2_ERROR_PARTIAL;
}

/* Can rule i start with word w?  The word is tried in lower and title
 * case, followed by a blank, a period, a hyphen or an apostrophe. */
static int
can_start(size_t i, const char *w)
{
	static const char suf[] = " .-'";
	char str[24];

	for (int f = 0; f < 2; f++)
		for (int x = 0; suf[x]; x++) {
			size_t n = strlen(w);
			memcpy(str, w, n);
			str[n] = suf[x];
			str[n + 1] = '\0';
			if (f)
				str[0] ^= 32;   /* Title case */
			if (probe(i, str, n + 1))
				return 1;
		}
	return 0;
}

/* The rules that can start with the word of slot h: for a starter, those
 * a probe allows (all those its first byte allows when a rule cannot be
 * probed); none for other words. */
static uint64_t
find_rules(uint32_t h)
{
	char w[17] = { 0 };
	uint64_t cand;

	rules_known[h] = 1;
	if (!(slotflags[h] & W_START))
		return slotrules[h];
	memcpy(w, &slotkey[h].lo, 8);
	memcpy(w + 8, &slotkey[h].hi, 8);
	cand = bytemask[(uint8_t)w[0]] | bytemask[(uint8_t)w[0] ^ 32];
	for (size_t i = 0; i < NRULES; i++)
		if ((cand >> i & 1) && (unprobed[i] || can_start(i, w)))
			slotrules[h] |= (uint64_t)1 << i;
	return slotrules[h];
}

/* The first bytes of rule i, from its pattern without look-behinds
 * compiled alone (first). */
static void
rule_bytes(size_t i, pcre2_code *first)
{
	uint8_t map[32];

	first_bytes(first, map);
	for (int ch = 0; ch < 256; ch++)
		if (map[ch / 8] & (1 << (ch % 8)))
			bytemask[ch] |= (uint64_t)1 << i;
}

/* The words after a number that let it start an expression (beside
 * the triggers), in the word table (with no flags) and marked in
 * after_number. */
static const char *const number_after[] = { "am", "pm", "a", "p", "h", "hrs",
	"or", "to", "and", "more", "additional", "straight", "consecutive",
	"full", "long", "st", "nd", "rd", "th", "s", "o", "trading", "business",
	"working", NULL };
static uint8_t after_number[NSLOT];

static void
init_after_number(void)
{
	add_words(number_after, 0);
	for (int i = 0; number_after[i]; i++)
		after_number[slot_of(wordkey(number_after[i], strlen(number_after[i])))] = 1;
}

static void
init(void)
{
	pcre2_code *first;
	pcre2_match_data *md = pcre2_match_data_create(64, NULL);

	init_bytes();
	match_ctx = pcre2_match_context_create(NULL);
	pcre2_jit_stack_assign(match_ctx, NULL, pcre2_jit_stack_create(32 * 1024, 32 * 1024, NULL));
	for (size_t i = 0; i < NRULES; i++) {
		Buf b = { 0 }, pb = { 0 };

		expand(&b, rules[i].pat);
		unprobed[i] = !strip_lookbehinds(b.s, &pb);
		if (unprobed[i]) {   /* probes and first bytes with them */
			buf_clear(&pb);
			buf_adds(&pb, b.s);
		}
		strip_names(&pb);
		first = compile(pb.s, PCRE2_DUPNAMES, 0);
		probes[i] = compile(pb.s, PCRE2_DUPNAMES | PCRE2_ANCHORED, 0);
		rule_bytes(i, first);
		pcre2_code_free(first);
		buf_free(&b);
		buf_free(&pb);
	}
	add_words(triggers, W_TRIG | W_START);
	add_words(starters, W_START);
	add_words(chain, W_CHAIN);
	add_words(future_words, W_FUT);
	add_words(intent_words, W_INTENT);
	add_words(past_words, W_PAST);
	add_words(past_forms, W_PART);
	add_words(before_to, W_BEFORE_TO);
	add_words(to_verbs, W_TO_VERB);
	init_after_number();
	init_shortslot();
	init_trigbits();
	probe_md = md;
	ready = 1;
}

/* The pattern of rule i with its word-boundary guards, compiled the
 * first time it is tried. */
static const Sub *
sub(size_t i)
{
	static unsigned uses[NRULES];
	size_t jsize = 0;

	if (!subs[i].re) {
		Buf b = { 0 };
		buf_adds(&b, "(?<![\\w$.,/:\\xa3\\xac])(?:");
		expand(&b, rules[i].pat);
		buf_adds(&b, ")(?:(?<=[0-9])(?-i:(?![a-z0-9_]))|(?<![0-9])(?![\\w]))");
		subs[i].re = compile(b.s, PCRE2_DUPNAMES | PCRE2_ANCHORED, 0);
		subs[i].md = pcre2_match_data_create_from_pattern(subs[i].re, NULL);
		index_groups(&subs[i]);
		buf_free(&b);
	}
	if (!subs[i].jit && ++uses[i] == SUB_JIT_AFTER) {
		pcre2_jit_compile(subs[i].re, PCRE2_JIT_COMPLETE);
		pcre2_pattern_info(subs[i].re, PCRE2_INFO_JITSIZE, &jsize);
		subs[i].jit = jsize > 0;
	}
	return &subs[i];
}

/* Can a number at t[i..j) start an expression?  A year, a number
 * joined to more digits ("10/24", "3:30", "1990s", "24th"), or one
 * followed by a trigger, a clock suffix or a range word can. */
static int
number_viable(const char *t, size_t len, size_t i, size_t j)
{
	static const char *const parts[] = { " the morning", " the afternoon", " the evening", NULL };
	size_t k, e;
	int h;

	if (j - i == 4 && (t[i] == '1' || (t[i] == '2' && t[i + 1] == '0')))
		return 1;
	if (j < len && strchr("-/:.", t[j]) && j + 1 < len && isdig(t[j + 1]))
		return 1;
	if (len - j >= 4 && !memcmp(t + j, " 1/2", 4))
		return 1;   /* 2 1/2 years */
	for (k = j; k < len && (t[k] == ' ' || t[k] == '-' || t[k] == '\n'); k++)
		;
	for (e = k; e < len && letter(t[e]); e++)
		;
	if (e == k)
		return 0;
	h = e - k < 16 ? slot_of(wordkey(t + k, e - k)) : -1;
	if (h >= 0 && ((slotflags[h] & W_TRIG) || after_number[h]))
		return 1;
	if (e - k == 2 && is2(t + k, 'i', 'n'))   /* 4 in the morning */
		for (int n = 0; parts[n]; n++)
			if (len - e >= strlen(parts[n]) && !strncasecmp(t + e, parts[n], strlen(parts[n])))
				return 1;
	return 0;
}

/* Try the rules in mask at offset at, for a trigger at offset trig; 1 if an
 * expression was taken (or rejected as a whole), *pos then past it. */
static int
try_at(Ctx *c, size_t at, size_t trig, uint64_t mask, Timexes *out, size_t *pos)
{
	int type, rule;
	char v[32];
	const Sub *sb = NULL;

	for (rule = 0; mask; rule++, mask >>= 1) {
		int skip = __builtin_ctzll(mask);
		rule += skip;
		mask >>= skip;
		sb = sub(rule);
		if ((sb->jit ? pcre2_jit_match : pcre2_match)(sb->re, (PCRE2_SPTR)c->text,
		    c->len, at, 0, sb->md, match_ctx) >= 0)
			break;
	}
	if (!mask)
		return 0;
	c->sub = sb;
	c->ov = pcre2_get_ovector_pointer(sb->md);
	c->mstart = c->ov[0];
	c->mend = c->ov[1];
	if (c->mend <= trig)
		return 0;   /* does not reach the trigger */
	*pos = c->mend;
	if (!normalise(c, rule, &type, v))
		return 1;   /* "February 30": no part of it either */
	push(out, c->mstart, c->mend, type, v);
	return 1;
}

/* Tokens: a run of letters, a run of digits, an apostrophe before a
 * digit ('98) or any other byte; blanks and punctuation between them are
 * skipped.  A token with no flags that is a word breaks the chain from
 * a starter to a trigger. */
typedef struct {
	size_t a, e;
	int flags, word;
	uint64_t mask;   /* the rules a starter can start */
} Tok;

static int
skipped(unsigned char c)
{
	return !wordch(c) && c != '\'';
}

/* Is a ’ (E2 80 99) at i, before a digit? */
static int
rsquo_digit(const char *t, size_t len, size_t i)
{
	return (uint8_t)t[i] == 0xE2 && i + 3 < len && (uint8_t)t[i + 1] == 0x80 &&
	    (uint8_t)t[i + 2] == 0x99 && isdig(t[i + 3]);
}

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WORDWISE 1
/* The high bit of each byte of x that is an ASCII letter. */
static inline uint64_t
letters8(uint64_t x)
{
	uint64_t b = (x | 0x2020202020202020ull) & 0x7f7f7f7f7f7f7f7full;

	return (b + 0x1f1f1f1f1f1f1f1full) & ~(b + 0x0505050505050505ull) & ~x & 0x8080808080808080ull;
}
#endif

/* The end of the run of ASCII letters from j: eight bytes at a time
 * where the compiler allows, a byte at a time at the end. */
static inline size_t
letters_end(const char *t, size_t len, size_t j)
{
#ifdef WORDWISE
	for (; j + 8 <= len; j += 8) {
		uint64_t x, nl;
		memcpy(&x, t + j, 8);
		if ((nl = ~letters8(x) & 0x8080808080808080ull))
			return j + __builtin_ctzll(nl) / 8;
	}
#endif
	while (j < len && letter(t[j]))
		j++;
	return j;
}

/* The start of the run of ASCII letters that ends at e: as
 * letters_end(), backwards. */
static inline size_t
letters_start(const char *t, size_t e)
{
#ifdef WORDWISE
	for (; e >= 8; e -= 8) {
		uint64_t x, nl;
		memcpy(&x, t + e - 8, 8);
		if ((nl = ~letters8(x) & 0x8080808080808080ull))
			return e - __builtin_clzll(nl) / 8;
	}
#endif
	while (e > 0 && letter(t[e - 1]))
		e--;
	return e;
}

/* The end of the token starting at i. */
static inline size_t
tok_end(const char *t, size_t len, size_t i)
{
	uint8_t ch = t[i];
	size_t j = i + 1;

	if (letter(ch))
		j = letters_end(t, len, j);
	else if (isdig(ch))
		while (j < len && isdig(t[j]))
			j++;
	else if (rsquo_digit(t, len, i))
		j = i + 3;
	return j;
}

/* The start of the token ending at e (after the skipped bytes before e
 * are passed), or (size_t)-1 if there is none. */
static size_t
tok_before(const char *t, size_t len, size_t *e)
{
	size_t p = *e, a;

	while (p > 0 && skipped(t[p - 1]))
		p--;
	*e = p;
	if (p == 0)
		return (size_t)-1;
	a = p - 1;
	if (letter(t[a]))
		a = letters_start(t, p);
	else if (isdig(t[a]))
		while (a > 0 && isdig(t[a - 1]))
			a--;
	else if (p >= 3 && rsquo_digit(t, len, p - 3))
		a = p - 3;
	return a;
}

/* The flags and rules of the word k, after a byte that is no word
 * byte. */
static inline void
classify_word(const char *text, size_t len, Tok *k)
{
	uint8_t ch = text[k->a];

	k->word = 1;
	k->mask = bytemask[ch];
	k->flags = word_class_at(text, len, k->a, k->e, &k->mask);
	if (k->e == k->a + 1 && (ch | 32) == 'q' && k->e < len && isdig(text[k->e]))
		k->flags = W_TRIG | W_START;   /* Q3 */
}

/* The flags and rules of token k, no word: a number, a '98 or any
 * other byte; pre is the byte before it. */
static void
classify_other(const char *text, size_t len, Tok *k, uint8_t pre)
{
	uint8_t ch = text[k->a];

	k->flags = 0;
	k->word = 1;
	k->mask = bytemask[ch];
	if (isdig(ch)) {
		if (starts_word(text, k->a, pre) && pre != '$' && pre != '.' && pre != ',' &&
		    number_viable(text, len, k->a, k->e))
			k->flags = W_TRIG | W_START;
	} else if ((ch == '\'' && k->a + 1 < len && isdig(text[k->a + 1])) ||
	    rsquo_digit(text, len, k->a)) {
		k->flags = W_TRIG | W_START;   /* '98 */
	} else
		k->word = 0;
}

/* The flags and rules of token k (a word inline: most are). */
static inline void
classify(const char *text, size_t len, Tok *k)
{
	uint8_t ch = text[k->a], pre = k->a > 0 ? text[k->a - 1] : ' ';

	if (!letter(ch))
		classify_other(text, len, k, pre);
	else if (starts_word(text, k->a, pre))
		classify_word(text, len, k);
	else {
		k->flags = 0;
		k->word = 1;
		k->mask = bytemask[ch];
	}
}

/* The rules that can start at a starter, narrowed by the text from it
 * to the token after the trigger (or, when that is too long, after the
 * starter): a probe of each rule on those bytes (an exact test: a rule
 * that cannot begin so cannot match), remembered by the bytes. */
enum { NMEMO = 32768, MEMOKEY = 32 };
typedef struct {
	uint8_t n;
	char k[MEMOKEY];
	uint64_t mask;
} Memo;
static Memo memo[NMEMO];

/* The end of the token after offset e. */
static size_t
next_end(const char *text, size_t len, size_t e)
{
	while (e < len && skipped(text[e]))
		e++;
	return e < len ? tok_end(text, len, e) : e;
}

/* Are a[0..n) and b[0..n) the same?  Eight bytes at a time, the last
 * eight overlapping, for a key's usual length (memcmp is a call). */
static inline int
same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t x, y;

	if (n < 8)
		return !memcmp(a, b, n);
	for (size_t i = 0; i + 8 < n; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
	}
	memcpy(&x, a + n - 8, 8);
	memcpy(&y, b + n - 8, 8);
	return x == y;
}

/* The memo entry for the key k[0..n) (n <= MEMOKEY): *hit tells if it
 * holds that key. */
static inline Memo *
memo_entry(const char *k, size_t n, int *hit)
{
	uint32_t h = 2166136261u;

	if (n >= 8) {   /* the first and last eight bytes and the length */
		uint64_t x, y;
		memcpy(&x, k, 8);
		memcpy(&y, k + n - 8, 8);
		x = (x ^ y * 0x9E3779B97F4A7C15ull ^ n) * 0xC2B2AE3D27D4EB4Full;
		h = (uint32_t)(x >> 40);
	} else
		for (size_t i = 0; i < n; i++)
			h = (h ^ (uint8_t)k[i]) * 16777619u;
	h = (h ^ h >> 16) & (NMEMO - 1);
	*hit = memo[h].n == n && same_bytes(memo[h].k, k, n);
	return &memo[h];
}

/* Remember in e the rules of base that can begin with k[0..n) (base
 * follows from the bytes: it is narrowed from the rules of their first
 * word); those rules. */
static uint64_t
memo_fill(Memo *e, const char *k, size_t n, uint64_t base)
{
	uint64_t m = 0;

	for (size_t i = 0; i < NRULES; i++)
		if ((base >> i & 1) && (unprobed[i] || probe(i, k, n)))
			m |= (uint64_t)1 << i;
	e->n = n;
	memcpy(e->k, k, n);
	e->mask = m;
	return m;
}

static uint64_t
memo_mask(const char *k, size_t n, uint64_t base)
{
	int hit;
	Memo *e = memo_entry(k, n, &hit);

	return hit ? e->mask : memo_fill(e, k, n, base);
}

/* The rules of starter st, narrowed by the text up to the token after
 * the trigger (ending at trig_end); when that is not remembered, first
 * by the text up to the token after the starter, which repeats more (a
 * rule that cannot begin with it cannot with the longer text). */
static uint64_t
narrow(const char *text, size_t len, const Tok *st, size_t trig_end)
{
	const char *k = text + st->a;
	size_t n1, n2 = 0;
	uint64_t m = st->mask;
	Memo *e = NULL;
	int hit;

	if (trig_end > st->e && (n2 = next_end(text, len, trig_end) - st->a) <= MEMOKEY) {
		e = memo_entry(k, n2, &hit);
		if (hit)
			return e->mask;
	}
	if ((n1 = next_end(text, len, st->e) - st->a) <= MEMOKEY)
		m = memo_mask(k, n1, m);
	return e ? memo_fill(e, k, n2, m) : m;
}

/* At trigger k: the starters before it in its chain (from lo on, within
 * WINDOW bytes, at most 16, the trigger last) are tried leftmost first;
 * 1 if one was taken. */
static int
at_trigger(Ctx *c, Tok *k, size_t lo, Timexes *out, size_t *pos)
{
	Tok st[16], t;
	int n = 0;
	size_t e = k->a, a;

	st[n++] = *k;
	while (n < 16 && (a = tok_before(c->text, c->len, &e)) != (size_t)-1) {
		if (a < lo || a + WINDOW < k->a)
			break;
		t.a = a;
		t.e = e;
		classify(c->text, c->len, &t);
		if (t.word && !t.flags)
			break;
		if (t.flags & W_START)
			st[n++] = t;
		e = a;
	}
	while (n > 0) {
		t = st[--n];
		if (t.a < *pos)
			continue;
		if (try_at(c, t.a, k->a, narrow(c->text, c->len, &t, k->e), out, pos))
			return 1;
	}
	return 0;
}

/* The scan, 64 bytes at a time: a bit per byte for the letters and for
 * the bytes a trigger token can start at: a letter or digit after a
 * byte that is no word byte, an apostrophe or the first byte of a ’
 * before a digit (any other token start holds no trigger). */
typedef struct {
	uint64_t let, dig, high, spec;   /* spec: ' and the first byte of ’ */
} Block;

#ifdef __SSE2__
#include <emmintrin.h>

/* The bytes set in m, as bits 16*q... */
static inline uint64_t
bits16(__m128i m, int q)
{
	return (uint64_t)(uint32_t)_mm_movemask_epi8(m) << 16 * q;   /* 16 bits */
}

/* The masks of the 16 bytes at p, as bits 16*q.. of those of *m. */
static inline void
masks16(const char *p, int q, Block *m)
{
	__m128i x = _mm_loadu_si128((const __m128i *)p);
	__m128i l = _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x80 - 'a'));
	__m128i d = _mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0')));
	__m128i s = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE2)));

	m->let |= bits16(_mm_cmplt_epi8(l, _mm_set1_epi8(-128 + 26)), q);
	m->dig |= bits16(_mm_cmplt_epi8(d, _mm_set1_epi8(-128 + 10)), q);
	m->high |= bits16(x, q);
	m->spec |= bits16(s, q);
}
#endif

/* The masks of p[0..64). */
static inline void
masks(const char *p, Block *m)
{
	*m = (Block){ 0 };
#ifdef __SSE2__
	for (int q = 0; q < 4; q++)
		masks16(p + 16 * q, q, m);
#else
	for (int q = 0; q < 64; q++) {
		uint8_t ch = p[q];
		m->let |= (uint64_t)(letter(ch) != 0) << q;
		m->dig |= (uint64_t)(isdig(ch) != 0) << q;
		m->high |= (uint64_t)(ch >= 0x80) << q;
		m->spec |= (uint64_t)(ch == '\'' || ch == 0xE2) << q;
	}
#endif
}

/* The candidate starts in the block of masks m; after is 1 if the byte
 * before it is a word byte.  (A digit past the block may follow its
 * last bytes.)  A letter or digit after a non-ASCII byte is one too:
 * classify() tells whether a word starts there ("“Today"). */
static inline uint64_t
starts(const Block *m, int after)
{
	uint64_t an = m->let | m->dig, word = an | m->high, prev = word << 1 | (uint64_t)after;

	return (an & ~prev) | (an & m->high << 1) | (m->spec & (m->dig >> 1 | m->dig >> 3 | 7ull << 61));
}

/* letters3() of the word at p (p[3] can be read): one load where the
 * compiler allows. */
static inline uint32_t
load3(const char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t x;

	memcpy(&x, p, 4);
	return x & 0x1f1f1f;
#else
	return letters3(p);
#endif
}

/* Of the candidates cand of the block at p (of masks m, p[64..67)
 * readable), those that may be triggers: all but words, a letter before
 * a digit (Q3) and the words of three letters or more of a trigger's
 * first letters and length.  A word running past the block is left to
 * the next, which *step puts at its start (unless the block is all
 * letters: the word is then kept). */
static inline uint64_t
sift(const char *p, const Block *m, uint64_t cand, size_t *step)
{
	uint64_t let = m->let, ends = let & ~(let >> 1), keep = 0, w;

	*step = 64;
	if (let >> 63) {
		int s = 63 - __builtin_clzll(let & ~(let << 1));

		if (s > 0) {
			*step = s;
			cand &= (1ull << s) - 1;
		} else
			keep = cand;
	}
	keep |= (cand & ~let) | (cand & let & m->dig >> 1);
	for (w = cand & let & let >> 1 & let >> 2; w; w &= w - 1) {
		int i = __builtin_ctzll(w);
		size_t n = __builtin_ctzll(ends >> i) + 1;

		if (trigbit_set(trighash(load3(p + i), n)))
			keep |= w & -w;
	}
	return keep;
}

void
timex_find(const char *text, size_t len, const Date *anchor, Timexes *out)
{
	Ctx c = { 0 };
	size_t pos = 0, lo = 0, b, step;
	char pad[72];

	if (!ready)
		init();
	out->n = 0;
	c.text = text;
	c.len = len;
	if (anchor) {
		c.anchor = *anchor;
		c.has_anchor = 1;
	}
	for (b = 0; b < len; b = b + step > pos ? b + step : pos) {
		const char *p = text + b;
		uint64_t cand;
		Block m;

		if (len - b < 67) {   /* the end: zeros after it */
			memset(pad, 0, sizeof pad);
			memcpy(pad, p, len - b);
			p = pad;
		}
		masks(p, &m);
		cand = sift(p, &m, starts(&m, b > 0 && !starts_word(text, b, text[b - 1])), &step);
		for (; cand; cand &= cand - 1) {
			size_t i = b + __builtin_ctzll(cand);
			Tok k;

			if (i < pos)
				continue;
			k.a = i;
			if (m.let >> (i - b) & 1) {   /* a word, sifted unless all the block */
				uint64_t r = ~m.let >> (i - b);
				k.e = r ? i + __builtin_ctzll(r) : letters_end(text, len, b + 64);
				if (!r && !maybe_trigger(text + i, k.e - i))
					continue;
				classify_word(text, len, &k);
			} else {
				k.e = tok_end(text, len, i);
				classify(text, len, &k);
			}
			if (!(k.flags & W_TRIG))
				continue;
			if (at_trigger(&c, &k, lo, out, &pos))
				lo = pos;
			else
				lo = k.e;
		}
	}
}

const char *
timex_typename(int type)
{
	return type == TX_DATE ? "DATE" : type == TX_TIME ? "TIME" :
	    type == TX_DURATION ? "DURATION" : "SET";
}

int
timex_types(const char *list)
{
	int bits = 0;

	while (*list) {
		size_t n = strcspn(list, ",");
		int b = 0;
		for (int t = TX_DATE; t <= TX_SET; t <<= 1)
			if (strlen(timex_typename(t)) == n && !strncasecmp(list, timex_typename(t), n))
				b = t;
		if (!b)
			return -1;
		bits |= b;
		list += n + (list[n] == ',');
	}
	return bits;
}

void
timexes_free(Timexes *tx)
{
	free(tx->v);
	tx->v = NULL;
	tx->n = tx->cap = 0;
}
