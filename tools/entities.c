/* entities: people, organisations, places and other names in news
 * documents, with aliases merged.  See entities(1). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alias.h"
#include "buf.h"
#include "err.h"
#include "ner.h"
#include "stream.h"

static const char synopsis[] =
    "[-m] [-t TYPES] [--min-count N] [file ...]\n"
    "  -m             one row per mention (start end mention entity type)\n"
    "  -t TYPES       keep these types: PERSON,ORG,LOC,MISC (comma separated)\n"
    "  --min-count N  keep entities with at least N mentions\n"
    "  -h             this help; --version the version";

static const struct option longopts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "min-count", required_argument, NULL, 'c' },
	{ NULL, 0, NULL, 0 },
};

static const char *const ent_cols[] = { "entity", "type", "count", "forms", "start" };
static const char *const men_cols[] = { "start", "end", "mention", "entity", "type" };

static unsigned
parse_types(const char *s)
{
	unsigned mask = 0;
	const char *e;
	EntType t;

	for (; *s; s = *e ? e + 1 : e) {
		e = strchr(s, ',');
		if (!e)
			e = s + strlen(s);
		t = ent_type_parse(s, (size_t)(e - s));
		if (t == ENT_NONE) {
			fprintf(stderr, "%s: unknown type '%.*s' (PERSON, ORG, LOC, MISC)\n", progname, (int)(e - s), s);
			usage(synopsis);
		}
		mask |= 1u << t;
	}
	return mask;
}

/* The argument of --min-count: a number. */
static size_t
count(const char *s)
{
	char *end;
	size_t n;

	if (*s < '0' || *s > '9')
		usage(synopsis);
	n = strtoul(s, &end, 10);
	if (*end)
		usage(synopsis);
	return n;
}

static void
entity_rows(const Layout *l, const Input *in, const Entities *es, unsigned types, size_t min)
{
	char nb[2][STR_NUMSIZE];
	Buf forms = { 0 };
	Str v[5];
	size_t i, j;

	for (i = 0; i < es->n; i++) {
		const Entity *e = &es->v[i];
		if (!(types >> e->type & 1) || e->count < min)
			continue;
		buf_clear(&forms);
		for (j = 0; j < e->nforms; j++) {
			if (j)
				buf_addc(&forms, '|');
			buf_adds(&forms, e->forms[j]);
		}
		v[0] = str_cstr(e->name);
		v[1] = str_cstr(ent_type_name(e->type));
		v[2] = str_num(e->count, nb[0]);
		v[3] = str_make(forms.s ? forms.s : "", forms.len);
		v[4] = str_num(e->first, nb[1]);
		layout_row(l, in, v);
	}
	buf_free(&forms);
}

static void
mention_rows(const Layout *l, const Input *in, Str text, const Mentions *ms,
    const Entities *es, unsigned types, size_t min)
{
	char nb[2][STR_NUMSIZE];
	Str v[5];
	size_t i;

	for (i = 0; i < ms->n; i++) {
		const Mention *m = &ms->v[i];
		const Entity *e = &es->v[m->entity];
		if (!(types >> e->type & 1) || e->count < min)
			continue;
		v[0] = str_num(m->start, nb[0]);
		v[1] = str_num(m->end, nb[1]);
		v[2] = str_make(text.s + m->start, m->end - m->start);
		v[3] = str_cstr(e->name);
		v[4] = str_cstr(ent_type_name(m->type));
		layout_row(l, in, v);
	}
}

int
main(int argc, char **argv)
{
	Mentions ms = { 0 };
	Entities es = { 0 };
	unsigned types = ~0u;
	size_t min = 0;
	int ch, permention = 0;
	Input *in;
	Layout *l;

	setprogname(argv[0]);
	while ((ch = getopt_long(argc, argv, "hmt:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h': help(synopsis);
		case 'V': version();
		case 'm': permention = 1; break;
		case 't': types = parse_types(optarg); break;
		case 'c': min = count(optarg); break;
		default: usage(synopsis);
		}
	}
	in = input_open(argc - optind, argv + optind);
	l = layout_new(in, LAYOUT_DROP_TEXT, permention ? men_cols : ent_cols, 5);
	layout_header(l);
	while (input_next(in)) {
		Str text = input_text(in);
		ner_tag(text.s, text.len, &ms);
		alias_merge(text.s, &ms, &es);
		if (permention)
			mention_rows(l, in, text, &ms, &es, types, min);
		else
			entity_rows(l, in, &es, types, min);
	}
	layout_free(l);
	input_close(in);
	mentions_free(&ms);
	entities_free(&es);
	out_flush();
	return 0;
}
