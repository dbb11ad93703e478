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

/* A pool of memory for the strings and arrays of one Entities, all
 * released at the next alias_merge(): chunks kept for reuse. */
typedef struct Chunk {
	struct Chunk *next;
	size_t cap, used;
	char data[];
} Chunk;

struct Pool {
	Chunk *first, *cur;
};

static void
pool_reset(struct Pool *p)
{
	Chunk *c;

	for (c = p->first; c; c = c->next)
		c->used = 0;
	p->cur = p->first;
}

static void *
pool_alloc(struct Pool *p, size_t n)
{
	Chunk *c = p->cur, **link;
	void *r;

	n = (n + 15) & ~(size_t)15;
	while (c && c->cap - c->used < n)
		c = c->next;
	if (!c) {
		size_t cap = n > 65536 ? n : 65536;
		for (link = &p->first; *link; link = &(*link)->next)
			;
		c = *link = xmalloc(sizeof *c + cap);
		c->next = NULL;
		c->cap = cap;
		c->used = 0;
	}
	p->cur = c;
	r = c->data + c->used;
	c->used += n;
	return r;
}

static char *
pool_strndup(struct Pool *p, const char *s, size_t n)
{
	char *r;

	n = strnlen(s, n);
	r = pool_alloc(p, n + 1);
	memcpy(r, s, n);
	r[n] = 0;
	return r;
}

static void
pool_free(struct Pool *p)
{
	Chunk *c, *next;

	if (!p)
		return;
	for (c = p->first; c; c = next) {
		next = c->next;
		free(c);
	}
	free(p);
}

typedef struct {
	char *key;        /* alias_key() */
	char *title;      /* title before or inside it, or NULL */
	size_t nwords;
	int caps;         /* written in capitals only */
	int acro;         /* looks like an acronym: 2..8 capitals */
	int place;        /* a place or demonym in the gazetteer */
	unsigned country; /* gaz_country() of the key */
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

/* Is s[0..n), one word, a title ("President", "Gen.")? */
static int
is_title_word(const char *s, size_t n)
{
	uint64_t h = gaz_hash_lower(s, n);

	return gaz_lookup(&h, 1) & GAZ_TITLE;
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

/* Add s[0..len) to the set v of *n strings (in pool p); 1 if it was new. */
static int
addstrn(struct Pool *p, char ***v, size_t *n, const char *s, size_t len)
{
	size_t i;

	len = strnlen(s, len);
	for (i = 0; i < *n; i++)
		if (strncmp((*v)[i], s, len) == 0 && (*v)[i][len] == 0)
			return 0;
	if ((*n & (*n - 1)) == 0) {
		char **nv = pool_alloc(p, (*n ? 2 * *n : 1) * sizeof *nv);
		if (*n)
			memcpy(nv, *v, *n * sizeof *nv);
		*v = nv;
	}
	(*v)[(*n)++] = pool_strndup(p, s, len);
	return 1;
}

static int
addstr(struct Pool *p, char ***v, size_t *n, const char *s)
{
	return addstrn(p, v, n, s, strlen(s));
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
		    isword(p, (size_t)(e - p), "de") || isword(p, (size_t)(e - p), "&") ||
		    isword(p, (size_t)(e - p), "s") || isword(p, (size_t)(e - p), "'s")))
			out[n++] = *p;
		p = *e ? e + 1 : e;
	}
	out[n] = 0;
}

/* A multimap from hashes of keys to entities: "=key" (a form),
 * "<words" and ">words" (a proper prefix or suffix of a form's words),
 * "#abc" (the initials of a form). */
typedef struct {
	uint64_t h;
	long ent;
} Ix;

typedef struct {
	Ix *v;
	size_t n, mask, vcap;
	size_t *used, nused, ucap;  /* the slots of v in use */
	size_t **pos;      /* per entity: mention offsets */
	size_t *npos, *pcap;
	size_t ents;
} Index;

static uint64_t
hkey(char kind, const char *s, size_t n)
{
	uint64_t h = 0xCBF29CE484222325ull ^ (unsigned char)kind;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001B3ull;
	return h ? h : 1;
}

