/* gazetteer.h: lists of names (places, countries, demonyms, titles,
 * words of organisation names) matched on token sequences, case
 * insensitively.  The lists are compiled in (gazdata.c, made by
 * train/mkgaz.py from GeoNames cities and mledoze/countries, see
 * README.md for their licences, plus hand-written lists). */
#ifndef NEWSUTILS_GAZETTEER_H
#define NEWSUTILS_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

enum {
	GAZ_CITY = 1, GAZ_COUNTRY = 2, GAZ_DEMONYM = 4, GAZ_REGION = 8,
	GAZ_TITLE = 16, GAZ_ORGWORD = 32, GAZ_DATEWORD = 64, GAZ_PERSON = 128,
	GAZ_NCLASS = 8,
};

/* Case-insensitive hash of the word s[0..n) (ASCII and Unicode case). */
uint64_t gaz_hash_lower(const char *s, size_t n);
/* Hash of a sequence: fold the next word's gaz_hash_lower into h. */
static inline uint64_t gaz_fold(uint64_t h, uint64_t w)
{
	h ^= w + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
	h *= 0xD6E8FEB86659FD93ull;
	return h ^ (h >> 32);
}

/* Classes (GAZ_* bits) of the name whose words hash to hl[0..n), 0 if
 * none.  Names have at most GAZ_MAXWORDS words. */
enum { GAZ_MAXWORDS = 5 };
unsigned gaz_lookup(const uint64_t *hl, size_t n);
/* Classes of the name s[0..n) (tokenised as text). */
unsigned gaz_lookup_str(const char *s, size_t n);
/* The country the name s[0..n) names ("U.S.", "America", "United
 * States of America" give the same), as its ISO 3166 alpha-2 code
 * packed in two bytes ('U' << 8 | 'S'); 0 if it names none. */
unsigned gaz_country(const char *s, size_t n);
/* Both at once: the classes, and the country in *country. */
unsigned gaz_name(const char *s, size_t n, unsigned *country);

/* Mark the n words hl[0..n): bits[i] gets, for each class c (bit k),
 * bit 2k when a longest match of class c starts at word i and bit
 * 2k+1 when word i is inside one that started before.  Matches start
 * only at words i with start[i] non-zero (all words when start is NULL). */
void gaz_mark(const uint64_t *hl, size_t n, const unsigned char *start, unsigned *bits);

#endif
