#!/usr/bin/env bats
# dateof(1): options, exact outputs, hard inputs.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

# Rows of `dateof -a` for one raw line of text, as "expr<TAB>type<TAB>value".
tx() {
	printf '%s\n' "$2" | dateof -a --ref "$1" | tail -n +2 | cut -f6-
}

@test "dateof: --version and -h" {
	run dateof --version
	assert_success
	assert_output "dateof newsutils 0.1.0"
	run dateof -h
	assert_success
	assert_line --index 0 --partial "usage: dateof"
}

@test "dateof: a bad option is a usage error" {
	run dateof -x
	assert_failure 2
	assert_output --partial "usage: dateof"
}

@test "dateof: a bad --ref is a usage error" {
	run dateof --ref 2025-02-30 /dev/null
	assert_failure 2
	assert_output "dateof: --ref: not a valid date (YYYY-MM-DD): 2025-02-30"
	run dateof --ref=yesterday /dev/null
	assert_failure 2
	run dateof --ref
	assert_failure 2
}

@test "dateof: a bad -t is a usage error" {
	run dateof -a -t DATE,WHEN /dev/null
	assert_failure 2
	assert_output --partial "unknown type"
}

@test "dateof: man page examples" {
	run sh -c "printf 'doc\ttext\nk1\tSEOUL, Oct. 24 (Yonhap) -- Talks resumed.\n' | dateof --ref 2025-10-25 | cut -f1,3,4"
	assert_success
	assert_output "$(printf 'doc\tdate\tdate_text\nk1\t2025-10-24\tOct. 24')"
	run sh -c "echo 'Kim met him on Friday and will meet him again next week.' | dateof -a --ref 2025-10-25 | cut -f4-"
	assert_output "$(printf 'start\tend\texpr\ttype\tvalue\n15\t21\tFriday\tDATE\t2025-10-24\n46\t55\tnext week\tDATE\t2025-W44')"
	run sh -c "echo 'The talks lasted three days, the longest in two years.' | dateof -a -t DURATION --ref 2025-10-25 | cut -f6-"
	assert_output "$(printf 'expr\ttype\tvalue\nthree days\tDURATION\tP3D\ntwo years\tDURATION\tP2Y')"
}

@test "dateof: the issue's examples, anchored to Saturday 2025-10-25" {
	run tx 2025-10-25 "It fell on October 24. The vote is on Wednesday, October 29, and talks begin next week."
	assert_output "$(printf 'October 24\tDATE\t2025-10-24\nWednesday, October 29\tDATE\t2025-10-29\nnext week\tDATE\t2025-W44')"
	run tx 2025-10-25 "Sales fell last month but rose this year, the first gain since they met in June 2019."
	assert_output "$(printf 'last month\tDATE\t2025-09\nthis year\tDATE\t2025\nJune 2019\tDATE\t2019-06')"
	run tx 2025-10-25 "Built in the 1950s, it took three years. It opens every Monday."
	assert_output "$(printf 'the 1950s\tDATE\t195\nthree years\tDURATION\tP3Y\nevery Monday\tSET\tXXXX-WXX-1')"
	run tx 2025-10-25 "He left on Tuesday morning and returned 2 days ago."
	assert_output "$(printf 'Tuesday morning\tDATE\t2025-10-21TMO\n2 days ago\tDATE\t2025-10-23')"
}

