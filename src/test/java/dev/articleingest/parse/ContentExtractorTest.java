package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

  private static final String[] PIECES = {
    "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "x", ""
  };

  @Test
  void measuresTextWithWhiteSpaceRunsCountedOnceAsTheRegexDoes() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      String s = Generated.text(random, PIECES, 0, 12);
      assertEquals(
          s.replaceAll("\\s+", " ").length(),
          ContentExtractor.collapsedLength(s),
          () -> "for " + s);
    }
  }

  private static final String[] NAME_PIECES = {
    "share",
    "Share",
    "sharebar",
    "ad",
    "ads",
    "adslot",
    "related",
    "post",
    "body",
    "article",
    "content",
    "x",
    "-",
    "_",
    "--",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00A0",
    "pull",
    "quote",
    "nav",
    "navx",
    "comment",
    "comments",
    "byline",
    "cookie",
    "main",
    "entry",
    "sr",
    "only",
    "é",
    ""
  };

  @Test
  void findsChromeNamesAsTheRegularExpressionsDid() {
    Pattern tokenSplit = Pattern.compile("[\\s_-]+");
    Random random = new Random(13);
    int chrome = 0;
    for (int round = 0; round < 50_000; round++) {
      String s = Generated.text(random, NAME_PIECES, 0, 8).toLowerCase(java.util.Locale.ROOT);
      boolean expected =
          Arrays.stream(tokenSplit.split(s)).anyMatch(ContentExtractor.CHROME_TOKENS::contains)
              || Arrays.stream(s.split("\\s+"))
                  .anyMatch(w -> ContentExtractor.CHROME_PREFIXES.stream().anyMatch(w::startsWith));
      assertEquals(expected, ContentExtractor.isChromeName(s), () -> "for " + s);
      chrome += expected ? 1 : 0;
    }
    assertTrue(chrome > 10_000 && chrome < 40_000, "both outcomes are exercised: " + chrome);
  }

  private static final String[] BYLINE_PIECES = {
    "By ",
    "by ",
    "Jane Doe",
    "John  Smith",
    "Ann-Marie O’Neil",
    " and ",
    ", ",
    " & ",
    "; ",
    " | ",
    "Reuters",
    "AP",
    " in London",
    " in New York",
    "Staff Writer",
    "\u00A0",
    " ",
    "von ",
    "Anna",
    "Email",
    "@jane",
    " - ",
    "de la Cruz",
    "."
  };

  @Test
  void namesInABylineWithoutParenthesesAreSubstringsOfIt() {
    // isHeaderLine skips Bylines.names for lines that hold none of the authors on this ground
    Random random = new Random(17);
    int withNames = 0;
    for (int round = 0; round < 20_000; round++) {
      String s = Generated.text(random, BYLINE_PIECES, 1, 7);
      for (String name : Bylines.names(s)) {
        assertTrue(s.contains(name), () -> name + " in " + s);
        withNames++;
      }
    }
    assertTrue(withNames > 5_000, "names were found: " + withNames);
  }
}
