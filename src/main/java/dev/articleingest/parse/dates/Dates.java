package dev.articleingest.parse.dates;

import dev.articleingest.normalize.TextNormalizer;

import dev.articleingest.parse.profile.SourceProfile;

import dev.articleingest.model.Published;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages write them: ISO 8601, {@code 12 Feb, 2022 16:59}, {@code February 12, 2022
 * 4:59 PM EST}, {@code 12.02.2022 16:59}, {@code 12 февраля 2022 г., 16:59}, {@code 12. Februar
 * 2022, 16:59 Uhr}, {@code 12 février 2022 à 16h59}, {@code 12 de febrero de 2022 16:59}, RFC 1123,
 * epoch numbers, and {@code 3 hours ago} against the upload time. Month names and relative times
 * in English, Russian, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech and
 * Turkish.
 *
 * <p>Two entry points: {@link #line} reads a text line that is, as a whole, one or more labelled
 * dates ({@code Published: ... | Updated: ...}) and says which is which; a line with anything else
 * on it is not a date line, so body sentences that mention dates are left alone. {@link #value}
 * reads a metadata value (JSON-LD, meta tags, JSON fields).
 */
public final class Dates {

  /** Which time a date states. Only {@link #UPDATED} dates are modification times. */
  public enum Kind {
    PUBLISHED,
    UPDATED,
    UNLABELLED
  }

  /**
   * One date on a line.
   *
   * @param kind what its label says it is
   * @param time the time, in the zone the text or the profile gives
   * @param relative the relative phrase it was computed from ({@code 3 hours ago}), else null
   */
  public record Found(Kind kind, Published time, String relative) {}

  private static final Map<String, Integer> MONTHS = months();

  private static final Map<String, ZoneId> ZONE_NAMES = zoneNames();

  private static final String MONTH =
      "("
          + String.join(
              "|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
          + ")";

  private static final String TIME =
      "(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?";

  private static final String ZONE =
      "(z|[+-]\\d{2}:?\\d{2}|(?:utc|gmt)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|"
          + String.join("|", ZONE_NAMES.keySet())
          + ")";

  /**
   * Between the date and the time: a comma, "at", "à", "às", "um", "в", "a las", a dash or a bar.
   */
  private static final String DATE_TIME_SEPARATOR =
      "\\s*(?:,|\\bat\\b|à|às|\\bum\\b|\\bв\\b|\\ba las\\b|\\ba la\\b|-|–|—|\\||/)?\\s*";

  private static final String TIME_TAIL =
      "(?:" + DATE_TIME_SEPARATOR + TIME + "(?:\\s*\\(?" + ZONE + "\\)?)?(?:\\s*(?:uhr|ч\\.?))?)?";

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
              + "(z|[+-]\\d{2}:?\\d{2}|utc|gmt)?)?");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?"
              + MONTH
              + "(?:\\.|\\.?,?\\s+(?:de\\s+)?)(\\d{4})(?:\\s*(?:г\\.?|года))?,?"
              + TIME_TAIL);

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}),?" + TIME_TAIL);

  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}),?" + TIME_TAIL);

  /**
   * A numeric date with a two-digit year ({@code 31.10.23}, {@code 9/11/13 10:00AM}), read only as
   * a whole line or segment; the year is 20yy up to 69 and 19yy from 70, as POSIX reads {@code %y}.
   */
  private static final Pattern SHORT_NUMERIC =
      Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2}),?" + TIME_TAIL);

  /** Two-digit years up to this are this century's ({@code %y}'s pivot). */
  private static final int SHORT_YEAR_PIVOT = 69;

  /** {@code 14:05 EST, 15 October 2023}: the time first, then the date. */
  private static final Pattern TIME_FIRST =
      Pattern.compile(TIME + "(?:\\s*" + ZONE + ")?,?\\s+(.+)");

  private static final Pattern RELATIVE =
      Pattern.compile(
          "(\\d+|an?|one)\\s+(minute|min|hour|hr|day|week)s?\\s+ago"
              + "|(\\d+)\\s+(минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\\s+назад"
              + "|vor\\s+(\\d+)\\s+(minuten?|stunden?|tagen?)"
              + "|il y a\\s+(\\d+)\\s+(minutes?|heures?|jours?)"
              + "|hace\\s+(\\d+)\\s+(minutos?|horas?|días?)"
              + "|há\\s+(\\d+)\\s+(minutos?|horas?|dias?)"
              + "|(\\d+)\\s+(minut[io]|or[ae]|giorn[oi])\\s+fa"
              + "|(\\d+)\\s+(minuut|minuten|uur|dag|dagen)\\s+geleden"
              + "|před\\s+(\\d+)\\s+(minut(?:ou|ami)|hodin(?:ou|ami)|dn(?:em|y))"
              + "|(\\d+)\\s+(minut[ay]?|godzin[ay]?|dni|dzień)\\s+temu"
              + "|(\\d+)\\s+(dakika|saat|gün)\\s+önce");

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
              + "friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|"
              + "воскресенье|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|"
              + "mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
              + "viernes|sábado|domingo)\\.?,?\\s+");

  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "^(?:first published|originally published|published|posted|publication date|date"
              + "|опубликовано|дата публикации|veröffentlicht|erschienen|publié|publiée"
              + "|publicado|publicada|fecha de publicación)(?:\\s+(?:on|am|le|el|at))?\\s*:?\\s*");

  private static final Pattern UPDATED_LABEL =
      Pattern.compile(
          "^(?:last updated|updated|last modified|modified|обновлено|изменено"
              + "|zuletzt aktualisiert|aktualisiert|mis à jour|mise à jour|actualizado"
              + "|actualizada|última actualización)(?:\\s+(?:on|am|le|el|at))?\\s*:?\\s*");

  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+|\\s*;\\s+");

  /** A separator left at a date line's edge: "Jun 7, 2023, 8:54 PM UTC|". */
  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|·•/]+|[\\s|·•/]+$");

  /** A date line is short: a long line is a sentence that happens to hold a date. */
  private static final int MAX_LINE = 120;

  private Dates() {}

  /**
   * The dates on a line that holds nothing but dates and their labels, or an empty list.
   *
   * @param profile the source's zone for times without an offset, and its order of day and month in
   *     ambiguous numeric dates
   * @param uploadedAt the upload time relative dates count back from, or {@code null}
   */
  public static List<Found> line(String line, SourceProfile profile, Instant uploadedAt) {
    if (line.length() < 6 || line.length() > MAX_LINE || (uploadedAt == null && !hasYear(line))) {
      return List.of();
    }
    // with no upload time the year test above is mayHoldDate's whole test; with one, a relative
    // date's words are looked for in the folded line
    String folded = fold(line);
    return uploadedAt == null || mayHoldDate(folded, true)
        ? read(folded, profile, uploadedAt)
        : List.of();
  }

  /** The written and numeric dates {@link #within} looks for, each a whole date to {@link #whole}. */
  private static final List<Pattern> WRITTEN_DATES =
      List.of(ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC);

  /** Words that make the date after them a modification time, wherever they stand on a line. */
  private static final Pattern UPDATED_WORD =
      Pattern.compile(
          "updated|modified|aktualisiert|geändert|bearbeitet|обновлено|изменено|mis à jour"
              + "|mise à jour|actualizado|actualizada|actualización|atualizado|modifica");

  /** Words that make the date after them a publication time, wherever they stand on a line. */
  private static final Pattern PUBLISHED_WORD =
      Pattern.compile(
          "published|posted|veröffentlicht|erschienen|опубликовано|publié|publiée|publicado"
              + "|publicada|pubblicato|postado");

  /**
   * The written dates inside a line that holds other words too ({@code von Redaktion, 24. Januar
   * 2022}, {@code Veröffentlicht am 6. Juli 2015 von Mark Hosak}), left to right; a date is an
   * update when an update word stands between it and the date before. Unlike {@link #line}, this
   * says nothing of what the rest of the line is: the caller judges that (a sentence that
   * mentions a date is not a date line).
   */
  public static List<Found> within(String line, SourceProfile profile) {
    return within(line, profile, YEAR_LEAD);
  }

  /**
   * {@link #within}, each search starting {@code lead} characters before the next year (DatesTest
   * holds {@link #YEAR_LEAD} to a search from every place).
   */
  static List<Found> within(String line, SourceProfile profile, int lead) {
    if (line.length() < 6 || line.length() > MAX_LINE || !hasYear(line)) {
      return List.of();
    }
    String folded = fold(line);
    List<Found> found = new ArrayList<>(2);
    int from = 0;
    while (from < folded.length()) {
      int year = yearFrom(folded, from);
      if (year < 0) {
        break;
      }
      // every date holds a year with at most YEAR_LEAD characters before it, so no date starts
      // before the first year less that: the search starts there, not at every earlier place
      int searchFrom = Math.max(from, year - lead);
      int start = -1;
      int end = -1;
      for (Pattern pattern : WRITTEN_DATES) {
        Matcher m = pattern.matcher(folded);
        m.region(searchFrom, folded.length()).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.find() && (start < 0 || m.start() < start)) {
          start = m.start();
          end = m.end();
        }
      }
      if (start < 0) {
        break;
      }
      if (start > 0 && Character.isLetterOrDigit(folded.charAt(start - 1))) {
        from = start + 1; // inside a number or a word: "201914. januar" is two dates glued
        continue;
      }
      String before = folded.substring(from, start);
      Kind kind =
          UPDATED_WORD.matcher(before).find()
              ? Kind.UPDATED
              : PUBLISHED_WORD.matcher(before).find() ? Kind.PUBLISHED : Kind.UNLABELLED;
      whole(folded.substring(start, end).strip(), kind, profile, null).ifPresent(found::add);
      from = end;
    }
    return found;
  }

  /**
   * The most characters a written date holds before its year, with room to spare: "12th de
   * septiembre de " (day, suffix, "de", the longest month name, "de"), on a folded line, whose
   * runs of spaces are one.
   */
  static final int YEAR_LEAD = 40;

  /** Where the first run of four digits at or after {@code from} starts, or -1. */
  private static int yearFrom(String text, int from) {
    int run = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return i - 3;
      }
    }
    return -1;
  }

  /**
   * Whether a line is a relative time alone ({@code 3 hours ago}, {@code vor 2 Stunden}, {@code
   * před 2 hodinami}): a date line's shape even where no upload time says which day it was.
   */
  public static boolean isRelative(String line) {
    String folded = fold(line);
    return mayHoldDate(folded, true) && RELATIVE.matcher(folded).matches();
  }

  /** Words that every relative date holds, as {@link #RELATIVE} writes them. */
  private static final List<String> RELATIVE_WORDS =
      List.of("ago", "назад", "vor ", "il y a", "hace ", "há ", " fa", "geleden", "před ", "temu",
          "önce");

  /**
   * Whether a folded line can be a date line at all, a test that is cheap where the patterns are
   * not (most lines a dump asks about are not dates): every written or numeric date has a year of
   * four digits, and every relative one, read only against an upload time, one of the {@link
   * #RELATIVE_WORDS}. DatesTest holds {@link #read} to it on generated lines.
   */
  static boolean mayHoldDate(String folded, boolean relative) {
    if (yearFrom(folded, 0) >= 0) {
      return true;
    }
    if (relative) {
      for (String word : RELATIVE_WORDS) {
        if (folded.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a line, as it is, has a run of four ASCII digits: {@link #mayHoldDate}'s test without
   * relative words, on the line before it is folded (folding changes no digit, and joins or parts
   * no run of them), so that the many lines with no year are turned away before the fold's copies.
   */
  public static boolean hasYear(String line) {
    return yearFrom(line, 0) >= 0;
  }

  /**
   * The dates on a line that holds nothing but dates, one of them at least with a two-digit year
   * ({@code 19.10.19, 08:00 Uhr}, {@code 9/11/13 10:00AM}), or an empty list. Kept apart from
   * {@link #line}: a short numeric date is a date where a header's meta line stands, but anywhere
   * on a page it may be a score, a version or a fraction, so the line features and the date
   * model's candidates do not see it.
   */
  public static List<Found> shortYearLine(String line, SourceProfile profile) {
    if (line.length() < 6 || line.length() > MAX_LINE || !hasShortNumericDate(line)) {
      return List.of();
    }
    return read(fold(line), profile, null, true);
  }

  /**
   * Whether the text has a numeric date with a two-digit year ({@code 31.10.23}): one or two
   * digits, a dot or a slash, one or two digits, the same mark and two digits, with no digit or
   * mark and digit on either side (a version number, {@code 1.2.30.4}, is none).
   */
  static boolean hasShortNumericDate(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(text, i) || isDigit(text, i - 1) || isMarkAfterDigit(text, i - 1)) {
        continue;
      }
      int j = digits(text, i, 2);
      if (j == i || j >= n || (text.charAt(j) != '.' && text.charAt(j) != '/')) {
        continue;
      }
      char mark = text.charAt(j);
      int k = digits(text, j + 1, 2);
      if (k == j + 1 || k >= n || text.charAt(k) != mark) {
        continue;
      }
      int end = digits(text, k + 1, 3);
      if (end - (k + 1) == 2 && !(end + 1 < n && text.charAt(end) == mark && isDigit(text, end + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(String text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /** Whether a dot or slash at {@code i} follows a digit: the middle of a longer number. */
  private static boolean isMarkAfterDigit(String text, int i) {
    return i >= 1 && (text.charAt(i) == '.' || text.charAt(i) == '/') && isDigit(text, i - 1);
  }

  /** The index past the run of at most {@code max} digits from {@code from}. */
  private static int digits(String text, int from, int max) {
    int j = from;
    while (j < text.length() && j - from < max && isDigit(text, j)) {
      j++;
    }
    return j;
  }

  /** {@link #line}'s grammar, on a folded line. */
  static List<Found> read(String folded, SourceProfile profile, Instant uploadedAt) {
    return read(folded, profile, uploadedAt, false);
  }

  /** {@link #read}, and numeric dates with two-digit years when {@code shortYears}. */
  private static List<Found> read(
      String folded, SourceProfile profile, Instant uploadedAt, boolean shortYears) {
    String text = EDGE_SEPARATORS.matcher(folded).replaceAll("");
    List<Found> found = new ArrayList<>(2);
    String[] segments =
        containsAny(text, "|·•;") ? SEGMENT_SEPARATOR.split(text) : new String[] {text};
    for (String segment : segments) {
      Kind kind = Kind.UNLABELLED;
      int labelEnd = 0;
      Matcher label = UPDATED_LABEL.matcher(segment);
      if (label.find()) {
        kind = Kind.UPDATED;
        labelEnd = label.end();
      } else {
        label = PUBLISHED_LABEL.matcher(segment);
        if (label.find()) {
          kind = Kind.PUBLISHED;
          labelEnd = label.end();
        }
      }
      String rest = segment.substring(labelEnd).strip();
      Optional<Found> date = whole(rest, kind, profile, uploadedAt, shortYears);
      if (date.isEmpty()) {
        return List.of();
      }
      found.add(date.get());
    }
    return found;
  }

  /**
   * A metadata value as a time: ISO 8601 (with or without offset, date only), RFC 1123, epoch
   * seconds or milliseconds, or any of the written forms.
   */
  public static Optional<Published> value(String value, SourceProfile profile) {
    if (value == null || value.isBlank() || value.length() > MAX_LINE) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.matches("\\d{10}|\\d{13}")) {
      long number = Long.parseLong(text);
      return Optional.of(epoch(text.length() == 13 ? number : number * 1000));
    }
    try {
      ZonedDateTime rfc = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(new Published(rfc.toLocalDateTime(), rfc.getOffset()));
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    return whole(fold(text), Kind.UNLABELLED, profile, null).map(Found::time);
  }

  /** Epoch milliseconds as a UTC time. */
  public static Published epoch(long millis) {
    return new Published(
        LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /** The text as one date and nothing else. */
  private static Optional<Found> whole(
      String text, Kind kind, SourceProfile profile, Instant uploadedAt) {
    return whole(text, kind, profile, uploadedAt, false);
  }

  private static Optional<Found> whole(
      String text, Kind kind, SourceProfile profile, Instant uploadedAt, boolean shortYears) {
    ZoneId zone = profile.zone();
    int middle = text.length() / 2;
    if (text.length() % 2 == 1
        && text.charAt(middle) == ' '
        && text.regionMatches(0, text, middle + 1, middle)) {
      text = text.substring(0, middle); // "22 Dec, 2016 22 Dec, 2016": a date shown twice
    }
    text = WEEKDAY.matcher(text).replaceFirst("");
    if (text.endsWith(".") && !text.endsWith("m.")) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      Matcher m = ISO.matcher(text);
      if (m.matches()) {
        LocalDateTime local =
            LocalDateTime.of(
                integer(m.group(1)),
                integer(m.group(2)),
                integer(m.group(3)),
                m.group(4) == null ? 0 : integer(m.group(4)),
                m.group(5) == null ? 0 : integer(m.group(5)),
                m.group(6) == null ? 0 : integer(m.group(6)));
        return found(kind, local, m.group(7), zone);
      }
      m = DAY_MONTH_YEAR.matcher(text);
      if (m.matches()) {
        return found(
            kind,
            dateTime(integer(m.group(3)), MONTHS.get(m.group(2)), integer(m.group(1)), m, 4),
            m.group(8),
            zone);
      }
      m = MONTH_DAY_YEAR.matcher(text);
      if (m.matches()) {
        return found(
            kind,
            dateTime(integer(m.group(3)), MONTHS.get(m.group(1)), integer(m.group(2)), m, 4),
            m.group(8),
            zone);
      }
      m = NUMERIC.matcher(text);
      if (m.matches()) {
        return numeric(kind, m, integer(m.group(4)), false, profile, zone);
      }
      if (shortYears) {
        m = SHORT_NUMERIC.matcher(text);
        if (m.matches()) {
          int year = integer(m.group(4));
          return numeric(
              kind, m, year + (year <= SHORT_YEAR_PIVOT ? 2000 : 1900), true, profile, zone);
        }
      }
    } catch (DateTimeException e) {
      return Optional.empty(); // 31 February and the like: not a date
    }
    Matcher first = TIME_FIRST.matcher(text);
    if (first.matches() && !first.group(6).matches(".*\\d{1,2}[:.h]\\d{2}.*")) {
      Optional<Found> date = whole(first.group(6), kind, profile, null);
      if (date.isPresent()
          && date.get().time().local().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
        try {
          int hour = integer(first.group(1));
          String half = first.group(4);
          if (half != null) {
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
          }
          LocalDateTime local =
              date.get().time().local().withHour(hour).withMinute(integer(first.group(2)));
          return found(kind, local, first.group(5), zone);
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    if (uploadedAt != null) {
      Matcher m = RELATIVE.matcher(text);
      if (m.matches()) {
        Instant at = uploadedAt.minus(relative(m));
        return Optional.of(
            new Found(
                kind,
                new Published(LocalDateTime.ofInstant(at, ZoneOffset.UTC), ZoneOffset.UTC),
                text));
      }
    }
    return Optional.empty();
  }

  private static LocalDateTime dateTime(int year, int month, int day, Matcher m, int timeGroup) {
    if (m.group(timeGroup) == null) {
      return LocalDateTime.of(year, month, day, 0, 0);
    }
    int hour = integer(m.group(timeGroup));
    String half = m.group(timeGroup + 3);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("12-hour clock out of range");
      }
      boolean pm = half.startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    int second = m.group(timeGroup + 2) == null ? 0 : integer(m.group(timeGroup + 2));
    return LocalDateTime.of(year, month, day, hour, integer(m.group(timeGroup + 1)), second);
  }

  /**
   * A {@link #NUMERIC} or {@link #SHORT_NUMERIC} match as a date. 12.02.2022 is day first
   * everywhere. With slashes, a number over 12 settles the order; otherwise the source profile's
   * dateOrder does (day first unless it says MDY, as US sites write 02/12/2022). With {@code
   * anyMark} (two-digit years), a second number over 12 is the day whatever the mark (10.15.15).
   */
  private static Optional<Found> numeric(
      Kind kind, Matcher m, int year, boolean anyMark, SourceProfile profile, ZoneId zone) {
    int first = integer(m.group(1));
    int second = integer(m.group(3));
    boolean slash = m.group(2).equals("/");
    boolean monthFirst =
        (slash || anyMark) && second > 12 || slash && first <= 12 && profile.monthFirst();
    return found(
        kind,
        dateTime(year, monthFirst ? first : second, monthFirst ? second : first, m, 5),
        m.group(9),
        zone);
  }

  private static Optional<Found> found(
      Kind kind, LocalDateTime local, String zoneText, ZoneId profileZone) {
    ZoneId zone = zoneText == null ? profileZone : zone(zoneText);
    return Optional.of(new Found(kind, new Published(local, zone), null));
  }

  private static ZoneId zone(String text) {
    String t = text.replace(" ", "");
    ZoneId named = ZONE_NAMES.get(t);
    if (named != null) {
      return named;
    }
    if (t.equals("z")) {
      return ZoneOffset.UTC;
    }
    if (t.startsWith("utc") || t.startsWith("gmt")) {
      t = t.substring(3);
    }
    String sign = t.substring(0, 1);
    String digits = t.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    int sign1 = sign.equals("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign1 * hours, sign1 * minutes);
  }

  private static Duration relative(Matcher m) {
    for (int g = 1; g < m.groupCount(); g += 2) {
      if (m.group(g) != null) {
        String amount = m.group(g);
        long n = amount.matches("\\d+") ? Long.parseLong(amount) : 1;
        String unit = m.group(g + 1);
        if (unit.startsWith("min") || unit.startsWith("мин") || unit.equals("dakika")) {
          return Duration.ofMinutes(n);
        }
        if (unit.startsWith("h")
            || unit.startsWith("час")
            || unit.startsWith("stund")
            || unit.startsWith("or")
            || unit.equals("uur")
            || unit.startsWith("godzin")
            || unit.equals("saat")) {
          return Duration.ofHours(n);
        }
        if (unit.startsWith("week")) {
          return Duration.ofDays(7 * n);
        }
        return Duration.ofDays(n);
      }
    }
    throw new IllegalStateException("relative date without amount: " + m.group());
  }

  /** Lower case (root locale), NFC, single spaces: the form every pattern here expects. */
  static String fold(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT)
            .replace('\u00A0', ' ');
    return TextNormalizer.collapseAsciiSpaces(folded).strip(); // \\s+ as " "
  }

  /** Whether the text holds any of the characters. */
  public static boolean containsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int integer(String digits) {
    return Integer.parseInt(digits);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new HashMap<>();
    String[][] names = {
      // English, Russian (genitive and nominative), German, French, Spanish; full and short
      {
        "january", "jan", "января", "январь", "янв", "januar", "jänner", "janvier", "janv", "enero",
        "ene"
      },
      {
        "february",
        "feb",
        "февраля",
        "февраль",
        "фев",
        "февр",
        "februar",
        "février",
        "févr",
        "fevrier",
        "febrero"
      },
      {"march", "mar", "марта", "март", "märz", "mär", "mrz", "mars", "marzo"},
      {"april", "apr", "апреля", "апрель", "апр", "avril", "avr", "abril", "abr"},
      {"may", "мая", "май", "mai", "mayo"},
      {"june", "jun", "июня", "июнь", "июн", "juni", "juin", "junio"},
      {"july", "jul", "июля", "июль", "июл", "juli", "juillet", "juil", "julio"},
      {"august", "aug", "августа", "август", "авг", "août", "aout", "agosto", "ago"},
      {
        "september",
        "sep",
        "sept",
        "сентября",
        "сентябрь",
        "сен",
        "сент",
        "septembre",
        "septiembre",
        "setiembre"
      },
      {"october", "oct", "октября", "октябрь", "окт", "oktober", "okt", "octobre", "octubre"},
      {"november", "nov", "ноября", "ноябрь", "ноя", "novembre", "noviembre"},
      {
        "december",
        "dec",
        "декабря",
        "декабрь",
        "дек",
        "dezember",
        "dez",
        "décembre",
        "déc",
        "decembre",
        "diciembre",
        "dic"
      }
    };
    // Portuguese, Italian, Dutch, Polish (genitive), Czech (genitive), Turkish: full names, and
    // the short ones no other month or word shares
    String[][] more = {
      {"janeiro", "gennaio", "januari", "stycznia", "ledna", "ocak"},
      {"fevereiro", "febbraio", "februari", "lutego", "února", "şubat"},
      {"março", "marco", "maart", "marca", "března", "mart"},
      {"aprile", "kwietnia", "dubna", "nisan"},
      {"maio", "maggio", "mei", "maja", "května", "mayıs"},
      {"junho", "giugno", "czerwca", "června", "haziran"},
      {"julho", "luglio", "lipca", "července", "temmuz"},
      {"augustus", "sierpnia", "srpna", "ağustos"},
      {"setembro", "settembre", "września", "září", "eylül"},
      {"outubro", "ottobre", "października", "října", "ekim"},
      {"novembro", "listopada", "listopadu", "kasım"},
      {"dezembro", "dicembre", "grudnia", "prosince", "aralık"}
    };
    for (String[][] table : List.of(names, more)) {
      for (int month = 0; month < table.length; month++) {
        for (String name : table[month]) {
          months.put(name, month + 1);
        }
      }
    }
    return months;
  }

  private static Map<String, ZoneId> zoneNames() {
    Map<String, ZoneId> zones = new HashMap<>();
    zones.put("utc", ZoneOffset.UTC);
    zones.put("gmt", ZoneOffset.UTC);
    zones.put("est", ZoneOffset.ofHours(-5));
    zones.put("edt", ZoneOffset.ofHours(-4));
    zones.put("cst", ZoneOffset.ofHours(-6));
    zones.put("cdt", ZoneOffset.ofHours(-5));
    zones.put("mst", ZoneOffset.ofHours(-7));
    zones.put("mdt", ZoneOffset.ofHours(-6));
    zones.put("pst", ZoneOffset.ofHours(-8));
    zones.put("pdt", ZoneOffset.ofHours(-7));
    zones.put("et", ZoneId.of("America/New_York"));
    zones.put("bst", ZoneOffset.ofHours(1));
    zones.put("cet", ZoneOffset.ofHours(1));
    zones.put("cest", ZoneOffset.ofHours(2));
    zones.put("mez", ZoneOffset.ofHours(1));
    zones.put("mesz", ZoneOffset.ofHours(2));
    zones.put("eet", ZoneOffset.ofHours(2));
    zones.put("eest", ZoneOffset.ofHours(3));
    zones.put("msk", ZoneOffset.ofHours(3));
    zones.put("мск", ZoneOffset.ofHours(3));
    zones.put("jst", ZoneOffset.ofHours(9));
    zones.put("aest", ZoneOffset.ofHours(10));
    zones.put("aedt", ZoneOffset.ofHours(11));
    return zones;
  }
}