@test "dateof: tense decides the direction of a weekday or a month" {
	run tx 2025-10-25 "Kim met him on Friday."
	assert_output "$(printf 'Friday\tDATE\t2025-10-24')"
	run tx 2025-10-25 "Kim will meet him on Friday."
	assert_output "$(printf 'Friday\tDATE\t2025-10-31')"
	run tx 2025-10-22 "The court said on Monday it would rule on Friday."
	assert_output "$(printf 'Monday\tDATE\t2025-10-20\nFriday\tDATE\t2025-10-24')"
	run tx 2000-01-08 "They would appeal the decision announced Wednesday; the results will be released Friday."
	assert_output "$(printf 'Wednesday\tDATE\t2000-01-05\nFriday\tDATE\t2000-01-14')"
	run tx 1999-10-27 "A memorial planned for Saturday was cancelled. Protesters planned a rally on Saturday and were planning a march."
	assert_output "$(printf 'Saturday\tDATE\t1999-10-23\nSaturday\tDATE\t1999-10-30')"
	run tx 2016-04-15 "She had been scheduled to attend, but on Thursday the party said she would not come."
	assert_output "$(printf 'Thursday\tDATE\t2016-04-14')"
	run tx 2016-01-05 "Through the end of September, the campaign had spent \$5 million, against \$2 million in February of last year."
	assert_output "$(printf 'the end of September\tDATE\t2015-09\nFebruary of last year\tDATE\t2015-02')"
	run tx 2015-11-10 "He was to arrive at the White House on Monday; she is to arrive on Monday."
	assert_output "$(printf 'Monday\tDATE\t2015-11-09\nMonday\tDATE\t2015-11-16')"
	run tx 2025-10-27 "The bid had been due to expire on Friday. The sale had been set to close in Friday's session, and a rally had been planned for Saturday, followed by one on Sunday. It is due to expire on Friday."
	assert_output "$(printf 'Friday\tDATE\t2025-10-24\nFriday\tDATE\t2025-10-24\nSaturday\tDATE\t2025-11-01\nSunday\tDATE\t2025-11-02\nFriday\tDATE\t2025-10-31')"
	run tx 2025-10-25 "She’ll speak on Friday. He won’t speak on Friday. He won the vote on Friday."
	assert_output "$(printf 'Friday\tDATE\t2025-10-31\nFriday\tDATE\t2025-10-31\nFriday\tDATE\t2025-10-24')"
	run tx 2025-10-25 "He is likely to appear in court on Wednesday. She is unlikely to speak on Friday. They are poised to sign it on Thursday."
	assert_output "$(printf 'Wednesday\tDATE\t2025-10-29\nFriday\tDATE\t2025-10-31\nThursday\tDATE\t2025-10-30')"
	run tx 2025-10-25 "The show was set to open on Friday. She was going to headline a rally on Monday. It had been set to headline on Tuesday. He is set to open on Friday."
	assert_output "$(printf 'Friday\tDATE\t2025-10-24\nMonday\tDATE\t2025-10-20\nTuesday\tDATE\t2025-10-21\nFriday\tDATE\t2025-10-31')"
	run tx 2025-10-25 "We can win on Tuesday. They can appeal Wednesday's ruling. He can still win, though his lead stood at 2 points on Tuesday."
	assert_output "$(printf 'Tuesday\tDATE\t2025-10-28\nWednesday\tDATE\t2025-10-22\nTuesday\tDATE\t2025-10-21')"
	run tx 2025-10-25 "They campaigned ahead of the state's primary on Tuesday and ahead of New York's delegate-rich Thursday vote. Ahead of the vote, she spoke on Tuesday."
	assert_output "$(printf 'Tuesday\tDATE\t2025-10-28\nThursday\tDATE\t2025-10-30\nTuesday\tDATE\t2025-10-21')"
	run tx 2025-10-25 "Rebels sent letters on Sunday to the governor. The elections held Sunday set the tone. Police caught him on Monday with help. The vote will be held on Sunday. The bonuses are paid in time for Christmas."
	assert_output "$(printf 'Sunday\tDATE\t2025-10-19\nSunday\tDATE\t2025-10-19\nMonday\tDATE\t2025-10-20\nSunday\tDATE\t2025-10-26\nChristmas\tDATE\t2025-12-25')"
	run tx 2015-12-31 "He accused him of sexism.”  On Saturday, Trump will meet them. On Saturday, Mr. Trump said it."
	assert_output "$(printf 'Saturday\tDATE\t2016-01-02\nSaturday\tDATE\t2015-12-26')"
	run tx 2016-04-18 "Turnout could be higher on Saturday. He could not be reached on Saturday. They could have won on Saturday. It could have consequences in November. Neither he nor his aides could be reached on Saturday."
	assert_output "$(printf 'Saturday\tDATE\t2016-04-23\nSaturday\tDATE\t2016-04-16\nSaturday\tDATE\t2016-04-16\nNovember\tDATE\t2016-11\nSaturday\tDATE\t2016-04-16')"
	run tx 2016-05-29 "The trial is set for November. The vote was set for Saturday."
	assert_output "$(printf 'November\tDATE\t2016-11\nSaturday\tDATE\t2016-05-28')"
	run tx 2025-07-25 "Prices have risen since December. The fund will close in December."
	assert_output "$(printf 'December\tDATE\t2024-12\nDecember\tDATE\t2025-12')"
	run tx 2025-10-25 "Tuesday's ruling will shape the race. She is hoping Friday's talks will help. He is hoping for a deal on Friday."
	assert_output "$(printf 'Tuesday\tDATE\t2025-10-21\nFriday\tDATE\t2025-10-31\nFriday\tDATE\t2025-10-31')"
	run tx 2016-01-20 "Beck will endorse Sen. Ted Cruz at a rally on Saturday."
	assert_output "$(printf 'Saturday\tDATE\t2016-01-23')"
	run tx 1998-12-02 "It was approved in early October this year and will end in late June next year."
	assert_output "$(printf 'early October this year\tDATE\t1998-10\nlate June next year\tDATE\t1999-06')"
	run tx 2025-10-25 "In January, the company hired a new chief."
	assert_output "$(printf 'January\tDATE\t2025-01')"
	run tx 2016-05-05 "That figure grew a little Tuesday, to close to 66 percent. He spoke in Phoenix on Wednesday night."
	assert_output "$(printf 'Tuesday\tDATE\t2016-05-03\nWednesday night\tDATE\t2016-05-04TNI')"
	run tx 2016-07-06 "The union failed to reach a contract on Friday; the deal is projected to close on Friday."
	assert_output "$(printf 'Friday\tDATE\t2016-07-01\nFriday\tDATE\t2016-07-08')"
	run tx 2016-01-26 "They led the polls ahead of Monday's caucuses and were seen as favourites ahead of the Nov. 8 election; he spoke before Christmas."
	assert_output "$(printf 'Monday\tDATE\t2016-02-01\nNov. 8\tDATE\t2016-11-08\nChristmas\tDATE\t2015-12-25')"
	run tx 2016-02-07 "His performance days before Tuesday's primary hurt him. The polling done before Friday's vote was wrong."
	assert_output "$(printf 'Tuesday\tDATE\t2016-02-09\nFriday\tDATE\t2016-02-05')"
	run tx 2016-05-26 "She took to the airwaves beginning Wednesday night. Talks will resume beginning Friday."
	assert_output "$(printf 'Wednesday night\tDATE\t2016-05-25TNI\nFriday\tDATE\t2016-05-27')"
	run tx 2016-06-13 "She had canceled a joint rally slated for Wednesday."
	assert_output "$(printf 'Wednesday\tDATE\t2016-06-15')"
	run tx 2016-05-18 "Trump said in August that he loved them. The case is heard in August. It was founded in September."
	assert_output "$(printf 'August\tDATE\t2015-08\nAugust\tDATE\t2016-08\nSeptember\tDATE\t2015-09')"
	run tx 1989-11-01 "The loans run through January. The change is effective Feb. 1."
	assert_output "$(printf 'January\tDATE\t1990-01\nFeb. 1\tDATE\t1990-02-01')"
	run tx 2025-10-25 "The deal will close in January."
	assert_output "$(printf 'January\tDATE\t2026-01')"
}

