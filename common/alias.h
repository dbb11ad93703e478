/* alias.h: mentions of the same entity in one document, merged.
 *
 * alias_merge() groups the mentions of ner_tag() into entities:
 *  - equal names after normalisation: case ("SEOUL" = "Seoul"),
 *    hyphens and spacing ("Kim Jong-un" = "Kim Jong Un"), a possessive
 *    ("Trump's"), titles and honorifics in front ("President", "Mr.",
 *    "Gen.", "Unification Minister") are ignored;
 *  - a person's surname or given name alone ("Trump", "Donald", "Park"
 *    for "Park Ji-won") joins the full name that holds it at its end or
 *    start; if several people share it, the one mentioned nearest before
 *    (else the first after);  two full names stay apart ("Kim Jong Un",
 *    "Kim Yo Jong");
 *  - a shorter organisation name that starts a longer one
 *    ("Samsung" / "Samsung Electronics");
 *  - an acronym and its expansion ("Asia-Pacific Economic Cooperation
 *    (APEC)", "APEC"), by initials.
 * The canonical name is the longest full form (most words), titles
 * removed, in title case when the document only has it in capitals.
 * Demonyms and other MISC names are merged only when equal.
 *
 * Not thread-safe: alias_merge() keeps its work arrays and a cache of
 * what it learnt of each surface form (fixed in size) in static
 * storage, so that merging allocates little in the steady state. */
#ifndef NEWSUTILS_ALIAS_H
#define NEWSUTILS_ALIAS_H

#include <stddef.h>

#include "ner.h"

typedef struct {
	char *name;        /* canonical name */
	EntType type;      /* the most frequent type of its mentions */
	size_t count;      /* mentions */
	size_t first;      /* byte offset of the first mention */
	size_t last;       /* byte offset of the last mention */
	char **forms;      /* distinct surface forms, in order of first use */
	size_t nforms;
	char **keys;       /* normalised forms (lower case, words split at - and space) */
	size_t nkeys;
	char **titles;     /* lower-case titles seen before its mentions ("president") */
	size_t ntitles;
} Entity;

typedef struct {
	Entity *v;
	size_t n, cap;
	struct Pool *pool;  /* the strings and arrays of v, freed together */
} Entities;

/* Group the mentions m of text into out (reset first), in order of first
 * mention; set m->v[i].entity to the index of each mention's entity. */
void alias_merge(const char *text, Mentions *m, Entities *out);
void entities_free(Entities *e);

/* The entity a name refers to (a mention's text, a full name, a bare
 * surname or given name, an acronym), or -1.  Ambiguous bare names give
 * the entity mentioned nearest before offset at (any, when at is
 * (size_t)-1), or the most frequent. */
long alias_lookup(const Entities *e, const char *name, size_t n, size_t at);

/* The entity of the mention of m that overlaps text[start..end) most
 * (after alias_merge), or -1: for a speaker span found otherwise. */
long alias_at(const Mentions *m, size_t start, size_t end);

/* The person (or organisation) last given title ("president", "the
 * Unification Minister", "coach") before offset at, or -1. */
long alias_by_title(const Entities *e, const char *title, size_t n, size_t at);

/* The normalised key of a name, newly allocated: lower case, leading
 * titles and "the" and a final possessive removed, words split at
 * spaces and hyphens, '.' dropped, joined by one space.  Leading titles
 * go to *title (newly allocated, lower case) when title is not NULL. */
char *alias_key(const char *s, size_t n, char **title);

#endif
