package dev.articleingest.it;

import dev.articleingest.ingest.FetchedObject;
import dev.articleingest.ingest.ObjectSource;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An S3 bucket's version semantics, for the versioned-history tests: s3proxy, the local S3, has no
 * versioning (gaul/s3proxy#74), so the versioned histories read objects from this instead, while
 * their writes go to the real DynamoDB Local. Versioned: every put adds a version, a delete adds a
 * delete marker, a version can be deleted for good; the current version is the newest, and none
 * when that is a marker. Unversioned: a put replaces the object, a delete removes it, and a read
 * with an ETag only answers while the object still has it (as {@code If-Match} does).
 */
final class VersionedBucket implements ObjectSource {

  /** One version of a key. */
  record Version(String id, byte[] content, String eTag, boolean marker) {}

  private final boolean versioned;
  private final Map<String, List<Version>> keys = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();

  VersionedBucket(boolean versioned) {
    this.versioned = versioned;
  }

  synchronized Version put(String key, byte[] content) {
    List<Version> versions = keys.computeIfAbsent(key, k -> new ArrayList<>());
    if (!versioned) {
      versions.clear();
    }
    Version v =
        new Version(
            versioned ? "v" + ids.incrementAndGet() : null,
            content,
            Sha256.hex(new String(content, java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32),
            false);
    versions.add(v);
    return v;
  }

  /** A delete: a marker in a versioned bucket, the object gone in an unversioned one. */
  synchronized Version delete(String key) {
    List<Version> versions = keys.computeIfAbsent(key, k -> new ArrayList<>());
    if (!versioned) {
      versions.clear();
      return null;
    }
    Version marker = new Version("m" + ids.incrementAndGet(), null, null, true);
    versions.add(marker);
    return marker;
  }

  /** Deletes one version (or marker) for good. */
  synchronized void deleteVersion(String key, String versionId) {
    keys.getOrDefault(key, new ArrayList<>()).removeIf(v -> v.id().equals(versionId));
  }

  synchronized List<Version> versions(String key) {
    return List.copyOf(keys.getOrDefault(key, List.of()));
  }

  /** The current object's version, or empty when the key has none (or a marker on top). */
  synchronized Optional<Version> currentVersion(String key) {
    List<Version> versions = keys.getOrDefault(key, List.of());
    if (versions.isEmpty() || versions.get(versions.size() - 1).marker()) {
      return Optional.empty();
    }
    return Optional.of(versions.get(versions.size() - 1));
  }

  @Override
  public synchronized Optional<FetchedObject> fetch(ObjectRef ref, long maxBytes) {
    List<Version> versions = keys.getOrDefault(ref.key(), List.of());
    for (Version v : versions) {
      boolean match =
          ref.versionId() != null
              ? ref.versionId().equals(v.id())
              : v == versions.get(versions.size() - 1)
                  && (ref.eTag() == null || ref.eTag().equals(v.eTag()));
      if (match && !v.marker()) {
        return Optional.of(new FetchedObject(v.content(), Map.of(), "text/plain", null, v.eTag()));
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized Optional<ObjectRef> current(String bucket, String key) {
    return currentVersion(key)
        .map(v -> new ObjectRef(bucket, key, v.id(), v.eTag(), null, v.content().length));
  }
}