static void
ix_add(Index *x, uint64_t h, long ent)
{
	size_t i;

	if (2 * (x->n + 1) > x->mask) {
		Ix *old = x->v;
		size_t oldn = x->mask + 1, j;
		x->mask = x->mask ? 2 * x->mask + 1 : 255;
		x->v = xcalloc(x->mask + 1, sizeof *x->v);
		x->vcap = x->mask + 1;
		x->n = 0;
		x->nused = 0;
		for (j = 0; old && j < oldn; j++)
			if (old[j].h)
				ix_add(x, old[j].h, old[j].ent);
		free(old);
	}
	for (i = h & x->mask; x->v[i].h; i = (i + 1) & x->mask)
		if (x->v[i].h == h && x->v[i].ent == ent)
			return;
	x->v[i] = (Ix){ h, ent };
	x->n++;
	if (x->nused == x->ucap) {
		x->ucap = x->ucap ? 2 * x->ucap : 256;
		x->used = xreallocarray(x->used, x->ucap, sizeof *x->used);
	}
	x->used[x->nused++] = i;
}

/* Call each entity stored under h. */
#define IX_EACH(x, hh, e) \
	for (size_t ix_i_ = (hh) & (x)->mask; (x)->v && (x)->v[ix_i_].h; ix_i_ = (ix_i_ + 1) & (x)->mask) \
		if ((x)->v[ix_i_].h == (hh) && ((e) = (x)->v[ix_i_].ent, 1))

static void
ix_key(Index *x, const char *key, unsigned country, long ent)
{
	size_t n = strlen(key), i;
	char ini[16];

	ix_add(x, hkey('=', key, n), ent);
	for (i = 1; i < n; i++) {
		if (key[i] != ' ')
			continue;
		ix_add(x, hkey('<', key, i), ent);
		ix_add(x, hkey('>', key + i + 1, n - i - 1), ent);
	}
	if (country)
		ix_add(x, hkey('@', (const char *)&country, sizeof country), ent);
	if (nwords(key) >= 2) {
		initials(key, ini, sizeof ini);
		if (strlen(ini) >= 2)
			ix_add(x, hkey('#', ini, strlen(ini)), ent);
	}
}

static void
ix_pos(Index *x, long ent, size_t at)
{
	size_t e = (size_t)ent;

	if (e >= x->ents) {
		size_t old = x->ents;
		x->ents = 2 * e + 8;
		x->pos = xreallocarray(x->pos, x->ents, sizeof *x->pos);
		x->npos = xreallocarray(x->npos, x->ents, sizeof *x->npos);
		x->pcap = xreallocarray(x->pcap, x->ents, sizeof *x->pcap);
		memset(x->pos + old, 0, (x->ents - old) * sizeof *x->pos);
		memset(x->npos + old, 0, (x->ents - old) * sizeof *x->npos);
		memset(x->pcap + old, 0, (x->ents - old) * sizeof *x->pcap);
	}
	if (x->npos[e] == x->pcap[e]) {
		x->pcap[e] = x->pcap[e] ? 2 * x->pcap[e] : 4;
		x->pos[e] = xreallocarray(x->pos[e], x->pcap[e], sizeof **x->pos);
	}
	x->pos[e][x->npos[e]++] = at;
}

/* Empty x for a document of n mentions, keeping its storage. */
static void
ix_reset(Index *x, size_t n)
{
	for (x->mask = 255; x->mask < 8 * n; x->mask = 2 * x->mask + 1)
		;
	if (x->mask + 1 > x->vcap) {
		free(x->v);
		x->v = xcalloc(x->mask + 1, sizeof *x->v);
		x->vcap = x->mask + 1;
	} else {
		/* clear what the last document used (the table only grows) */
		size_t i;
		for (i = 0; i < x->nused; i++)
			x->v[x->used[i]] = (Ix){ 0, 0 };
	}
	x->n = 0;
	x->nused = 0;
	if (x->ents)
		memset(x->npos, 0, x->ents * sizeof *x->npos);
}

/* Distance of entity ent's mentions to offset at: before is better.
 * Only the 64 mentions given to it last are looked at, so that a long
 * document stays linear. */
static size_t
distance(const Index *x, long ent, size_t at)
{
	size_t i, best = (size_t)-1, p, n = x->npos[ent];

	for (i = n > 64 ? n - 64 : 0; i < n; i++) {
		p = x->pos[ent][i];
		if (p <= at && at - p < best)
			best = at - p;
		else if (p > at && (p - at) * 4 + 1000000 < best)
			best = (p - at) * 4 + 1000000;
	}
	return best;
}

static void
consider(const Index *x, long e, int pri, size_t at, long *best, int *bestpri, size_t *bestd)
{
	size_t d;

	if (pri < *bestpri)
		return;
	d = distance(x, e, at);
	if (pri > *bestpri || d < *bestd)
		*best = e, *bestpri = pri, *bestd = d;
}