@test "dateof: a far \"to\" verb, plans the noun, a participle after the weekday, possessive weekdays" {
	run tx 2016-06-26 "He hailed the vote to leave the European Union as fantastic, telling reporters during a visit to Scotland on Friday that it was great. He plans to meet them on Friday."
	assert_output "$(printf 'Friday\tDATE\t2016-06-24\nFriday\tDATE\t2016-07-01')"
	run tx 2016-02-08 "The group changed its advertising plans after the debate on Saturday."
	assert_output "$(printf 'Saturday\tDATE\t2016-02-06')"
	run tx 2015-11-17 "He revamped his plans for a Monday appearance."
	assert_output "$(printf 'Monday\tDATE\t2015-11-23')"
	run tx 1998-08-17 "On Friday, when she set aside vacation plans for the hastily planned trip, she flew. She plans to leave Friday."
	assert_output "$(printf 'Friday\tDATE\t1998-08-14\nFriday\tDATE\t1998-08-21')"
	run tx 2000-01-06 "Her lawyers said they may appeal Wednesday's ruling; they are planning for Friday's hearing."
	assert_output "$(printf 'Wednesday\tDATE\t2000-01-05\nFriday\tDATE\t2000-01-07')"
}

@test "dateof: a clock time takes the weekday of the parenthesis after it; high noon, USA Today, Person of the Year" {
	run tx 1998-08-08 "The blast came at 10:35 a.m. (0735 GMT) Friday. He will leave at 4 in the morning (4 a.m. EDT Sunday)."
	assert_output "$(printf '10:35 a.m.\tTIME\t1998-08-07T10:35\nFriday\tDATE\t1998-08-07\n4 in the morning\tTIME\t1998-08-09T04:00\n4 a.m. EDT Sunday\tTIME\t1998-08-09T04:00')"
	run tx 2016-06-27 "Contributing: Jane Doe, USA TODAY. This is VOA Today. Today, prices rose."
	assert_output "$(printf 'Today\tDATE\t2016-06-27')"
	run tx 1999-03-12 "It was the hour of high noon; the vote came at noon."
	assert_output "$(printf 'noon\tTIME\t1999-03-12T12:00')"
	run tx 2025-10-25 "The magazine named her its Person of the Year after the best deal of the year."
	assert_output "$(printf 'the year\tDATE\t2025')"
}

