/* lineend.c: LF, CRLF and lone CR line ends (see lineend.h). */
#include <string.h>

#include "lineend.h"

size_t
eol_count(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n')))
			k++;
	return k;
}

size_t
eol_to_lf(const char *s, size_t n, char *out)
{
	const char *cr = memchr(s, '\r', n);
	size_t i, j;

	if (!cr) {
		if (out != s)
			memcpy(out, s, n);
		return n;
	}
	j = i = (size_t)(cr - s);
	if (out != s)
		memcpy(out, s, i);
	for (; i < n; i++) {
		if (s[i] != '\r')
			out[j++] = s[i];
		else if (i + 1 == n || s[i + 1] != '\n')
			out[j++] = '\n';
	}
	return j;
}
