/* ner.h: named entity recognition for English news.
 *
 * ner_tag() tokenises a document (token.h) and tags it with a linear
 * sequence model (averaged perceptron, greedy left to right, BIO labels
 * over four types) whose hashed feature weights are compiled into the
 * library (ner_model.c, written by `make model`).  Features: the word,
 * its lower case, shape, prefixes and suffixes, the words and shapes
 * around it, sentence position, whether the sentence is all capitals,
 * gazetteer matches (gazetteer.h) and, in a second pass, how the same
 * word was tagged elsewhere in the document.
 *
 * Not thread-safe: the tagger keeps its work buffers in static storage
 * so that tagging allocates nothing per token in the steady state. */
#ifndef NEWSUTILS_NER_H
#define NEWSUTILS_NER_H

#include <stddef.h>

typedef enum { ENT_NONE, ENT_PER, ENT_ORG, ENT_LOC, ENT_MISC } EntType;

/* "PERSON", "ORG", "LOC", "MISC" ("" for ENT_NONE). */
const char *ent_type_name(EntType t);
/* The type named s[0..n) (also "PER"), ENT_NONE if none. */
EntType ent_type_parse(const char *s, size_t n);

/* A mention: byte offsets into the text; entity is an index into the
 * Entities of alias_merge(), -1 before it runs. */
typedef struct {
	size_t start, end;
	EntType type;
	long entity;
} Mention;

typedef struct {
	Mention *v;
	size_t n, cap;
} Mentions;

/* Tag the whole document text[0..len): out->n is reset, then the
 * mentions are appended in text order. */
void ner_tag(const char *text, size_t len, Mentions *out);
void mentions_free(Mentions *m);

#endif
