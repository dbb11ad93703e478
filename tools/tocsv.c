/* tocsv: write a newsutils stream as RFC 4180 CSV. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvout.h"
#include "err.h"
#include "stream.h"

static const char synopsis[] = "[-c columns] [-d char] [--crlf] [--bom] [file ...]";

/* Resolve the comma-separated names in list to column indices. */
static size_t
pick(const Input *in, const char *list, long **cols)
{
	char *copy = xstrdup(list), *p, *save = NULL;
	size_t n = 0;
	long c;

	*cols = xcalloc(strlen(list) + 1, sizeof **cols);
	for (p = strtok_r(copy, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		if ((c = input_col(in, p)) < 0)
			die(EXIT_USAGE, "-c: no column %s", p);
		(*cols)[n++] = c;
	}
	free(copy);
	if (n == 0)
		die(EXIT_USAGE, "-c: no columns given");
	return n;
}

static void
header(const Input *in, CsvOut *c, const long *cols, size_t n, int bom)
{
	size_t i;
	const char *name;

	if (bom)
		csvout_bom();
	for (i = 0; i < n; i++) {
		name = input_colname(in, (size_t)cols[i]);
		csvout_field(c, name, strlen(name), n == 1);
	}
	csvout_endrow(c);
}

static const struct option longopts[] = {
	{ "crlf", no_argument, NULL, 'C' },
	{ "bom", no_argument, NULL, 'B' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

int
main(int argc, char **argv)
{
	CsvOut csv = { ',', 0, 0 };
	const char *list = NULL;
	int ch, bom = 0, started = 0;
	long *cols;
	size_t n, k;
	Input *in;
	Str f;

	setprogname(argv[0]);
	while ((ch = getopt_long(argc, argv, "c:d:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c': list = optarg; break;
		case 'd':
			if (strlen(optarg) != 1 || strchr("\"\r\n", optarg[0])) {
				warnmsg("-d: the delimiter must be one character, not a quote or line end");
				usage(synopsis);
			}
			csv.delim = optarg[0];
			break;
		case 'h': help(synopsis);
		case 'C': csv.crlf = 1; break;
		case 'B': bom = 1; break;
		case 'V': version();
		default: usage(synopsis);
		}
	}
	in = input_open_table(argc - optind, argv + optind);
	if (list) {
		n = pick(in, list, &cols);
	} else {
		n = input_ncols(in);
		cols = xcalloc(n + 1, sizeof *cols);
		for (k = 0; k < n; k++)
			cols[k] = (long)k;
	}
	/* Raw input writes its header with its first document, so that an
	 * empty input gives an empty output. */
	if (!input_raw(in)) {
		header(in, &csv, cols, n, bom);
		started = 1;
	}
	while (input_next(in)) {
		if (!started++)
			header(in, &csv, cols, n, bom);
		for (k = 0; k < n; k++) {
			f = input_field(in, (size_t)cols[k]);
			csvout_field(&csv, f.s, f.len, n == 1);
		}
		csvout_endrow(&csv);
	}
	input_close(in);
	free(cols);
	out_flush();
	return 0;
}
