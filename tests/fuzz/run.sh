#!/bin/sh
# run.sh: fuzz every program (`make fuzz`).
#
# Mutation fuzzing of the sanitizer build: mutate.py derives inputs from
# the examples and fixtures (bit flips, byte insertions, spliced TSV,
# stray tabs, backslashes, quotation marks, NUL and invalid UTF-8), feeds
# each to every program as raw text and as a stream, and fails on a
# sanitizer report, a crash, an exit status other than 0, 1 or 2, or an
# output that is not a well-formed stream.  FUZZ_N sets the number of
# inputs (default 300), FUZZ_SEED the random seed.
set -e
cd "$(dirname "$0")/../.."
make -s B=san/ CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	LDFLAGS="-fsanitize=address,undefined" >/dev/null
exec python3 tests/fuzz/mutate.py san/bin "${FUZZ_N:-300}" "${FUZZ_SEED:-1}"
