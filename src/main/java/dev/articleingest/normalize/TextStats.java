package dev.articleingest.normalize;

import java.util.List;

/**
 * Counts over a body in one pass: words, and words that mix letters of different scripts (Latin
 * with Cyrillic or Greek: look-alike characters, a sign of spoofing or broken encoding).
 *
 * <p>A word is a run of letters, digits and combining marks, with inner apostrophes or hyphens
 * between such runs (don’t, build-up): the same as {@code
 * [\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*}, scanned by hand because the regex cost more
 * than half of all parse time (bench/parse-throughput.sh).
 */
public final class TextStats {

  private static final int LATIN = 1;
  private static final int CYRILLIC = 2;
  private static final int GREEK = 4;

  /** Characters below this (Latin to Cyrillic, Greek, general punctuation) have a class byte. */
  private static final int TABLE_SIZE = 0x2500;

  /** Per character: bit 0 a word character, bit 1 a joiner, bits 2-4 its script. */
  private static final byte[] CLASS = new byte[TABLE_SIZE];

  static {
    for (char c = 0; c < TABLE_SIZE; c++) {
      if (isWordChar(c)) {
        CLASS[c] = (byte) (1 | script(c) << 2);
      } else if (isJoiner(c)) {
        CLASS[c] = 2;
      }
    }
  }

  /**
   * @param words words in the body
   * @param mixedScriptWords words with letters of more than one of Latin, Cyrillic and Greek
   */
  public record Counts(int words, int mixedScriptWords) {}

  private TextStats() {}

  public static Counts count(List<String> paragraphs) {
    int words = 0;
    int mixed = 0;
    for (String paragraph : paragraphs) {
      long counted = countByTable(paragraph);
      if (counted >= 0) {
        words += (int) (counted >>> 32);
        mixed += (int) counted;
        continue;
      }
      // text with characters beyond the table (CJK, emoji, other scripts): code point by code point
      char[] text = paragraph.toCharArray();
      int n = text.length;
      int i = 0;
      while (i < n) {
        int cp = codePointAt(text, i);
        if (!isWordChar(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int scripts = 0;
        while (true) {
          while (i < n && isWordChar(cp = codePointAt(text, i))) {
            scripts |= script(cp);
            i += Character.charCount(cp);
          }
          if (i + 1 < n && isJoiner(text[i]) && isWordChar(codePointAt(text, i + 1))) {
            i++;
            continue;
          }
          break;
        }
        words++;
        if (scripts != 0 && (scripts & (scripts - 1)) != 0) {
          mixed++;
        }
      }
    }
    return new Counts(words, mixed);
  }

  /**
   * The same counts without a branch per word, for text whose characters all have a class byte: a
   * word starts at a word character that follows neither a word character nor a joiner that follows
   * one. Word boundaries are unpredictable, so branching on them cost more than the rest
   * (bench/parse-throughput.sh). Returns words and mixed-script words packed in a long, or -1 when
   * a character is outside the table.
   */
  private static long countByTable(String text) {
    int words = 0;
    int mixed = 0;
    int scripts = 0;
    int previousWord = 0;
    int previousJoiner = 0;
    int beforeThatWord = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= TABLE_SIZE) {
        return -1;
      }
      int kind = CLASS[c];
      int word = kind & 1;
      int start = word & ~previousWord & ~(previousJoiner & beforeThatWord);
      // a new word closes the last one: count it if its letters were of two scripts or more
      mixed += start & Integer.bitCount(scripts) >> 1;
      scripts = (scripts & (start - 1)) | kind >> 2;
      words += start;
      beforeThatWord = previousWord;
      previousWord = word;
      previousJoiner = kind >> 1 & 1;
    }
    mixed += Integer.bitCount(scripts) >> 1;
    return (long) words << 32 | mixed;
  }

  private static int codePointAt(char[] text, int i) {
    char c = text[i];
    return Character.isHighSurrogate(c) ? Character.codePointAt(text, i) : c;
  }

  private static int script(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ? LATIN : 0;
    }
    if (cp >= 0x400 && cp <= 0x52F) {
      return CYRILLIC;
    }
    if (cp >= 0x370 && cp <= 0x3FF) {
      return GREEK;
    }
    if ((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF)) {
      return LATIN;
    }
    return 0;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-';
  }

  /** {@code [\p{L}\p{N}\p{M}]}: letters, numbers (all kinds) and combining marks. */
  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.DECIMAL_DIGIT_NUMBER,
              Character.LETTER_NUMBER,
              Character.OTHER_NUMBER,
              Character.NON_SPACING_MARK,
              Character.ENCLOSING_MARK,
              Character.COMBINING_SPACING_MARK ->
          true;
      default -> false;
    };
  }
}
