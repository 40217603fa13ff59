package dev.articleingest.parse.profile;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What we know about one publishing site. Immutable and thread-safe. */
public final class SourceProfile {

  /** Longer than this, a line is prose: no boilerplate pattern is meant for it. */
  private static final int MAX_BOILERPLATE_LINE = 400;

  private final ZoneId zone;
  private final List<Pattern> boilerplate;
  private final String charset;
  private final boolean monthFirst;

  /** The patterns without {@code needs}, each tried only on lines whose start it can match. */
  private final LineAlternation anyBoilerplate;

  /**
   * Patterns that are only tried on a line holding one of their needed words: the ones that look
   * anywhere in a line ({@code .*cookie.*}), which would otherwise cost a scan of every line.
   */
  private final List<Guarded> guarded;

  /** A pattern and the words (lower case) a line must hold one of for it to match. */
  private static final class Guarded {
    private final Pattern pattern;
    private final String[] needs;

    /** Per word, {@link #charMask} of it. */
    private final long[] needMasks;

    /** The longest text the pattern can match, from its {@link #LENGTH_CAP}; else no limit. */
    private final int maxLength;

    Guarded(Pattern pattern, List<String> needs) {
      this.pattern = pattern;
      this.maxLength = maxLength(pattern);
      this.needs = needs.toArray(String[]::new);
      this.needMasks = new long[this.needs.length];
      for (int i = 0; i < this.needs.length; i++) {
        needMasks[i] = charMask(this.needs[i]);
      }
    }

    /**
     * Whether the line holds one of the words. A word with a character the line's lower case cannot
     * hold ({@link #foldedCharMask}) is not looked for: most lines are scanned for a few of the
     * words or none, and lower-cased only when one is looked for.
     */
    boolean mayMatch(String line, long lineMask, LowerCase lower) {
      for (int i = 0; i < needs.length; i++) {
        if ((needMasks[i] & ~lineMask) == 0 && lower.of(line).contains(needs[i])) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A pattern that opens with {@code (?=.{0,N}$)} cannot match more than N characters and a final
   * line terminator (two for CR LF: {@code $} matches before one), so a longer text is not tried:
   * prose paragraphs hold the needed words often enough to cost a lower-casing and a scan each.
   */
  static final Pattern LENGTH_CAP = Pattern.compile("\\(\\?=\\.\\{0,(\\d{1,4})\\}\\$\\)");

  /**
   * The longest text the pattern can match by its opening {@link #LENGTH_CAP}, or {@link
   * Integer#MAX_VALUE}: also when the cap might not bind the whole pattern (an alternation outside
   * any group, multiline or comments mode, a quoted section this scan does not read).
   */
  static int maxLength(Pattern pattern) {
    String regex = pattern.pattern();
    Matcher cap = LENGTH_CAP.matcher(regex);
    if (!cap.lookingAt()
        || (pattern.flags() & (Pattern.MULTILINE | Pattern.COMMENTS)) != 0
        || regex.contains("\\Q")
        || regex.contains("(?x")
        || hasTopLevelAlternation(regex)) {
      return Integer.MAX_VALUE;
    }
    return Integer.parseInt(cap.group(1)) + 2;
  }

  /** Whether a {@code |} stands outside every group and character class of the expression. */
  static boolean hasTopLevelAlternation(String regex) {
    int depth = 0;
    int classDepth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++; // the escaped character, whatever it is
      } else if (classDepth > 0) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']') {
          classDepth--;
        }
      } else if (c == '[') {
        classDepth = 1;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++; // a class's first character is itself, even ']'
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth <= 0) {
        return true;
      }
    }
    return false;
  }

  /** A line lower-cased at most once, when a word is looked for in it. */
  private static final class LowerCase {
    private String lower;

    String of(String line) {
      if (lower == null) {
        lower = line.toLowerCase(Locale.ROOT);
      }
      return lower;
    }
  }

  /** Per ASCII character, its bit and, for a capital, its small letter's. */
  private static final long[] ASCII_BITS = new long[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_BITS[c] = bit(c) | bit(Character.toLowerCase(c));
    }
  }

  private static long bit(int c) {
    return 1L << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 38);
  }

  /**
   * Which characters a text holds, in 64 bits: one bit per letter a-z, the other characters sharing
   * the rest. A text can only contain another if it has every bit of the other's mask.
   */
  static long charMask(String text) {
    long mask = 0;
    for (int i = 0; i < text.length(); i++) {
      mask |= bit(text.charAt(i));
    }
    return mask;
  }

  /**
   * A {@link #charMask} of the text's lower case ({@code toLowerCase(Locale.ROOT)}) or more,
   * without lower-casing it: each character adds its own bit and its small letter's; the two
   * characters the root locale lower-cases otherwise add what they become (U+0130 an i and U+0307,
   * U+03A3 a final or medial sigma), and a surrogate, whose code point may lower-case to anything,
   * adds every bit.
   */
  static long foldedCharMask(String text) {
    long mask = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        mask |= ASCII_BITS[c];
      } else if (Character.isSurrogate(c)) {
        return -1L;
      } else {
        mask |= bit(c) | bit(Character.toLowerCase(c));
        if (c == '\u0130') {
          mask |= bit('\u0307');
        } else if (c == '\u03A3') {
          mask |= bit('\u03C2');
        }
      }
    }
    return mask;
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
    List<String> plain = new ArrayList<>();
    for (Pattern pattern : this.boilerplate) {
      List<String> words = needs.get(pattern);
      if (words != null && !words.isEmpty()) {
        guarded.add(new Guarded(pattern, words));
      } else {
        plain.add(pattern.pattern());
      }
    }
    this.anyBoilerplate = new LineAlternation(plain);
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

  /**
   * Whether a whole line is known page chrome for this site: a pattern matches the line, or the
   * line without its trailing punctuation ("Share this story!", "Advertisement.": trailing
   * punctuation does not make chrome prose).
   */
  public boolean isBoilerplate(String line) {
    if (line.length() > MAX_BOILERPLATE_LINE) {
      return false;
    }
    // The line without trailing punctuation, stripped, as a region of the line: every pattern is
    // tried on both in one place, and the words a guard looks for are looked for once.
    int end = line.length();
    while (end > 0 && ".!…:".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    boolean punctuated = end < line.length();
    int start = 0;
    if (punctuated) {
      while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
        end--;
      }
      while (start < end && Character.isWhitespace(line.charAt(start))) {
        start++;
      }
    }
    if (anyBoilerplate.matches(line, 0, line.length())
        || (punctuated && anyBoilerplate.matches(line, start, end))) {
      return true;
    }
    if (guarded.isEmpty()) {
      return false;
    }
    // the whole line: it holds every word its unpunctuated part holds
    long lineMask = foldedCharMask(line);
    LowerCase lower = new LowerCase();
    int shortest = punctuated ? end - start : line.length();
    for (Guarded rule : guarded) {
      if (shortest <= rule.maxLength && rule.mayMatch(line, lineMask, lower)) {
        // A region with the matcher's default bounds (anchoring, opaque) matches as its substring
        // would.
        Matcher matcher = rule.pattern.matcher(line);
        if (matcher.matches() || (punctuated && matcher.region(start, end).matches())) {
          return true;
        }
      }
    }
    return false;
  }
}
