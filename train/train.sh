#!/bin/sh
# train/train.sh: `make model`.  Regenerates the compiled-in gazetteer
# (common/gazdata.c) from the corpus gazetteers and the lexicons here,
# builds the trainer and trains the tagger on CoNLL-2003 eng.train,
# reporting its score on eng.testa, into common/ner_model.c.  Then
# `make` rebuilds the programs with the new model.
set -e
cd "$(dirname "$0")/.."
corpus=../shared/corpus
[ -d "$corpus/conll2003" ] || corpus=/work/shared/corpus
[ -d "$corpus/conll2003" ] || { echo "train: corpus not found" >&2; exit 1; }
python3 train/mkgaz.py "$corpus" > common/gazdata.c.new
mv common/gazdata.c.new common/gazdata.c
${MAKE:-make} common/libnewsutils.a
cc -std=c11 -Wall -Wextra -Wno-unused-parameter -D_POSIX_C_SOURCE=200809L -Icommon -O2 -g \
	-o train/nertrain train/nertrain.c common/libnewsutils.a -lutf8proc -lm
train/nertrain -b 17 -e 16 -d "$corpus/conll2003/eng.testa" -o common/ner_model.c.new \
	"$corpus/conll2003/eng.train"
mv common/ner_model.c.new common/ner_model.c
${MAKE:-make}
