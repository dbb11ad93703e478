/* quotes: direct and partial quotations in news documents, with their
 * speakers resolved to full names.  See quotes(1). */
#include <stdio.h>
#include <string.h>
#include <getopt.h>
#include <unistd.h>

#include "alias.h"
#include "attrib.h"
#include "buf.h"
#include "err.h"
#include "quote.h"
#include "stream.h"

static const char synopsis[] =
    "[-ae] [file ...]\n"
    "  -a         every quoted span, quotation or not (scare quotes, titles)\n"
    "  -e         name speakers with the entity recogniser of entities(1) (slower)\n"
    "  -h         this help; --version the version";

static const struct option longopts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static const char *const cols[] = {
	"quote", "speaker", "mention", "cue", "kind",
	"start", "end", "mention_start", "mention_end",
};
enum { NCOLS = sizeof cols / sizeof *cols };

/* An offset, or an empty field for NOPOS. */
static Str
offset(char buf[STR_NUMSIZE], size_t v)
{
	return v == NOPOS ? STR("") : str_num(v, buf);
}

static Str
span(const char *s, size_t a, size_t b, Buf *out)
{
	const char *p;
	size_t n;

	if (a == NOPOS)
		return STR("");
	p = quote_tidy(s, a, b, out, &n);
	return str_make(p, n);
}

static void
row(const Layout *l, const Input *in, const char *s, const Attr *x, const char *name)
{
	static Buf quote, speaker, cue;
	char n[4][STR_NUMSIZE];
	Str v[NCOLS];

	v[0] = span(s, x->q->start, x->q->end, &quote);
	v[1] = name ? str_cstr(name) : span(s, x->ss, x->se, &speaker);
	v[2] = x->ms == NOPOS ? STR("") : str_make(s + x->ms, x->me - x->ms);
	attrib_cue(s, x, &cue);
	v[3] = str_make(cue.s ? cue.s : "", cue.len);
	v[4] = x->kind == KIND_FULL ? STR("full") : STR("partial");
	v[5] = offset(n[0], x->q->start);
	v[6] = offset(n[1], x->q->end);
	v[7] = offset(n[2], x->ms);
	v[8] = offset(n[3], x->me);
	layout_row(l, in, v);
}

/* Does a row to be written have a speaker to look up in the entities? */
static int
speakers(const Attr *xs, size_t n, int all)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((all || xs[i].quotation) && xs[i].ss != NOPOS)
			return 1;
	return 0;
}

int
main(int argc, char **argv)
{
	int ch, all = 0, ents = 0;
	size_t i, n;
	const Attr *xs;
	Mentions ms = { 0 };
	Entities es = { 0 };
	Attrib *at;
	Input *in;
	Layout *l;
	Str text;

	setprogname(argv[0]);
	while ((ch = getopt_long(argc, argv, "aeh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a': all = 1; break;
		case 'e': ents = 1; break;
		case 'h': help(synopsis);
		case 'V': version();
		default: usage(synopsis);
		}
	}
	in = input_open(argc - optind, argv + optind);
	l = layout_new(in, LAYOUT_DROP_TEXT, cols, NCOLS);
	layout_header(l);
	at = attrib_new();
	while (input_next(in)) {
		text = input_text(in);
		n = attrib_doc(at, text.s, text.len, &xs);
		if (ents && speakers(xs, n, all)) {
			ner_tag(text.s, text.len, &ms);
			alias_merge(text.s, &ms, &es);
		}
		for (i = 0; i < n; i++)
			if (all || xs[i].quotation)
				row(l, in, text.s, &xs[i],
				    ents ? attrib_entity(text.s, &xs[i], &ms, &es) : NULL);
	}
	mentions_free(&ms);
	entities_free(&es);
	attrib_free(at);
	layout_free(l);
	input_close(in);
	out_flush();
	return 0;
}