@test "dateof: words after typographic quotes and no-break spaces; titles between quotation marks" {
	run tx 2016-08-01 "$(printf '“Two weeks ago, we met,” he said. She left in\xc2\xa0July. “Today’s talks” matter; he watched “Saturday Night Live” and ‘13 Hours’ on ABC’s “This Week With George Stephanopoulos.”')"
	assert_output "$(printf 'Two weeks ago\tDATE\t2016-W29\nJuly\tDATE\t2016-07\nToday\tDATE\t2016-08-01')"
}

@test "dateof: two weekdays sharing a plural part of the day are a set" {
	run tx 1998-02-13 "New flights leave on Monday and Tuesday nights; talks began Monday and Tuesday."
	assert_output "$(printf 'Monday\tSET\tXXXX-WXX-1TNI\nTuesday nights\tSET\tXXXX-WXX-2TNI\nMonday\tDATE\t1998-02-09\nTuesday\tDATE\t1998-02-10')"
}

@test "dateof: the quarter in view: ended, corresponding, the 1988 quarter, not one under way" {
	run tx 1989-10-30 "In the quarter ended July 31, the company earned \$5 million, up from \$4 million a year earlier."
	assert_output "$(printf 'the quarter\tDATE\t1989-Q2\nJuly 31\tDATE\t1989-07-31\na year earlier\tDATE\t1988-Q2')"
	run tx 1989-11-01 "Net rose in the third quarter, against a loss for the corresponding period last year and \$2 million in the 1988 quarter."
	assert_output "$(printf 'the third quarter\tDATE\t1989-Q3\nthe corresponding period last year\tDATE\t1988-Q3\nthe 1988 quarter\tDATE\t1988-Q3')"
	run tx 1989-11-01 "Profit rose in the third quarter. After a flat second quarter, sales rose; a year ago they fell."
	assert_output "$(printf 'the third quarter\tDATE\t1989-Q3\nsecond quarter\tDATE\t1989-Q2\na year ago\tDATE\t1988-Q3')"
	run tx 1989-11-02 "Net rose in the third quarter. The company expects fourth-quarter earnings to fall. Sales were \$3 million a year ago."
	assert_output "$(printf 'the third quarter\tDATE\t1989-Q3\nfourth-quarter\tDATE\t1989-Q4\na year ago\tDATE\t1988-Q3')"
}