static long
find_entity(const Entities *out, const Index *x, const Norm *nm, EntType type, size_t at, int *pri)
{
	size_t n = strlen(nm->key), bestd = (size_t)-1, k = 0;
	long best = -1, e;
	int bestpri = 0, place, given = 0;
	unsigned country;
	uint64_t h;
	char ac[16];

	place = nm->place;
	h = hkey('=', nm->key, n);
	IX_EACH(x, h, e)
		consider(x, e, out->v[e].type == type ? 5 : 4, at, &best, &bestpri, &bestd);
	if ((country = nm->country) != 0) {
		h = hkey('@', (const char *)&country, sizeof country);
		IX_EACH(x, h, e)
			consider(x, e, 4, at, &best, &bestpri, &bestd);
	}
	if (type == ENT_PER) {
		h = hkey('>', nm->key, n);
		IX_EACH(x, h, e)
			if (out->v[e].type == ENT_PER)
				consider(x, e, 3, at, &best, &bestpri, &bestd);
		/* a given name joins only the one person it can be */
		h = hkey('<', nm->key, n);
		IX_EACH(x, h, e)
			if (out->v[e].type == ENT_PER) {
				given++;
				consider(x, e, 2, at, &best, &bestpri, &bestd);
			}
		if (bestpri == 2 && given > 1)
			best = -1, bestpri = 0;
	} else if (nm->nwords == 1 && !place) {
		/* a surname tagged as something else */
		h = hkey('>', nm->key, n);
		IX_EACH(x, h, e)
			if (out->v[e].type == ENT_PER)
				consider(x, e, 1, at, &best, &bestpri, &bestd);
	}
	if (type == ENT_ORG) {
		/* "Samsung" for "Samsung Electronics", "Scientology" for
		 * "Church of Scientology" (but not "Indiana" for "University
		 * of Indiana") */
		h = hkey('<', nm->key, n);
		IX_EACH(x, h, e)
			if (out->v[e].type == type)
				consider(x, e, 1, at, &best, &bestpri, &bestd);
		if (!place) {
			h = hkey('>', nm->key, n);
			IX_EACH(x, h, e)
				if (out->v[e].type == type)
					consider(x, e, 1, at, &best, &bestpri, &bestd);
		}
	}
	if (nm->acro && bestpri < 2) {
		for (const char *p = nm->key; *p && k + 1 < sizeof ac; p++)
			if (*p != ' ')
				ac[k++] = *p;
		ac[k] = 0;
		h = hkey('#', ac, k);
		IX_EACH(x, h, e)
			if (out->v[e].type != ENT_PER)
				consider(x, e, 2, at, &best, &bestpri, &bestd);
	}
	*pri = bestpri;
	return best;
}

/* Title case r, in place. */
static void
titlecase(char *r)
{
	size_t i;
	int start = 1;

	for (i = 0; r[i]; i++) {
		unsigned char c = (unsigned char)r[i];
		if (c >= 'A' && c <= 'Z' && !start)
			r[i] = (char)(c + 32);
		start = !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == '\'');
	}
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
/* Is mention x a better source of the canonical name than mention b
 * (-1: none)?  Not in capitals, then more words, then longer. */
static int
better(const Mentions *m, size_t x, long b, const size_t *nw, const unsigned char *caps)
{
	if (b < 0)
		return 1;
	if (caps[x] != caps[b])
		return caps[b];
	if (nw[x] != nw[b])
		return nw[x] > nw[b];
	return m->v[x].end - m->v[x].start > m->v[b].end - m->v[b].start;
}

/* The canonical name from the best mention: titles and a possessive
 * removed, title case when it is in capitals. */
static void
canonical(struct Pool *p, const char *text, const Mention *best, Entity *e)
{
	static Tokens t;
	int bcaps, acro;

	if (!best)
		return;
	bcaps = allcaps(text + best->start, best->end - best->start, &acro);
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
	while (a + 1 < z && (is_title_word(s + t.v[a].start, t.v[a].end - t.v[a].start) ||
	    isword(s + t.v[a].start, t.v[a].end - t.v[a].start, "the") ||
	    isword(s + t.v[a].start, t.v[a].end - t.v[a].start, "The")))
		a++;
	e->name = z ? pool_strndup(p, s + t.v[a].start, t.v[z - 1].end - t.v[a].start) :
	    pool_strndup(p, s, n);
	if (bcaps && !keep_caps(e->name, e->type))
		titlecase(e->name);
}

typedef struct {
	size_t i, nwords, start;
} Ord;

