#!/usr/bin/env bats
# quotes(1): exact outputs on examples and hard inputs.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
	command -v quotes >/dev/null || skip "quotes not built"
	cd "$BATS_TEST_DIRNAME/.."
	T="$BATS_TEST_TMPDIR"
}

@test "quotes: --version and -h" {
	run quotes --version
	assert_success
	assert_output "quotes newsutils 0.1.0"
	run quotes -h
	assert_success
	assert_line --index 0 "usage: quotes [-ae] [file ...]"
}

@test "quotes: bad option is a usage error" {
	run quotes -z
	assert_failure 2
	assert_line --partial "usage: quotes"
}

@test "quotes: missing file is an I/O error" {
	run quotes "$T/nope.txt"
	assert_failure 1
	assert_output --partial "nope.txt"
}

@test "quotes: the worked example of DESIGN.md" {
	printf 'doc\ttext\ntalks.txt#1\t date 2025-10-25 Minister hopes for talks\\nSEOUL \xe2\x80\x94 Unification Minister Park Ji-won said on Friday that talks\\nwere "closer than ever." "We will not miss this chance," Park told\\nreporters. "They need to decide."\n' > "$T/talks.tsv"
	run quotes "$T/talks.tsv"
	assert_success
	assert_output "$(printf '%s\n' \
	'doc	quote	speaker	mention	cue	kind	start	end	mention_start	mention_end' \
	'talks.txt#1	closer than ever.	Park Ji-won	Park Ji-won	said	partial	117	134	73	84' \
	'talks.txt#1	We will not miss this chance,	Park Ji-won	Park	told reporters	full	137	166	168	172' \
	'talks.txt#1	They need to decide.	Park Ji-won			full	190	210		')"
}

@test "quotes: the DESIGN.md pipeline docsplit | dateof | quotes" {
	command -v docsplit >/dev/null && command -v dateof >/dev/null || skip "docsplit or dateof not built"
	printf ' date 2025-10-25 Minister hopes for talks\nSEOUL \xe2\x80\x94 Unification Minister Park Ji-won said on Friday that talks\nwere "closer than ever." "We will not miss this chance," Park told\nreporters. "They need to decide."\n date 2025-10-26 Talks set for next week\n' > "$T/talks.txt"
	cd "$T"
	run sh -c 'docsplit talks.txt | dateof | quotes'
	assert_success
	assert_output "$(printf '%s\n' \
	'doc	file	line	date	date_text	quote	speaker	mention	cue	kind	start	end	mention_start	mention_end' \
	'talks.txt#1	talks.txt	1	2025-10-25	 date 2025-10-25	closer than ever.	Park Ji-won	Park Ji-won	said	partial	117	134	73	84' \
	'talks.txt#1	talks.txt	1	2025-10-25	 date 2025-10-25	We will not miss this chance,	Park Ji-won	Park	told reporters	full	137	166	168	172' \
	'talks.txt#1	talks.txt	1	2025-10-25	 date 2025-10-25	They need to decide.	Park Ji-won			full	190	210		')"
}

@test "quotes: metadata columns travel, text is dropped" {
	printf 'doc\tdate\ttext\tfile\nd1\t2025-10-25\t"Yes," she said.\tf.txt\n' > "$T/m.tsv"
	run quotes "$T/m.tsv"
	assert_success
	assert_output "$(printf '%s\n' \
	'doc	date	file	quote	speaker	mention	cue	kind	start	end	mention_start	mention_end' \
	'd1	2025-10-25	f.txt	Yes,	she	she	said	full	1	5	7	10')"
}

