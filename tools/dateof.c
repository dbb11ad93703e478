/* dateof: publication dates and time expressions of news articles.
 * See dateof(1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar.h"
#include "err.h"
#include "pubdate.h"
#include "stream.h"
#include "timex.h"

static const char synopsis[] =
	"usage: dateof [-a] [-t TYPES] [--ref DATE] [FILE...]\n"
	"  -a          one row per time expression: start end expr type value\n"
	"  -t TYPES    with -a, keep these types (DATE,TIME,DURATION,SET)\n"
	"  --ref DATE  resolve relative expressions against DATE (YYYY-MM-DD)\n"
	"  -h          this help; --version: the version\n";

static const char *const doc_cols[] = { "date", "date_text" };
static const char *const all_cols[] = { "date", "date_text", "start", "end", "expr", "type", "value" };

int
main(int argc, char **argv)
{
	int all = 0, types = TX_DATE | TX_TIME | TX_DURATION | TX_SET, c;
	Date ref, anchor;
	int has_ref = 0;
	Input *in;
	Layout *lay;
	Timexes tx = { 0 };
	long datecol;

	setprogname(argv[0]);
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--version")) {
			printf("dateof newsutils %s\n", VERSION);
			return 0;
		}
		if (!strncmp(argv[i], "--ref", 5) && (argv[i][5] == '=' || argv[i][5] == '\0')) {
			const char *v = argv[i][5] ? argv[i] + 6 : i + 1 < argc ? argv[i + 1] : NULL;
			if (!v || strlen(v) != 10 || !cal_parse(v, 10, &ref))
				die(EXIT_USAGE, "--ref: not a valid date (YYYY-MM-DD): %s", v ? v : "");
			has_ref = 1;
			int drop = argv[i][5] ? 1 : 2;
			memmove(argv + i, argv + i + drop, (argc - i - drop + 1) * sizeof *argv);
			argc -= drop;
			i--;
		} else if (!strcmp(argv[i], "--"))
			break;
	}
	while ((c = getopt(argc, argv, "aht:")) != -1) {
		switch (c) {
		case 'a':
			all = 1;
			break;
		case 't':
			if ((types = timex_types(optarg)) <= 0)
				die(EXIT_USAGE, "-t: unknown type in %s (DATE, TIME, DURATION, SET)", optarg);
			break;
		case 'h':
			fputs(synopsis, stdout);
			return 0;
		default:
			usage(synopsis);
		}
	}
	in = input_open(argc - optind, argv + optind);
	lay = NULL;
	while (input_next(in)) {
		Str text = input_text(in), idate = STR("");
		PubDate pd;
		int has_anchor = 0;

		if (!lay) {
			lay = all ? layout_new(in, LAYOUT_DROP_TEXT, all_cols, 7)
			    : layout_new(in, LAYOUT_KEEP_TEXT, doc_cols, 2);
			layout_header(lay);
		}
		datecol = input_col(in, "date");
		if (datecol >= 0)
			idate = input_field(in, datecol);
		if (has_ref) {
			anchor = ref;
			has_anchor = 1;
		} else if (cal_parse(idate.s, idate.len, &anchor))
			has_anchor = 1;
		pubdate_find(text.s, text.len, has_anchor ? anchor.y : 0, &pd);
		Str vals[7];
		vals[0] = str_make(pd.value, strlen(pd.value));
		vals[1] = str_make(text.s + pd.start, pd.end - pd.start);
		if (!pd.value[0] && datecol >= 0) {
			Date tmp;
			long dtc = input_col(in, "date_text");
			if (cal_parse(idate.s, idate.len, &tmp) || (idate.len == 7 || idate.len == 4)) {
				vals[0] = idate;
				vals[1] = dtc >= 0 ? input_field(in, dtc) : STR("");
			}
		}
		if (!has_anchor && strlen(pd.value) == 10 && cal_parse(pd.value, 10, &anchor))
			has_anchor = 1;
		if (!all) {
			layout_row(lay, in, vals);
			continue;
		}
		timex_find(text.s, text.len, has_anchor ? &anchor : NULL, &tx);
		for (size_t k = 0; k < tx.n; k++) {
			Timex *t = &tx.v[k];
			char sb[24], eb[24];
			if (!(t->type & types))
				continue;
			snprintf(sb, sizeof sb, "%zu", t->start);
			snprintf(eb, sizeof eb, "%zu", t->end);
			vals[2] = str_make(sb, strlen(sb));
			vals[3] = str_make(eb, strlen(eb));
			vals[4] = str_make(text.s + t->start, t->end - t->start);
			vals[5] = str_make(timex_typename(t->type), strlen(timex_typename(t->type)));
			vals[6] = str_make(t->value, strlen(t->value));
			layout_row(lay, in, vals);
		}
	}
	if (!lay) {
		/* empty input: a header all the same */
	}
	input_close(in);
	timexes_free(&tx);
	return 0;
}
