package dev.articleingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts over a body in one pass: words, and the share of English function words that decides the
 * language guess.
 *
 * <p>A word is a run of letters, digits and combining marks, with inner apostrophes or hyphens
 * between such runs (don’t, build-up): the same as {@code
 * [\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*}, scanned by hand because the regex cost more
 * than half of all parse time (bench/parse-throughput.sh).
 */
final class TextStats {

  /**
   * The most frequent English function words. A stop-word share this high does not occur in other
   * Latin-script languages; a real detector replaces this later.
   */
  private static final Set<String> ENGLISH_STOPWORDS =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
          "it", "at", "from", "his", "her", "he", "she", "be", "are", "has", "have", "had", "not",
          "this", "which", "or", "an", "were", "but", "they", "their", "its", "also", "would",
          "will", "been", "said", "who", "after", "than", "over");

  /** No stop word is longer than this, so longer words are never looked up. */
  private static final int LONGEST_STOPWORD = 5;

  private static final double ENGLISH_THRESHOLD = 0.2;

  /**
   * @param words words in the body
   * @param stopwords how many of them are English function words
   */
  record Counts(int words, int stopwords) {

    /** {@code en} when the body reads as English, else {@code und} (undetermined). */
    String language() {
      return words > 0 && (double) stopwords / words >= ENGLISH_THRESHOLD ? "en" : "und";
    }
  }

  private TextStats() {}

  static Counts count(List<String> paragraphs) {
    int words = 0;
    int stopwords = 0;
    for (String text : paragraphs) {
      int n = text.length();
      int i = 0;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (!isWordChar(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int start = i;
        while (true) {
          while (i < n && isWordChar(cp = text.codePointAt(i))) {
            i += Character.charCount(cp);
          }
          if (i + 1 < n && isJoiner(text.charAt(i)) && isWordChar(text.codePointAt(i + 1))) {
            i++;
            continue;
          }
          break;
        }
        words++;
        if (i - start <= LONGEST_STOPWORD
            && ENGLISH_STOPWORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          stopwords++;
        }
      }
    }
    return new Counts(words, stopwords);
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
