/**
 * The language a body is written in, behind {@link dev.articleingest.language.LanguageDetector}.
 * {@link dev.articleingest.language.NgramLanguageDetector} evaluates Apache OpenNLP's
 * 103-language model (converted at build time into {@code LanguageModel}'s form) on text prepared
 * as OpenNLP prepares it ({@code LanguageText}).
 */
package dev.articleingest.language;
