/* utf8.h: UTF-8 decoding, validation, NFC and quotation marks. */
#ifndef NEWSUTILS_UTF8_H
#define NEWSUTILS_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"

/* Decode one code point at s (n bytes available).  Returns its length;
 * an invalid sequence gives *cp = 0xFFFD and length 1. */
int utf8_decode(const char *s, size_t n, int32_t *cp);
/* Encode cp into out (4 bytes room); returns the length. */
int utf8_encode(int32_t cp, char *out);
/* Length of the code point ending just before s + i (for going back). */
size_t utf8_prev(const char *s, size_t i);

/* Copy s to out replacing each invalid byte and each NUL by U+FFFD;
 * returns how many were replaced.  utf8_valid() is the fast check. */
int utf8_valid(const char *s, size_t n);
size_t utf8_sanitize(const char *s, size_t n, Buf *out);

/* NFC-normalise valid UTF-8 into out (cleared first). */
void utf8_nfc(const char *s, size_t n, Buf *out);

/* Number of code points in s[0..n). */
size_t utf8_count(const char *s, size_t n);

/* Quotation marks. */
enum {
	QM_OPEN = 1,   /* can open a quotation: “ „ ‘ ‚ « ‹ */
	QM_CLOSE = 2,  /* can close one: ” ’ » › */
	QM_DOUBLE = 4, /* a double mark: " “ ” „ « » ″ ＂ */
	QM_SINGLE = 8, /* a single mark: ' ‘ ’ ‚ ‹ › ′ */
};
/* Flags for cp (QM_OPEN|QM_CLOSE for symmetric marks like " and '), 0 if
 * it is not a quotation mark. */
int quote_mark(int32_t cp);

/* Unicode classes through utf8proc. */
int uc_isupper(int32_t cp);
int uc_islower(int32_t cp);
int uc_isalpha(int32_t cp);
int uc_isdigit(int32_t cp);
int uc_isspace(int32_t cp);
int uc_ispunct(int32_t cp);
int32_t uc_tolower(int32_t cp);
int32_t uc_toupper(int32_t cp);

#endif
