/* entities: people, organisations, places and other names in news
 * documents, with aliases merged.  See entities(1). */
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
    "usage: entities [-m] [-t TYPES] [--min-count N] [file ...]\n"
    "  -m             one row per mention (start end mention entity type)\n"
    "  -t TYPES       keep these types: PERSON,ORG,LOC,MISC (comma separated)\n"
    "  --min-count N  keep entities with at least N mentions\n"
    "  -h             this help; --version the version\n";

static const char *const ent_cols[] = { "entity", "type", "count", "forms", "start" };
static const char *const men_cols[] = { "start", "end", "mention", "entity", "type" };

/* Write v in decimal into buf (32 bytes); the digits as a Str. */
static Str
num(size_t v, char *buf)
{
	char *p = buf + 31;

	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	return str_make(p, (size_t)(buf + 31 - p));
}

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

static void
entity_rows(const Layout *l, const Input *in, const Entities *es, unsigned types, size_t min)
{
	char nb[2][32];
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
		v[0] = str_make(e->name, strlen(e->name));
		v[1] = str_make(ent_type_name(e->type), strlen(ent_type_name(e->type)));
		v[2] = num(e->count, nb[0]);
		v[3] = str_make(forms.s ? forms.s : "", forms.len);
		v[4] = num(e->first, nb[1]);
		layout_row(l, in, v);
	}
	buf_free(&forms);
}

static void
mention_rows(const Layout *l, const Input *in, Str text, const Mentions *ms,
    const Entities *es, unsigned types, size_t min)
{
	char nb[2][32];
	Str v[5];
	size_t i;

	for (i = 0; i < ms->n; i++) {
		const Mention *m = &ms->v[i];
		const Entity *e = &es->v[m->entity];
		if (!(types >> e->type & 1) || e->count < min)
			continue;
		v[0] = num(m->start, nb[0]);
		v[1] = num(m->end, nb[1]);
		v[2] = str_make(text.s + m->start, m->end - m->start);
		v[3] = str_make(e->name, strlen(e->name));
		v[4] = str_make(ent_type_name(m->type), strlen(ent_type_name(m->type)));
		layout_row(l, in, v);
	}
}

/* Handle --version and --min-count N (or =N) by hand; returns the new
 * argc with them removed from argv. */
static int
longopts(int argc, char **argv, size_t *min)
{
	const char *val;
	char *end;
	int i, j = 1;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			while (i < argc)
				argv[j++] = argv[i++];
			break;
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("entities newsutils %s\n", VERSION);
			exit(0);
		}
		if (strncmp(argv[i], "--min-count", 11) == 0 && (argv[i][11] == '=' || !argv[i][11])) {
			val = argv[i][11] ? argv[i] + 12 : i + 1 < argc ? argv[++i] : NULL;
			if (!val || !*val || *val == '-')
				usage(synopsis);
			*min = strtoul(val, &end, 10);
			if (*end)
				usage(synopsis);
			continue;
		}
		argv[j++] = argv[i];
	}
	argv[j] = NULL;
	return j;
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
	argc = longopts(argc, argv, &min);
	while ((ch = getopt(argc, argv, "hmt:")) != -1) {
		switch (ch) {
		case 'h': fputs(synopsis, stdout); return 0;
		case 'm': permention = 1; break;
		case 't': types = parse_types(optarg); break;
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
