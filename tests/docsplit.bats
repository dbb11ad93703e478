#!/usr/bin/env bats
# docsplit(1): options, exact outputs and bad input.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
	T=$BATS_TEST_TMPDIR
}

@test "docsplit: --version and -h" {
	run docsplit --version
	assert_success
	assert_output "docsplit newsutils 0.1.0"
	run docsplit -h
	assert_success
	assert_output --partial "usage: docsplit"
}

@test "docsplit: bad options are usage errors" {
	run docsplit -x
	assert_failure 2
	assert_output --partial "usage: docsplit"
	run docsplit -u chapter
	assert_failure 2
	assert_output --partial "unknown unit chapter"
	run docsplit -f json
	assert_failure 2
	run docsplit -b '(' examples/seoul-talks.txt
	assert_failure 2
	assert_output --partial "docsplit: -b: missing closing parenthesis"
}

@test "docsplit: the man page examples" {
	run sh tests/manex.sh man/docsplit.1
	assert_success
	assert_output ""
}

@test "docsplit: a dump file holds three documents" {
	run sh -c 'docsplit examples/harbour-bridge.txt | cut -f1-3'
	assert_success
	assert_output "doc	file	line
examples/harbour-bridge.txt#1	examples/harbour-bridge.txt	1
examples/harbour-bridge.txt#2	examples/harbour-bridge.txt	9
examples/harbour-bridge.txt#3	examples/harbour-bridge.txt	19"
	run sh -c 'docsplit examples/harbour-bridge.txt | sed -n 4p | cut -f4 | cut -c1-70'
	assert_output ' date 2025-10-25 Ferries packed as bridge closure enters first weekend'
}

@test "docsplit: every example, ids unique, one document per plain file" {
	run sh -c 'docsplit examples/*.txt | cut -f1 | sort | uniq -d'
	assert_output ""
	run sh -c 'docsplit examples/seoul-talks.txt examples/geneva-guillemets.txt | cut -f1-3'
	assert_output "doc	file	line
examples/seoul-talks.txt	examples/seoul-talks.txt	1
examples/geneva-guillemets.txt	examples/geneva-guillemets.txt	1"
}

@test "docsplit: text before the first boundary is a document; blank text is not" {
	printf 'Preface line.\n date 2025-01-02 One\nBody one.\ndate 2025-01-03 Two\nBody two.\n' > "$T/a.txt"
	run docsplit "$T/a.txt"
	assert_output "doc	file	line	text
$T/a.txt#1	$T/a.txt	1	Preface line.
$T/a.txt#2	$T/a.txt	2	 date 2025-01-02 One\\nBody one.
$T/a.txt#3	$T/a.txt	4	date 2025-01-03 Two\\nBody two."
	printf '\n  \n date 2025-01-02 Only\nBody.\n' > "$T/b.txt"
	run docsplit "$T/b.txt"
	assert_output "doc	file	line	text
$T/b.txt	$T/b.txt	3	 date 2025-01-02 Only\\nBody."
}

@test "docsplit: lines that are not dated records do not split" {
	printf 'The date 2025-01-02 was set.\nupdate 2025-01-02 x\ndate 2025-01-0 x\ndate 2025-01-02x\n' |
		docsplit > "$T/out"
	run wc -l < "$T/out"
	assert_output 2
}

@test "docsplit: form feed boundaries" {
	run sh -c "printf 'Page one.\n\fPage two.\n\f\nPage three.\n\f\n' | docsplit"
	assert_output "doc	file	line	text
-#1	-	1	Page one.
-#2	-	2	Page two.
-#3	-	4	Page three."
}

@test "docsplit: -b regex (UTF-8)" {
	printf '§ Erste\nText.\n§ Zweite\nMehr.\n' > "$T/u.txt"
	run docsplit -b '^\x{a7} ' "$T/u.txt"
	assert_output "doc	file	line	text
$T/u.txt#1	$T/u.txt	1	§ Erste\\nText.
$T/u.txt#2	$T/u.txt	3	§ Zweite\\nMehr."
}

