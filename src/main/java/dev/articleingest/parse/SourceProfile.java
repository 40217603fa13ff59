package dev.articleingest.parse;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What we know about one publishing site.
 *
 * @param zone the zone the site's dates are written in, or {@code null} when unknown
 * @param boilerplate whole-line patterns of page chrome to drop (case-insensitive)
 */
public record SourceProfile(ZoneId zone, List<Pattern> boilerplate) {

  public SourceProfile {
    boilerplate = List.copyOf(boilerplate);
  }

  /** Whether a whole line is known page chrome for this site. */
  public boolean isBoilerplate(String line) {
    for (Pattern pattern : boilerplate) {
      if (pattern.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
