package dev.articleingest.parse.text;

import dev.articleingest.model.Article;
import dev.articleingest.parse.Corpus;
import dev.articleingest.parse.Generated;
import dev.articleingest.parse.learned.TreeEnsemble;
import dev.articleingest.parse.spi.Draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDumpParserTest {

  @Test
  void byPrefilterNeverHidesADateAndNameLine() throws IOException {
    List<String> lines = corpusLines();
    Random random = new Random(11);
    String[] pieces = {
      "Posted",
      " ",
      "  ",
      "\t",
      "by",
      "BY",
      "By",
      "Hannah Liu",
      "March 14, 2024",
      "x",
      "bye",
      " by",
      "by ",
      "ab",
      "\u00A0",
      "\n"
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder();
      for (int p = random.nextInt(30); p >= 0; p--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      lines.add(line.toString());
    }
    int matches = 0;
    for (String line : lines) {
      boolean matched = TextDumpParser.DATE_BY_NAME.matcher(line).matches();
      if (matched) {
        matches++;
        assertTrue(TextDumpParser.hasByAfterDateLength(line), line);
      }
    }
    assertTrue(matches > 100, "lines the expression matches: " + matches);
  }

  @Test
  void byPrefilterPassesDateAndNameLinesAndStopsProse() {
    assertTrue(TextDumpParser.hasByAfterDateLength("Posted on March 14, 2024 by Hannah Liu"));
    assertTrue(TextDumpParser.hasByAfterDateLength("14.03.2024  BY\tHannah Liu"));
    assertFalse(TextDumpParser.hasByAfterDateLength("Posted on March 14, 2024 bye Hannah"));
    assertFalse(TextDumpParser.hasByAfterDateLength("Short by Hannah"));
    assertFalse(
        TextDumpParser.hasByAfterDateLength(
            "The bridge, closed since the spring floods for repairs to its eastern pier, was"
                + " reopened by the mayor on Tuesday"));
    assertEquals(
        false,
        TextDumpParser.DATE_BY_NAME
            .matcher(
                "The bridge, closed since the spring floods for repairs to its eastern pier, was"
                    + " reopened by the mayor on Tuesday")
            .matches());
  }

  @Test
  void unwrappedIsTheEmphasisExpressionOnEveryLine() throws IOException {
    List<String> lines = Corpus.lines(name -> name.startsWith("input.") && !name.endsWith(".gz"));
    Random random = new Random(12);
    String[] pieces = {"*", "**", "_", "__", " ", "\t", "\u00A0", "By Jane Doe", "a", "*a*", "_b"};
    for (int i = 0; i < 20_000; i++) {
      lines.add(Generated.text(random, pieces, 0, 12));
    }
    int changed = 0;
    for (String line : lines) {
      String expected = line.replaceAll("^[*_]+|[*_]+$", "").strip();
      assertEquals(expected, TextDumpParser.unwrapped(line), line);
      if (!expected.equals(line.strip())) {
        changed++;
      }
    }
    assertTrue(changed > 1_000, "lines with emphasis to take off: " + changed);
  }

  private static List<String> corpusLines() throws IOException {
    return Corpus.lines(name -> name.startsWith("input."));
  }

  /**
   * A line model that is sure of a paragraph standing alone between blank lines (the standfirst
   * here), less sure of one in a run of lines (a recipe's steps), and takes a short line for
   * chrome.
   */
  private static TreeEnsemble standfirstOverSteps() {
    return HandMadeLineModel.of("words", 20, -4, "blank_after", 0.5f, 0.4f, 3);
  }

  @Test
  void theStepsBelowAHeaderThatTookTheWholeStretchAreTheBody() {
    String step =
        " and keep stirring over a low heat until the sauce thickens enough to coat the back of a"
            + " spoon, which takes about ten minutes.";
    String dump =
        String.join(
            "\n",
            "Recipes",
            "Cakes",
            "",
            "Lemon Sauce",
            "",
            "This bright sauce has been a favourite at village fetes for decades, and with one pan"
                + " and one spoon it is about as easy as cooking gets, whatever the season.",
            "",
            "By The Test Kitchen",
            "Steps",
            "1",
            "Melt the butter" + step,
            "2",
            "Add the lemon juice" + step,
            "3",
            "Whisk in the eggs" + step,
            "Nutrition Facts",
            "Calories");
    TextDumpParser parser =
        new TextDumpParser(
            standfirstOverSteps(),
            TreeEnsemble.resource(TextDumpParser.HEADLINE_RESOURCE, HeadlineFeatures.NAMES),
            null);
    Draft draft = parser.parseText(dump, TextModelTrainer.context("lemon-sauce.txt"));
    assertEquals(
        List.of("Melt the butter" + step, "Add the lemon juice" + step, "Whisk in the eggs" + step),
        draft.paragraphs);
  }

  @Test
  void aLeadClosedByGermanQuotesIsTheBodysFirstParagraph() {
    // „…“: a sentence that ends inside German quotes is still a sentence, not a standfirst
    String lead =
        "Wenn der Kanzler emotional wurde, erinnerte er sich daran, wie er als Jugendlicher"
            + " Schlagbäume an der Grenze ausgerissen hat: „Für uns war klar, dass es in einem"
            + " vereinten Europa keine Grenzen mehr geben darf.“";
    Article article =
        Dumps.parse(
            "grenze.txt",
            "Startseite",
            "Politik",
            "Grenzschließungen und die Rückkehr der Ressentiments",
            "Thomas Berger",
            "27.04.2020 - 18:50 Uhr",
            "",
            lead,
            "",
            "Die Zuhörer konnten diese Geschichte irgendwann nicht mehr hören: Die Grenzen waren"
                + " seit Langem offen, man lebte und arbeitete beiderseits einer irrelevant"
                + " gewordenen Grenzlinie.",
            "",
            "Von wegen. Am Sonntag verkündete der Ministerpräsident, dass die Grenze ab dem"
                + " kommenden Morgen geschlossen sei. Ausnahmen gebe es nur für Pendler.",
            "",
            "Die Bundespolizei kontrolliere alle Einreisenden, hieß es am Abend aus dem"
                + " Innenministerium, das die Anordnung in den folgenden Tagen verschärfte.");
    assertEquals(lead, article.paragraphs().get(0));
    assertNull(article.subtitle());
  }

  /** A lead over bulleted highlights is the standfirst; the highlights are neither. */
  @Test
  void aLeadOverHighlightsIsTheStandfirst() {
    String lead =
        "Die Stadt will die alte Hafenbrücke nun doch vollständig sanieren lassen. Der Rat"
            + " stimmte am Abend mit großer Mehrheit dafür.";
    String first =
        "Der Stadtrat hat am Dienstagabend die Sanierung der alten Hafenbrücke beschlossen und"
            + " damit einen Streit beendet, der fast drei Jahre lang die Stadt beschäftigt hat.";
    Article article =
        Dumps.parse(
            "bruecke.txt",
            "Startseite",
            "Lokales",
            "Hafenbrücke wird saniert",
            lead,
            "Das Wichtigste in Kürze",
            "Kosten: zwölf Millionen Euro",
            "Sperrung für Lastwagen bleibt",
            "Baubeginn im Frühjahr",
            "Foto: Stadt",
            "",
            first,
            "",
            "Ingenieure hatten im vergangenen Herbst Rost an drei Stahlträgern gefunden. Seitdem"
                + " ist die Brücke für Lastwagen gesperrt, zum Ärger der Händler am Kai.",
            "",
            "Die Händler hatten seit Monaten eine schnelle Lösung gefordert, und viele von ihnen"
                + " kamen zur Sitzung, um die Abstimmung zu hören.");
    assertEquals("Hafenbrücke wird saniert", article.title());
    assertEquals(lead, article.subtitle());
    assertEquals(first, article.paragraphs().get(0));
  }
}