@test "docsplit: tidy: CRLF, trailing blanks, blank lines, NFC" {
	run sh -c "printf '\r\n\r\nTitle  \r\n\r\n\r\n\r\nCafe\314\201 body.\t\r\n  indented\r\nlone\rCR\r\n\r\n' | docsplit | cut -f3,4"
	assert_output "line	text
3	Title\\n\\nCafé body.\\n  indented\\nlone\\nCR"
}

@test "docsplit: CR-only line ends (old Mac files) split and number like LF" {
	printf ' date 2025-01-01 One\rFirst line.\r\rSecond para.\r date 2025-01-02 Two\rText two.\r' > "$T/cr.txt"
	run docsplit "$T/cr.txt"
	assert_success
	assert_output "doc	file	line	text
$T/cr.txt#1	$T/cr.txt	1	 date 2025-01-01 One\\nFirst line.\\n\\nSecond para.
$T/cr.txt#2	$T/cr.txt	5	 date 2025-01-02 Two\\nText two."
	docsplit < examples/harbour-bridge.txt > "$T/lf.out"
	run sh -c "tr '\n' '\r' < examples/harbour-bridge.txt | docsplit | cmp - '$T/lf.out'"
	assert_success
	run sh -c "docsplit -u sentence < examples/harbour-bridge.txt > '$T/lfu.out'; tr '\n' '\r' < examples/harbour-bridge.txt | docsplit -u sentence | cmp - '$T/lfu.out'"
	assert_success
}

@test "docsplit: mixed CR, LF and CRLF line ends" {
	printf ' date 2025-01-01 One\rFirst line.\r\n\nSecond para.\n\r\r\n date 2025-01-02 Two\r\nText two.\r\n\fPage\rthree.' > "$T/mixed.txt"
	run docsplit "$T/mixed.txt"
	assert_success
	assert_output "doc	file	line	text
$T/mixed.txt#1	$T/mixed.txt	1	 date 2025-01-01 One\\nFirst line.\\n\\nSecond para.
$T/mixed.txt#2	$T/mixed.txt	7	 date 2025-01-02 Two\\nText two.
$T/mixed.txt#3	$T/mixed.txt	9	Page\\nthree."
	run sh -c "printf '=== one\rFirst.\r\n=== two\rSecond.\r' | docsplit -b '^=== [a-z]+\$' | cut -f1,3,4"
	assert_output "doc	line	text
-#1	1	=== one\\nFirst.
-#2	3	=== two\\nSecond."
}

@test "docsplit: CR-only and CRLF files over several read blocks" {
	for i in $(seq 500); do cat examples/harbour-bridge.txt examples/seoul-talks.txt; done > "$T/lf.txt"
	docsplit < "$T/lf.txt" > "$T/lf.out"
	tr '\n' '\r' < "$T/lf.txt" > "$T/cr.txt"
	sed 's/$/\r/' "$T/lf.txt" > "$T/crlf.txt"
	run sh -c "docsplit < '$T/cr.txt' | cmp - '$T/lf.out' && docsplit < '$T/crlf.txt' | cmp - '$T/lf.out'"
	assert_success
	run sh -c "tail -n 1 '$T/lf.out' | cut -f3"
	assert_output 24470
}

@test "docsplit: a CRLF cut between two reads is one line end" {
	run sh -c "{ printf ' date 2025-01-01 a\r'; sleep 0.3; printf '\n date 2025-01-02 b\r'; sleep 0.3; printf '\nc\r'; } | docsplit | cut -f1,3,4"
	assert_output 'doc	line	text
-#1	1	 date 2025-01-01 a
-#2	2	 date 2025-01-02 b\nc'
	run sh -c "{ printf 'id\ttext\r'; sleep 0.3; printf '\n1\tone\r'; sleep 0.3; printf '\n2\ttwo\r'; } | docsplit -f tsv | cut -f1,3-"
	assert_output 'doc	line	id	text
-#1	2	1	one
-#2	3	2	two'
}

