#!/bin/sh
# manex.sh PAGE: run the examples of a man page literally and compare.
# An example is a `.Bd -literal` block whose first line starts with "$ ":
# the command (continued while a line ends in "|" or "\"), then the
# expected output up to `.Ed`.  Roff escapes \e and \& are undone.  Run
# from the repository root with bin/ on PATH; commands run in a scratch
# directory holding a link to examples/.  Exits 1 on a difference.
page=$1
tmp=${TMPDIR:-/tmp}/manex.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT
awk -v dir="$tmp" '
function unroff(s) { gsub(/\\&/, "", s); gsub(/\\e/, "\\", s); return s }
/^\.Bd -literal/ { inbd = 1; n = 0; state = 0; next }
/^\.Ed/ && inbd {
	inbd = 0
	if (state) { close(cf); close(ef) }
	next
}
inbd {
	line = unroff($0)
	if (state == 0) {
		if (line !~ /^\$ /) { inbd = 0; next }
		k++; cf = dir "/" k ".cmd"; ef = dir "/" k ".exp"
		printf "" > ef
		sub(/^\$ /, "", line); state = 1
	}
	if (state == 1) {
		print line > cf
		if (line !~ /[|\\]$/) state = 2
		next
	}
	if (line ~ /^\$ /) {
		sub(/^\$ /, "", line); state = 1
		print line > cf
		if (line !~ /[|\\]$/) state = 2
		next
	}
	print line > ef
}' "$page"
root=$(pwd)
mkdir "$tmp/work" && ln -s "$root/examples" "$tmp/work/examples" || exit 1
status=0
for c in "$tmp"/*.cmd; do
	[ -e "$c" ] || continue
	e=${c%.cmd}.exp
	if ! (cd "$tmp/work" && sh "$c" 2>&1) | diff -u "$e" - >"$tmp/diff"; then
		printf "example failed: %s\n" "$(head -1 "$c")"
		cat "$tmp/diff"
		status=1
	fi
done
exit $status
