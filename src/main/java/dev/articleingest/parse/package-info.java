/**
 * The parsing core: raw bytes of one object in, one {@link dev.articleingest.model.Article} out, or
 * an {@link dev.articleingest.model.InputRejectedException}. Pure: no AWS, no I/O beyond reading
 * bundled resources, so it runs the same in Lambda, in the CLI and in tests.
 *
 * <p>{@link dev.articleingest.parse.Extractor} is the entry point; one {@link
 * dev.articleingest.parse.ArticleParser} per input format does the format-specific work.
 */
package dev.articleingest.parse;