/* What alias_merge() needs of a mention's surface form alone, kept
 * across documents by the form (names recur): a direct-mapped cache. */
typedef struct {
	char *form;        /* the surface form (NULL: empty slot) */
	size_t n;
	char *key, *title; /* alias_key() */
	int caps, acro;    /* allcaps() */
	int place;         /* the key names a place or demonym */
	unsigned country;  /* gaz_name() of the key */
} Facts;

enum { FACTS_SIZE = 1024, FACTS_MAXLEN = 64 };

static void
facts_fill(Facts *f, const char *s, size_t n)
{
	f->key = alias_key(s, n, &f->title);
	f->caps = allcaps(s, n, &f->acro);
	f->place = (gaz_name(f->key, strlen(f->key), &f->country) &
	    (GAZ_CITY | GAZ_COUNTRY | GAZ_REGION | GAZ_DEMONYM)) != 0;
}

/* The facts of the form s[0..n), its key and title in pool p. */
static void
facts(struct Pool *p, const char *s, size_t n, Facts *out)
{
	static Facts cache[FACTS_SIZE];
	Facts *f, big;
	uint64_t h = 0xCBF29CE484222325ull;
	size_t i;

	if (n > FACTS_MAXLEN) {
		facts_fill(&big, s, n);
		*out = big;
		out->key = pool_strndup(p, big.key, strlen(big.key));
		out->title = big.title ? pool_strndup(p, big.title, strlen(big.title)) : NULL;
		free(big.key), free(big.title);
		return;
	}
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001B3ull;
	f = &cache[(h ^ h >> 32) & (FACTS_SIZE - 1)];
	if (!f->form || f->n != n || memcmp(f->form, s, n) != 0) {
		free(f->form), free(f->key), free(f->title);
		facts_fill(f, s, n);
		f->form = xmalloc(n ? n : 1);
		memcpy(f->form, s, n);
		f->n = n;
	}
	*out = *f;
	out->key = pool_strndup(p, f->key, strlen(f->key));
	out->title = f->title ? pool_strndup(p, f->title, strlen(f->title)) : NULL;
}

