#!/bin/sh
# sh gencorpus.sh [MB]: print a generated news corpus of about MB megabytes
# (default 100) in the docsplit dump format, one " date YYYY-MM-DD Headline"
# line before each document.  It is built from examples/*.txt, with the
# dates and a few names varied from copy to copy so that no two documents
# are the same.  Used by the benchmarks; the same MB gives the same bytes.
mb=${1:-100}
dir=$(cd "$(dirname "$0")/../../examples" && pwd)
LC_ALL=C awk -v limit="$((mb * 1048576))" '
BEGIN {
	nn = split("Park Kim Lee Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon", sur, " ")
}
FNR == 1 { nf++; head[nf] = FILENAME; sub(/.*\//, "", head[nf]); sub(/\.txt$/, "", head[nf]) }
{ text[nf, ++n[nf]] = $0 }
END {
	while (total < limit) {
		for (f = 1; f <= nf && total < limit; f++) {
			it++
			y = 2015 + it % 11; m = 1 + it % 12; d = 1 + it % 28
			name = sur[1 + it % nn]
			if (text[f, 1] !~ /^ ?date [0-9]/) {
				s = sprintf(" date %04d-%02d-%02d %s (copy %d)", y, m, d, head[f], it)
				print s
				total += length(s) + 1
			}
			for (i = 1; i <= n[f]; i++) {
				s = text[f, i]
				if (s ~ /^ ?date [0-9]/)
					s = sprintf(" date %04d-%02d-%02d%s", y, m, d, substr(s, index(s, "date ") + 15))
				else
					gsub(/Park/, name, s)
				print s
				total += length(s) + 1
			}
		}
	}
}' "$dir"/*.txt
