package dev.articleingest.language;

import dev.articleingest.normalize.TextNormalizer;

import java.util.regex.Pattern;

/**
 * Text prepared for the language model exactly as Apache OpenNLP's language detector prepares it
 * (its {@code LanguageDetectorFactory} chains the emoji, URL, Twitter, number and shrink
 * normalisers, then lower-cases by code point), because the model was trained on text prepared that
 * way. OpenNLP runs ten regular expressions over every sample. Here prose, which none of the rarer
 * ones touches, takes two passes that do what the others do ({@link #prepareProse}); other text
 * runs each expression only when a cheap scan finds what it needs to match. The expressions are
 * OpenNLP's (Apache License 2.0). LanguageModelTest checks the result equals OpenNLP's on the
 * corpus and on generated text.
 */
final class LanguageText {

  private static final Pattern EMOJI = Pattern.compile("[\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+");
  private static final Pattern URL = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]+");
  private static final Pattern MAIL =
      Pattern.compile("(?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+");
  private static final Pattern HASH_USER = Pattern.compile("[#@]\\S+");
  private static final Pattern RT = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
  private static final Pattern FACE = Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAUGH =
      Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPEATED = Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE);

  private LanguageText() {}

  /** Normalised and lower-cased, ready for {@link LanguageModel#probabilities}. */
  static String prepare(String text) {
    if (hasSurrogate(text) || mayNeedExpression(text)) {
      return lowerCase(normalize(text));
    }
    return prepareProse(text);
  }

  /**
   * Whether one of the expressions that {@link #normalize} runs only when a scan finds what it
   * needs (URL, mail, hash tag or user, retweet, laugh) can match after the emoji step. The scans
   * look at the text before that step: it only turns runs of {@link #isEmojiClass} characters into
   * a space, and none of these expressions matches such a character or a space, except the space
   * that ends a retweet mark, which is checked for here as well. (Faces are handled by {@link
   * #prepareProse}: in English prose {@link #FACE} nearly always matches, in "expect" or "box".)
   */
  private static boolean mayNeedExpression(String text) {
    return text.contains("http")
        || text.indexOf('@') >= 0
        || text.indexOf('#') >= 0
        || hasRt(text, true)
        || hasLaugh(text);
  }

  /**
   * {@link #normalize} and {@link #lowerCase} in two passes, for text without surrogates that none
   * of {@link #mayNeedExpression}'s expressions touches (prose, nearly always). The first pass does
   * the emoji, face, number and shrink steps at once: each run of emoji-class characters, each face
   * and each run of digits stands for one space, so a stretch of them and white space becomes one
   * space when it stands for two or more characters, and is kept as its one character otherwise. A
   * face is two characters here ({@link #FACE}'s optional hyphen is gone after the emoji step), and
   * faces do not overlap, so taking them from left to right finds what the expression finds. The
   * second pass does what {@link #REPEATED} does (a run of three or more characters equal to its
   * first, ASCII letters in any case, line terminators excepted, becomes the first twice),
   * lower-cases and trims.
   */
  private static String prepareProse(String text) {
    // in place: neither pass writes more characters than it has read
    char[] chars = text.toCharArray();
    int length = chars.length;
    int n = 0;
    for (int i = 0; i < length; ) {
      char c = chars[i];
      int kind = kind(c);
      if (kind == FACE_START && !(i + 1 < length && isFaceMouth(chars[i + 1]))) {
        kind = c == 'X' ? UPPER : PLAIN;
      }
      if (kind <= UPPER) {
        // ASCII letters are lower-cased now, so the second pass compares them as REPEATED does
        chars[n++] = kind == UPPER ? (char) (c | 0x20) : c;
        i++;
        continue;
      }
      int spaces = 0;
      char single = ' ';
      while (i < length) {
        c = chars[i];
        kind = kind(c);
        if (kind == SPACE) {
          single = c;
          i++;
        } else if (kind == EMOJI_RUN || kind == DIGIT) {
          single = ' ';
          do {
            i++;
          } while (i < length && kind(chars[i]) == kind);
        } else if (kind == FACE_START && i + 1 < length && isFaceMouth(chars[i + 1])) {
          single = ' ';
          i += 2;
        } else {
          break;
        }
        spaces++;
      }
      chars[n++] = spaces > 1 ? ' ' : single;
    }
    int m = 0;
    for (int i = 0; i < n; ) {
      char c = chars[i];
      int end = i + 1;
      if (!isLineTerminator(c)) {
        while (end < n && chars[end] == c) {
          end++;
        }
      }
      if (end - i >= 3) {
        char lower = lowerCase(c);
        chars[m++] = lower;
        chars[m++] = lower;
      } else {
        for (int k = i; k < end; k++) {
          chars[m++] = lowerCase(chars[k]);
        }
      }
      i = end;
    }
    // String.trim: lower-casing maps no character above U+0020 to one at or below it
    int from = 0;
    while (from < m && chars[from] <= ' ') {
      from++;
    }
    while (m > from && chars[m - 1] <= ' ') {
      m--;
    }
    return new String(chars, from, m - from);
  }

  /** {@link #prepareProse}'s kinds of character. */
  private static final byte PLAIN = 0;

  private static final byte UPPER = 1;
  private static final byte SPACE = 2;
  private static final byte EMOJI_RUN = 3;
  private static final byte DIGIT = 4;
  private static final byte FACE_START = 5;

  private static final byte[] ASCII_KINDS = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[128];
    for (char c = 0; c < 128; c++) {
      if (isRegexSpace(c)) {
        kinds[c] = SPACE;
      } else if (isEmojiClass(c)) {
        kinds[c] = EMOJI_RUN;
      } else if (isDigit(c)) {
        kinds[c] = DIGIT;
      } else if (c == ':' || c == ';' || c == 'x' || c == 'X') {
        kinds[c] = FACE_START;
      } else if (c >= 'A' && c <= 'Z') {
        kinds[c] = UPPER;
      }
    }
    return kinds;
  }

  private static int kind(char c) {
    return c < 128 ? ASCII_KINDS[c] : isEmojiClass(c) ? EMOJI_RUN : PLAIN;
  }

  /** ASCII letters were lower-cased by the first pass. */
  private static char lowerCase(char c) {
    return c < 128 ? c : Character.toLowerCase(c);
  }

  /** What {@code .} does not match without DOTALL or UNIX_LINES. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** OpenNLP's normaliser chain: emoji, URL, Twitter, number, shrink. */
  static String normalize(String text) {
    // EMOJI's character class does not say what it seems to: Java reads its lone surrogate escapes
    // so that it matches the hyphen-minus and every character from U+D83C up (private use,
    // compatibility and presentation forms, fullwidth and halfwidth forms), so "north-east" becomes
    // "north east", and the model was trained on that
    String s =
        hasSurrogate(text)
            ? EMOJI.matcher(text).replaceAll(" ")
            : spaceRuns(text, Run.EMOJI_CLASS, 1);
    if (s.contains("http")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('@') >= 0) {
      s = MAIL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('#') >= 0 || s.indexOf('@') >= 0) {
      s = HASH_USER.matcher(s).replaceAll(" ");
    }
    if (hasRt(s, false)) {
      s = RT.matcher(s).replaceAll(" ");
    }
    if (hasFace(s)) {
      s = FACE.matcher(s).replaceAll(" ");
    }
    if (hasLaugh(s)) {
      s = LAUGH.matcher(s).replaceAll("$1$2$1$2");
    }
    s = spaceRuns(s, Run.DIGITS, 1); // \\d+ (ASCII digits)
    s = spaceRuns(s, Run.SPACES, 2); // \\s{2,} (ASCII white space)
    if (hasTriple(s)) {
      s = REPEATED.matcher(s).replaceAll("$1$1");
    }
    return s.trim();
  }

  /** Lower case by code point with the root locale's rules, as OpenNLP's StringUtil does. */
  static String lowerCase(String s) {
    if (hasSurrogate(s)) {
      StringBuilder out = new StringBuilder(s.length());
      s.codePoints().map(Character::toLowerCase).forEach(out::appendCodePoint);
      return out.toString();
    }
    char[] chars = new char[s.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(s.charAt(i));
    }
    return new String(chars);
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** What a run that {@link #spaceRuns} replaces is made of. */
  enum Run {
    /** {@link #isEmojiClass} */
    EMOJI_CLASS,
    /** ASCII digits */
    DIGITS,
    /** {@link #isRegexSpace} */
    SPACES
  }

  /**
   * Each run of at least {@code minRun} characters of the kind, as one space. The kind is a switch
   * rather than a function: three functions at one call site are a call per character.
   */
  static String spaceRuns(String s, Run kind, int minRun) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < s.length(); i++) {
      if (is(kind, s.charAt(i))) {
        int end = i + 1;
        while (end < s.length() && is(kind, s.charAt(end))) {
          end++;
        }
        if (end - i >= minRun) {
          if (out == null) {
            out = new StringBuilder(s.length());
          }
          out.append(s, copied, i).append(' ');
          copied = end;
        }
        i = end - 1;
      }
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean is(Run kind, char c) {
    return switch (kind) {
      case EMOJI_CLASS -> isEmojiClass(c);
      case DIGITS -> isDigit(c);
      case SPACES -> isRegexSpace(c);
    };
  }

  /** What {@link #EMOJI} matches in text without surrogates. */
  private static boolean isEmojiClass(char c) {
    return c == '-' || c >= '\uD83C';
  }

  /**
   * {@code rt} then a space or colon, any case, not right after an ASCII word character: what
   * {@link #RT} needs. Before the emoji step, an emoji-class character stands for the space it
   * becomes. (Whether {@code \\b} sees other letters as word characters changed in Java 19; an
   * {@code rt} after one is left to the expression.)
   */
  private static boolean hasRt(String s, boolean beforeEmojiStep) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == 'r' || c == 'R')
          && (s.charAt(i + 1) | 0x20) == 't'
          && (i == 0 || !isAsciiWord(s.charAt(i - 1)))) {
        char next = s.charAt(i + 2);
        if (next == ' ' || next == ':' || (beforeEmojiStep && isEmojiClass(next))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Exactly {@link #FACE}: one of {@code :;x}, an optional hyphen, one of {@code ()dop}. */
  private static boolean hasFace(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':' || c == ';' || c == 'x' || c == 'X') {
        char next = s.charAt(i + 1);
        if (isFaceMouth(next)
            || (next == '-' && i + 2 < s.length() && isFaceMouth(s.charAt(i + 2)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isFaceMouth(char c) {
    return c == '(' || c == ')' || "dopDOP".indexOf(c) >= 0;
  }

  /** An h or j, vowels, an h or j: what {@link #LAUGH} needs at the least. */
  private static boolean hasLaugh(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      if (isHj(s.charAt(i)) && isVowel(s.charAt(i + 1))) {
        int j = i + 1;
        while (j < s.length() && isVowel(s.charAt(j))) {
          j++;
        }
        if (j < s.length() && isHj(s.charAt(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isHj(char c) {
    return c == 'h' || c == 'j' || c == 'H' || c == 'J';
  }

  private static boolean isVowel(char c) {
    return "aeiouAEIOU".indexOf(c) >= 0;
  }

  /**
   * Three characters in a row equal ignoring case: all {@link #REPEATED} can match (it compares
   * ASCII letters ignoring case and others exactly, so this scan finds a superset).
   */
  private static boolean hasTriple(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (Character.toLowerCase(s.charAt(i + 1)) == c
          && Character.toLowerCase(s.charAt(i + 2)) == c) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isRegexSpace(char c) {
    return TextNormalizer.isAsciiSpace(c);
  }
}
