package dev.articleingest.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.articleingest.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header's meta line gives the author in the shapes blogs and regional sites write it. */
class HeaderBylineTest {

  private static final String HEADLINE = "Neue Fähre zwischen Altstadt und Inseln beschlossen";

  /** A blog's dump: its menu, the headline, the given meta lines, the story and its footer. */
  private static Article parse(String... meta) {
    List<String> lines = new ArrayList<>(List.of("Stadtblog", "Start", "Themen", "Kontakt", ""));
    lines.add(HEADLINE);
    lines.addAll(List.of(meta));
    lines.addAll(STORY);
    lines.addAll(List.of("Kommentare", "Impressum"));
    return Dumps.parse("blog/x7.txt", lines.toArray(String[]::new));
  }

  /** The story's three paragraphs, each with a blank line before it and one after the last. */
  private static final List<String> STORY =
      List.of(
          "",
          "Der Stadtrat hat am Dienstagabend eine neue Fährverbindung zwischen der Altstadt und"
              + " den Inseln beschlossen und damit einen Streit beendet, der fast drei Jahre dauerte.",
          "",
          "Die Fähre soll im Sommer viermal und im Winter zweimal am Tag fahren, teilte der Rat"
              + " mit, und die ersten Überfahrten sind für Anfang Mai dieses Jahres geplant.",
          "",
          "Die Bewohner der Inseln hatten seit der Einstellung des alten Dienstes eine direkte"
              + " Verbindung gefordert, und viele von ihnen kamen zur Sitzung, um die Abstimmung zu"
              + " hören.",
          "");

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1. Februar 2022 , Jana Quellmann; 2022-02-01",
        "Jana Quellmann am 4. Februar 2022 um 11:23; 2022-02-04",
        "23.06.2016 um 16:14 Uhr - Jana Quellmann - 91 Ergänzungen; 2016-06-23",
        "Gepostet von Jana Quellmann | Wohnen;",
        "Von: Jana Quellmann | 31.10.23;"
      })
  void theMetaLineUnderTheHeadlineNamesTheAuthor(String meta, String day) {
    Article article = parse(meta);
    assertEquals(HEADLINE, article.title());
    assertEquals(List.of("Jana Quellmann"), article.authors());
    if (day != null) {
      assertEquals(day, article.published().local().toLocalDate().toString());
    }
  }

  @Test
  void aNameOverADateWithATwoDigitYearIsTheAuthorAndTheDateThePublishedOne() {
    Article article = parse("Jana Quellmann", "19.10.19, 08:00 Uhr");
    assertEquals(List.of("Jana Quellmann"), article.authors());
    assertEquals("2019-10-19T08:00", article.published().local().toString());
  }

  @ParameterizedTest
  @CsvSource({"vor 3 Stunden", "před 2 hodinami", "2 ore fa", "3 uur geleden", "5 godzin temu"})
  void aNameOverARelativeTimeIsTheAuthorWithNoUploadTimeToDateIt(String relative) {
    Article article = parse("Jana Quellmann", relative);
    assertEquals(List.of("Jana Quellmann"), article.authors());
    assertNull(article.published());
  }

  /**
   * A post whose header names no author, and whose footer does, under its share buttons and above
   * its comments (a commenter's "wrote on" line is no byline).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Posted by Jana Quellmann on March 10, 2015 at 08:05",
        "Posted by Jana Quellmann at 8:05 AM",
        "Written by Jana Quellmann",
        "Gepostet von Jana Quellmann am 4. Februar 2022"
      })
  void aPostsFooterNamesTheAuthor(String footer) {
    List<String> lines = new ArrayList<>(List.of("Stadtblog", "Start", "Themen", "", HEADLINE));
    lines.addAll(STORY);
    lines.addAll(
        List.of(
            "Teilen",
            "Twittern",
            footer,
            "2 Kommentare",
            "Max Berger wrote on March 11th, 2015 at 02:57:",
            "Endlich! Wir warten seit Jahren auf diese Fähre."));
    Article article = Dumps.parse("blog/x8.txt", lines.toArray(String[]::new));
    assertEquals(HEADLINE, article.title());
    assertEquals(List.of("Jana Quellmann"), article.authors());
    assertEquals(3, article.paragraphs().size());
  }
}