@test "dateof: unit-long adjectives are durations; decades are years" {
	run tx 2000-01-01 "After a day-long meeting and a decades-long feud, a two-week-long trip; it went on for decades."
	assert_output "$(printf 'day-long\tDURATION\tP1D\ndecades-long\tDURATION\tPXY\ntwo-week-long\tDURATION\tP2W\ndecades\tDURATION\tPXY')"
}

@test "dateof: the past decade is the ten years to now, the last decade the one before" {
	run tx 1998-10-25 "Over the past decade and the past century, unlike the last decade or the next decade."
	assert_output "$(printf 'the past decade\tDURATION\tP10Y\nthe past century\tDURATION\tP100Y\nthe last decade\tDATE\t198\nnext decade\tDATE\t200')"
}

@test "dateof: a quarter-century; a quarter of the market, the Daily Mail, Publishers Weekly are no times" {
	run tx 2016-05-11 "He led for a quarter-century, until nearly a quarter-century ago; a quarter of the market read the Daily Mail daily. She told Publishers Weekly it sells weekly."
	assert_output "$(printf 'a quarter-century\tDURATION\tP25Y\nnearly a quarter-century ago\tDATE\t1991\ndaily\tSET\tP1D\nweekly\tSET\tP1W')"
}

@test "dateof: a range of durations takes its first amount" {
	run tx 2025-10-25 "Shipments resume within two to three weeks, or in a year or two."
	assert_output "$(printf 'two to three weeks\tDURATION\tP2W\na year\tDURATION\tP1Y')"
}

@test "dateof: the years, the first hours are vague durations, not the weeks before an event" {
	run tx 2000-01-01 "In the years that followed, prices rose over the years, and in the first hours of the war. In the weeks before the vote, little. In the days leading up to it, less."
	assert_output "$(printf 'the years\tDURATION\tPXY\nthe years\tDURATION\tPXY\nthe first hours\tDURATION\tPTXH')"
}

@test "dateof: the day before or after a weekday" {
	run tx 2000-02-24 "The day before last Tuesday's hearing, he left; the day after Friday night, too."
	assert_output "$(printf 'The day before last Tuesday\tDATE\t2000-02-21\nthe day after Friday night\tDATE\t2000-02-19')"
	run sh -c "printf 'the day before Monday\n' | dateof -a | cut -f6-"
	assert_output "$(printf 'expr\ttype\tvalue\nthe day before Monday\tDATE\tXXXX-WXX-7')"
}

@test "dateof: anaphoric dates count from the date last mentioned" {
	run tx 2000-04-18 "The plant opened in 1995. The following year it doubled its output, and later that year it was sold."
	assert_output "$(printf '1995\tDATE\t1995\nThe following year\tDATE\t1996\nlater that year\tDATE\t1996')"
	run tx 1989-10-30 "Shares fell on Friday, down 4% from the previous Friday."
	assert_output "$(printf 'Friday\tDATE\t1989-10-27\nthe previous Friday\tDATE\t1989-10-20')"
	run tx 1999-02-06 "He was shot on Oct. 23, 1998. Earlier that day, police had been warned."
	assert_output "$(printf 'Oct. 23, 1998\tDATE\t1998-10-23\nEarlier that day\tDATE\t1998-10-23')"
	run tx 1999-02-06 "It happened last October; the site was closed that same day. The following month it reopened."
	assert_output "$(printf 'last October\tDATE\t1998-10\nthat same day\tDATE\t1998-10-XX\nThe following month\tDATE\t1998-11')"
	run tx 2025-10-25 "The following year, it grew."
	assert_output "$(printf 'The following year\tDATE\t2026')"
	run tx 2025-10-25 "He was held on March 3, 2024. Two days later he was freed. He left two days ago; three hours later he was seen."
	assert_output "$(printf 'March 3, 2024\tDATE\t2024-03-03\nTwo days later\tDATE\t2024-03-05\ntwo days ago\tDATE\t2025-10-23\nthree hours later\tTIME\t2025-10-23')"
}

