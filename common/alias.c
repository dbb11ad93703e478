/* alias.c: see alias.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alias.h"
#include "buf.h"
#include "err.h"
#include "gazetteer.h"
#include "token.h"
#include "utf8.h"

typedef struct {
	char *key;        /* alias_key() */
	char *title;      /* title before or inside it, or NULL */
	size_t nwords;
	int caps;         /* written in capitals only */
	int acro;         /* looks like an acronym: 2..8 capitals */
} Norm;

static int
isword(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

/* Lower-case s[0..n) onto b, dropping '.' and turning '-' into ' '. */
static void
addlower(Buf *b, const char *s, size_t n)
{
	size_t i = 0, k;
	int32_t cp;
	char enc[4];

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c == '-' || c == ' ' || c == '_')
				c = ' ';
			else if (c == '.' || c == ',')
				c = 0;
			else if (c >= 'A' && c <= 'Z')
				c += 32;
			if (c && !(c == ' ' && (!b->len || b->s[b->len - 1] == ' ')))
				buf_addc(b, (char)c);
			i++;
			continue;
		}
		k = (size_t)utf8_decode(s + i, n - i, &cp);
		if (cp == 0x2010 || cp == 0x2011) {
			if (b->len && b->s[b->len - 1] != ' ')
				buf_addc(b, ' ');
		} else
			buf_add(b, enc, (size_t)utf8_encode(uc_tolower(cp), enc));
		i += k;
	}
}

static int
is_title_word(const char *s, size_t n)
{
	return gaz_lookup_str(s, n) & GAZ_TITLE;
}

char *
alias_key(const char *s, size_t n, char **title)
{
	static Tokens t;
	Buf b = { 0 }, tb = { 0 };
	size_t i = 0, last;

	tokenise(s, n, &t);
	last = t.n;
	/* a final possessive */
	if (last > 1) {
		const Token *k = &t.v[last - 1];
		if (isword(s + k->start, k->end - k->start, "'s") ||
		    isword(s + k->start, k->end - k->start, "\xE2\x80\x99s") ||
		    isword(s + k->start, k->end - k->start, "'"))
			last--;
	}
	/* leading "the" and titles, keeping one word at least */
	for (; i + 1 < last; i++) {
		const Token *k = &t.v[i];
		const char *w = s + k->start;
		size_t wn = k->end - k->start;
		if ((wn == 3 && (w[0] == 't' || w[0] == 'T') && (w[1] == 'h' || w[1] == 'H') &&
		    (w[2] == 'e' || w[2] == 'E')))
			continue;
		if (!is_title_word(w, wn))
			break;
		if (tb.len)
			buf_addc(&tb, ' ');
		addlower(&tb, w, wn);
	}
	for (; i < last; i++) {
		const Token *k = &t.v[i];
		if (b.len && b.s[b.len - 1] != ' ')
			buf_addc(&b, ' ');
		addlower(&b, s + k->start, k->end - k->start);
	}
	while (b.len && b.s[b.len - 1] == ' ')
		b.s[--b.len] = 0;
	if (!b.s)
		buf_adds(&b, "");
	if (title)
		*title = tb.s;
	else
		buf_free(&tb);
	return b.s;
}

static size_t
nwords(const char *key)
{
	size_t n = *key != 0;

	for (; *key; key++)
		n += *key == ' ';
	return n;
}

static int
allcaps(const char *s, size_t n, int *acro)
{
	size_t i, up = 0, low = 0, other = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			up++;
		else if (c >= 'a' && c <= 'z')
			low++;
		else if (c != '.')
			other++;
	}
	*acro = up >= 2 && up <= 8 && !low && !other;
	return up >= 1 && !low;
}

/* Title words just before offset start in text: "Unification Minister". */
static char *
title_before(const char *text, size_t start)
{
	size_t e = start, b, words = 0, tstart = start;
	Buf out = { 0 };
	int found = 0;

	while (words < 3) {
		while (e > 0 && text[e - 1] == ' ')
			e--;
		b = e;
		while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t')
			b--;
		if (b == e || !((text[b] >= 'A' && text[b] <= 'Z')))
			break;
		if (is_title_word(text + b, e - b))
			found = 1, tstart = b;
		else if (!found)
			break;
		else if (words >= 1 && !found)
			break;
		else
			tstart = b;
		words++;
		e = b;
	}
	if (!found)
		return NULL;
	/* trim leading words that are not part of the title phrase ends */
	addlower(&out, text + tstart, start - tstart);
	while (out.len && out.s[out.len - 1] == ' ')
		out.s[--out.len] = 0;
	return out.s;
}

