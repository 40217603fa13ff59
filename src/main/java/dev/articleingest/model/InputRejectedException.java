package dev.articleingest.model;

import java.util.Objects;

/**
 * Input that can never become an article. Retrying cannot help, so this is recorded as a rejection
 * and never fails the invocation. The message is for a person and says what to fix; it never
 * contains article text.
 */
public final class InputRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RejectionReason reason;

  public InputRejectedException(RejectionReason reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public RejectionReason reason() {
    return reason;
  }
}
