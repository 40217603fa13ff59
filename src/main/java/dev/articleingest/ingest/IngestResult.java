package dev.articleingest.ingest;

import dev.articleingest.model.Article;
import dev.articleingest.model.ObjectRef;
import java.util.Objects;

/**
 * What happened to one object.
 *
 * @param outcome stored, rejected or skipped
 * @param ref the object
 * @param id the article id the object maps to
 * @param article the stored article when {@code outcome} is {@link Outcome#STORED}, else null
 * @param detail why, for rejections and skips; never article text
 */
public record IngestResult(
    Outcome outcome, ObjectRef ref, String id, Article article, String detail) {

  /** The kinds of outcome. */
  public enum Outcome {
    /** Parsed and stored (a re-delivery stores the same article again). */
    STORED,
    /** The object can never become an article; a rejection record was written. */
    REJECTED,
    /** The object version is gone; nothing to do, a newer event covers what replaced it. */
    SKIPPED
  }

  public IngestResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(id, "id");
  }
}
