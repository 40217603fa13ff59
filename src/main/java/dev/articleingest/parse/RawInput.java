package dev.articleingest.parse;

import java.util.Map;
import java.util.Objects;

/**
 * One object's bytes and what came with them.
 *
 * @param content the object's bytes
 * @param key the object key (or file name), used for the source when metadata names none
 * @param metadata user metadata (S3 {@code x-amz-meta-*} without the prefix, lower-case keys)
 */
public record RawInput(byte[] content, String key, Map<String, String> metadata) {

  public RawInput {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(key, "key");
    metadata = Map.copyOf(metadata);
  }
}
