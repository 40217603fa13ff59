package dev.articleingest.parse;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One object's bytes and what came with them.
 *
 * @param content the object's bytes, possibly gzip-compressed
 * @param key the object key (or file name): the source when metadata names none, and the file
 *     extension when the content does not show its format
 * @param metadata user metadata (S3 {@code x-amz-meta-*} without the prefix, lower-case keys)
 * @param contentType the object's Content-Type, or {@code null}
 * @param uploadedAt when the object was uploaded (S3 Last-Modified), or {@code null}; relative
 *     dates ("3 hours ago") are resolved against it and dates after it are flagged
 */
public record RawInput(
    byte[] content,
    String key,
    Map<String, String> metadata,
    String contentType,
    Instant uploadedAt) {

  public RawInput {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(key, "key");
    metadata = Map.copyOf(metadata);
  }

  /** Bytes with a key and metadata only: no Content-Type, upload time unknown. */
  public RawInput(byte[] content, String key, Map<String, String> metadata) {
    this(content, key, metadata, null, null);
  }
}
