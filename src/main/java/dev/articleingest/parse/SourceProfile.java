package dev.articleingest.parse;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What we know about one publishing site. Immutable and thread-safe. */
public final class SourceProfile {

  /** Longer than this, a line is prose: no boilerplate pattern is meant for it. */
  private static final int MAX_BOILERPLATE_LINE = 400;

  private final ZoneId zone;
  private final List<Pattern> boilerplate;
  private final String charset;
  private final boolean monthFirst;

  /**
   * The patterns without {@code needs}, as one alternation matched once per line instead of once
   * per pattern.
   */
  private final Pattern anyBoilerplate;

  /**
   * Patterns that are only tried on a line holding one of their needed words: the ones that look
   * anywhere in a line ({@code .*cookie.*}), which would otherwise cost a scan of every line.
   */
  private final List<Guarded> guarded;

  private record Guarded(Pattern pattern, List<String> needs) {
    boolean mayMatch(String lowerCaseLine) {
      for (String need : needs) {
        if (lowerCaseLine.contains(need)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * @param zone the zone the site's dates are written in, or {@code null} when unknown
   * @param boilerplate whole-line patterns of page chrome to drop (case-insensitive)
   * @param charset the encoding the site's pages are in when they do not say, or {@code null}
   * @param monthFirst whether the site writes ambiguous numeric dates month first (02/12/2022)
   */
  public SourceProfile(ZoneId zone, List<Pattern> boilerplate, String charset, boolean monthFirst) {
    this(zone, boilerplate, Map.of(), charset, monthFirst);
  }

  /**
   * @param needs for some of the patterns, words (lower case) of which a line must hold one for the
   *     pattern to match it: a fast check before the regex
   */
  SourceProfile(
      ZoneId zone,
      List<Pattern> boilerplate,
      Map<Pattern, List<String>> needs,
      String charset,
      boolean monthFirst) {
    this.zone = zone;
    this.boilerplate = List.copyOf(boilerplate);
    this.charset = charset;
    this.monthFirst = monthFirst;
    List<Guarded> guarded = new ArrayList<>();
    StringBuilder alternation = new StringBuilder();
    for (Pattern pattern : this.boilerplate) {
      List<String> words = needs.get(pattern);
      if (words != null && !words.isEmpty()) {
        guarded.add(new Guarded(pattern, List.copyOf(words)));
        continue;
      }
      alternation.append(alternation.length() == 0 ? "" : "|");
      alternation.append("(?:").append(pattern.pattern()).append(')');
    }
    this.anyBoilerplate =
        Pattern.compile(
            alternation.length() == 0 ? "(?!)" : alternation.toString(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.guarded = List.copyOf(guarded);
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
    if (matchesAny(line)) {
      return true;
    }
    // "Share this story!", "Advertisement." : trailing punctuation does not make chrome prose
    int end = line.length();
    while (end > 0 && ".!…:".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end < line.length() && matchesAny(line.substring(0, end).strip());
  }

  private boolean matchesAny(String line) {
    if (anyBoilerplate.matcher(line).matches()) {
      return true;
    }
    if (guarded.isEmpty()) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (Guarded rule : guarded) {
      if (rule.mayMatch(lower) && rule.pattern().matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