static void
addstr(char ***v, size_t *n, const char *s)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i], s) == 0)
			return;
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = xstrdup(s);
}

/* Are the words of short a prefix (where 1) or suffix (where 2) of long? */
static int
affix(const char *shrt, const char *lng)
{
	size_t a = strlen(shrt), b = strlen(lng);
	int r = 0;

	if (a >= b)
		return 0;
	if (memcmp(lng, shrt, a) == 0 && lng[a] == ' ')
		r |= 1;
	if (memcmp(lng + b - a, shrt, a) == 0 && lng[b - a - 1] == ' ')
		r |= 2;
	return r;
}

/* Initials of the words of key (skipping of, and, the, for, de ...). */
static void
initials(const char *key, char *out, size_t cap)
{
	const char *p = key, *e;
	size_t n = 0;

	while (*p && n + 1 < cap) {
		e = strchr(p, ' ');
		if (!e)
			e = p + strlen(p);
		if (!(isword(p, (size_t)(e - p), "of") || isword(p, (size_t)(e - p), "and") ||
		    isword(p, (size_t)(e - p), "the") || isword(p, (size_t)(e - p), "for") ||
		    isword(p, (size_t)(e - p), "de") || isword(p, (size_t)(e - p), "&")))
			out[n++] = *p;
		p = *e ? e + 1 : e;
	}
	out[n] = 0;
}

static int
acronym_of(const char *acro, const Entity *e)
{
	char ini[16];
	size_t i;

	for (i = 0; i < e->nkeys; i++) {
		if (nwords(e->keys[i]) < 2)
			continue;
		initials(e->keys[i], ini, sizeof ini);
		if (strcmp(ini, acro) == 0)
			return 1;
	}
	return 0;
}

/* Distance of entity e's mentions to offset at: before is better. */
static size_t
distance(const Mentions *m, long ent, size_t at)
{
	size_t i, best = (size_t)-1;

	for (i = 0; i < m->n; i++) {
		if (m->v[i].entity != ent)
			continue;
		if (m->v[i].start <= at && at - m->v[i].start < best)
			best = at - m->v[i].start;
		else if (m->v[i].start > at && (m->v[i].start - at) * 4 + 1000000 < best)
			best = (m->v[i].start - at) * 4 + 1000000;
	}
	return best;
}

static long
find_entity(const Entities *out, const Mentions *m, const Norm *nm, EntType type, size_t at)
{
	size_t i, j, d, bestd = (size_t)-1;
	long best = -1;
	int a, pri, bestpri = 0;

	for (i = 0; i < out->n; i++) {
		const Entity *e = &out->v[i];
		pri = 0;
		for (j = 0; j < e->nkeys; j++) {
			if (strcmp(e->keys[j], nm->key) == 0 && (e->type == type || type == ENT_MISC || e->type == ENT_MISC))
				pri = 4;
			else if (e->type == type && (a = affix(nm->key, e->keys[j])) != 0) {
				if (type == ENT_PER)
					pri = pri > 3 ? pri : (a & 2) ? 3 : 2;
				else if (type == ENT_ORG && (a & 1) && nm->nwords == 1)
					pri = pri > 1 ? pri : 1;
			}
		}
		if (!pri && nm->acro && e->type != ENT_PER) {
			char ac[16];
			size_t k = 0;
			for (const char *p = nm->key; *p && k + 1 < sizeof ac; p++)
				if (*p != ' ')
					ac[k++] = *p;
			ac[k] = 0;
			if (acronym_of(ac, e))
				pri = 2;
		}
		if (!pri || pri < bestpri)
			continue;
		d = distance(m, (long)i, at);
		if (pri > bestpri || d < bestd)
			best = (long)i, bestpri = pri, bestd = d;
	}
	return best;
}

static char *
titlecase(const char *s)
{
	char *r = xstrdup(s);
	size_t i;
	int start = 1;

	for (i = 0; r[i]; i++) {
		unsigned char c = (unsigned char)r[i];
		if (c >= 'A' && c <= 'Z' && !start)
			r[i] = (char)(c + 32);
		start = !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == '\'');
	}
	return r;
}

/* Is an all-caps name an acronym to keep as it is ("NATO", "U.S.")? */
static int
keep_caps(const char *name, EntType type)
{
	size_t n = strlen(name), letters = 0, i;

	if (strchr(name, '.'))
		return 1;
	if (strchr(name, ' ') || type == ENT_PER || type == ENT_LOC)
		return 0;
	if (gaz_lookup_str(name, n) & (GAZ_CITY | GAZ_COUNTRY | GAZ_REGION | GAZ_DEMONYM))
		return 0;
	for (i = 0; i < n; i++)
		letters += (name[i] >= 'A' && name[i] <= 'Z');
	return letters <= 6;
}

