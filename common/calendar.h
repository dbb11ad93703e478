/* calendar.h: proleptic Gregorian date arithmetic.
 *
 * Days are counted from 1970-01-01 (day 0), weekdays are ISO (1 Monday
 * .. 7 Sunday), weeks are ISO 8601 weeks (week 1 holds the year's first
 * Thursday).  Months add with the day clamped to the month's end
 * (January 31 + 1 month = February 28 or 29). */
#ifndef NEWSUTILS_CALENDAR_H
#define NEWSUTILS_CALENDAR_H

#include <stddef.h>

typedef struct {
	int y, m, d;   /* m 1..12, d 1..31 */
} Date;

int cal_leap(int y);
int cal_mdays(int y, int m);              /* days in month m of year y */
int cal_valid(int y, int m, int d);       /* a real date in 1..9999? */
long cal_days(Date d);                    /* day number */
Date cal_from_days(long n);
int cal_weekday(Date d);                  /* 1 Monday .. 7 Sunday */
/* ISO week of d: *wy is the week-numbering year, the week 1..53. */
int cal_isoweek(Date d, int *wy);
/* The same of the day numbered n. */
int cal_isoweek_of(long n, int *wy);
Date cal_add_days(Date d, long n);
Date cal_add_months(Date d, long n);
/* The date with weekday wd (1..7) in the ISO week of d. */
Date cal_in_week(Date d, int wd);
/* Easter Sunday (Gregorian computus). */
Date cal_easter(int y);
/* The n-th weekday wd of month m (n = -1: the last one). */
Date cal_nth_weekday(int y, int m, int wd, int n);
/* The number the n decimal digits at s write, or -1 if one is not a
 * digit ("2025" gives 2025).  Inline: dates are read by it. */
static inline int
cal_digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}
/* Parse "YYYY-MM-DD" (optionally followed by 'T' or a blank and more)
 * at s[0..n) into *d; 1 if it is a valid date (else *d is left as it was). */
int cal_parse(const char *s, size_t n, Date *d);

#endif
