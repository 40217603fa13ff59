package dev.articleingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
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

  @Test
  void writesWhatTheStringBuilderVersionWrote() {
    String[] pieces = {
      "word",
      "Ünïcödé",
      "e\u0301",
      " ",
      "  ",
      "\t",
      "\u000B",
      "\f",
      "\u00A0",
      "\u2007",
      "\u202F",
      "\u3000",
      "\r",
      "\n",
      "\r\n",
      "\u2028",
      "\u2029",
      "\u2029\u2029",
      "\u200B",
      "\u2060",
      "\uFEFF",
      "\u00AD",
      "\u0007",
      "\u200D",
      "\u200C",
      "“quoted”",
      "’",
      "—",
      "\uD83D\uDE00",
      "\u0416",
      "10"
    };
    Random random = new Random(2029);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = random.nextInt(16); p >= 0; p--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      assertEquals(builderVersion(input), TextNormalizer.normalize(input), input);
    }
  }

  /** The implementation before it moved to arrays for speed, kept as the reference. */
  private static String builderVersion(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    int pendingSpaces = 0;
    char pendingSpace = ' ';
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r') {
        if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      } else if (c == '\u2028') {
        c = '\n';
      }
      if (c == '\u2029') {
        out.append("\n\n");
        pendingSpaces = 0;
      } else if (c == '\n') {
        out.append('\n');
        pendingSpaces = 0;
      } else if (TextNormalizer.isSpace(c)) {
        pendingSpace = c;
        pendingSpaces++;
      } else if (!TextNormalizer.isInvisible(c)) {
        if (pendingSpaces > 0 && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(
              pendingSpaces == 1 && TextNormalizer.isNoBreakSpace(pendingSpace)
                  ? pendingSpace
                  : ' ');
        }
        pendingSpaces = 0;
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void endsSentenceAtAStopMarkOrEllipsisInsideClosingQuotesOrBrackets() {
    for (String line :
        List.of("It rained.", "Why?", "Go!", "And then…", "He said “stop.”", "(See above.)",
            "雨が降った。", "本当？", "“Really?”]")) {
      assertTrue(TextNormalizer.endsSentence(line), line);
    }
    for (String line :
        List.of("Bridge repairs approved", "Read more:", "Page 2", "\"", "“Quoted”", "a.b c")) {
      assertFalse(TextNormalizer.endsSentence(line), line);
    }
  }
}