@test "quotes: examples/harbour-bridge.txt" {
	run quotes examples/harbour-bridge.txt
	assert_success
	assert_output "$(printf '%s\n' \
	'doc	quote	speaker	mention	cue	kind	start	end	mention_start	mention_end' \
	'examples/harbour-bridge.txt	We are not taking any chances,	Ruth Calloway	Ruth Calloway	said	full	236	266	274	287' \
	'examples/harbour-bridge.txt	Nobody drives across that bridge until I am told, in writing, that it is safe.	Ruth Calloway			full	334	412		' \
	"examples/harbour-bridge.txt	several months,	the city's chief engineer	the city's chief engineer	said	partial	811	826	828	853" \
	'examples/harbour-bridge.txt	faster than any model predicted.	Tomas Varga	Tomas Varga	told the city council	partial	1045	1077	929	940' \
	'examples/harbour-bridge.txt	I would rather tell you the bad news now than a worse story in January,	Tomas Varga	Varga	said	full	1081	1152	1154	1159' \
	'examples/harbour-bridge.txt	within tolerance.	Tomas Varga	Varga	said	partial	1350	1367	1317	1322' \
	'examples/harbour-bridge.txt	Within tolerance is not a phrase that makes anyone feel better,	Aisha Bello	Bello	said	full	1371	1434	1436	1441' \
	'examples/harbour-bridge.txt	People have been patient,	Samuel Reyes	Reyes	said	full	1868	1893	1895	1900' \
	'examples/harbour-bridge.txt	We owe them a timetable, and they will have one by Wednesday.	Samuel Reyes			full	1908	1969		' \
	'examples/harbour-bridge.txt	every complaint in the book	Ruth Calloway	Calloway	said	partial	2048	2075	1978	1986')"
}

@test "quotes: examples/geneva-guillemets.txt (curly, guillemets, single marks)" {
	run sh -c 'quotes examples/geneva-guillemets.txt | cut -f2-6'
	assert_success
	assert_output "$(printf '%s\n' \
	'quote	speaker	mention	cue	kind' \
	'This is not the treaty we wanted, but it is a treaty,	Léa Fontaine	Léa Fontaine	said	full' \
	'A year ago, nobody in this room would have bet on it.	Léa Fontaine			full' \
	'far too short	Jonas Eriksen	Jonas Eriksen	said	partial' \
	'the goodwill of the very fleets it is meant to restrain.	Jonas Eriksen	Jonas Eriksen	said	partial' \
	'I understand them,	Léa Fontaine	she	said	full' \
	'I share some of them. But the alternative on the table was nothing.	Léa Fontaine			full' \
	'Nous avons sauvé l’essentiel	Mamadou Diallo	Mamadou Diallo	told reporters	full' \
	'within two years, not twenty.	Mamadou Diallo	He	added	partial' \
	'honoured	Rui Albuquerque	Rui Albuquerque	said	partial' \
	'Some, yes. We made that choice with our eyes open.	Rui Albuquerque	he	said	full' \
	'Some of these corals were growing before the pyramids,	Aiko Tanabe	she	said	full' \
	'Once trawled, they do not come back in our lifetime — or in our grandchildren’s.	Aiko Tanabe			full')"
}

@test "quotes: a quotation over two paragraphs (examples/apec-gyeongju.txt)" {
	run sh -c 'quotes examples/apec-gyeongju.txt | cut -f2-4,6 | sed -n 4,5p'
	assert_success
	assert_output "$(printf '%s\n' \
	'We meet in a city that was a crossroads of trade more than a thousand years ago,	Lee Han-sol	Lee	full' \
	'The merchants who came here did not agree on everything. They agreed on enough. That is all I ask of us this week: agree on enough.	Lee Han-sol		full')"
}

