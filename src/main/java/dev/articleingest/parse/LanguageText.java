package dev.articleingest.parse;

import java.util.regex.Pattern;

/**
 * Text prepared for the language model exactly as Apache OpenNLP's language detector prepares it
 * (its {@code LanguageDetectorFactory} chains the emoji, URL, Twitter, number and shrink
 * normalisers, then lower-cases by code point), because the model was trained on text prepared that
 * way. OpenNLP runs ten regular expressions over every sample; here each one runs only when a cheap
 * scan finds what it needs to match, and the two that always match in prose (digits, repeated white
 * space) are single loops. The expressions are OpenNLP's (Apache License 2.0). LanguageTextTest
 * checks the result equals OpenNLP's on the corpus and on generated text.
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
    return lowerCase(normalize(text));
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
    if (hasRt(s)) {
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
   * {@link #RT} needs. (Whether {@code \\b} sees other letters as word characters changed in Java
   * 19; an {@code rt} after one is left to the expression.)
   */
  private static boolean hasRt(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == 'r' || c == 'R')
          && (s.charAt(i + 1) | 0x20) == 't'
          && (i == 0 || !isAsciiWord(s.charAt(i - 1)))) {
        char next = s.charAt(i + 2);
        if (next == ' ' || next == ':') {
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

  /** What {@code \\s} matches in Java's regular expressions without UNICODE_CHARACTER_CLASS. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
