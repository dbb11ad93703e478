/* dateof: publication dates and time expressions of news articles.
 * See dateof(1). */
#include <getopt.h>
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
	"[-a] [-t TYPES] [--ref DATE] [file ...]\n"
	"  -a          one row per time expression: start end expr type value\n"
	"  -t TYPES    with -a, keep only these types (DATE,TIME,DURATION,SET)\n"
	"  --ref DATE  resolve relative expressions against DATE (YYYY-MM-DD)\n"
	"  -h          this help; --version: the version";

static const char *const doc_cols[] = { "date", "date_text" };
static const char *const all_cols[] = { "date", "date_text", "start", "end", "expr", "type", "value" };

static const struct option longopts[] = {
	{ "ref", required_argument, NULL, 'R' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

int
main(int argc, char **argv)
{
	int all = 0, types = TX_DATE | TX_TIME | TX_DURATION | TX_SET, c, has_ref = 0;
	Date ref, anchor;
	Input *in;
	Layout *lay;
	Timexes tx = { 0 };
	long datecol, dtcol;
	Str tname[TX_SET + 1];

	setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "aht:", longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			all = 1;
			break;
		case 't':
			if ((types = timex_types(optarg)) <= 0)
				die(EXIT_USAGE, "-t: unknown type in '%s' (DATE, TIME, DURATION, SET)", optarg);
			break;
		case 'R':
			if (strlen(optarg) != 10 || !cal_parse(optarg, 10, &ref))
				die(EXIT_USAGE, "--ref: not a valid date (YYYY-MM-DD): %s", optarg);
			has_ref = 1;
			break;
		case 'h':
			help(synopsis);
		case 'V':
			version();
		default:
			usage(synopsis);
		}
	}
	in = input_open(argc - optind, argv + optind);
	lay = all ? layout_new(in, LAYOUT_DROP_TEXT, all_cols, 7)
	    : layout_new(in, LAYOUT_KEEP_TEXT, doc_cols, 2);
	layout_per_record(lay, 2);   /* date, date_text */
	layout_header(lay);
	for (int t = TX_DATE; t <= TX_SET; t <<= 1)
		tname[t] = str_cstr(timex_typename(t));
	datecol = input_col(in, "date");
	dtcol = input_col(in, "date_text");
	while (input_next(in)) {
		Str text = input_text(in), idate = STR("");
		Str vals[7];
		PubDate pd;
		int anchored;

		if (datecol >= 0)
			idate = input_field(in, datecol);
		anchored = pubdate_doc(text.s, text.len, idate.s, idate.len,
		    has_ref ? &ref : NULL, &pd, &anchor);
		vals[0] = str_cstr(pd.value);
		vals[1] = str_make(text.s + pd.start, pd.end - pd.start);
		if (pd.how == PD_INPUT && dtcol >= 0)
			vals[1] = input_field(in, dtcol);
		if (!all) {
			layout_row(lay, in, vals);
			continue;
		}
		timex_find(text.s, text.len, anchored ? &anchor : NULL, &tx);
		for (size_t k = 0; k < tx.n; k++) {
			Timex *t = &tx.v[k];
			char sb[STR_NUMSIZE], eb[STR_NUMSIZE];

			if (!(t->type & types))
				continue;
			vals[2] = str_num(t->start, sb);
			vals[3] = str_num(t->end, eb);
			vals[4] = str_make(text.s + t->start, t->end - t->start);
			vals[5] = tname[t->type];
			vals[6] = str_cstr(t->value);
			layout_row(lay, in, vals);
		}
	}
	input_close(in);
	layout_free(lay);
	timexes_free(&tx);
	return 0;
}
