/* err.h: messages, exit statuses and allocation that never returns NULL.
 *
 * Every message has the form "program: what is wrong" or, for bad
 * input, "program: file:line: what is wrong".  Exit statuses are those
 * of newsutils(7): 0 success, 1 I/O or runtime error, 2 usage error or
 * malformed input. */
#ifndef NEWSUTILS_ERR_H
#define NEWSUTILS_ERR_H

#include <stddef.h>

enum { EXIT_IO = 1, EXIT_USAGE = 2 };

extern const char *progname;

void setprogname(const char *argv0);

/* Print "progname: msg" (with ": strerror(errno)" when fmt ends in ':'). */
void warnmsg(const char *fmt, ...);
_Noreturn void die(int status, const char *fmt, ...);

/* Print "progname: file:line: msg"; line 0 omits the line. */
void warnat(const char *file, long line, const char *fmt, ...);
_Noreturn void dieat(int status, const char *file, long line, const char *fmt, ...);

/* Print "usage: progname synopsis" to stderr and exit 2 (a usage error),
 * or to stdout and exit 0 (-h, --help). */
_Noreturn void usage(const char *synopsis);
_Noreturn void help(const char *synopsis);
/* Print "progname newsutils VERSION" and exit 0 (--version). */
_Noreturn void version(void);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow *p (an array of *cap elements of size) to hold at least need. */
void xgrow(void *pp, size_t *cap, size_t need, size_t size);

#endif
