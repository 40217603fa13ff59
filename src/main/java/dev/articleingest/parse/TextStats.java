package dev.articleingest.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts over a body: word count and language guess. */
final class TextStats {

  /** A word: letters or digits, with inner apostrophes or hyphens (don’t, build-up). */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*");

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

  private static final double ENGLISH_THRESHOLD = 0.2;

  private TextStats() {}

  static int wordCount(List<String> paragraphs) {
    int count = 0;
    for (String paragraph : paragraphs) {
      Matcher m = WORD.matcher(paragraph);
      while (m.find()) {
        count++;
      }
    }
    return count;
  }

  /** {@code en} when the body reads as English, else {@code und} (undetermined). */
  static String language(List<String> paragraphs) {
    int words = 0;
    int stop = 0;
    for (String paragraph : paragraphs) {
      Matcher m = WORD.matcher(paragraph);
      while (m.find()) {
        words++;
        if (ENGLISH_STOPWORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
          stop++;
        }
      }
    }
    return words > 0 && (double) stop / words >= ENGLISH_THRESHOLD ? "en" : "und";
  }
}
