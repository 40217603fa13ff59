#!/usr/bin/env bash
# Retrains the text-dump models from the development corpus and writes them into
# src/main/resources/models/ (text-lines.model, text-headline.model, text-dates.model), after printing the
# cross-validated figures (pages split into FOLDS folds by id; every figure is on pages the
# models did not see). The trainer is a build tool in the test tree: it never ships.
# Usage: bench/train-models.sh CORPUS_DIR [FOLDS]   (CORPUS_DIR holds readability/ and trafilatura/,
#        each with text/ and truth.json; FOLDS 0 skips the cross-validation; default 5)
#        TRAIN_OPTS=-Dcv.layouts=true also cross-validates on the dumps as other scrapers save text:
#        flat (no blank lines) and double-spaced (a blank line between every two lines); TRAIN_OPTS=-Dcv.predictions=PREFIX writes the predictions
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: bench/train-models.sh CORPUS_DIR [FOLDS]}
folds=${2:-5}
mvn -B -q -Dstyle.color=never process-test-classes dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
# The models first, then (with the new models on the class path, so that a change of features
# needs no second run) the cross-validation, which writes the same files again.
java ${TRAIN_OPTS:-} -cp "$cp" dev.articleingest.parse.text.TextModelTrainer "$corpus" src/main/resources/models 0
if [ "$folds" -gt 1 ]; then
  mvn -B -q -Dstyle.color=never process-resources >/dev/null
  java ${TRAIN_OPTS:-} -cp "$cp" dev.articleingest.parse.text.TextModelTrainer "$corpus" src/main/resources/models "$folds"
fi
