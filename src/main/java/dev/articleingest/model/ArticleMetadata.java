package dev.articleingest.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything stored about an article but its body: what listings and index queries return.
 *
 * @param id the article id
 * @param source source domain or {@code unknown}
 * @param url article URL, or {@code null}
 * @param title headline
 * @param subtitle standfirst, or {@code null}
 * @param authors authors' names, possibly empty
 * @param published publication time, or {@code null}
 * @param modified last-update time the page stated, or {@code null}
 * @param language BCP 47 tag, {@code und} when unknown
 * @param languageConfidence the detector's probability for the language
 * @param wordCount words in the body
 * @param paragraphCount paragraphs in the body
 * @param contentHash SHA-256 hex of the normalized body
 * @param parserVersion parser version that produced it
 * @param format input format label
 * @param warnings quality warnings: from {@code get}, one of each code and a count of the rest;
 *     from {@code getWithBody}, all of them
 * @param dropped what the parser removed: from {@code getWithBody} only (empty from {@code get})
 * @param object the S3 object version it was parsed from
 * @param ingestedAt when it was stored
 * @param bodyRevision the revision of the body items this metadata points to
 * @param bodyParts how many body items that revision has
 * @param duplicateOf id of an earlier article with the same content, or {@code null}
 */
public record ArticleMetadata(
    String id,
    String source,
    String url,
    String title,
    String subtitle,
    List<String> authors,
    Published published,
    Published modified,
    String language,
    double languageConfidence,
    int wordCount,
    int paragraphCount,
    String contentHash,
    int parserVersion,
    String format,
    List<Warning> warnings,
    Dropped dropped,
    ObjectRef object,
    Instant ingestedAt,
    String bodyRevision,
    int bodyParts,
    String duplicateOf) {

  public ArticleMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    authors = List.copyOf(authors);
    warnings = List.copyOf(warnings);
  }

  /** The full article, given its body paragraphs. */
  public StoredArticle withBody(List<String> paragraphs) {
    return withBody(paragraphs, warnings, dropped);
  }

  /**
   * The full article, given its body paragraphs and the diagnostics its first body item holds
   * (every warning, the dropped lines).
   */
  public StoredArticle withBody(
      List<String> paragraphs, List<Warning> allWarnings, Dropped allDropped) {
    Article article =
        new Article(
            source,
            url,
            title,
            subtitle,
            authors,
            published,
            modified,
            paragraphs,
            wordCount,
            language,
            languageConfidence,
            contentHash,
            parserVersion,
            format,
            allWarnings,
            allDropped);
    return new StoredArticle(id, article, object, ingestedAt, duplicateOf);
  }

  /** The attributes of this article a listing returns. */
  public ArticleSummary summary() {
    return new ArticleSummary(
        id,
        source,
        url,
        title,
        published,
        language,
        wordCount,
        format,
        object.bucket(),
        object.key(),
        ingestedAt,
        duplicateOf);
  }
}
