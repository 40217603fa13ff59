package dev.articleingest.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a listing by source or by day returns: the attributes the two time indexes project
 * ({@code ArticleTable.LISTING_ATTRIBUTES}), so that a new article costs one write unit per index
 * rather than its whole metadata's. For the rest (authors, standfirst, warnings, hashes, the
 * object's version), read the article by {@link #id} with {@code get} or {@code getWithBody}.
 *
 * @param id the article id
 * @param source source domain or {@code unknown}
 * @param url article URL, or {@code null}
 * @param title headline
 * @param published publication time (always present in a listing), or {@code null}
 * @param language BCP 47 tag, {@code und} when unknown
 * @param wordCount words in the body
 * @param format input format label
 * @param bucket the bucket of the object it was parsed from
 * @param key the key of that object
 * @param ingestedAt when it was stored
 * @param duplicateOf id of an earlier article with the same content, or {@code null}
 */
public record ArticleSummary(
    String id,
    String source,
    String url,
    String title,
    Published published,
    String language,
    int wordCount,
    String format,
    String bucket,
    String key,
    Instant ingestedAt,
    String duplicateOf) {

  public ArticleSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
