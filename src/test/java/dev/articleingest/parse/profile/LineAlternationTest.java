package dev.articleingest.parse.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineAlternationTest {

  private static final List<String> GENERIC =
      SourceProfiles.bundled().forSource("no-profile.example").boilerplate().stream()
          .map(Pattern::pattern)
          .toList();

  /** What the dispatch must never change: every pattern tried, as one alternation. */
  private static Pattern plainAlternation(List<String> regexes) {
    return Pattern.compile(
        "(?:" + String.join(")|(?:", regexes) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Test
  void decidesAsThePlainAlternationOnEveryCorpusLine() throws IOException {
    LineAlternation alternation = new LineAlternation(GENERIC);
    Pattern reference = plainAlternation(GENERIC);
    int matched = 0;
    for (String line : SourceProfilesTest.corpusLines()) {
      boolean expected = reference.matcher(line).matches();
      assertEquals(expected, alternation.matches(line, 0, line.length()), line);
      matched += expected ? 1 : 0;
    }
    assertTrue(matched > 40, matched + " lines matched");
  }

  /**
   * Lines made of chrome words, prose words and awkward starts (capitals, digits, Cyrillic,
   * punctuation, a surrogate pair, one character), and regions of them: more distinct starts than
   * the alternation remembers.
   */
  @Test
  void decidesAsThePlainAlternationOnGeneratedLinesAndRegions() {
    LineAlternation alternation = new LineAlternation(GENERIC);
    Pattern reference = plainAlternation(GENERIC);
    String[] words = {
      "Share",
      "on",
      "Facebook",
      "|",
      "Twitter",
      "READ MORE",
      ":",
      "related",
      "Advertisement",
      "the",
      "Реклама",
      "Поделиться",
      "5",
      "comments",
      "Comments (12)",
      "skip to content",
      "Photo",
      "•",
      "-",
      "*",
      "live",
      "Tags",
      "Trending now",
      "x",
      "ad",
      "follow us",
      "@news",
      "on",
      "Telegram",
      "😀",
      "İstanbul",
      "Ünter",
      "—",
      "«",
      "a",
      "Latest"
    };
    Random random = new Random(7);
    int matched = 0;
    for (int n = 0; n < 40_000; n++) {
      StringBuilder line = new StringBuilder();
      if (random.nextInt(3) == 0) {
        // a start of two random characters: many distinct starts
        line.appendCodePoint(0x21 + random.nextInt(0x500))
            .appendCodePoint(0x21 + random.nextInt(90));
      }
      for (int w = random.nextInt(6); w >= 0; w--) {
        line.append(words[random.nextInt(words.length)]);
        line.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = line.toString();
      int start = random.nextInt(3) == 0 ? random.nextInt(text.length() + 1) : 0;
      if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
        start--;
      }
      int end = start + random.nextInt(text.length() - start + 1);
      if (end > start && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
        end++;
      }
      boolean expected = reference.matcher(text.substring(start, end)).matches();
      assertEquals(
          expected, alternation.matches(text, start, end), text + " [" + start + ", " + end + ")");
      matched += expected ? 1 : 0;
    }
    assertTrue(matched > 1_000, matched + " matched");
  }

  @Test
  void anEmptyRegionMatchesOnlyWhenAPatternMatchesNothing() {
    assertEquals(false, new LineAlternation(List.of("menu", "a+")).matches("menu", 2, 2));
    assertTrue(new LineAlternation(List.of("menu", "a*")).matches("menu", 2, 2));
    assertEquals(false, new LineAlternation(List.of()).matches("menu", 0, 4));
  }

  @Test
  void onlyPatternsThatCanStartTheLineAreChosen() {
    LineAlternation alternation =
        new LineAlternation(List.of("share.*", "(?:\\d+ )?comments?", ".*cookies.*"));

    assertEquals("{0, 2}", alternation.startingWith("Sh").toString());
    assertEquals("{1, 2}", alternation.startingWith("12").toString());
    assertEquals("{2}", alternation.startingWith("Th").toString());
  }
}
