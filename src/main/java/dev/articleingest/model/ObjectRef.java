package dev.articleingest.model;

import java.util.Objects;

/**
 * The S3 object version an event refers to, exactly as the event described it.
 *
 * @param bucket bucket name, never blank
 * @param key object key, already URL-decoded, never empty
 * @param versionId version id, or {@code null} when the bucket is not versioned
 * @param eTag entity tag without quotes, or {@code null} when the event did not carry one
 * @param sequencer S3's per-key ordering token (hex), or {@code null} when absent
 * @param size object size in bytes as announced by the event, or {@code -1} when unknown
 */
public record ObjectRef(
    String bucket, String key, String versionId, String eTag, String sequencer, long size) {

  public ObjectRef {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    if (bucket.isBlank()) {
      throw new IllegalArgumentException("bucket must not be blank");
    }
    if (key.isEmpty()) {
      throw new IllegalArgumentException("key must not be empty");
    }
    versionId = emptyToNull(versionId);
    eTag = eTag == null ? null : emptyToNull(eTag.replace("\"", ""));
    sequencer = emptyToNull(sequencer);
  }

  /** An object reference with nothing known but its location. */
  public static ObjectRef of(String bucket, String key) {
    return new ObjectRef(bucket, key, null, null, null, -1);
  }

  /** {@code s3://bucket/key}, for messages. */
  public String uri() {
    return "s3://" + bucket + "/" + key;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
