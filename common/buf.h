/* buf.h: a growable byte buffer, always NUL-terminated. */
#ifndef NEWSUTILS_BUF_H
#define NEWSUTILS_BUF_H

#include <stddef.h>
#include <string.h>

typedef struct {
	char *s;     /* NUL-terminated once anything was added */
	size_t len;
	size_t cap;
} Buf;

void buf_reserve(Buf *b, size_t extra);
void buf_add(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...);
void buf_free(Buf *b);

static inline void buf_clear(Buf *b) { b->len = 0; if (b->s) b->s[0] = '\0'; }
static inline void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }
static inline void buf_addc(Buf *b, char c)
{
	if (b->len + 2 > b->cap)
		buf_reserve(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

#endif
