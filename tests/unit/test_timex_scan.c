/* test_timex_scan.c: the scan of timex.c finds the same expressions
 * wherever they fall in its 64-byte blocks (words across block edges,
 * long words, non-ASCII bytes, apostrophes, the end of the text). */
#include <stdio.h>
#include <string.h>

#include "timex.h"

static int fails;

/* The expressions of text as "start-end TYPE value;...", offsets less
 * shift. */
static void
find(const char *text, size_t len, size_t shift, char *got, size_t cap)
{
	static Timexes tx;
	Date a;

	cal_parse("2025-10-25", 10, &a);
	got[0] = '\0';
	timex_find(text, len, &a, &tx);
	for (size_t i = 0; i < tx.n; i++) {
		size_t n = strlen(got);
		snprintf(got + n, cap - n, "%zu-%zu %s %s;", tx.v[i].start - shift,
		    tx.v[i].end - shift, timex_typename(tx.v[i].type), tx.v[i].value);
	}
}

int
main(void)
{
	static const char *const bodies[] = {
		"On March 3, 2024 the talks began; they resume next week.",
		"Thisisaverylongwordthatrunsacrossablockedgeofsixtyfourbytesandmore yesterday",
		"It\xe2\x80\x99s the \xe2\x80\x9c" "best\xe2\x80\x9d of \xe2\x80\x99" "98 and '99, three years ago \xe2\x80\x94" " at 3:30 p.m. Friday",
		"caf\xc3\xa9 Monday 12 Q3 2025 x2025 2025x the 1990s",
		"tomorrow",
	};
	static const char filler[] = "Abc d\xc3\xa9" "f gh'ij klmnopqrstu vw \xe2\x80\x94 xyz ";
	char text[512], want[2048], got[2048];

	for (size_t b = 0; b < sizeof bodies / sizeof bodies[0]; b++) {
		size_t bl = strlen(bodies[b]);
		find(bodies[b], bl, 0, want, sizeof want);
		if (!*want) {
			fprintf(stderr, "test_timex_scan.c: nothing found in body %zu\n", b);
			fails++;
		}
		for (size_t k = 1; k < 200; k++) {
			for (size_t i = 0; i + 1 < k; i++)
				text[i] = filler[i % (sizeof filler - 1)];
			text[k - 1] = '\n';
			memcpy(text + k, bodies[b], bl);
			find(text, k + bl, k, got, sizeof got);
			if (strcmp(got, want)) {
				fprintf(stderr, "test_timex_scan.c: body %zu after %zu bytes\n  want %s\n  got  %s\n",
				    b, k, want, got);
				fails++;
			}
		}
	}
	return fails != 0;
}