@test "dateof: sets of months and seasons" {
	run tx 2025-10-25 "They march each July and meet every summer."
	assert_output "$(printf 'each July\tSET\tXXXX-07\nevery summer\tSET\tXXXX-SU')"
}

@test "dateof: a second term and the March for Life are no times" {
	run tx 2025-10-25 "She won a second term, and in a second, it was over. The March for Life met in March for a vote."
	assert_output "$(printf 'a second\tDURATION\tPT1S\nMarch\tDATE\t2025-03')"
}

@test "dateof: hours of a part of the day, trading days, Election Day, Easter week" {
	run tx 2025-10-25 "Polls open at 6 in the morning and close at 9 in the evening, after eight trading days, on Election Day."
	assert_output "$(printf '6 in the morning\tTIME\t2025-10-25T06:00\n9 in the evening\tTIME\t2025-10-25T21:00\neight trading days\tDURATION\tP8D\nElection Day\tDATE\t2025-11-04')"
	run tx 2000-04-17 "Protesters prayed as Easter week began. Last Easter week was quiet."
	assert_output "$(printf 'Easter week\tDATE\t2000-W16\nLast Easter week\tDATE\t1999-W13')"
}

@test "dateof: a quoted title is no time; the weeks ahead" {
	run tx 2025-10-25 "He spoke on \"This Week\" and on ''60 Minutes.'' Prices may rise in the weeks ahead."
	assert_output "$(printf 'the weeks ahead\tDURATION\tPXW')"
	run tx 2025-10-25 '<tweet datetime="2015-12-02" date="January 20, 2016">'
	assert_output "$(printf '2015-12-02\tDATE\t2015-12-02\nJanuary 20, 2016\tDATE\t2016-01-20')"
}

@test "dateof: the week of a date is that week" {
	run tx 2000-02-24 "A hearing is set for the week of March 6."
	assert_output "$(printf 'the week of March 6\tDATE\t2000-W10')"
}

@test "dateof: halves of a unit are written in the smaller one" {
	run tx 2025-10-25 "It took 2 1/2 years, then a day and a half, and an hour and a half."
	assert_output "$(printf '2 1/2 years\tDURATION\tP2Y6M\na day and a half\tDURATION\tP1DT12H\nan hour and a half\tDURATION\tPT1H30M')"
}

@test "dateof: May is a month after a preposition, else a verb" {
	run tx 2025-10-25 "The talks ended in May. Officials May Seek Delay."
	assert_output "$(printf 'May\tDATE\t2025-05')"
}

@test "dateof: impossible dates are not dates" {
	run tx 2025-10-25 "The memo was dated February 30, 2025 and April 31."
	assert_output ""
	run tx 2025-10-25 "Leap day: February 29, 2024."
	assert_output "$(printf 'February 29, 2024\tDATE\t2024-02-29')"
}

@test "dateof: years with and without context" {
	run tx 2025-10-25 "In 1998 prices rose 1998 percent to \$1998 for 1,998 buyers; fiscal 2024 was better."
	assert_output "$(printf '1998\tDATE\t1998\nfiscal 2024\tDATE\t2024')"
}

