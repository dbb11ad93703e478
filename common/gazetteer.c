/* gazetteer.c: see gazetteer.h. */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "gazetteer.h"
#include "token.h"
#include "utf8.h"

extern const char gaz_data[];   /* gazdata.c: lines "C\tname" */

typedef struct {
	uint64_t key;
	unsigned cls;
	unsigned country;   /* ISO 3166 alpha-2 code, packed, of a country name */
} Slot;

static Slot *tab;
static size_t mask;
static unsigned char maxlen[1 << 12];   /* longest name starting with a word, by hash bits */
/* A bit per hash of the names, so that most lookups of no name stay
 * in a small table (tab does not fit in a cache). */
enum { FILTER_BITS = 19 };
static uint64_t filter[(1 << FILTER_BITS) / 64];
#define FILTER_BIT(h) ((h) >> (64 - FILTER_BITS))

uint64_t
gaz_hash_lower(const char *s, size_t n)
{
	uint64_t h = 0xCBF29CE484222325ull;
	size_t i = 0, k;
	int32_t cp;
	unsigned char c;
	char b[4];

	while (i < n) {
		c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			h = (h ^ c) * 0x100000001B3ull;
			i++;
			continue;
		}
		k = (size_t)utf8_decode(s + i, n - i, &cp);
		k = k ? k : 1;
		int m = utf8_encode(uc_tolower(cp), b);
		for (int j = 0; j < m; j++)
			h = (h ^ (unsigned char)b[j]) * 0x100000001B3ull;
		i += k;
	}
	return h ? h : 1;
}

static Slot *
find(uint64_t key)
{
	size_t i = key & mask;

	while (tab[i].key && tab[i].key != key)
		i = (i + 1) & mask;
	return &tab[i];
}

static void
load(void)
{
	const char *p = gaz_data, *e;
	size_t n = 0, i;
	Tokens t = { 0 };
	uint64_t h, first;
	unsigned cls, country;
	const char *tab2;
	Slot *s;

	for (e = p; *e; e++)
		n += *e == '\n';
	for (mask = 1; mask < 2 * n + 16; mask <<= 1)
		;
	tab = xcalloc(mask, sizeof *tab);
	mask--;
	for (; *p; p = e + 1) {
		e = strchr(p, '\n');
		cls = p[0] == 'C' ? GAZ_CITY : p[0] == 'K' ? GAZ_COUNTRY :
		    p[0] == 'D' ? GAZ_DEMONYM : p[0] == 'R' ? GAZ_REGION :
		    p[0] == 'T' ? GAZ_TITLE : p[0] == 'O' ? GAZ_ORGWORD :
		    p[0] == 'M' ? GAZ_DATEWORD : GAZ_PERSON;
		tab2 = memchr(p + 2, '\t', (size_t)(e - p - 2));
		country = tab2 && e - tab2 == 3 ? (unsigned)(unsigned char)tab2[1] << 8 | (unsigned char)tab2[2] : 0;
		tokenise(p + 2, (size_t)((tab2 ? tab2 : e) - p - 2), &t);
		if (t.n == 0 || t.n > GAZ_MAXWORDS)
			continue;
		first = h = gaz_hash_lower(p + 2 + t.v[0].start, t.v[0].end - t.v[0].start);
		for (i = 1; i < t.n; i++)
			h = gaz_fold(h, gaz_hash_lower(p + 2 + t.v[i].start, t.v[i].end - t.v[i].start));
		if (t.n == 1)
			h = gaz_fold(h, 0);
		s = find(h);
		s->key = h;
		filter[FILTER_BIT(h) / 64] |= 1ull << (FILTER_BIT(h) % 64);
		s->cls |= cls;
		if (country && !s->country)
			s->country = country;
		if (maxlen[first & 4095] < t.n)
			maxlen[first & 4095] = (unsigned char)t.n;
	}
	tokens_free(&t);
}

static Slot *
lookup(const uint64_t *hl, size_t n)
{
	uint64_t h;
	size_t i;
	Slot *s;

	if (!tab)
		load();
	if (n == 0 || n > GAZ_MAXWORDS || maxlen[hl[0] & 4095] < n)
		return NULL;
	h = hl[0];
	for (i = 1; i < n; i++)
		h = gaz_fold(h, hl[i]);
	if (n == 1)
		h = gaz_fold(h, 0);
	if (!(filter[FILTER_BIT(h) / 64] >> (FILTER_BIT(h) % 64) & 1))
		return NULL;
	s = find(h);
	return s->key ? s : NULL;
}

static Slot *
lookup_str(const char *str, size_t n)
{
	static Tokens t;
	uint64_t hl[GAZ_MAXWORDS];
	size_t i;

	tokenise(str, n, &t);
	if (t.n == 0 || t.n > GAZ_MAXWORDS)
		return NULL;
	for (i = 0; i < t.n; i++)
		hl[i] = gaz_hash_lower(str + t.v[i].start, t.v[i].end - t.v[i].start);
	return lookup(hl, t.n);
}

unsigned
gaz_lookup_str(const char *str, size_t n)
{
	Slot *s = lookup_str(str, n);

	return s ? s->cls : 0;
}

unsigned
gaz_name(const char *str, size_t n, unsigned *country)
{
	Slot *s = lookup_str(str, n);

	*country = s ? s->country : 0;
	return s ? s->cls : 0;
}

unsigned
gaz_country(const char *str, size_t n)
{
	Slot *s = lookup_str(str, n);

	return s ? s->country : 0;
}

unsigned
gaz_lookup(const uint64_t *hl, size_t n)
{
	Slot *s = lookup(hl, n);

	return s ? s->cls : 0;
}

void
gaz_mark(const uint64_t *hl, size_t n, const unsigned char *start, unsigned *bits)
{
	size_t i, j, len;
	unsigned cls, done, c;
	size_t until[GAZ_NCLASS] = { 0 };
	int k;

	if (!tab)
		load();
	size_t inside = 0;   /* the end of the last match of any class */

	for (i = 0; i < n; i++) {
		bits[i] = 0;
		if (inside > i)
			for (k = 0; k < GAZ_NCLASS; k++)
				if (until[k] > i)
					bits[i] |= 2u << (2 * k);
		if (start && !start[i])
			continue;
		len = maxlen[hl[i] & 4095];
		if (len > n - i)
			len = n - i;
		done = 0;
		for (j = len; j >= 1; j--) {
			cls = gaz_lookup(hl + i, j) & ~done;
			if (!cls)
				continue;
			done |= cls;
			for (k = 0; k < GAZ_NCLASS; k++) {
				c = 1u << k;
				if (!(cls & c) || until[k] > i)
					continue;
				bits[i] |= 1u << (2 * k);
				until[k] = i + j;
				if (inside < i + j)
					inside = i + j;
			}
		}
	}
}
