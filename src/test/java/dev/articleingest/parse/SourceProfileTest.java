package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
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
}
