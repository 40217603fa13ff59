package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

  private static final String[] PIECES = {
    "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "x", ""
  };

  @Test
  void measuresTextWithWhiteSpaceRunsCountedOnceAsTheRegexDoes() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertEquals(
          s.replaceAll("\\s+", " ").length(),
          ContentExtractor.collapsedLength(s),
          () -> "for " + s);
    }
  }
}
