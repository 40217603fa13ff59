package dev.articleingest.handler;

/**
 * One object change an event reports, whatever shape the event came in.
 *
 * @param action what happened to the object
 * @param bucket the bucket
 * @param key the key as the event carries it
 * @param keyEncoded whether {@code key} is form-URL-encoded (S3 notifications) or as-is
 *     (EventBridge)
 * @param size the size, or -1
 * @param eTag the ETag, or null
 * @param versionId the version id, or null
 * @param sequencer the sequencer, or null
 * @param belowVersion for {@link Action#REPROCESS}: re-parse articles made by a parser older than
 *     this; otherwise 0
 * @param force for {@link Action#REPROCESS}: re-parse whatever parser made the article
 */
record Change(
    Action action,
    String bucket,
    String key,
    boolean keyEncoded,
    long size,
    String eTag,
    String versionId,
    String sequencer,
    int belowVersion,
    boolean force) {

  /** A change an S3 event reports. */
  Change(
      Action action,
      String bucket,
      String key,
      boolean keyEncoded,
      long size,
      String eTag,
      String versionId,
      String sequencer) {
    this(action, bucket, key, keyEncoded, size, eTag, versionId, sequencer, 0, false);
  }

  /** What happened. */
  enum Action {
    CREATED,
    /** A version was removed (in a versioned bucket, maybe an old one). */
    REMOVED,
    /** A delete marker hides the object. */
    DELETE_MARKER,
    /** No change: an S3 Batch Operations task asks for the object to be parsed again. */
    REPROCESS;

    /** The action of an S3 notification's {@code eventName}, or null for other events. */
    static Action ofEventName(String eventName) {
      if (eventName == null) {
        return null;
      }
      if (eventName.startsWith("ObjectCreated:")) {
        return CREATED;
      }
      if (eventName.equals("ObjectRemoved:DeleteMarkerCreated")) {
        return DELETE_MARKER;
      }
      return eventName.startsWith("ObjectRemoved:") ? REMOVED : null;
    }
  }
}
