package dev.articleingest.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as it is kept in the table: the parse result plus where it came from.
 *
 * @param id deterministic article id, see {@link ArticleId}
 * @param article the parsed article
 * @param object the S3 object version it was parsed from
 * @param ingestedAt when this version was stored
 * @param duplicateOf id of an earlier article with the same content hash, else {@code null}
 */
public record StoredArticle(
    String id, Article article, ObjectRef object, Instant ingestedAt, String duplicateOf) {

  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
