package dev.articleingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void composesToNfc() {
    assertEquals("caf\u00E9", TextNormalizer.normalize("cafe\u0301"));
  }

  @Test
  void unifiesLineEndings() {
    assertEquals("a\nb\nc\nd\n\ne", TextNormalizer.normalize("a\r\nb\rc\u2028d\u2029e"));
  }

  @Test
  void collapsesRunsOfSpacesAndTrimsLines() {
    assertEquals("a b c\nd", TextNormalizer.normalize("  a  \t b\u2003c \u00A0\n\u00A0 d \u00A0"));
  }

  @Test
  void keepsALoneNoBreakSpaceBetweenWords() {
    assertEquals(
        "Moscow\u00A0to 10\u202Fkm", TextNormalizer.normalize("Moscow\u00A0to 10\u202Fkm"));
  }

  @Test
  void collapsesRunsOfNoBreakSpacesToOnePlainSpace() {
    assertEquals("a b", TextNormalizer.normalize("a\u00A0\u00A0b"));
  }

  @Test
  void removesInvisibleCharactersButKeepsJoiners() {
    assertEquals(
        "zerowidth\u200D\u200C soft",
        TextNormalizer.normalize("\uFEFFzero\u200Bwidth\u2060\u200D\u200C so\u00ADft\u0007"));
  }

  @Test
  void keepsCurlyQuotesApostrophesAndDashesAsWritten() {
    String text = "“quoted” ‘single’ Russia’s – — \"straight\" 'plain'";
    assertEquals(text, TextNormalizer.normalize(text));
  }
}