@test "quotes: every example has rows and every row has a speaker" {
	for f in examples/*.txt; do
		n=$(quotes "$f" | awk -F'\t' 'NR > 1 && $3 == ""' | wc -l)
		[ "$n" -eq 0 ] || { echo "$f: $n rows without speaker"; return 1; }
	done
}

@test "quotes: inverted, according to, quoted as saying, wrote on, apposition" {
	printf '"%s," said Chung Dong-young, whose ministry leads the talks.\n\nAccording to a senior US official, "%s"\n\nCNN quoted Trump as saying "%s"\n\nTrump wrote on Truth Social: "%s"\n\n"%s," Chung Dong-young, the unification minister, told reporters.\n' \
	    'We are ready' 'Nothing is decided.' 'It will happen.' 'Big day!' 'Soon' > "$T/a.txt"
	run sh -c "quotes '$T/a.txt' | cut -f2-6"
	assert_success
	assert_output "$(printf '%s\n' \
	'quote	speaker	mention	cue	kind' \
	'We are ready,	Chung Dong-young	Chung Dong-young	said	full' \
	'Nothing is decided.	a senior US official	a senior US official	According to	full' \
	'It will happen.	Trump	Trump	quoted ... as saying	full' \
	'Big day!	Trump	Trump	wrote on Truth Social	full' \
	'Soon,	Chung Dong-young	Chung Dong-young	told reporters	full')"
}

@test "quotes: abbreviations, possessives, numbers and a dash around the speaker" {
	printf '"%s," Sen. Claire McCaskill (D-Mo.) said. "%s"\n\n"%s," Trump'"'"'s lawyer said on Friday.\n\n"%s," Sanders told 2,267 people in Iowa.\n\n"%s" -- Pamela Padilla\n' \
	    'We will win' 'She is ready.' 'No comment' 'Our job is to win' 'Never again.' > "$T/a.txt"
	run sh -c "quotes '$T/a.txt' | cut -f2-6"
	assert_success
	assert_output "$(printf '%s\n' \
	'quote	speaker	mention	cue	kind' \
	'We will win,	Claire McCaskill	Claire McCaskill	said	full' \
	'She is ready.	Claire McCaskill			full' \
	"No comment,	Trump's lawyer	Trump's lawyer	said	full" \
	'Our job is to win,	Sanders	Sanders	told 2,267 people	full' \
	'Never again.	Pamela Padilla	Pamela Padilla	--	full')"
}

@test "quotes: a colon takes the subject, or the name after a dash" {
	printf 'The polls have been close - Jane Roe: "%s"\n\nThe report was conclusive in its findings: "%s"\n' \
	    'We saw it coming.' 'Nobody knew.' > "$T/a.txt"
	run sh -c "quotes '$T/a.txt' | cut -f2-6"
	assert_success
	assert_output "$(printf '%s\n' \
	'quote	speaker	mention	cue	kind' \
	'We saw it coming.	Jane Roe	Jane Roe	:	full' \
	'Nobody knew.	The report	The report	:	full')"
}

@test "quotes: -e names speakers with the entity recogniser" {
	printf 'President Lee Jae Myung met reporters on Monday.\n\n"We will talk," Lee said. "Not today," he added.\n' > "$T/e.txt"
	run sh -c "quotes -e '$T/e.txt' | cut -f2-5"
	assert_success
	assert_output "$(printf '%s\n' \
	'quote	speaker	mention	cue' \
	'We will talk,	Lee Jae Myung	Lee	said' \
	'Not today,	Lee Jae Myung	he	added')"
}

@test "quotes: short names and pronouns resolve to the full name" {
	printf 'President Lee Jae Myung met reporters on Monday.\n\n"We will talk," Lee said. "Not today," he added.\n' > "$T/r.txt"
	run sh -c "quotes '$T/r.txt' | cut -f2-5"
	assert_success
	assert_output "$(printf '%s\n' \
	'quote	speaker	mention	cue' \
	'We will talk,	Lee Jae Myung	Lee	said' \
	'Not today,	Lee Jae Myung	he	added')"
}

@test "quotes: apostrophes and nested quotes" {
	printf '"I'"'"'d say Trump'"'"'s rock '"'"'n'"'"' roll of the '"'"'90s is over," Kim said.\n\n\xe2\x80\x9cI said, \xe2\x80\x98Would you like tea?\xe2\x80\x99\xe2\x80\x9d she said.\n' > "$T/n.txt"
	run sh -c "quotes '$T/n.txt' | cut -f2,4"
	assert_success
	assert_output "$(printf '%s\n' \
	'quote	mention' \
	"I'd say Trump's rock 'n' roll of the '90s is over,	Kim" \
	'I said, ‘Would you like tea?’	she')"
	run sh -c "quotes -a '$T/n.txt' | cut -f2"
	assert_line 'Would you like tea?'
}

@test "quotes: scare quotes and titles are not quotations, -a lists them" {
	printf 'There is a \xe2\x80\x9chigh-level source\xe2\x80\x9d in the room. They watched the film "Jaws" and CNN'"'"'s "State of the Union."\n' > "$T/s.txt"
	run sh -c "quotes '$T/s.txt' | wc -l"
	assert_output 1
	run sh -c "quotes -a '$T/s.txt' | cut -f2"
	assert_output "$(printf '%s\n' quote 'high-level source' Jaws 'State of the Union.')"
}

@test "quotes: doubled single marks are double marks; a book title is no quotation" {
	printf "''We won,'' Mr. Smith said. He called the book ''The Long Road'' a mistake.\n" > "$T/d.txt"
	run sh -c "quotes '$T/d.txt' | cut -f2-5"
	assert_output "$(printf '%s\n' 'quote	speaker	mention	cue' 'We won,	Smith	Smith	said')"
	run sh -c "quotes -a '$T/d.txt' | cut -f2"
	assert_line 'The Long Road'
}

@test "quotes: an unclosed mark at the end of a document" {
	printf 'The mayor said: "We will rebuild the bridge and' > "$T/u.txt"
	run sh -c "quotes '$T/u.txt' | cut -f2-6"
	assert_success
	assert_output "$(printf '%s\n' 'quote	speaker	mention	cue	kind' \
	'We will rebuild the bridge and	The mayor	The mayor	said	full')"
}

@test "quotes: a document that is all one quote" {
	printf '"Nothing here is attributed. It is all one quote."\n' > "$T/o.txt"
	run sh -c "quotes '$T/o.txt' | cut -f2-8"
	assert_success
	assert_output "$(printf '%s\n' 'quote	speaker	mention	cue	kind	start	end' \
	'Nothing here is attributed. It is all one quote.				full	1	49')"
}

@test "quotes: quotes in a headline" {
	printf 'Minister Says Talks Are '"'"'Closer Than Ever'"'"'\n\n"We are close," Park Ji-won said.\n' > "$T/h.txt"
	run sh -c "quotes '$T/h.txt' | cut -f2,3"
	assert_output "$(printf '%s\n' 'quote	speaker' 'We are close,	Park Ji-won')"
	run sh -c "quotes -a '$T/h.txt' | cut -f2"
	assert_line 'Closer Than Ever'
}

@test "quotes: a thousand quotation marks in one paragraph stay fast" {
	awk 'BEGIN { for (i = 0; i < 500; i++) printf "\"word%d,\" he said, ", i; printf "\n" }' > "$T/k.txt"
	run sh -c "quotes '$T/k.txt' | wc -l"
	assert_output 501
	awk 'BEGIN { for (i = 0; i < 200000; i++) printf "\" "; printf "\n" }' > "$T/k2.txt"
	run quotes -a "$T/k2.txt"
	assert_success
}

@test "quotes: one 5 MB document of many articles stays linear" {
	for i in $(seq 200); do cat examples/*.txt; done | head -c 5000000 > "$T/big.txt"
	run sh -c "quotes '$T/big.txt' | wc -l"
	assert_success
	[ "$output" -gt 10000 ]
}

@test "quotes: invalid UTF-8 and NUL bytes are replaced, not lost" {
	printf '"Caf\xe9 \xff open," she said.\n' > "$T/i.txt"
	run quotes "$T/i.txt"
	assert_success
	assert_line --partial "Caf� � open,"
	printf '"A\0B," he said.\n' > "$T/z.txt"
	run sh -c "quotes '$T/z.txt' | cut -f2"
	assert_success
	assert_line 'A�B,'
}

@test "quotes: empty input, no final newline, CRLF" {
	run sh -c ': | quotes'
	assert_success
	run sh -c 'printf "\"Yes,\" he said.\r\n\"No.\"" | quotes | cut -f2'
	assert_success
	assert_output "$(printf '%s\n' quote Yes, No.)"
}

@test "quotes: man page EXAMPLES" {
	run sh -c "printf '\"We are ready,\" Mayor Ruth Calloway said. \"The bridge stays shut.\"\n' | quotes | cut -f2-6"
	assert_output "$(printf '%s\n' 'quote	speaker	mention	cue	kind' \
	'We are ready,	Ruth Calloway	Ruth Calloway	said	full' \
	'The bridge stays shut.	Ruth Calloway			full')"
	run sh -c "printf 'Dr. Grace Lin said the plan was \"far too small.\" \"It will fail,\" she said.\n' | quotes | cut -f2-6"
	assert_output "$(printf '%s\n' 'quote	speaker	mention	cue	kind' \
	'far too small.	Grace Lin	Grace Lin	said	partial' \
	'It will fail,	Grace Lin	she	said	full')"
	run sh -c "printf 'She spoke on CNN\\047s \"State of the Union.\"\n' | quotes -a | cut -f2,6"
	assert_output "$(printf '%s\n' 'quote	kind' 'State of the Union.	partial')"
}

@test "quotes: a closed output pipe ends quietly" {
	run sh -c 'for i in $(seq 200); do cat examples/seoul-talks.txt; done | quotes | head -1'
	assert_success
	assert_output --partial "doc	quote"
}
