package dev.articleingest.parse;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** What we know about one publishing site. Immutable and thread-safe. */
public final class SourceProfile {

  /** Longer than this, a line is prose: no boilerplate pattern is meant for it. */
  private static final int MAX_BOILERPLATE_LINE = 400;

  private final ZoneId zone;
  private final List<Pattern> boilerplate;
  private final String charset;
  private final boolean monthFirst;

  /** All patterns as one alternation, matched once per line instead of once per pattern. */
  private final Pattern anyBoilerplate;

  /**
   * @param zone the zone the site's dates are written in, or {@code null} when unknown
   * @param boilerplate whole-line patterns of page chrome to drop (case-insensitive)
   * @param charset the encoding the site's pages are in when they do not say, or {@code null}
   * @param monthFirst whether the site writes ambiguous numeric dates month first (02/12/2022)
   */
  public SourceProfile(ZoneId zone, List<Pattern> boilerplate, String charset, boolean monthFirst) {
    this.zone = zone;
    this.boilerplate = List.copyOf(boilerplate);
    this.charset = charset;
    this.monthFirst = monthFirst;
    StringBuilder alternation = new StringBuilder();
    for (Pattern pattern : this.boilerplate) {
      alternation.append(alternation.length() == 0 ? "" : "|");
      alternation.append("(?:").append(pattern.pattern()).append(')');
    }
    this.anyBoilerplate =
        Pattern.compile(
            alternation.length() == 0 ? "(?!)" : alternation.toString(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The zone the site's dates are written in, or {@code null} when unknown. */
  public ZoneId zone() {
    return zone;
  }

  /** Whole-line patterns of page chrome to drop (case-insensitive). */
  public List<Pattern> boilerplate() {
    return boilerplate;
  }

  /** The encoding the site's pages are in when they do not say, or {@code null}. */
  public String charset() {
    return charset;
  }

  /** A profile with day-first numeric dates. */
  public SourceProfile(ZoneId zone, List<Pattern> boilerplate, String charset) {
    this(zone, boilerplate, charset, false);
  }

  /** Whether the site writes ambiguous numeric dates month first ({@code dateOrder: MDY}). */
  public boolean monthFirst() {
    return monthFirst;
  }

  /** Whether a whole line is known page chrome for this site. */
  public boolean isBoilerplate(String line) {
    if (line.length() > MAX_BOILERPLATE_LINE) {
      return false;
    }
    if (anyBoilerplate.matcher(line).matches()) {
      return true;
    }
    // "Share this story!", "Advertisement." : trailing punctuation does not make chrome prose
    int end = line.length();
    while (end > 0 && ".!…:".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end < line.length() && anyBoilerplate.matcher(line.substring(0, end).strip()).matches();
  }
}