@test "docsplit: tables with CR-only line ends: records and error lines" {
	run sh -c "printf 'a,b\r1,2\r3,\"x\ry\"\r4,5\r' | docsplit -f csv -t b"
	assert_output "doc	file	line	a	text
-#1	-	2	1	2
-#2	-	3	3	x\\ny
-#3	-	5	4	5"
	run sh -c "printf 'text,id\rok,1\r\r\nbad,2,3\r' | docsplit -f csv"
	assert_failure 2
	assert_output --partial "docsplit: -:4: too many fields, expected 2"
	run sh -c "printf 'id\ttext\r1\tone\\\\ntwo\r2\ttwo\r\n3\tthree\n' | docsplit -f tsv | cut -f1,3-"
	assert_output 'doc	line	id	text
-#1	2	1	one\ntwo
-#2	3	2	two
-#3	4	3	three'
	run sh -c "printf 'id\ttext\r1\tone\r2\ttwo\tx\r' | docsplit -f tsv"
	assert_failure 2
	assert_output --partial "docsplit: -:3: too many fields, expected 2"
}

@test "docsplit: -u paragraph" {
	run sh -c "printf 'First para\nsame para.\n\nSecond.\n\n\nThird.' | docsplit -u paragraph | cut -f4-"
	assert_output "text	unit	offset
First para\\nsame para.	1	0
Second.	2	23
Third.	3	32"
}

@test "docsplit: -u: each unit has the line it starts on" {
	printf '\n\n date 2025-03-01 Port reopens\nPORT ELLIS — The port reopened on Monday.   \n\n\n\nOfficials said ships\nwere waiting. "We are ready," one said.\n\fShare on Facebook\nThe last paragraph.\n\n\n date 2025-03-02 Second\n\nOne. Two.\n' > "$T/p.txt"
	run sh -c "docsplit -u paragraph '$T/p.txt' | cut -f3-"
	assert_success
	assert_output 'line	text	unit	offset
3	date 2025-03-01 Port reopens\nPORT ELLIS — The port reopened on Monday.	1	1
8	Officials said ships\nwere waiting. "We are ready," one said.	2	75
10	Share on Facebook	1	0
11	The last paragraph.	2	18
14	date 2025-03-02 Second	1	1
16	One. Two.	2	25'
	run sh -c "docsplit -u sentence --strip '$T/p.txt' | cut -f1,3-"
	assert_output "doc	line	text	unit	offset
$T/p.txt#1	3	date 2025-03-01 Port reopens	1	1
$T/p.txt#1	4	PORT ELLIS — The port reopened on Monday.	2	30
$T/p.txt#1	8	Officials said ships\\nwere waiting.	3	75
$T/p.txt#1	9	\"We are ready,\" one said.	4	110
$T/p.txt#2	11	The last paragraph.	1	0
$T/p.txt#3	14	date 2025-03-02 Second	1	1
$T/p.txt#3	16	One.	2	25
$T/p.txt#3	16	Two.	3	30"
	docsplit -u sentence < "$T/p.txt" > "$T/lf.out"
	run sh -c "tr '\n' '\r' < '$T/p.txt' | docsplit -u sentence | cmp - '$T/lf.out'"
	assert_success
	run sh -c "sed 's/\$/\r/' '$T/p.txt' | docsplit -u sentence | cmp - '$T/lf.out'"
	assert_success
}

