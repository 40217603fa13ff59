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
  private final String format;

  public InputRejectedException(RejectionReason reason, String message) {
    this(reason, message, null);
  }

  private InputRejectedException(RejectionReason reason, String message, String format) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.format = format;
  }

  /** The rejection for an object over the size limit ({@code MAX_OBJECT_BYTES}). */
  public static InputRejectedException tooLarge(long size, long maxBytes) {
    return new InputRejectedException(
        RejectionReason.TOO_LARGE,
        "the object is " + size + " bytes; the limit is " + maxBytes + " (MAX_OBJECT_BYTES)");
  }

  public RejectionReason reason() {
    return reason;
  }

  /** The input format the object was read as, or {@code null} when it was rejected before. */
  public String format() {
    return format;
  }

  /** The same rejection, saying which format the object was read as. */
  public InputRejectedException inFormat(String format) {
    InputRejectedException copy = new InputRejectedException(reason, getMessage(), format);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
