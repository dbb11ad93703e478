#!/usr/bin/env bats
# tocsv(1): options, exact outputs, the Miller round trip and bad input.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
	T=$BATS_TEST_TMPDIR
}

# A stream whose fields are full of tabs, newlines, CRs, quotes,
# backslashes, commas, semicolons, blanks and non-ASCII text.
nasty() {
	printf 'doc\ttext\tnote\n'
	printf 'a\tone\\ttab\\nnew line\t"quoted" and ""doubled""\n'
	printf 'b\tback\\\\slash \\\\n not a newline\tcomma, semicolon; end\n'
	printf 'c\tcr\\r\\nlf\t  leading and trailing  \n'
	printf 'd\t\t\n'
	printf 'e\t“curly” «guillemets» — dash\t\\\\\n'
	printf 'f\t"\t,\n'
}

@test "tocsv: --version and -h" {
	run tocsv --version
	assert_success
	assert_output "tocsv newsutils 0.1.0"
	run tocsv -h
	assert_success
	assert_output --partial "usage: tocsv"
}

@test "tocsv: bad options are usage errors" {
	run tocsv -x
	assert_failure 2
	assert_output --partial "usage: tocsv"
	run tocsv -d ';;'
	assert_failure 2
	run tocsv -d '"'
	assert_failure 2
}

@test "tocsv: the man page examples" {
	run sh tests/manex.sh man/tocsv.1
	assert_success
	assert_output ""
}

@test "tocsv: exact quoting" {
	nasty > "$T/n.tsv"
	run tocsv "$T/n.tsv"
	assert_success
	assert_output "$(printf '%s\n' 'doc,text,note' 'a,"one	tab' 'new line","""quoted"" and """"doubled"""""' \
		'b,back\slash \n not a newline,"comma, semicolon; end"' 'c,"cr'$'\r' 'lf",  leading and trailing  ' \
		'd,,' 'e,“curly” «guillemets» — dash,\' 'f,"""",","')"
}

@test "tocsv: round trip through Miller, nasty fields" {
	# Miller's CSV reader drops a CR just before a LF inside a quoted
	# field, so that one case is checked by the exact test above only.
	nasty | grep -v '^c' > "$T/n.tsv"
	run sh -c "tocsv '$T/n.tsv' | mlr --icsv --otsv cat | cmp - '$T/n.tsv'"
	assert_success
	run bash -c "cmp <(tocsv '$T/n.tsv') <(mlr --itsv --ocsv cat '$T/n.tsv')"
	assert_success
}

@test "tocsv: round trip through Miller, the examples via docsplit" {
	docsplit examples/*.txt > "$T/d.tsv"
	run sh -c "tocsv '$T/d.tsv' | mlr --icsv --otsv cat | cmp - '$T/d.tsv'"
	assert_success
	docsplit -u sentence examples/*.txt > "$T/s.tsv"
	run sh -c "tocsv '$T/s.tsv' | mlr --icsv --otsv cat | cmp - '$T/s.tsv'"
	assert_success
	run sh -c "tocsv -d ';' --crlf '$T/s.tsv' | mlr --icsv --ifs ';' --otsv cat | cmp - '$T/s.tsv'"
	assert_success
}

@test "tocsv: -c picks and orders columns" {
	nasty > "$T/n.tsv"
	run sh -c "tocsv -c note,doc '$T/n.tsv' | head -3"
	assert_output 'note,doc
"""quoted"" and """"doubled""""",a
"comma, semicolon; end",b'
}

