package dev.articleingest.parse.profile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-line patterns (case-insensitive), of which a line is tried only against those that can
 * match a line starting with its first two characters. Immutable and thread-safe.
 *
 * <p>Which patterns those are is asked of the regex engine itself: a pattern tried on the two
 * characters alone that neither matches nor reads past their end ({@link Matcher#hitEnd}) fails the
 * same way on every line that starts with them. Most lines of prose start in a way few chrome
 * patterns can, so most patterns are never tried (bench/parse-throughput.sh).
 */
final class LineAlternation {

  /** The same flags for every pattern, whatever flags it was given with. */
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Line starts remembered at most; past that, a new start's patterns are asked every time. */
  static final int MAX_REMEMBERED = 16_384;

  private final List<Pattern> patterns;
  private final boolean matchesEmpty;

  /**
   * Per line start (one or two code points), the patterns that may match. Nothing is compiled for a
   * new start, only asked of the patterns: the first article of a cold start meets many.
   */
  private final Map<String, int[]> byStart = new ConcurrentHashMap<>();

  LineAlternation(List<String> regexes) {
    this.patterns = new ArrayList<>(regexes.size());
    for (String regex : regexes) {
      patterns.add(Pattern.compile(regex, FLAGS));
    }
    this.matchesEmpty = patterns.stream().anyMatch(pattern -> pattern.matcher("").matches());
  }

  /** Whether one of the patterns matches the region {@code [start, end)} of the line as a whole. */
  boolean matches(String line, int start, int end) {
    if (start == end) {
      return matchesEmpty;
    }
    for (int candidate : forStart(lineStart(line, start, end))) {
      if (patterns.get(candidate).matcher(line).region(start, end).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The region's first two code points, or one when that is all it has. */
  private static String lineStart(String line, int start, int end) {
    int second = line.offsetByCodePoints(start, 1);
    return line.substring(start, second < end ? line.offsetByCodePoints(second, 1) : second);
  }

  private int[] forStart(String lineStart) {
    int[] known = byStart.get(lineStart);
    if (known != null) {
      return known;
    }
    int[] chosen = startingWith(lineStart).stream().toArray();
    if (byStart.size() < MAX_REMEMBERED) {
      byStart.put(lineStart, chosen);
    }
    return chosen;
  }

  /** The patterns that can match some line starting with the given characters. */
  BitSet startingWith(String lineStart) {
    BitSet set = new BitSet();
    for (int i = 0; i < patterns.size(); i++) {
      Matcher matcher = patterns.get(i).matcher(lineStart);
      if (matcher.matches() || matcher.hitEnd()) {
        set.set(i);
      }
    }
    return set;
  }
}
