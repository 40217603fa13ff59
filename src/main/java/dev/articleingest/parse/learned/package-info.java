/**
 * Scorers learned from the development corpus, evaluated here: {@link
 * dev.articleingest.parse.learned.TreeEnsemble}, gradient-boosted regression trees over numeric
 * features, loaded from a small bundled resource. Their trainers are build tools in the test tree
 * ({@code bench/train-models.sh}); nothing here trains.
 */
package dev.articleingest.parse.learned;
