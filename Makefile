# newsutils: see README.md.  `make` builds bin/* and common/libnewsutils.a.
.SUFFIXES:

VERSION = 0.1.0
PREFIX  = /usr/local
MANDIR  = $(PREFIX)/share/man
CC      = cc
CFLAGS  = -O3 -g
WARN    = -std=c11 -Wall -Wextra -Wno-unused-parameter
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -DVERSION=\"$(VERSION)\" -Icommon $(CPPFLAGS)
LDLIBS  = -lpcre2-8 -lcsv -lutf8proc -lm

# B is the build prefix: empty for the normal build, san/ for sanitizers.
B =
TOOLS   = $(patsubst tools/%.c,%,$(wildcard tools/*.c))
BINS    = $(patsubst %,$(B)bin/%,$(TOOLS))
LIBSRC  = $(wildcard common/*.c)
LIBOBJ  = $(patsubst %.c,$(B)%.o,$(LIBSRC))
LIB     = $(B)common/libnewsutils.a
UNITSRC = $(wildcard tests/unit/*.c)
UNITS   = $(patsubst tests/unit/%.c,$(B)tests/unit/bin/%,$(UNITSRC))
HDRS    = $(wildcard common/*.h)
BATS    = $(wildcard tests/*.bats)
MANS    = $(wildcard man/*.1 man/*.7)

# Debian packages the build and the tests need.
DEBS = gcc make pkg-config libpcre2-dev libcsv-dev libutf8proc-dev \
       bats bats-assert bats-support parallel miller mandoc time

all: $(BINS) $(LIB)

$(B)common/%.o: common/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(B)bin/%: tools/%.c $(LIB) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(B)tests/unit/bin/%: tests/unit/%.c $(LIB) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# Install the Debian packages that are missing (with sudo when not root).
deps:
	@sh tests/deps.sh $(DEBS)

demo: deps all
	@sh examples/demo.sh

check: deps all $(UNITS)
	@for t in $(UNITS); do echo "unit $$t"; $$t || exit 1; done
	@[ -z "$(BATS)" ] || PATH="$(CURDIR)/$(B)bin:$$PATH" bats $(BATS)
	@for m in $(MANS); do mandoc -Tlint -Wwarning $$m || exit 1; done

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
sanitize: deps
	$(MAKE) B=san/ CFLAGS="$(SANFLAGS)" LDFLAGS="$(SANFLAGS)" check

eval: all
	@for e in tests/eval/*; do [ -x $$e ] || continue; $$e || exit 1; done

bench: all
	@for b in tests/bench/*; do [ -x $$b ] || continue; $$b || exit 1; done

# Retrain the entity tagger (train/train.sh; needs ../shared/corpus).
model: $(LIB)
	@sh train/train.sh

fuzz:
	@sh tests/fuzz/run.sh

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	cp $(BINS) $(DESTDIR)$(PREFIX)/bin/
	cp man/*.1 $(DESTDIR)$(MANDIR)/man1/
	cp man/*.7 $(DESTDIR)$(MANDIR)/man7/

clean:
	rm -rf bin common/*.o common/*.a tests/unit/bin san out

.PHONY: all deps demo check sanitize eval bench fuzz install clean model
