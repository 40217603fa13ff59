package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextStatsTest {

  /** The definition the hand-written scanner must match, kept here as the oracle. */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*");

  private static final Set<String> STOPWORDS =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
          "it", "at", "from", "his", "her", "he", "she", "be", "are", "has", "have", "had", "not",
          "this", "which", "or", "an", "were", "but", "they", "their", "its", "also", "would",
          "will", "been", "said", "who", "after", "than", "over");

  private static final String[] PIECES = {
    "the", "The", "THE", "said", "build", "up", "-", "'", "’", "‘", " ", "  ", ",", ".", "don", "t",
    "e\u0301", "\u0301", "²", "½", "Ⅻ", "42", "٣", "Москва", "東京", "😀", "İN", "in", "\u00A0", "–",
    "—", "\n", "x", "ß", "\uD83D", "a", "IS"
  };

  @Test
  void countsWordsExactlyAsTheRegexDefinition() {
    Random random = new Random(7);
    for (int round = 0; round < 10_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String paragraph = text.toString();
      int words = 0;
      int stop = 0;
      Matcher m = WORD.matcher(paragraph);
      while (m.find()) {
        words++;
        if (STOPWORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
          stop++;
        }
      }
      assertEquals(
          new TextStats.Counts(words, stop), TextStats.count(List.of(paragraph)), paragraph);
    }
  }

  @Test
  void guessesEnglishFromFunctionWords() {
    assertEquals(
        "en", TextStats.count(List.of("The minister said that the talks would go on.")).language());
    assertEquals(
        "und",
        TextStats.count(List.of("Der Minister sagte, die Gespräche gehen weiter.")).language());
    assertEquals("und", TextStats.count(List.of("")).language());
  }
}