@test "tocsv: -c with one column quotes an empty field" {
	nasty > "$T/n.tsv"
	run sh -c "tocsv -c text '$T/n.tsv' | tail -3"
	assert_output '""
“curly” «guillemets» — dash
""""'
}

@test "tocsv: -c unknown column is a usage error naming it" {
	run sh -c 'docsplit examples/seoul-talks.txt | tocsv -c doc,title'
	assert_failure 2
	assert_output "tocsv: -c: no column title"
}

@test "tocsv: -d, --crlf and --bom" {
	run sh -c "printf 'doc\ttext\na\t1;5\n' | tocsv -d ';' --crlf --bom | od -An -c -w100 | tr -s ' '"
	assert_output ' 357 273 277 d o c ; t e x t \r \n a ; " 1 ; 5 " \r \n'
}

@test "tocsv: empty input, header only, no final newline" {
	run sh -c 'printf "" | tocsv'
	assert_success
	assert_output ""
	run sh -c "printf 'doc\ttext\n' | tocsv"
	assert_output "doc,text"
	run sh -c "printf 'doc\ttext\na\tlast' | tocsv"
	assert_output "doc,text
a,last"
}

@test "tocsv: plain text is one document per file" {
	printf 'Plain, "quoted" text.\r\nSecond line\n' > "$T/p.txt"
	run tocsv "$T/p.txt"
	assert_output "doc,text
$T/p.txt,\"Plain, \"\"quoted\"\" text.
Second line
\""
}

@test "tocsv: CR-only, CRLF and mixed line ends end records; lines count them" {
	run sh -c "printf 'doc\ttext\ra\tone\rb\ttwo\r\nc\tthree\n' | tocsv"
	assert_success
	assert_output "doc,text
a,one
b,two
c,three"
	run sh -c "printf 'doc\ttext\ra\tb\r\nc\td\te\r' | tocsv"
	assert_failure 2
	assert_output --partial "tocsv: -:3: too many fields, expected 2"
	run sh -c "{ printf 'doc\ttext\r'; sleep 0.3; printf '\na\tb\r'; sleep 0.3; printf '\nc\td\r'; } | tocsv"
	assert_success
	assert_output "doc,text
a,b
c,d"
	printf 'Old Mac\rtext, \"quoted\"\r\rend\r' > "$T/mac.txt"
	run tocsv "$T/mac.txt"
	assert_output "doc,text
$T/mac.txt,\"Old Mac
text, \"\"quoted\"\"

end
\""
}

@test "tocsv: invalid UTF-8 and NUL bytes" {
	printf 'doc\ttext\na\tbad \377 and \000 nul\n' > "$T/b.tsv"
	run sh -c "tocsv '$T/b.tsv' 2>/dev/null"
	assert_output "doc,text
a,bad � and � nul"
	run sh -c "tocsv '$T/b.tsv' 2>&1 >/dev/null"
	assert_output "tocsv: $T/b.tsv: 2 invalid UTF-8 or NUL bytes replaced by U+FFFD"
}

@test "tocsv: too many fields is an error naming file and line" {
	printf 'doc\ttext\na\tb\nc\td\te\n' > "$T/m.tsv"
	run tocsv "$T/m.tsv"
	assert_failure 2
	assert_output --partial "tocsv: $T/m.tsv:3: too many fields, expected 2"
}

@test "tocsv: a 50 MB document" {
	{ printf 'doc\ttext\nbig\t'; yes 'He said, "we will see."\t' | head -n 2000000 | tr -d '\n'; printf '\n'; } > "$T/big.tsv"
	run sh -c "tocsv '$T/big.tsv' | mlr --icsv --otsv cat | cmp - '$T/big.tsv'"
	assert_success
}

@test "tocsv: unreadable file" {
	run tocsv "$T/missing.tsv"
	assert_failure 1
	assert_output --partial "tocsv: $T/missing.tsv: cannot open: No such file or directory"
}

@test "tocsv: write errors exit 1 with a message" {
	run sh -c 'docsplit examples/*.txt | tocsv > /dev/full'
	assert_failure 1
	assert_output "tocsv: write error: No space left on device"
}

@test "tocsv: any table, with no text column" {
	run sh -c "printf 'doc\tquote\tstart\na\tWe will \"win\", he said\t12\n' | tocsv"
	assert_success
	assert_output 'doc,quote,start
a,"We will ""win"", he said",12'
	printf 'doc\tquote\nb\tone\\ttwo\n' > "$T/q.tsv"
	run sh -c "tocsv '$T/q.tsv' | mlr --icsv --otsv cat | cmp - '$T/q.tsv'"
	assert_success
}

@test "tocsv: the pipeline of quotations round-trips" {
	command -v quotes >/dev/null || skip "quotes not built"
	docsplit examples/*.txt | quotes > "$T/q.tsv"
	run sh -c "head -1 '$T/q.tsv' | cut -f1-4"
	assert_output "doc	file	line	quote"
	run sh -c "tocsv '$T/q.tsv' | mlr --icsv --otsv cat | cmp - '$T/q.tsv'"
	assert_success
}
