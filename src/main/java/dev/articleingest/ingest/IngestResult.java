package dev.articleingest.ingest;

import dev.articleingest.model.Article;
import dev.articleingest.model.ObjectRef;
import java.util.Objects;

/**
 * What happened to one event.
 *
 * @param outcome stored, rejected, deleted or skipped
 * @param ref the object
 * @param id the article id the object maps to
 * @param article the stored article when {@code outcome} is {@link Outcome#STORED}, else null
 * @param duplicateOf id of an earlier article with the same content, when stored as a duplicate
 * @param reason the rejection reason for {@link Outcome#REJECTED}, else null
 * @param detail why, for rejections and skips; never article text
 * @param format the input format's label ({@code text}), or {@code none} when nothing was parsed
 * @param bytes the object's size as read, or as announced when it was not read
 * @param timings where the time went
 * @param capacity the DynamoDB capacity the event consumed
 */
public record IngestResult(
    Outcome outcome,
    ObjectRef ref,
    String id,
    Article article,
    String duplicateOf,
    String reason,
    String detail,
    String format,
    long bytes,
    Timings timings,
    Capacity capacity) {

  /** The kinds of outcome. */
  public enum Outcome {
    /** Parsed and stored: the key had no article before. */
    STORED,
    /** Parsed and stored, replacing the key's older article. */
    UPDATED,
    /** The object can never become an article; the key's state says why. */
    REJECTED,
    /** The key's article was removed and a tombstone left. */
    DELETED,
    /**
     * Nothing to do: the event was already applied, a newer one was, or the object version it names
     * is gone (a newer event covers what replaced it).
     */
    SKIPPED
  }

  /** Whether the event left an article in the table. */
  public boolean stored() {
    return outcome == Outcome.STORED || outcome == Outcome.UPDATED;
  }

  public IngestResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(capacity, "capacity");
  }
}
