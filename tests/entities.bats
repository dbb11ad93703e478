#!/usr/bin/env bats
# entities(1): options, exact outputs, hard and bad input.
# The expected outputs of the examples are in tests/fixtures/entities/;
# after retraining the model (make model), check the differences and
# regenerate them with the commands in tests/fixtures/entities/README.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

fx=tests/fixtures/entities

@test "entities: --version and -h" {
	run entities --version
	assert_success
	assert_output "entities newsutils 0.1.0"
	run entities -h
	assert_success
	assert_line --index 0 --partial "usage: entities"
}

@test "entities: a bad option, type or count is a usage error" {
	run entities -x
	assert_failure 2
	assert_output --partial "usage: entities"
	run entities -t PEOPLE
	assert_failure 2
	assert_output --partial "unknown type 'PEOPLE'"
	run entities --min-count
	assert_failure 2
	run entities --min-count=abc
	assert_failure 2
}

@test "entities: man page examples" {
	run sh tests/manex.sh man/entities.1
	assert_success
}

@test "entities: exact output on examples" {
	run entities examples/seoul-talks.txt
	assert_success
	assert_output "$(cat $fx/seoul-talks.tsv)"
	run entities examples/apec-gyeongju.txt
	assert_output "$(cat $fx/apec-gyeongju.tsv)"
	run entities -m examples/washington-budget.txt
	assert_output "$(cat $fx/washington-budget-m.tsv)"
}

@test "entities: a docsplit stream keeps its metadata columns" {
	run sh -c 'docsplit examples/*.txt | entities'
	assert_success
	assert_output "$(cat $fx/all.tsv)"
	assert_line --index 0 "doc	file	line	entity	type	count	forms	start"
}

@test "entities: aliases merged (titles, surnames, hyphens, acronyms), namesakes apart" {
	run entities <<-'EOF'
	SEOUL - President Donald Trump met Kim Jong Un and Kim Yo Jong. Mr. Trump said Kim Jong-un was ready. Trump's aides from the Asia-Pacific Economic Cooperation (APEC) agreed. APEC met in Germany with German officials.
	EOF
	assert_success
	assert_output "doc	entity	type	count	forms	start
-	Seoul	LOC	1	SEOUL	0
-	Donald Trump	PERSON	3	Donald Trump|Trump	18
-	Kim Jong Un	PERSON	2	Kim Jong Un|Kim Jong-un	35
-	Kim Yo Jong	PERSON	1	Kim Yo Jong	51
-	Asia-Pacific Economic Cooperation	ORG	3	Asia-Pacific Economic Cooperation|APEC	125
-	Germany	LOC	1	Germany	186
-	German	MISC	1	German	199"
}

@test "entities: -m, -t and --min-count" {
	text='Park Ji-won met Lee Han-sol in Seoul. Park said Seoul was ready.'
	run sh -c "printf '%s\n' '$text' | entities -m"
	assert_success
	assert_output "doc	start	end	mention	entity	type
-	0	11	Park Ji-won	Park Ji-won	PERSON
-	16	27	Lee Han-sol	Lee Han-sol	PERSON
-	31	36	Seoul	Seoul	LOC
-	38	42	Park	Park Ji-won	PERSON
-	48	53	Seoul	Seoul	LOC"
	run sh -c "printf '%s\n' '$text' | entities -t LOC,PER"
	assert_output "doc	entity	type	count	forms	start
-	Park Ji-won	PERSON	2	Park Ji-won|Park	0
-	Lee Han-sol	PERSON	1	Lee Han-sol	16
-	Seoul	LOC	2	Seoul	31"
	run sh -c "printf '%s\n' '$text' | entities --min-count 2 -t PERSON"
	assert_output "doc	entity	type	count	forms	start
-	Park Ji-won	PERSON	2	Park Ji-won|Park	0"
	run sh -c "printf '%s\n' '$text' | entities -m --min-count=2 -t LOC"
	assert_output "doc	start	end	mention	entity	type
-	31	36	Seoul	Seoul	LOC
-	48	53	Seoul	Seoul	LOC"
}

