package dev.articleingest.model;

/**
 * Article ids are derived from the object's location, so a re-delivered event, a retry or an
 * overwrite of the same key always lands on the same article.
 */
public final class ArticleId {

  /** 24 hex characters: 96 bits, far beyond any collision risk for one bucket's keys. */
  private static final int HEX_LENGTH = 24;

  private ArticleId() {}

  /** The id of the article stored from {@code s3://bucket/key}: hex SHA-256 of that, cut short. */
  public static String of(String bucket, String key) {
    return Sha256.hex(bucket + "/" + key).substring(0, HEX_LENGTH);
  }

  /** The id of the article stored from this object. */
  public static String of(ObjectRef ref) {
    return of(ref.bucket(), ref.key());
  }
}
