package dev.articleingest.ingest;

import java.util.Objects;

/**
 * What the table currently says about one key: the kind of state and the event that set it.
 *
 * @param kind article, rejection or tombstone
 * @param sequencerOrder the padded sequencer of the event that set it (see {@code Sequencers})
 * @param parserVersion the parser version that produced it; 0 for tombstones
 * @param versionId the S3 version it describes, or {@code null}
 * @param eTag the ETag of the object it describes, or {@code null} (tombstones have none)
 * @param sequencer the raw sequencer of the event that set it, or {@code null}
 * @param bodyRevision the body revision an article state names, or {@code null}
 */
public record KeyState(
    Kind kind,
    String sequencerOrder,
    int parserVersion,
    String versionId,
    String eTag,
    String sequencer,
    String bodyRevision) {

  /** The kinds of state a key can be in. */
  public enum Kind {
    ARTICLE,
    REJECTION,
    TOMBSTONE
  }

  public KeyState {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sequencerOrder, "sequencerOrder");
  }
}
