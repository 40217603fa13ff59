package dev.articleingest.ingest;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import java.util.Optional;

/** Reads the exact object version an event refers to. */
public interface ObjectSource {

  /**
   * Reads the object version {@code ref} names: by version id when it has one, else only while the
   * object still has the event's ETag.
   *
   * @return the object, or empty when that version is gone (deleted, or overwritten: a newer event
   *     will bring the newer version)
   * @throws InputRejectedException with {@code TOO_LARGE} when the object exceeds {@code maxBytes};
   *     nothing beyond the limit is read
   * @throws RuntimeException for transient failures, which the caller lets the platform retry
   */
  Optional<FetchedObject> fetch(ObjectRef ref, long maxBytes);

  /**
   * What the key holds now, in a versioned bucket: its current version's id, ETag and size, with
   * the bucket and key; empty when it has no current object (every version gone, or a delete
   * marker on top). Asked when an event alone cannot tell what is current (a version permanently
   * deleted).
   *
   * @throws RuntimeException for transient failures
   */
  Optional<ObjectRef> current(String bucket, String key);
}