@test "dateof: two-digit years" {
	run tx 2025-10-25 "It began in Oct. '98 and ended 10/24/25."
	assert_output "$(printf "Oct. '98\tDATE\t1998-10\n10/24/25\tDATE\t2025-10-24")"
}

@test "dateof: times and time zones" {
	run tx 2025-10-25 "Polls closed at 8 p.m. EDT Friday; results came at noon and 23:45 GMT."
	assert_output "$(printf '8 p.m. EDT Friday\tTIME\t2025-10-24T20:00\nnoon\tTIME\t2025-10-24T12:00\n23:45 GMT\tTIME\t2025-10-24T23:45')"
	run tx 2025-10-24 "On Monday, in October 2025, that same day at 3 p.m. he left."
	assert_output "$(printf 'Monday\tDATE\t2025-10-20\nOctober 2025\tDATE\t2025-10\nthat same day\tDATE\t2025-10-XX\n3 p.m.\tTIME\t2025-10-20T15:00')"
	run tx 2025-10-25 "Published 3:05 PM EDT, Tue March 4, 2025"
	assert_output "$(printf '3:05 PM EDT, Tue March 4, 2025\tTIME\t2025-03-04T15:05')"
}

@test "dateof: relative references and quarters" {
	run tx 1989-10-26 "Net income for the year ended June 30 rose; it expects a gain for the full year."
	assert_output "$(printf 'the year\tDURATION\tP1Y\nJune 30\tDATE\t1989-06-30\nthe full year\tDATE\t1989')"
	run tx 1989-10-26 "Sales in the latest fiscal year rose; the current year looks better."
	assert_output "$(printf 'the latest fiscal year\tDATE\t1988\nthe current year\tDATE\t1989')"
	run tx 1989-10-26 "Profit fell in the third quarter from a year earlier, the company said yesterday."
	assert_output "$(printf 'the third quarter\tDATE\t1989-Q3\na year earlier\tDATE\t1988-Q3\nyesterday\tDATE\t1989-10-25')"
	run tx 2025-10-25 "Prices are higher now than in recent years and will rise in the future. Now, the talks go on. Now the talks go on."
	assert_output "$(printf 'now\tDATE\tPRESENT_REF\nrecent years\tDATE\tPAST_REF\nthe future\tDATE\tFUTURE_REF\nNow\tDATE\tPRESENT_REF')"
	run tx 1998-03-03 "It will one day be the largest; she hopes he one day returns. It followed by one day an offer; he was in the job one day."
	assert_output "$(printf 'one day\tDATE\tFUTURE_REF\none day\tDATE\tFUTURE_REF\none day\tDURATION\tP1D\none day\tDURATION\tP1D')"
	run tx 2025-10-25 "Prices will rise in the short term and fall in the long term, a later date; short-term debt and the long-term outlook are no times."
	assert_output "$(printf 'the short term\tDATE\tFUTURE_REF\nthe long term\tDATE\tFUTURE_REF\na later date\tDATE\tFUTURE_REF')"
}

@test "dateof: without an anchor, unknown parts are X" {
	run sh -c "printf 'doc\ttext\nd1\tHe met her on Friday, last week.\n' | dateof -a | cut -f6-"
	assert_output "$(printf 'expr\ttype\tvalue\nFriday\tDATE\tXXXX-WXX-5\nlast week\tDATE\tXXXX-WXX')"
	run sh -c "printf 'doc\ttext\nd1\tIt opened in 1995. That year it grew; two years later it was sold.\n' | dateof -a | cut -f6-"
	assert_output "$(printf 'expr\ttype\tvalue\n1995\tDATE\t1995\nThat year\tDATE\t1995\ntwo years later\tDATE\t1997')"
	run sh -c "printf 'doc\ttext\nd1\tThat day, the weekend, the last quarter and the next decade.\n' | dateof -a | cut -f6-"
	assert_output "$(printf 'expr\ttype\tvalue\nThat day\tDATE\tXXXX-XX-XX\nthe weekend\tDATE\tXXXX-WXX-WE\nthe last quarter\tDATE\tXXXX-QX\nnext decade\tDATE\tXXX')"
}

