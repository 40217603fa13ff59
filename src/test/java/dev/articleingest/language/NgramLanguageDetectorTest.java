package dev.articleingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the body's language is taken to be, and when it is left undetermined. */
class NgramLanguageDetectorTest {

  private static final String ENGLISH =
      "The council voted on Tuesday to repair the old harbour bridge before the winter storms,"
          + " after engineers warned that the supports had weakened over the past ten years.";

  private static final String GERMAN =
      "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke vor den Winterstürmen zu"
          + " reparieren, nachdem Ingenieure vor geschwächten Stützen gewarnt hatten.";

  private static final String RUSSIAN =
      "Городской совет во вторник проголосовал за ремонт старого портового моста до зимних"
          + " штормов, после того как инженеры предупредили об ослабленных опорах.";

  private final NgramLanguageDetector detection = new NgramLanguageDetector();

  @Test
  void namesTheLanguageOfProseByItsShortestTag() {
    assertEquals("en", detection.detect(List.of(ENGLISH)).tag());
    assertEquals("de", detection.detect(List.of(GERMAN)).tag());
    assertEquals("ru", detection.detect(List.of(RUSSIAN)).tag());
  }

  @Test
  void leavesTextWithTooFewLettersUndetermined() {
    // 19 letters, whatever the digits and punctuation around them
    LanguageDetector.Detected few =
        detection.detect(List.of("12:30 — 4,5 % 2024", "abcdefghij klmnopqrs", "!!! 99"));
    assertTrue(few.unknown());
    assertEquals(0, few.confidence());
    // 20 letters are enough to ask the model, which then gives a probability
    LanguageDetector.Detected enough = detection.detect(List.of("abcdefghij klmnopqrst"));
    assertTrue(enough.confidence() > 0, () -> enough.toString());
  }

  @Test
  void decidesOnTheFirstThousandCharacters() {
    StringBuilder english = new StringBuilder();
    while (english.length() < 1000) {
      english.append(ENGLISH).append(' ');
    }
    List<String> paragraphs = List.of(english.toString(), GERMAN, GERMAN, GERMAN, GERMAN, GERMAN);
    assertEquals("en", detection.detect(paragraphs).tag());
    assertEquals("de", detection.detect(List.of(GERMAN, english.toString())).tag());
  }

  @Test
  void mapsTheModelsCodesToTags() {
    assertEquals("en", NgramLanguageDetector.toTag("eng"));
    assertEquals("zh", NgramLanguageDetector.toTag("cmn"));
    assertEquals("nb", NgramLanguageDetector.toTag("nob"));
    assertEquals("fa", NgramLanguageDetector.toTag("pes"));
    assertEquals("ast", NgramLanguageDetector.toTag("ast"));
    assertNull(NgramLanguageDetector.toTag("x"));
  }
}
