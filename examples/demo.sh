#!/bin/sh
# demo.sh: run the main pipelines over the sample articles in examples/
# and write the tables as CSV under out/ (run by `make demo`).
set -e
cd "$(dirname "$0")/.."
PATH="$PWD/bin:$PATH"
mkdir -p out

docsplit examples/*.txt > out/docs.tsv
dateof < out/docs.tsv > out/dated.tsv
dateof -a < out/docs.tsv > out/timeline.tsv
quotes < out/dated.tsv > out/quotes.tsv
entities < out/docs.tsv > out/entities.tsv
for t in dated timeline quotes entities; do
	tocsv < out/$t.tsv > out/$t.csv
done

rows() { echo $(($(wc -l < "out/$1.tsv") - 1)); }
echo "newsutils demo: $(rows docs) documents from the files in examples/"
echo "  out/dated.csv     one row per document with its publication date"
echo "  out/timeline.csv  $(rows timeline) time expressions, normalised"
echo "  out/quotes.csv    $(rows quotes) quotations with their speakers"
echo "  out/entities.csv  $(rows entities) entities (people, organisations, places)"
echo
echo "Publication dates:"
tocsv -c doc,date < out/dated.tsv
echo
echo "Most quoted speakers:"
tocsv -c speaker < out/quotes.tsv | tail -n +2 | sort | uniq -c | sort -rn | head -5
