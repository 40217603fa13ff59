package dev.articleingest.normalize;

import dev.articleingest.parse.Generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextStatsTest {

  /** The definition the hand-written scanner must match, kept here as the oracle. */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*");

  /** Latin, Cyrillic and Greek letters, the scripts whose look-alikes get mixed. */
  private static final Pattern LATIN = Pattern.compile("[a-zA-Z\\u00C0-\\u024F\\u1E00-\\u1EFF]");

  private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u052F]");
  private static final Pattern GREEK = Pattern.compile("[\\u0370-\\u03FF]");

  private static final String[] PIECES = {
    "the", "The", "THE", "said", "build", "up", "-", "'", "’", "‘", " ", "  ", ",", ".", "don", "t",
    "e\u0301", "\u0301", "²", "½", "Ⅻ", "42", "٣", "Москва", "東京", "😀", "İN", "in", "\u00A0", "–",
    "—", "\n", "x", "ß", "\uD83D", "a", "IS", "о", "α", "Mоscow"
  };

  @Test
  void countsWordsExactlyAsTheRegexDefinition() {
    Random random = new Random(7);
    for (int round = 0; round < 10_000; round++) {
      String paragraph = Generated.text(random, PIECES, 0, 30);
      int words = 0;
      int mixed = 0;
      Matcher m = WORD.matcher(paragraph);
      while (m.find()) {
        words++;
        int scripts = 0;
        for (Pattern script : List.of(LATIN, CYRILLIC, GREEK)) {
          scripts += script.matcher(m.group()).find() ? 1 : 0;
        }
        mixed += scripts > 1 ? 1 : 0;
      }
      assertEquals(
          new TextStats.Counts(words, mixed), TextStats.count(List.of(paragraph)), paragraph);
    }
  }

  @Test
  void flagsWordsThatMixLatinAndCyrillicLetters() {
    // "Mоscow" with a Cyrillic о, and "Кремль" with a Latin e: two mixed words of four.
    assertEquals(new TextStats.Counts(4, 2), TextStats.count(List.of("Mоscow and Kрeмль met")));
  }
}