@test "dateof: the input date column anchors -a and is kept when the text has none" {
	run sh -c "printf 'doc\tdate\ttext\nd1\t2025-10-25\tThey met on Friday.\n' | dateof -a"
	assert_output "$(printf 'doc\tdate\tdate_text\tstart\tend\texpr\ttype\tvalue\nd1\t2025-10-25\t\t12\t18\tFriday\tDATE\t2025-10-24')"
	run sh -c "printf 'doc\tdate\tdate_text\ttext\nd1\tsoon\tx\tPosted on August 26, 2025\n' | dateof"
	assert_output "$(printf 'doc\tdate\tdate_text\ttext\nd1\t2025-08-26\tPosted on August 26, 2025\tPosted on August 26, 2025')"
}

@test "dateof: a dateline without a year takes it from a year or month in the date column" {
	run sh -c "printf 'doc\tdate\ttext\n1\t2025\tSEOUL, Oct. 24 (Yonhap) -- Talks resumed.\n2\t2025-10\tSEOUL, Oct. 24 (Yonhap) -- Talks resumed.\n3\t2025\tNo date here.\n4\t\tSEOUL, Oct. 24 (Yonhap) -- Talks resumed.\n' | dateof | cut -f1,2,4"
	assert_success
	assert_output "$(printf 'doc\tdate\tdate_text\n1\t2025-10-24\tOct. 24\n2\t2025-10-24\tOct. 24\n3\t2025\t\n4\t\t')"
}

@test "dateof: publication dates of 53 datelines, bylines and leads" {
	run sh -c "dateof '$BATS_TEST_DIRNAME/fixtures/pubdates.tsv' | awk -F'\t' 'NR > 1 && \$2 != \$3 { print \$1 \": want \" \$2 \", got \" \$3 }'"
	assert_success
	assert_output ""
	run sh -c "dateof '$BATS_TEST_DIRNAME/fixtures/pubdates.tsv' | tail -n +2 | wc -l"
	assert_output "53"
}

@test "dateof: empty input gives only the header" {
	run sh -c "printf '' | dateof"
	assert_success
	assert_output "$(printf 'doc\ttext\tdate\tdate_text')"
	run sh -c "printf '' | dateof -a"
	assert_output "$(printf 'doc\tdate\tdate_text\tstart\tend\texpr\ttype\tvalue')"
}

@test "dateof: garbage, invalid UTF-8 and NUL bytes never crash nor make up a date" {
	run sh -c "printf 'x\377\376 99:99 Febtober 45, 20255 \000 32/13/2025 Q9 \342\200\nMay I? march on!' | dateof -a --ref 2025-10-25 2>/dev/null | tail -n +2"
	assert_success
	assert_output ""
	run sh -c "printf 'x\377 y' | dateof >/dev/null"
	assert_success
	assert_output --partial "invalid UTF-8"
	run sh -c "head -c 200000 /dev/urandom | dateof -a --ref 2025-10-25 >/dev/null"
	assert_success
}

@test "dateof: no final newline and CRLF" {
	run sh -c "printf 'They met on Friday.\r\nAgain yesterday' | dateof -a --ref 2025-10-25 | cut -f6-"
	assert_output "$(printf 'expr\ttype\tvalue\nFriday\tDATE\t2025-10-24\nyesterday\tDATE\t2025-10-24')"
}

@test "dateof: a large document" {
	run sh -c "yes 'The talks that began on Friday, Oct. 24, 2025 will resume next week after three days of rest.' | head -c 4000000 | dateof -a --ref 2025-10-25 | tail -n +2 | cut -f8 | sort | uniq -c | sort -rn | head -2"
	assert_success
	assert_line --index 0 --regexp '^ *4[0-9]{4} (2025-10-24|2025-W44|P3D)$'
}