static int
ordcmp(const void *a, const void *b)
{
	const Ord *x = a, *y = b;

	if (x->nwords != y->nwords)
		return x->nwords > y->nwords ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Sort o[0..n) by ordcmp(), a total order here (no two mentions, nor
 * two entities' first mentions, start at the same offset). */
static void
ordsort(Ord *o, size_t n)
{
	size_t i, j;
	Ord t;

	if (n > 32) {
		qsort(o, n, sizeof *o, ordcmp);
		return;
	}
	for (i = 1; i < n; i++) {
		t = o[i];
		for (j = i; j > 0 && ordcmp(&o[j - 1], &t) > 0; j--)
			o[j] = o[j - 1];
		o[j] = t;
	}
}


/* Work arrays of alias_merge(), kept between calls: arena_reset()
 * makes room for need bytes, arena() hands them out. */
static struct {
	char *p;
	size_t cap, used;
} ar;

static void
arena_reset(size_t need)
{
	if (need > ar.cap) {
		free(ar.p);
		ar.cap = need;
		ar.p = xmalloc(need);
	}
	ar.used = 0;
}

static void *
arena(size_t n)
{
	void *r = ar.p + ar.used;

	ar.used += (n + 15) & ~(size_t)15;
	return r;
}

void
alias_merge(const char *text, Mentions *m, Entities *out)
{
	Ord *ord;
	Norm nm;
	static Index x;
	long *best;
	char **keys, **titles;
	size_t *nw;
	unsigned char *caps, *acro;
	Facts *place;
	size_t i, j, k, *remap, (*tcount)[5];
	long ent;
	char *title, *tb;
	int pri;

	if (!out->pool)
		out->pool = xcalloc(1, sizeof *out->pool);
	pool_reset(out->pool);
	out->n = 0;
	if (!m->n)
		return;
	ix_reset(&x, m->n);
	/* the arrays below, one item per mention (entities are no more) */
	arena_reset(m->n * (sizeof *ord + sizeof *keys + sizeof *titles + sizeof *nw + 2 +
	    sizeof *place + sizeof *tcount + sizeof *best + sizeof *remap + sizeof(Entity) +
	    sizeof(Ord)) + 12 * 16);
	ord = arena(m->n * sizeof *ord);
	keys = arena(m->n * sizeof *keys);
	titles = arena(m->n * sizeof *titles);
	nw = arena(m->n * sizeof *nw);
	caps = arena(m->n);
	acro = arena(m->n);
	place = arena(m->n * sizeof *place);
	for (i = 0; i < m->n; i++) {
		Mention *x = &m->v[i];
		Facts f;
		facts(out->pool, text + x->start, x->end - x->start, &f);
		keys[i] = f.key;
		titles[i] = f.title;
		nw[i] = nwords(keys[i]);
		caps[i] = (unsigned char)f.caps;
		acro[i] = (unsigned char)f.acro;
		place[i] = (Facts){ .place = f.place, .country = f.country };
		ord[i] = (Ord){ i, nw[i], x->start };
		x->entity = -1;
	}
	ordsort(ord, m->n);
	for (k = 0; k < m->n; k++) {
		Mention *mn = &m->v[ord[k].i];
		nm.key = keys[ord[k].i];
		title = titles[ord[k].i];
		nm.nwords = ord[k].nwords;
		nm.caps = caps[ord[k].i];
		nm.acro = acro[ord[k].i];
		nm.place = place[ord[k].i].place;
		nm.country = place[ord[k].i].country;
		pri = 0;
		ent = *nm.key ? find_entity(out, &x, &nm, mn->type, mn->start, &pri) : -1;
		if (ent < 0) {
			xgrow(&out->v, &out->cap, out->n + 1, sizeof *out->v);
			ent = (long)out->n++;
			memset(&out->v[ent], 0, sizeof out->v[ent]);
			out->v[ent].type = mn->type;
			out->v[ent].first = mn->start;
		}
		Entity *e = &out->v[ent];
		mn->entity = ent;
		e->count++;
		if (mn->start < e->first)
			e->first = mn->start;
		if (mn->start > e->last)
			e->last = mn->start;
		ix_pos(&x, ent, mn->start);
		/* a surname or acronym joins without becoming a full form */
		if (addstr(out->pool, &e->keys, &e->nkeys, nm.key) && (pri == 0 || pri >= 4))
			ix_key(&x, nm.key, nm.country, ent);
		if (title && *title)
			addstr(out->pool, &e->titles, &e->ntitles, title);
		if ((tb = title_before(text, mn->start)) != NULL) {
			addstr(out->pool, &e->titles, &e->ntitles, tb);
			free(tb);
		}
	}
	/* the type: the most frequent; forms in text order */
	tcount = arena(out->n * sizeof *tcount);
	memset(tcount, 0, out->n * sizeof *tcount);
	best = arena(out->n * sizeof *best);
	for (i = 0; i < out->n; i++)
		best[i] = -1;
	for (i = 0; i < m->n; i++) {
		Mention *mn = &m->v[i];
		Entity *e = &out->v[mn->entity];
		tcount[mn->entity][mn->type]++;
		addstrn(out->pool, &e->forms, &e->nforms, text + mn->start, mn->end - mn->start);
		if (better(m, i, best[mn->entity], nw, caps))
			best[mn->entity] = (long)i;
	}
	for (i = 0; i < out->n; i++) {
		int bt = out->v[i].type;
		for (j = 1; j < 5; j++)
			if (tcount[i][j] > tcount[i][bt])
				bt = (int)j;
		out->v[i].type = (EntType)bt;
		canonical(out->pool, text, &m->v[best[i]], &out->v[i]);
	}
	/* entities in order of first mention */
	remap = arena(out->n * sizeof *remap);
	{
		Entity *tmp = arena(out->n * sizeof *tmp);
		Ord *o = arena(out->n * sizeof *o);
		for (i = 0; i < out->n; i++)
			o[i] = (Ord){ i, 0, out->v[i].first };
		ordsort(o, out->n);
		for (i = 0; i < out->n; i++) {
			tmp[i] = out->v[o[i].i];
			remap[o[i].i] = i;
		}
		memcpy(out->v, tmp, out->n * sizeof *tmp);
	}
	for (i = 0; i < m->n; i++)
		m->v[i].entity = (long)remap[m->v[i].entity];
}

void
entities_free(Entities *e)
{
	pool_free(e->pool);
	e->pool = NULL;
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

long
alias_at(const Mentions *m, size_t start, size_t end)
{
	size_t i, a, b, best = 0;
	long ent = -1;

	for (i = 0; i < m->n; i++) {
		if (m->v[i].start >= end)
			break;
		a = m->v[i].start > start ? m->v[i].start : start;
		b = m->v[i].end < end ? m->v[i].end : end;
		if (b > a && b - a > best)
			best = b - a, ent = m->v[i].entity;
	}
	return ent;
}
