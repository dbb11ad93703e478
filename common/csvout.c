/* csvout.c: RFC 4180 CSV output (see csvout.h). */
#include <csv.h>
#include <string.h>

#include "buf.h"
#include "csvout.h"
#include "stream.h"

static int
needs_quotes(const char *s, size_t n, char delim)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == delim || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			return 1;
	return 0;
}

void
csvout_bom(void)
{
	out_raw("\xEF\xBB\xBF", 3);
}

void
csvout_field(CsvOut *c, const char *s, size_t n, int only)
{
	static Buf q;
	size_t k;

	if (c->col++)
		out_raw(&c->delim, 1);
	if (!needs_quotes(s, n, c->delim) && !(only && n == 0)) {
		out_raw(s, n);
		return;
	}
	buf_reserve(&q, 2 * n + 2);
	k = csv_write2(q.s, q.cap, s, n, '"');
	out_raw(q.s, k);
}

void
csvout_endrow(CsvOut *c)
{
	out_raw(c->crlf ? "\r\n" : "\n", c->crlf ? 2 : 1);
	c->col = 0;
}
