package dev.articleingest.parse;

import dev.articleingest.model.Published;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a line that is, as a whole, a publication date and time ({@code 12 Feb, 2022 16:59},
 * {@code February 12, 2022 4:59 PM}, {@code 2022-02-12T16:59:00+03:00}, ...). A line with anything
 * else on it is not a date line: body sentences that mention dates are left alone.
 */
final class DateLines {

  /** Labels some sites print before the date; the label itself is not part of the date. */
  private static final Pattern LABEL =
      Pattern.compile("^(?:published|posted|updated|date)\\s*:?\\s*", Pattern.CASE_INSENSITIVE);

  private static final List<DateTimeFormatter> LOCAL_FORMATS =
      List.of(
              "d MMM, uuuu HH:mm",
              "d MMM uuuu HH:mm",
              "d MMM, uuuu, HH:mm",
              "d MMMM uuuu HH:mm",
              "d MMMM, uuuu HH:mm",
              "MMM d, uuuu h:mm a",
              "MMMM d, uuuu h:mm a",
              "MMM d, uuuu HH:mm",
              "MMMM d, uuuu HH:mm",
              "uuuu-MM-dd HH:mm",
              "uuuu-MM-dd HH:mm:ss",
              "dd.MM.uuuu HH:mm",
              "uuuu-MM-dd'T'HH:mm[:ss]")
          .stream()
          .map(DateLines::formatter)
          .toList();

  private DateLines() {}

  /**
   * The publication time on this line, with the profile's zone unless the line states an offset.
   */
  static Optional<Published> parse(String line, ZoneId profileZone) {
    String text = LABEL.matcher(line).replaceFirst("").strip();
    if (text.length() < 8 || text.length() > 40 || !Character.isLetterOrDigit(text.charAt(0))) {
      return Optional.empty();
    }
    try {
      OffsetDateTime withOffset = OffsetDateTime.parse(text);
      return Optional.of(new Published(withOffset.toLocalDateTime(), withOffset.getOffset()));
    } catch (DateTimeParseException e) {
      // no offset in the text: try the local forms
    }
    for (DateTimeFormatter format : LOCAL_FORMATS) {
      try {
        return Optional.of(new Published(LocalDateTime.parse(text, format), profileZone));
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
