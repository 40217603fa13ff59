package dev.articleingest.ingest;

import java.util.Map;
import java.util.Objects;

/**
 * An object's bytes as read from the store.
 *
 * @param content the bytes (within the configured size limit)
 * @param metadata user metadata, lower-case keys without the {@code x-amz-meta-} prefix
 */
public record FetchedObject(byte[] content, Map<String, String> metadata) {

  public FetchedObject {
    Objects.requireNonNull(content, "content");
    metadata = Map.copyOf(metadata);
  }
}
