/**
 * Measuring extraction quality: body precision, recall and F1 over token 4-gram shingles, the way
 * public article-extraction benchmarks score it, and per-field accuracy over the golden corpus.
 * Used by the CLI's {@code eval} command and the corpus quality test.
 */
package dev.articleingest.evaluation;
