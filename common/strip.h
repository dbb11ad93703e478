/* strip.h: remove news-site boilerplate from tidied text.
 *
 * Whole lines only, never part of one; a line of the story is never
 * touched.  Removed:
 *  - a trailing footer: from a heading line ("More stories", "Related",
 *    "Related stories", "Also read", "Read more", "See also", "You may
 *    also like", "Recommended", "Most read", "Trending", "Top stories",
 *    "More from X"..., an optional colon) to the end of the text, when
 *    every line after the heading is short (at most 30 words) and holds
 *    at most one sentence, as links and headlines do;
 *  - "Read more: ..." / "Also read: ..." / "Related: ..." lines of at
 *    most 30 words anywhere;
 *  - share and subscribe lines of at most 15 words: starting "Share on",
 *    "Share this", "Share via", "Email this", "Print this", "Copy link",
 *    "Subscribe to", "Subscribe now", "Sign up for", "Follow us", "Click
 *    here to subscribe", "Download our app", "Story continues below",
 *    "Article continues below", "Continue reading below", "Scroll to
 *    continue", and copyright lines ("©", "Copyright ©", "Copyright
 *    (c)", "Copyright 2025", "(c) 2025"), or being just "Share",
 *    "Tweet", "Email", "Print", "Facebook", "Twitter", "X", "WhatsApp",
 *    "LinkedIn", "Reddit", "Telegram", "Pinterest", "Comments",
 *    "Subscribe" or "Advertisement";
 *  - photo credit lines: starting "Photo:", "Photo by", "Photo credit",
 *    "Photos:", "Photograph:", "Picture:", "Image:", "Image credit",
 *    "Credit:", "Caption:", "File photo" or "(Photo", or of at most 12
 *    words containing "Photo/" or ending "Getty Images", or a line of at
 *    most 12 words that is all in brackets and holds a "/" (a credit
 *    such as "(Jane Roe / The Ledger)").
 * Headings and cues are matched without regard to case. */
#ifndef NEWSUTILS_STRIP_H
#define NEWSUTILS_STRIP_H

#include <stddef.h>
#include "buf.h"
#include "tidy.h"

/* Copy s[0..n) without its boilerplate into out (cleared first);
 * returns the number of lines removed.  map, if not NULL, maps the lines
 * of s and is made to map those of out (tidy.h). */
size_t strip_boilerplate(const char *s, size_t n, Buf *out, Buf *scratch, LineMap *map);

#endif