@test "entities: all-caps headline and dateline" {
	run entities <<-'EOF'
	SOCCER - BARCELONA BEAT REAL MADRID IN LEAGUE OPENER
	MADRID 2025-08-30
	Barcelona beat Real Madrid 3-1 on Saturday, with Robert Lewandowski scoring twice.
	EOF
	assert_success
	assert_output "doc	entity	type	count	forms	start
-	Barcelona	ORG	2	BARCELONA|Barcelona	9
-	Real Madrid	ORG	2	REAL MADRID|Real Madrid	24
-	Madrid	LOC	1	MADRID	53
-	Robert Lewandowski	PERSON	1	Robert Lewandowski	120"
}

@test "entities: a sports table" {
	run entities <<-'EOF'
	Standings after Saturday:
	Barcelona 3 3 0 0 9 2 9
	Real Madrid 3 2 0 1 6 4 6
	Atletico Madrid 3 1 1 1 4 4 4
	Sevilla 3 0 0 3 1 10 0
	EOF
	assert_success
	assert_output "doc	entity	type	count	forms	start
-	Barcelona	ORG	1	Barcelona	26
-	Real Madrid	ORG	1	Real Madrid	50
-	Atletico Madrid	ORG	1	Atletico Madrid	76
-	Sevilla	ORG	1	Sevilla	106"
}

@test "entities: a list of names" {
	run sh -c "echo 'Attendees included John Smith, Mary Jones, Ahmed Khan, Li Wei and Olga Petrova.' | entities -t PERSON | cut -f2"
	assert_success
	assert_output "entity
John Smith
Mary Jones
Ahmed Khan
Li Wei
Olga Petrova"
}

@test "entities: text with no capital letters has no entities" {
	run sh -c "echo 'the quick brown fox met the mayor of paris on monday.' | entities"
	assert_success
	assert_output "doc	entity	type	count	forms	start"
}

@test "entities: empty input, no final newline" {
	run sh -c "printf '' | entities"
	assert_success
	assert_output "doc	entity	type	count	forms	start"
	run sh -c "printf 'Angela Merkel spoke in Berlin' | entities -m"
	assert_output "doc	start	end	mention	entity	type
-	0	13	Angela Merkel	Angela Merkel	PERSON
-	23	29	Berlin	Berlin	LOC"
}

@test "entities: invalid UTF-8 and NUL bytes are replaced, never a crash" {
	run sh -c "printf 'Angela Merkel \377\376 spoke.\000 Then Olaf Scholz left Berlin.\n' | entities -t PERSON 2>&1"
	assert_success
	assert_line --partial "invalid UTF-8 or NUL bytes replaced"
	assert_line --partial "Olaf Scholz	PERSON	1"
}

@test "entities: garbage input" {
	run sh -c "head -c 200000 /dev/urandom | entities -m > /dev/null"
	assert_success
}

@test "entities: a table with a wrong field count is an error" {
	run sh -c "printf 'doc\ttext\na\tb\tc\n' | entities"
	assert_failure 2
}

@test "entities: a 50 MB document in bounded memory" {
	run sh -c "{ yes 'the talks went on without any end in sight, said a man from the ministry.' | head -c 50000000; echo; echo 'Park Ji-won arrived in Seoul.'; } | entities -m | tail -2 | cut -f2-4"
	assert_success
	assert_output "50000001	50000012	Park Ji-won
50000024	50000029	Seoul"
}

@test "entities: write error on /dev/full" {
	run sh -c "entities examples/seoul-talks.txt > /dev/full"
	assert_failure 1
}

@test "entities: an empty first document, then names" {
	run sh -c "printf 'doc\ttext\n1\t\n2\tPresident Kim Min-ho met Park.\n' | entities -m | cut -f1,4-"
	assert_output "$(printf 'doc\tmention\tentity\ttype\n2\tKim Min-ho\tKim Min-ho\tPERSON\n2\tPark\tPark\tPERSON')"
}
