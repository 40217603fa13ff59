package dev.articleingest.it;

import dev.articleingest.model.Article;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.Published;
import dev.articleingest.model.Sha256;
import dev.articleingest.model.StoredArticle;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Articles and object references made up for storage tests, without going through S3. */
final class Articles {

  static final String BUCKET = "test-bucket";

  private Articles() {}

  /** A small article whose title and body both name the variant, so torn reads show. */
  static Article variant(String variant, int parserVersion) {
    List<String> paragraphs =
        List.of("Body of variant " + variant + ".", "Second paragraph of variant " + variant + ".");
    return new Article(
        "example.org",
        "https://example.org/" + variant,
        "Title " + variant,
        null,
        List.of(),
        new Published(LocalDateTime.of(2022, 2, 12, 10, 0), ZoneOffset.UTC),
        null,
        paragraphs,
        10,
        "en",
        1.0,
        Sha256.hex(String.join("\n\n", paragraphs)),
        parserVersion,
        "text",
        List.of(),
        Dropped.NOTHING);
  }

  static ObjectRef ref(String key, long sequence) {
    return new ObjectRef(BUCKET, key, null, "etag" + sequence, sequencer(sequence), 100);
  }

  /** An S3-style sequencer: hex, of varying length, so padding matters. */
  static String sequencer(long sequence) {
    return Long.toHexString(0xABC0000L + sequence).toUpperCase(java.util.Locale.ROOT);
  }

  static StoredArticle stored(String id, String key, long sequence, String variant) {
    return new StoredArticle(
        id, variant(variant, 1), ref(key, sequence), Instant.parse("2022-02-12T12:00:00Z"), null);
  }
}
