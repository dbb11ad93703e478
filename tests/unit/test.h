/* test.h: the smallest unit-test harness: CHECK and a count of failures. */
#ifndef NEWSUTILS_TEST_H
#define NEWSUTILS_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failures;

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		test_failures++; \
	} \
} while (0)

#define CHECK_STR(got, gotlen, want) do { \
	size_t wl_ = strlen(want); \
	if ((gotlen) != wl_ || memcmp((got), (want), wl_)) { \
		fprintf(stderr, "%s:%d: got \"%.*s\", want \"%s\"\n", __FILE__, __LINE__, \
		    (int)(gotlen), (got), (want)); \
		test_failures++; \
	} \
} while (0)

#define TEST_END() do { \
	if (test_failures) \
		fprintf(stderr, "%s: %d failure(s)\n", __FILE__, test_failures); \
	return test_failures != 0; \
} while (0)

#endif