@test "docsplit: -u: a stream re-split has the lines of its source" {
	for f in examples/*.txt; do
		docsplit -u sentence "$f" > "$T/direct"
		run sh -c "docsplit '$f' | docsplit -f tsv -u sentence | cmp - '$T/direct'"
		assert_success
	done
	run sh -c "printf 'doc\tline\ttext\na\t7\tOne.\\\\n\\\\nTwo. Three.\\\\nFour.\nb\tx\tFive. Six.\n' | docsplit -f tsv -u sentence | cut -f1,3-"
	assert_output 'doc	line	text	unit	offset
a	7	One.	1	0
a	9	Two.	2	6
a	9	Three.	3	11
a	10	Four.	4	18
b	x	Five.	1	0
b	x	Six.	2	6'
	run sh -c "printf 'id\ttext\n1\tOne.\\\\n\\\\nTwo.\n2\tThree.\n' | docsplit -f tsv -u paragraph | cut -f1,3-"
	assert_output 'doc	line	id	text	unit	offset
-#1	2	1	One.	1	0
-#1	2	1	Two.	2	6
-#2	3	2	Three.	1	0'
}

@test "docsplit: -u with CSV: lines of the file, CR-only too" {
	printf 'id,body\n1,"Headline\n\nFirst para. Second\nsentence.\n\n\nLast."\n"2\n2","Only. One."\n' > "$T/c.csv"
	run sh -c "docsplit -f csv -t body -u sentence '$T/c.csv' | cut -f1,3,5-"
	assert_success
	assert_output "doc	line	text	unit	offset
$T/c.csv#1	2	Headline	1	0
$T/c.csv#1	4	First para.	2	10
$T/c.csv#1	4	Second\\nsentence.	3	22
$T/c.csv#1	8	Last.	4	40
$T/c.csv#2	10	Only.	1	0
$T/c.csv#2	10	One.	2	6"
	docsplit -f csv -t body -u sentence < "$T/c.csv" | cut -f1,3,5- > "$T/lf.out"
	run sh -c "tr '\n' '\r' < '$T/c.csv' | docsplit -f csv -t body -u sentence | cut -f1,3,5- | cmp - '$T/lf.out'"
	assert_success
}

@test "docsplit: -u sentence on an example" {
	run sh -c 'docsplit -u sentence examples/washington-budget.txt | cut -f4- | sed -n 2,6p'
	assert_output 'WASHINGTON —	1	0
By Jane Roe, Staff Writer	2	16
Senate negotiators said on Wednesday that they had agreed on the outline of a $1.2 trillion spending package, a step that could avert a partial government shutdown at the end of next week.	3	43
Sen. Laura Whitfield, the Democrat who chairs the Appropriations Committee, told reporters the deal was "ninety-five percent there."	4	233
She said the remaining disputes concerned border funding and a pay raise for federal firefighters.	5	366'
}

@test "docsplit: -f csv: quoted newlines, BOM, CRLF, metadata, -t" {
	printf '\357\273\277Title,Body,Published Date\r\n"A, b","Line one.\r\nLine ""two"".",2025-01-01\r\n\r\nC,Plain.,\r\n' > "$T/in.csv"
	run docsplit -f csv -t Body "$T/in.csv"
	assert_success
	assert_output "doc	file	line	title	published_date	text
$T/in.csv#1	$T/in.csv	2	A, b	2025-01-01	Line one.\\nLine \"two\".
$T/in.csv#2	$T/in.csv	5	C		Plain."
}

@test "docsplit: -f csv: a quoted record cut between two reads keeps all its fields" {
	run sh -c "{ printf 'title,body\nA,B\nX,C\n\"Y\nZ\",\"one\n'; sleep 0.3; printf 'two\"\nW,end\n'; } | docsplit -f csv -t body"
	assert_success
	assert_output 'doc	file	line	title	text
-#1	-	2	A	B
-#2	-	3	X	C
-#3	-	4	Y\nZ	one\ntwo
-#4	-	7	W	end'
}

@test "docsplit: -f csv: one record keeps the bare file name; header only" {
	printf 'text,id\nHello.,7\n' > "$T/one.csv"
	run docsplit -f csv "$T/one.csv"
	assert_output "doc	file	line	id	text
$T/one.csv	$T/one.csv	2	7	Hello."
	printf 'text,id\n' > "$T/none.csv"
	run docsplit -f csv "$T/none.csv"
	assert_success
	assert_output "doc	file	line	id	text"
}

@test "docsplit: -f csv: header names normalised, duplicates reported" {
	printf 'Text,2nd Col,,a b,A-B,doc\nx,1,2,3,4,5\n' > "$T/h.csv"
	run docsplit -f csv "$T/h.csv"
	assert_success
	assert_output --partial "duplicate column name a_b"
	assert_output --partial "doc	file	line	_2nd_col	col3	a_b	a_b_2	text
5	$T/h.csv	2	1	2	3	4	x"
}

@test "docsplit: -f tsv keeps the doc, file and line of a stream" {
	run sh -c 'docsplit examples/harbour-bridge.txt | docsplit -f tsv -u sentence | cut -f1-3,5,6 | head -4'
	assert_output "doc	file	line	unit	offset
examples/harbour-bridge.txt#1	examples/harbour-bridge.txt	1	1	1
examples/harbour-bridge.txt#1	examples/harbour-bridge.txt	2	2	69
examples/harbour-bridge.txt#1	examples/harbour-bridge.txt	4	3	235"
	printf 'text\tunit\nOne. Two.\t9\n' > "$T/u.tsv"
	run docsplit -f tsv -u sentence "$T/u.tsv"
	assert_output "docsplit: column unit of the input is replaced
doc	file	line	text	unit	offset
$T/u.tsv	$T/u.tsv	2	One.	1	0
$T/u.tsv	$T/u.tsv	2	Two.	2	5"
}

@test "docsplit: -f csv: too many fields, missing text column" {
	printf 'text,id\nok,1\nbad,2,3\n' > "$T/bad.csv"
	run docsplit -f csv "$T/bad.csv"
	assert_failure 2
	assert_output --partial "docsplit: $T/bad.csv:3: too many fields, expected 2"
	printf 'text,id\nshort\n' > "$T/short.csv"
	run docsplit -f csv "$T/short.csv"
	assert_failure 2
	assert_output --partial "$T/short.csv:2: 1 fields, expected 2"
	run docsplit -f csv -t body "$T/bad.csv"
	assert_failure 2
	assert_output --partial "no column body"
}

@test "docsplit: -f tsv with escapes" {
	run sh -c "printf 'id\ttext\n1\tone\\\\ttab\\\\nline\n2\tback\\\\\\\\slash\n' | docsplit -f tsv | cut -f1,4-"
	assert_output 'doc	id	text
-#1	1	one\ttab\nline
-#2	2	back\\slash'
}

@test "docsplit: --strip removes the footer, share and photo lines only" {
	run sh -c 'docsplit --strip examples/council-footer.txt | cut -f4'
	assert_success
	refute_output --partial "More stories"
	refute_output --partial "Related"
	refute_output --partial "Share on"
	refute_output --partial "Email this"
	refute_output --partial "Photo:"
	refute_output --partial "Subscribe"
	assert_output --partial "she said."
	run sh -c 'docsplit examples/council-footer.txt | cut -f4 | sed "s/\\\\n/\n/g" | grep -c .'
	assert_output 24
	run sh -c 'docsplit --strip examples/council-footer.txt | cut -f4 | sed "s/\\\\n/\n/g" | grep -c .'
	assert_output 12
}

@test "docsplit: --strip never removes story sentences" {
	printf 'Story starts.\n\nRelated\n\nThe council said it would vote again. Members were split on the issue.\n\nShare prices fell.\n\nPhotographers gathered outside.\n' > "$T/s.txt"
	run sh -c "docsplit --strip '$T/s.txt' | cut -f4"
	assert_output "text
Story starts.\\n\\nRelated\\n\\nThe council said it would vote again. Members were split on the issue.\\n\\nShare prices fell.\\n\\nPhotographers gathered outside."
	printf 'Story.\nRead more: Bridge to reopen in May\nMore.\n\nMORE STORIES:\nOne headline\nAnother one\n' > "$T/r.txt"
	run sh -c "docsplit --strip '$T/r.txt' | cut -f4"
	assert_output "text
Story.\\nMore."
}

@test "docsplit: empty input and empty files" {
	run sh -c 'printf "" | docsplit'
	assert_success
	assert_output "doc	file	line	text"
	: > "$T/empty.txt"
	printf '\n\n  \n' > "$T/blank.txt"
	run docsplit "$T/empty.txt" "$T/blank.txt"
	assert_success
	assert_output "doc	file	line	text"
	run sh -c 'printf "" | docsplit -f csv'
	assert_output "doc	file	line	text"
}

@test "docsplit: no final newline" {
	run sh -c "printf 'a\n date 2025-01-01 b\nlast' | docsplit | cut -f1,4"
	assert_output 'doc	text
-#1	a
-#2	 date 2025-01-01 b\nlast'
}

@test "docsplit: invalid UTF-8 and NUL bytes become U+FFFD, one warning per file" {
	printf 'bad \377 byte\n date 2025-01-01 x\nnul \000 and \300\n' > "$T/bad.txt"
	run sh -c "docsplit '$T/bad.txt' 2>/dev/null"
	assert_success
	assert_output "doc	file	line	text
$T/bad.txt#1	$T/bad.txt	1	bad � byte
$T/bad.txt#2	$T/bad.txt	2	 date 2025-01-01 x\\nnul � and �"
	run sh -c "docsplit '$T/bad.txt' 2>&1 >/dev/null"
	assert_output "docsplit: $T/bad.txt: 3 invalid UTF-8 or NUL bytes replaced by U+FFFD"
	printf 'text,meta\n"a\377",b\377\n' > "$T/bad.csv"
	run docsplit -f csv "$T/bad.csv"
	assert_output --partial "$T/bad.csv: 2 invalid UTF-8"
	assert_output --partial "	b�	a�"
}

@test "docsplit: a 50 MB document" {
	yes 'The minister said talks would resume. Officials agreed.' | head -c 50000000 > "$T/big.txt"
	run sh -c "docsplit '$T/big.txt' | tail -n +2 | cut -f1-3"
	assert_output "$T/big.txt	$T/big.txt	1"
	run sh -c "docsplit '$T/big.txt' | wc -c"
	assert_output 50892953
}

@test "docsplit: unreadable files" {
	run docsplit "$T/missing.txt"
	assert_failure 1
	assert_output --partial "docsplit: $T/missing.txt: cannot open: No such file or directory"
	run docsplit "$T"
	assert_failure 1
	assert_output --partial "read error: Is a directory"
}

@test "docsplit: write errors exit 1 with a message" {
	run sh -c 'docsplit examples/*.txt > /dev/full'
	assert_failure 1
	assert_output "docsplit: write error: No space left on device"
}

@test "docsplit | tocsv round trip through Miller" {
	docsplit examples/*.txt > "$T/docs.tsv"
	run sh -c "tocsv '$T/docs.tsv' | mlr --icsv --otsv cat | cmp - '$T/docs.tsv'"
	assert_success
}

@test "docsplit: -f csv over several files, an empty one first" {
	: > "$T/e.csv"
	printf 'text,a\nx,1\ny,2\n' > "$T/f.csv"
	printf 'text,a\nz,3\n' > "$T/g.csv"
	run docsplit -f csv "$T/e.csv" "$T/f.csv" "$T/g.csv"
	assert_success
	assert_output "doc	file	line	a	text
$T/f.csv#1	$T/f.csv	2	1	x
$T/f.csv#2	$T/f.csv	3	2	y
$T/g.csv	$T/g.csv	2	3	z"
	printf 'text,b\nz,3\n' > "$T/h.csv"
	run docsplit -f csv "$T/f.csv" "$T/h.csv"
	assert_failure 2
	assert_output --partial "docsplit: $T/h.csv:1: header differs from that of the first file"
}

@test "docsplit: -f tsv skips a repeated header (concatenated streams)" {
	run sh -c '(docsplit examples/seoul-talks.txt; docsplit examples/harbour-bridge.txt) | docsplit -f tsv | cut -f1,3'
	assert_success
	assert_output "doc	line
examples/seoul-talks.txt	1
examples/harbour-bridge.txt#1	1
examples/harbour-bridge.txt#2	9
examples/harbour-bridge.txt#3	19"
	run sh -c "printf 'text,a\nx,1\ntext,a\ny,2\n' | docsplit -f csv | cut -f1,3-"
	assert_output "doc	line	a	text
-#1	2	1	x
-#2	4	2	y"
}

@test "docsplit: --strip, every kind of boilerplate line" {
	run sh -c 'docsplit --strip tests/fixtures/boilerplate.txt | cut -f4'
	assert_success
	assert_output 'text
Council backs budget\n\nThe council backed the budget on Monday. "It is a good day," the mayor said.\n\nPhotographs from the meeting will be published on Tuesday.\n\nCopyright lawyers said the logo dispute was settled.\n\nShare prices of local firms rose after the vote.'
	run sh -c 'docsplit tests/fixtures/boilerplate.txt | cut -f4 | grep -c "Getty Images"'
	assert_output 1
}
