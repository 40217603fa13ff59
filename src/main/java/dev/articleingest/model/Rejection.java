package dev.articleingest.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A key whose newest object could not become an article.
 *
 * @param id the article id the key maps to
 * @param object the object that was rejected (still in S3, untouched)
 * @param reason why, as a stable code
 * @param message why, for a person
 * @param parserVersion the parser version that rejected it
 * @param rejectedAt when
 */
public record Rejection(
    String id,
    ObjectRef object,
    RejectionReason reason,
    String message,
    int parserVersion,
    Instant rejectedAt) {

  public Rejection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rejectedAt, "rejectedAt");
  }
}
