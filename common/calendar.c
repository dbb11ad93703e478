/* calendar.c: see calendar.h.  Day numbers use the civil-from-days
 * algorithm of Howard Hinnant (eras of 400 years). */
#include "calendar.h"

int
cal_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
cal_mdays(int y, int m)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return md[m - 1] + (m == 2 && cal_leap(y));
}

int
cal_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= cal_mdays(y, m));
}

long
cal_days(Date d)
{
	long y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

Date
cal_from_days(long z)
{
	Date r;
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = doy - (153 * mp + 2) / 5 + 1;
	r.m = mp < 10 ? mp + 3 : mp - 9;
	r.y = yoe + era * 400 + (r.m <= 2);
	return r;
}

int
cal_weekday(Date d)
{
	long n = cal_days(d);   /* 1970-01-01 was a Thursday (4) */
	long w = (n + 3) % 7;

	if (w < 0)
		w += 7;
	return w + 1;
}

int
cal_isoweek(Date d, int *wy)
{
	return cal_isoweek_of(cal_days(d), wy);
}

int
cal_isoweek_of(long n, int *wy)
{
	/* The Thursday of the week decides the year. */
	long w = (n + 3) % 7, tn;
	Date th, jan1;

	if (w < 0)
		w += 7;   /* w + 1: cal_weekday(d) */
	tn = n + 3 - w;
	th = cal_from_days(tn);
	jan1 = (Date){ th.y, 1, 1 };
	if (wy)
		*wy = th.y;
	return (tn - cal_days(jan1)) / 7 + 1;
}

Date
cal_add_days(Date d, long n)
{
	return cal_from_days(cal_days(d) + n);
}

Date
cal_add_months(Date d, long n)
{
	long m = (long)d.y * 12 + (d.m - 1) + n;
	int dim;

	d.y = m / 12;
	d.m = m % 12 + 1;
	dim = cal_mdays(d.y, d.m);
	if (d.d > dim)
		d.d = dim;
	return d;
}

Date
cal_in_week(Date d, int wd)
{
	return cal_add_days(d, wd - cal_weekday(d));
}

Date
cal_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	Date r = { y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1 };

	return r;
}

Date
cal_nth_weekday(int y, int m, int wd, int n)
{
	Date r = { y, m, 1 };

	if (n < 0) {
		r.d = cal_mdays(y, m);
		return cal_add_days(r, -((cal_weekday(r) - wd + 7) % 7));
	}
	r = cal_add_days(r, (wd - cal_weekday(r) + 7) % 7);
	return cal_add_days(r, 7L * (n - 1));
}

int
cal_parse(const char *s, size_t n, Date *d)
{
	Date t;

	if (n < 10 || s[4] != '-' || s[7] != '-')
		return 0;
	if (n > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != '\t')
		return 0;
	t.y = cal_digits(s, 4);
	t.m = cal_digits(s + 5, 2);
	t.d = cal_digits(s + 8, 2);
	if (!cal_valid(t.y, t.m, t.d))
		return 0;   /* *d untouched */
	*d = t;
	return 1;
}
