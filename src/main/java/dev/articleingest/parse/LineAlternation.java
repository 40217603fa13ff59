package dev.articleingest.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-line patterns (case-insensitive) matched as one alternation, where each line is tried only
 * against the patterns that can match a line starting with its first two characters. Immutable and
 * thread-safe.
 *
 * <p>Which patterns those are is asked of the regex engine itself: a pattern tried on the two
 * characters alone that neither matches nor reads past their end ({@link Matcher#hitEnd}) fails the
 * same way on every line that starts with them. Most lines of prose start in a way few chrome
 * patterns can, so most of the alternation is never tried (bench/parse-throughput.sh).
 */
final class LineAlternation {

  /** The same flags for every pattern, whatever flags it was given with. */
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Line starts remembered at most; past that, lines starting otherwise try every pattern. */
  static final int MAX_REMEMBERED = 16_384;

  private final List<Pattern> patterns;
  private final boolean matchesEmpty;

  /** Per line start (one or two code points), the alternation of the patterns that may match. */
  private final Map<String, Pattern> byStart = new ConcurrentHashMap<>();

  /** One alternation per distinct set of patterns, shared by the characters that select it. */
  private final Map<BitSet, Pattern> bySet = new ConcurrentHashMap<>();

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
    return forStart(lineStart(line, start, end)).matcher(line).region(start, end).matches();
  }

  /** The region's first two code points, or one when that is all it has. */
  private static String lineStart(String line, int start, int end) {
    int second = line.offsetByCodePoints(start, 1);
    return line.substring(start, second < end ? line.offsetByCodePoints(second, 1) : second);
  }

  private Pattern forStart(String lineStart) {
    Pattern known = byStart.get(lineStart);
    if (known != null) {
      return known;
    }
    Pattern chosen = bySet.computeIfAbsent(startingWith(lineStart), this::alternation);
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

  private Pattern alternation(BitSet set) {
    StringBuilder regex = new StringBuilder();
    for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
      regex.append(regex.length() == 0 ? "" : "|");
      regex.append("(?:").append(patterns.get(i).pattern()).append(')');
    }
    return Pattern.compile(regex.length() == 0 ? "(?!)" : regex.toString(), FLAGS);
  }
}