/* The canonical name: the longest form without titles or possessive,
 * preferring one not in capitals. */
static void
canonical(const char *text, const Mentions *m, long ent, Entity *e)
{
	size_t i, bw = 0, bl = 0, w;
	int bcaps = 1, caps, acro;
	const Mention *best = NULL;
	char *key, *title;
	static Tokens t;

	for (i = 0; i < m->n; i++) {
		const Mention *x = &m->v[i];
		if (x->entity != ent)
			continue;
		key = alias_key(text + x->start, x->end - x->start, NULL);
		w = nwords(key);
		free(key);
		caps = allcaps(text + x->start, x->end - x->start, &acro);
		if (!best || (w > bw && (!caps || bcaps)) || (bcaps && !caps) ||
		    (w == bw && caps == bcaps && x->end - x->start > bl)) {
			if (best && !bcaps && caps)
				continue;
			best = x, bw = w, bcaps = caps, bl = x->end - x->start;
		}
	}
	if (!best)
		return;
	/* drop leading titles and a trailing possessive from the surface */
	const char *s = text + best->start;
	size_t n = best->end - best->start, a = 0, z;
	tokenise(s, n, &t);
	z = t.n;
	if (z > 1) {
		const Token *k = &t.v[z - 1];
		if (isword(s + k->start, k->end - k->start, "'s") ||
		    isword(s + k->start, k->end - k->start, "\xE2\x80\x99s"))
			z--;
	}
	alias_key(s, n, &title);
	while (a + 1 < z && (is_title_word(s + t.v[a].start, t.v[a].end - t.v[a].start) ||
	    isword(s + t.v[a].start, t.v[a].end - t.v[a].start, "the") ||
	    isword(s + t.v[a].start, t.v[a].end - t.v[a].start, "The")))
		a++;
	free(title);
	free(e->name);
	e->name = z ? xstrndup(s + t.v[a].start, t.v[z - 1].end - t.v[a].start) : xstrndup(s, n);
	if (bcaps && !keep_caps(e->name, e->type)) {
		char *tc = titlecase(e->name);
		free(e->name);
		e->name = tc;
	}
}

typedef struct {
	size_t i, nwords, start;
} Ord;

