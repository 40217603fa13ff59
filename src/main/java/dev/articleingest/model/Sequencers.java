package dev.articleingest.model;

import java.util.Locale;

/**
 * S3 sequencers of one key compare as AWS documents: left-pad the shorter hex value with zeros,
 * then compare as strings. Stored padded to a fixed width, DynamoDB's string comparison in a
 * condition expression does exactly that.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html">Event
 *     message structure: sequencer</a>
 */
public final class Sequencers {

  /** Padded width: longer than any sequencer S3 emits (they are 16 to 18 hex digits). */
  public static final int WIDTH = 40;

  private static final String ZEROS = "0".repeat(WIDTH);

  private Sequencers() {}

  /**
   * The sortable form of a sequencer: upper-case, left-padded with zeros. {@code null} (no
   * sequencer) sorts before every real one.
   *
   * @throws IllegalArgumentException when it is not hex or longer than {@value #WIDTH} digits
   */
  public static String order(String sequencer) {
    if (sequencer == null || sequencer.isEmpty()) {
      return ZEROS;
    }
    String hex = sequencer.toUpperCase(Locale.ROOT);
    if (hex.length() > WIDTH || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("not an S3 sequencer: " + sequencer);
    }
    return ZEROS.substring(hex.length()) + hex;
  }
}
