package dev.articleingest.parse.profile;

import dev.articleingest.parse.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceProfilesTest {

  private static final SourceProfile GENERIC =
      SourceProfiles.bundled().forSource("no-profile.example");

  /** The same patterns, every one tried on every line: what the needed words must not change. */
  private static final SourceProfile UNGUARDED =
      new SourceProfile(null, GENERIC.boilerplate(), null);

  /** Every line of every corpus input and sample, and of the benchmark's long dump. */
  static List<String> corpusLines() throws IOException {
    List<String> lines =
        Corpus.lines(
            name -> name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".json"));
    Corpus.addLines(Corpus.longDump(), lines);
    return lines;
  }

  @Test
  void neededWordsNeverHideAMatchOnTheCorpus() throws IOException {
    List<String> lines = corpusLines();
    int chrome = 0;
    for (String line : lines) {
      boolean expected = UNGUARDED.isBoilerplate(line);
      assertEquals(expected, GENERIC.isBoilerplate(line), line);
      chrome += expected ? 1 : 0;
    }
    assertTrue(lines.size() > 1_500 && chrome > 40, lines.size() + " lines, " + chrome + " chrome");
  }

  /**
   * The rule as written before any speed-up: some pattern (case-insensitive) matches the whole
   * line, or the line without its trailing punctuation, stripped.
   */
  private static boolean referenceIsBoilerplate(List<Pattern> anyCase, String line) {
    if (line.length() > 400) {
      return false;
    }
    int end = line.length();
    while (end > 0 && ".!…:".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    String unpunctuated = line.substring(0, end).strip();
    for (Pattern pattern : anyCase) {
      if (pattern.matcher(line).matches()
          || (end < line.length() && pattern.matcher(unpunctuated).matches())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void decidesAsEveryPatternTriedOnTheLineAndOnItWithoutTrailingPunctuation() throws IOException {
    List<String> lines = new ArrayList<>(corpusLines());
    // the corpus's chrome with trailing punctuation and spaces added, and prose that ends so
    for (String line : List.copyOf(lines)) {
      lines.add(line + " .");
      lines.add(line + "!!");
      lines.add(" " + line + " …:");
    }
    List<Pattern> anyCase =
        GENERIC.boilerplate().stream()
            .map(p -> Pattern.compile(p.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();
    int chrome = 0;
    for (String line : lines) {
      boolean expected = referenceIsBoilerplate(anyCase, line);
      assertEquals(expected, GENERIC.isBoilerplate(line), line);
      chrome += expected ? 1 : 0;
    }
    assertTrue(chrome > 160, chrome + " chrome lines");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We use cookies to improve your experience on our site.",
        "Sign up to our morning briefing, free to your inbox",
        "Abonnieren Sie unseren Newsletter",
        "Подпишитесь на нашу рассылку",
        "Home › World › Europe",
        "Firefighters at the scene on Tuesday (Photo: Jane Smith/Reuters)",
        "ФОТО: пресс-служба (ФОТО)",
        "© 2026 Harbour Gazette. All rights reserved.",
        "(C) Example Media 2026",
        "Example Media 2026. Tous droits réservés.",
        "Smoke rises over the harbour on Monday. / Getty Images",
        "Smoke rises over the harbour on Monday. | AFP"
      })
  void chromeThatGuardedPatternsCatchIsStillCaught(String line) {
    assertTrue(UNGUARDED.isBoilerplate(line), "the pattern itself matches: " + line);
    assertTrue(GENERIC.isBoilerplate(line), line);
  }

  @Test
  void proseThatMentionsANeededWordIsNotChrome() {
    String line =
        "The council said the new cookie factory on the quay would open in spring and employ"
            + " forty people, most of them from the town.";

    assertEquals(false, GENERIC.isBoilerplate(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"generic\": {\"boilerplate\": [{\"needs\": [\"x\"]}]}}",
        "{\"generic\": {\"boilerplate\": [{\"pattern\": \".*x.*\", \"needs\": []}]}}",
        "{\"generic\": {\"boilerplate\": [{\"pattern\": \".*x.*\", \"needs\": [\"\"]}]}}"
      })
  void aPatternEntryWithoutPatternOrWordsIsRefused(String profiles) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SourceProfiles.read(
                    new ByteArrayInputStream(profiles.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().startsWith("source profile generic: boilerplate"), e.getMessage());
  }

  @Test
  void neededWordsAreMatchedInAnyCase() throws IOException {
    SourceProfiles profiles =
        SourceProfiles.read(
            new ByteArrayInputStream(
                "{\"generic\": {\"boilerplate\": [{\"pattern\": \".*\\\\bpaywall\\\\b.*\", \"needs\": [\"PayWall\"]}]}}"
                    .getBytes(StandardCharsets.UTF_8)));
    SourceProfile generic = profiles.forSource("x.example");

    assertTrue(generic.isBoilerplate("Behind the PAYWALL today"));
    assertEquals(false, generic.isBoilerplate("Behind the wall today"));
  }

  /** A "read also" label in the languages the list covers, alone or before a linked headline. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo",
        "VEA TAMBIÉN: Entre heces y guaricha",
        "NOTICIAS RELACIONADAS",
        "Leia também",
        "Leggi anche:",
        "CZYTAJ TAKŻE",
        "Das könnte Sie auch interessieren",
        "Siehe auch",
        "Voir aussi : la réforme des retraites",
        "RELATED COVERAGE"
      })
  void aReadAlsoLabelIsChrome(String line) {
    assertTrue(GENERIC.isBoilerplate(line), line);
  }

  @Test
  void theLabelsWordsInASentenceAreNot() {
    assertEquals(
        false,
        GENERIC.isBoilerplate(
            "Siehe auch die Grafik unten: Sie zeigt, wie die Preise seit dem Frühjahr gestiegen"
                + " sind."));
    assertEquals(
        false,
        GENERIC.isBoilerplate(
            "Lea también el informe completo, que el ministerio publicó el martes por la"
                + " tarde."));
  }
}