static int
ordcmp(const void *a, const void *b)
{
	const Ord *x = a, *y = b;

	if (x->nwords != y->nwords)
		return x->nwords > y->nwords ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

static void
entity_free(Entity *e)
{
	size_t i;

	for (i = 0; i < e->nforms; i++)
		free(e->forms[i]);
	for (i = 0; i < e->nkeys; i++)
		free(e->keys[i]);
	for (i = 0; i < e->ntitles; i++)
		free(e->titles[i]);
	free(e->forms), free(e->keys), free(e->titles), free(e->name);
	memset(e, 0, sizeof *e);
}

void
alias_merge(const char *text, Mentions *m, Entities *out)
{
	Ord *ord;
	Norm nm;
	size_t i, j, k, *remap, (*tcount)[5];
	long ent;
	char *title, *tb;

	for (i = 0; i < out->n; i++)
		entity_free(&out->v[i]);
	out->n = 0;
	if (!m->n)
		return;
	ord = xmalloc(m->n * sizeof *ord);
	for (i = 0; i < m->n; i++) {
		Mention *x = &m->v[i];
		char *key = alias_key(text + x->start, x->end - x->start, NULL);
		ord[i] = (Ord){ i, nwords(key), x->start };
		free(key);
		x->entity = -1;
	}
	qsort(ord, m->n, sizeof *ord, ordcmp);
	for (k = 0; k < m->n; k++) {
		Mention *x = &m->v[ord[k].i];
		const char *s = text + x->start;
		size_t n = x->end - x->start;
		nm.key = alias_key(s, n, &title);
		nm.nwords = ord[k].nwords;
		nm.caps = allcaps(s, n, &nm.acro);
		ent = *nm.key ? find_entity(out, m, &nm, x->type, x->start) : -1;
		if (ent < 0) {
			xgrow(&out->v, &out->cap, out->n + 1, sizeof *out->v);
			ent = (long)out->n++;
			memset(&out->v[ent], 0, sizeof out->v[ent]);
			out->v[ent].type = x->type;
			out->v[ent].first = x->start;
		}
		Entity *e = &out->v[ent];
		x->entity = ent;
		e->count++;
		if (x->start < e->first)
			e->first = x->start;
		if (x->start > e->last)
			e->last = x->start;
		addstr(&e->keys, &e->nkeys, nm.key);
		if (title && *title)
			addstr(&e->titles, &e->ntitles, title);
		if ((tb = title_before(text, x->start)) != NULL) {
			addstr(&e->titles, &e->ntitles, tb);
			free(tb);
		}
		free(title);
		free(nm.key);
	}
	free(ord);
	/* the type: the most frequent; forms in text order */
	tcount = xcalloc(out->n, sizeof *tcount);
	for (i = 0; i < m->n; i++) {
		Mention *x = &m->v[i];
		Entity *e = &out->v[x->entity];
		char *f = xstrndup(text + x->start, x->end - x->start);
		tcount[x->entity][x->type]++;
		addstr(&e->forms, &e->nforms, f);
		free(f);
	}
	for (i = 0; i < out->n; i++) {
		int best = out->v[i].type;
		for (j = 1; j < 5; j++)
			if (tcount[i][j] > tcount[i][best])
				best = (int)j;
		out->v[i].type = (EntType)best;
		canonical(text, m, (long)i, &out->v[i]);
	}
	free(tcount);
	/* entities in order of first mention */
	remap = xmalloc(out->n * sizeof *remap);
	{
		Entity *tmp = xmalloc(out->n * sizeof *tmp);
		Ord *o = xmalloc(out->n * sizeof *o);
		for (i = 0; i < out->n; i++)
			o[i] = (Ord){ i, 0, out->v[i].first };
		qsort(o, out->n, sizeof *o, ordcmp);
		for (i = 0; i < out->n; i++) {
			tmp[i] = out->v[o[i].i];
			remap[o[i].i] = i;
		}
		memcpy(out->v, tmp, out->n * sizeof *tmp);
		free(tmp), free(o);
	}
	for (i = 0; i < m->n; i++)
		m->v[i].entity = (long)remap[m->v[i].entity];
	free(remap);
}

void
entities_free(Entities *e)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		entity_free(&e->v[i]);
	free(e->v);
	e->v = NULL;
	e->n = e->cap = 0;
}

long
alias_lookup(const Entities *e, const char *name, size_t n, size_t at)
{
	Norm nm;
	size_t i, j, d, bestd = (size_t)-1;
	long best = -1;
	int a, pri, bestpri = 0;

	nm.key = alias_key(name, n, NULL);
	nm.nwords = nwords(nm.key);
	nm.caps = allcaps(name, n, &nm.acro);
	for (i = 0; i < e->n && *nm.key; i++) {
		const Entity *x = &e->v[i];
		pri = 0;
		for (j = 0; j < x->nkeys; j++) {
			if (strcmp(x->keys[j], nm.key) == 0)
				pri = 4;
			else if ((a = affix(nm.key, x->keys[j])) != 0 && pri < 3)
				pri = x->type == ENT_PER ? ((a & 2) ? 3 : 2) : 1;
		}
		if (!pri || pri < bestpri)
			continue;
		if (at == (size_t)-1)
			d = (size_t)-1 - x->count;
		else if (x->first <= at)
			d = at - (x->last <= at ? x->last : x->first);
		else
			d = (size_t)-1 / 2 + x->first - at;
		if (pri > bestpri || d < bestd)
			best = (long)i, bestpri = pri, bestd = d;
	}
	free(nm.key);
	return best;
}

long
alias_by_title(const Entities *e, const char *title, size_t n, size_t at)
{
	Buf b = { 0 };
	size_t i, j, tl, ql, d, bestd = (size_t)-1;
	const char *q;
	long best = -1;

	addlower(&b, title, n);
	q = b.s ? b.s : "";
	if (strncmp(q, "the ", 4) == 0)
		q += 4;
	ql = strlen(q);
	for (i = 0; i < e->n && ql; i++) {
		const Entity *x = &e->v[i];
		if (x->first > at)
			continue;
		for (j = 0; j < x->ntitles; j++) {
			tl = strlen(x->titles[j]);
			if (tl < ql || strcmp(x->titles[j] + tl - ql, q) != 0 ||
			    (tl > ql && x->titles[j][tl - ql - 1] != ' '))
				continue;
			d = at - (x->last <= at ? x->last : x->first);
			if (d < bestd)
				best = (long)i, bestd = d;
		}
	}
	buf_free(&b);
	return best;
}
