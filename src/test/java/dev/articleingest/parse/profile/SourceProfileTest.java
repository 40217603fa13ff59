package dev.articleingest.parse.profile;

import dev.articleingest.parse.Generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SourceProfileTest {

  private static final String[] PIECES = {
    "Cookie",
    "COOKIE",
    "sign up",
    "©",
    "(c) ",
    "›",
    "»",
    "|",
    "/",
    "(Photo",
    "Все права",
    "ПОДПИШИТЕСЬ",
    "Suscríbete",
    "RÉSERVÉS",
    "İstanbul",
    "ΟΔΟΣ",
    "Σ",
    "σ",
    "\uD801\uDC00",
    "😀",
    "’",
    "“",
    " ",
    "\u00A0",
    "K",
    "\u212A",
    "ß",
    "ǅ",
    "x",
    "9"
  };

  @Test
  void aLinesFoldedMaskHoldsEveryCharacterOfItsLowerCase() {
    // isBoilerplate skips lower-casing a line when no needed word passes this mask
    Random random = new Random(19);
    for (int round = 0; round < 50_000; round++) {
      String s = Generated.text(random, PIECES, 0, 6);
      long lower = SourceProfile.charMask(s.toLowerCase(Locale.ROOT));
      assertEquals(0, lower & ~SourceProfile.foldedCharMask(s), () -> "for " + s);
    }
  }

  @Test
  void aLengthCapIsReadOnlyWhereItBindsTheWholePattern() {
    assertEquals(162, SourceProfile.maxLength(Pattern.compile("(?=.{0,160}$).*\\bnews\\b.*")));
    assertEquals(42, SourceProfile.maxLength(Pattern.compile("(?=.{0,40}$)(?:a|b)[|][]|]\\|x")));
    assertEquals(42, SourceProfile.maxLength(Pattern.compile("(?=.{0,40}$)[^]|[a|b]]\\(x")));
    for (String uncapped :
        List.of(
            "(?=.{0,40}$)a|b",
            "(?=.{0,40}$)(?:a)|b",
            "(?=.{0,40}$)[a]|b",
            "(?=.{0,40}$)[]]|b",
            "(?=.{0,40}$)\\Q)\\E|b",
            "(?=.{0,40}$)(?x)a # b",
            "a(?=.{0,40}$)",
            ".*news.*")) {
      assertEquals(Integer.MAX_VALUE, SourceProfile.maxLength(Pattern.compile(uncapped)), uncapped);
    }
    assertEquals(
        Integer.MAX_VALUE,
        SourceProfile.maxLength(Pattern.compile("(?=.{0,40}$).*", Pattern.MULTILINE)));
  }

  @Test
  void aCappedPatternDecidesAsTriedOnEveryLineAroundItsCap() {
    // (?s) after the cap lets the rest take a final line terminator, which the cap's $ allows
    Pattern capped =
        Pattern.compile(
            "(?=.{0,40}$)(?s).*\\bnewsletter\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    SourceProfile guarded =
        new SourceProfile(
            null, List.of(capped), Map.of(capped, List.of("newsletter")), null, false);
    SourceProfile unguarded = new SourceProfile(null, List.of(capped), null);
    int chrome = 0;
    for (int length = 30; length < 50; length++) {
      String line = "Sign up for the newsletter " + "x".repeat(length - 27);
      for (String end : List.of("", ".", "!!!!!", " .", "\n", "\r\n", "\u2028", "\n\n")) {
        boolean expected = unguarded.isBoilerplate(line + end);
        assertEquals(expected, guarded.isBoilerplate(line + end), line + end);
        chrome += expected ? 1 : 0;
      }
    }
    assertTrue(chrome > 40, chrome + " chrome lines");
  }
}
