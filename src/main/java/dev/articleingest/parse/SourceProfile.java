package dev.articleingest.parse;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What we know about one publishing site.
 *
 * @param zone the zone the site's dates are written in, or {@code null} when unknown
 * @param boilerplate whole-line patterns of page chrome to drop (case-insensitive)
 * @param charset the encoding the site's pages are in when they do not say, or {@code null}
 */
public record SourceProfile(ZoneId zone, List<Pattern> boilerplate, String charset) {

  /** Longer than this, a line is prose: no boilerplate pattern is meant for it. */
  private static final int MAX_BOILERPLATE_LINE = 400;

  public SourceProfile {
    boilerplate = List.copyOf(boilerplate);
  }

  /** Whether a whole line is known page chrome for this site. */
  public boolean isBoilerplate(String line) {
    if (line.length() > MAX_BOILERPLATE_LINE) {
      return false;
    }
    // "Share this story!", "Advertisement." : trailing punctuation does not make chrome prose
    String bare = line;
    while (!bare.isEmpty() && ".!…:".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
      bare = bare.substring(0, bare.length() - 1).stripTrailing();
    }
    for (Pattern pattern : boilerplate) {
      if (pattern.matcher(line).matches() || pattern.matcher(bare).matches()) {
        return true;
      }
    }
    return false;
  }
}
