package dev.articleingest.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An object's bytes as read from the store.
 *
 * @param content the bytes (within the configured size limit)
 * @param metadata user metadata, lower-case keys without the {@code x-amz-meta-} prefix
 * @param contentType the object's Content-Type, or {@code null}
 * @param lastModified when it was uploaded, or {@code null}
 * @param eTag the entity tag of what was read, without quotes, or {@code null}
 */
public record FetchedObject(
    byte[] content,
    Map<String, String> metadata,
    String contentType,
    Instant lastModified,
    String eTag) {

  public FetchedObject {
    Objects.requireNonNull(content, "content");
    metadata = Map.copyOf(metadata);
    eTag = eTag == null || eTag.isEmpty() ? null : eTag.replace("\"", "");
  }
}
