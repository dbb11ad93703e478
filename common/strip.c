/* strip.c: remove news-site boilerplate lines (see strip.h). */
#define _GNU_SOURCE  /* memmem */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "strip.h"
#include "text.h"
#include "tidy.h"

static const char *const headings[] = {
	"also read", "don't miss", "latest news", "more news", "more stories",
	"more on this story", "most popular", "most read", "read also",
	"read more", "recommended", "recommended for you",
	"recommended stories", "related", "related articles",
	"related content", "related coverage", "related links",
	"related news", "related stories", "see also", "top stories",
	"trending", "trending now", "you may also like",
	"you might also like", NULL,
};
static const char *const inline_cues[] = {
	"read more:", "also read:", "read also:", "see also:", "related:", NULL,
};
static const char *const share_cues[] = {
	"share on ", "share this", "share via", "share article", "email this",
	"print this", "copy link", "subscribe to ", "subscribe now",
	"subscribe for ", "sign up for ", "sign up to ", "follow us",
	"click here to subscribe", "download our app", "download the app",
	"story continues below", "article continues below",
	"continue reading below", "scroll to continue", "\xC2\xA9",
	"copyright \xC2\xA9", "copyright (c)", "(c) 19", "(c) 20",
	"copyright 19", "copyright 20", NULL,
};
static const char *const share_words[] = {
	"share", "tweet", "email", "print", "facebook", "twitter", "x",
	"whatsapp", "linkedin", "reddit", "telegram", "pinterest",
	"comments", "subscribe", "advertisement", NULL,
};
static const char *const photo_cues[] = {
	"photo:", "photo by ", "photo credit", "photos:", "photograph:",
	"photograph by ", "picture:", "pictures:", "image:", "image credit",
	"image by ", "credit:", "caption:", "file photo", "(photo", NULL,
};

typedef struct {
	const char *s;
	size_t n;
	size_t w;       /* words, counted up to 31 */
} Line;

static int
startswith(Line l, const char *const *cues)
{
	size_t k;

	for (; *cues; cues++)
		if (l.n >= (k = strlen(*cues)) && !strncasecmp(l.s, *cues, k))
			return 1;
	return 0;
}

/* Is the line, without a final colon and trailing dots, one of words? */
static int
is_one_of(Line l, const char *const *words)
{
	size_t k;

	while (l.n && (l.s[l.n - 1] == ':' || l.s[l.n - 1] == '.' || l.s[l.n - 1] == ' '))
		l.n--;
	for (; *words; words++)
		if (l.n == (k = strlen(*words)) && !strncasecmp(l.s, *words, k))
			return 1;
	return 0;
}

/* The number of words of s[0..n), or 31 if there are more than 30. */
static size_t
nwords(const char *s, size_t n)
{
	size_t i, w = 0;
	int in = 0;

	for (i = 0; i < n && w <= 30; i++) {
		if (s[i] == ' ' || s[i] == '\t')
			in = 0;
		else if (!in && ++w)
			in = 1;
	}
	return w;
}

static int
endswith(Line l, const char *suf)
{
	size_t k = strlen(suf);

	while (l.n && (l.s[l.n - 1] == ')' || l.s[l.n - 1] == '.'))
		l.n--;
	return l.n >= k && !strncasecmp(l.s + l.n - k, suf, k);
}

static int
is_heading(Line l)
{
	return is_one_of(l, headings) ||
	    (l.w <= 5 && l.n > 10 && !strncasecmp(l.s, "more from ", 10));
}

static int
is_share(Line l)
{
	return l.w <= 15 && (startswith(l, share_cues) || is_one_of(l, share_words));
}

static int
is_photo(Line l)
{
	if (startswith(l, photo_cues))
		return 1;
	if (l.w > 12)
		return 0;
	if (memmem(l.s, l.n, "Photo/", 6) || memmem(l.s, l.n, "Photo /", 7) ||
	    endswith(l, "Getty Images"))
		return 1;
	return l.n > 2 && l.s[0] == '(' && l.s[l.n - 1] == ')' && memchr(l.s, '/', l.n);
}

static int
is_readmore(Line l)
{
	return l.w <= 30 && startswith(l, inline_cues);
}

/* A link or headline: short, at most one sentence. */
static int
is_link(Line l)
{
	Spans sp = { 0 };
	size_t n;

	if (l.w > 30)
		return 0;
	text_sentences(l.s, 0, l.n, &sp);
	n = sp.n;
	spans_free(&sp);
	return n <= 1;
}

static Line *
split_lines(const char *s, size_t n, size_t *count)
{
	Line *v = NULL;
	size_t cap = 0, k = 0, i = 0;
	const char *nl;

	while (i < n) {
		nl = memchr(s + i, '\n', n - i);
		xgrow(&v, &cap, k + 1, sizeof *v);
		v[k].s = s + i;
		v[k].n = (nl ? (size_t)(nl - s) : n) - i;
		v[k].w = nwords(v[k].s, v[k].n);
		i += v[k++].n + 1;
	}
	*count = k;
	return v;
}

/* Index of the footer heading, or nl if there is none. */
static size_t
footer(const Line *v, size_t nl)
{
	size_t h, i;

	for (h = 0; h < nl; h++) {
		if (!v[h].n || !is_heading(v[h]))
			continue;
		for (i = h + 1; i < nl; i++)
			if (v[i].n && !is_link(v[i]))
				break;
		if (i == nl)
			return h;
	}
	return nl;
}

size_t
strip_boilerplate(const char *s, size_t n, Buf *out, Buf *scratch, LineMap *map)
{
	size_t nl, i, end, removed = 0, kept = 0;
	Line *v = split_lines(s, n, &nl);

	buf_clear(scratch);
	end = footer(v, nl);
	for (i = 0; i < nl; i++) {
		if (v[i].n && (i >= end || is_share(v[i]) || is_photo(v[i]) || is_readmore(v[i]))) {
			removed++;
			continue;
		}
		buf_add(scratch, v[i].s, v[i].n);
		buf_addc(scratch, '\n');
		if (map)
			map->v[kept] = map->v[i];
		kept++;
	}
	free(v);
	if (map)
		map->n = kept;
	tidy_lines(scratch->s ? scratch->s : "", scratch->len, out, map);
	return removed;
}
