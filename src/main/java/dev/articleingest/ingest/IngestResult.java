package dev.articleingest.ingest;

import dev.articleingest.model.Article;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.RejectionReason;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one event.
 *
 * @param ref the object
 * @param id the article id the object maps to
 * @param effect what the event did to the key: stored, rejected, deleted or skipped, with what
 *     belongs to that outcome only
 * @param format the input format's label ({@code text}), or {@code none} when nothing was parsed
 * @param bytes the object's size as read, or as announced when it was not read
 * @param timings where the time went
 * @param capacity the DynamoDB capacity the event consumed
 */
public record IngestResult(
    ObjectRef ref,
    String id,
    Effect effect,
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

  /** What an event did, with the facts of that outcome. */
  public sealed interface Effect {}

  /**
   * The article was stored.
   *
   * @param article what was stored
   * @param replaced whether it replaced an older article of the key
   * @param duplicateOf the id of an earlier article with the same content, or {@code null}
   */
  public record Stored(Article article, boolean replaced, String duplicateOf) implements Effect {
    public Stored {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * The object can never become an article.
   *
   * @param reason why, for machines
   * @param detail why, for people; never article text
   */
  public record Rejected(RejectionReason reason, String detail) implements Effect {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** The key's article was removed and a tombstone left. */
  public record Deleted() implements Effect {}

  /**
   * Nothing was done.
   *
   * @param why for people
   */
  public record Skipped(String why) implements Effect {
    public Skipped {
      Objects.requireNonNull(why, "why");
    }
  }

  public IngestResult {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(capacity, "capacity");
  }

  /** The outcome the effect stands for. */
  public Outcome outcome() {
    if (effect instanceof Stored stored) {
      return stored.replaced() ? Outcome.UPDATED : Outcome.STORED;
    }
    if (effect instanceof Rejected) {
      return Outcome.REJECTED;
    }
    return effect instanceof Deleted ? Outcome.DELETED : Outcome.SKIPPED;
  }

  /** Whether the event left an article in the table. */
  public boolean stored() {
    return effect instanceof Stored;
  }

  /** The stored article, when the event stored one. */
  public Optional<Article> article() {
    return effect instanceof Stored stored ? Optional.of(stored.article()) : Optional.empty();
  }

  /** The id of an earlier article with the same content, when the stored one is a duplicate. */
  public Optional<String> duplicateOf() {
    return effect instanceof Stored stored
        ? Optional.ofNullable(stored.duplicateOf())
        : Optional.empty();
  }

  /** The rejection reason, when the object was rejected. */
  public Optional<RejectionReason> reason() {
    return effect instanceof Rejected rejected ? Optional.of(rejected.reason()) : Optional.empty();
  }

  /** Why the object was rejected or the event skipped, for people. */
  public Optional<String> detail() {
    if (effect instanceof Rejected rejected) {
      return Optional.of(rejected.detail());
    }
    return effect instanceof Skipped skipped ? Optional.of(skipped.why()) : Optional.empty();
  }
}
