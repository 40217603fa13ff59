/**
 * The parsing core's entry: raw bytes of one object in, one {@link dev.articleingest.model.Article}
 * out, or an {@link dev.articleingest.model.InputRejectedException}. Pure: no AWS, no I/O beyond
 * reading bundled resources, so it runs the same in Lambda, in the CLI and in tests.
 *
 * <p>{@link dev.articleingest.parse.Extractor} decompresses gzip, sniffs the {@link
 * dev.articleingest.parse.InputFormat}, and hands the bytes to that format's parser, one
 * subpackage per format ({@code parse.text}, {@code parse.html}, {@code parse.json}), each behind
 * {@code parse.spi.ArticleParser}. Each parser fills a {@code Draft}; {@code ArticleAssembler}
 * turns every draft into an article with the same normalization, counts, language detection and
 * quality warnings. Shared below the parsers: {@code parse.dates}, {@code parse.authors}, {@code
 * parse.decode} and {@code parse.profile}.
 */
package dev.articleingest.parse;
