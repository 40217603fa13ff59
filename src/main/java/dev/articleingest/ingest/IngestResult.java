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
 * @param detail why, for rejections and skips; never article text
 * @param capacity the DynamoDB capacity the event consumed
 */
public record IngestResult(
    Outcome outcome,
    ObjectRef ref,
    String id,
    Article article,
    String duplicateOf,
    String detail,
    Capacity capacity) {

  /** The kinds of outcome. */
  public enum Outcome {
    /** Parsed and stored (new, or replacing an older version of the key). */
    STORED,
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

  public IngestResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(capacity, "capacity");
  }
}
