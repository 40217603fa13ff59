/**
 * The parsing core: raw bytes of one object in, one {@link dev.articleingest.model.Article} out, or
 * an {@link dev.articleingest.model.InputRejectedException}. Pure: no AWS, no I/O beyond reading
 * bundled resources, so it runs the same in Lambda, in the CLI and in tests.
 *
 * <p>{@link dev.articleingest.parse.Extractor} is the entry point: it decompresses gzip, sniffs the
 * {@link dev.articleingest.parse.InputFormat}, and hands the bytes to that format's {@code
 * ArticleParser} (text dumps, HTML pages, JSON articles). Each parser fills a {@code Draft}; {@code
 * ArticleAssembler} turns every draft into an article with the same normalization, counts, language
 * detection and quality warnings. Shared pieces: {@code Dates} (dates in five languages, published
 * vs updated), {@code Bylines} (author names), {@code TextDecoder} (encodings), {@code
 * ContentExtractor} (the HTML body), {@code SourceProfiles} (per-site rules users can extend).
 */
package dev.articleingest.parse;
