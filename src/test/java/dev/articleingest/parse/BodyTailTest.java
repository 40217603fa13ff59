package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyTailTest {

  private static final List<String> STORY =
      List.of(
          "Der Stadtrat hat am Dienstagabend eine neue Fährverbindung zwischen der Altstadt und den"
              + " Inseln beschlossen und damit einen Streit beendet, der fast drei Jahre dauerte.",
          "Die Fähre soll im Sommer viermal und im Winter zweimal am Tag fahren, teilte der Rat mit,"
              + " und die ersten Überfahrten sind für Anfang Mai dieses Jahres geplant.",
          "Die Bewohner der Inseln hatten seit der Einstellung des alten Dienstes eine direkte"
              + " Verbindung gefordert, und viele von ihnen kamen zur Sitzung.");

  private static List<String> story(String... after) {
    List<String> paragraphs = new ArrayList<>(STORY);
    paragraphs.addAll(List.of(after));
    return paragraphs;
  }

  @Test
  void aShortHeadingOverShortLinesUnderTheStoryStartsTheTail() {
    assertEquals(
        3,
        BodyTail.start(
            story("Weitere Informationen:", "Pressestelle der Stadt", "Telefon 0761 201-0")));
    assertEquals(3, BodyTail.start(story("Schon gelesen?", "Neue Radwege am Rheinufer")));
    assertEquals(3, BodyTail.start(story("Kontakt")));
  }

  @Test
  void theStorysOwnSectionsListsAndDataStay() {
    // a heading over prose
    assertEquals(
        5,
        BodyTail.start(
            story(
                "Wie es weitergeht",
                "Der Rat will im Herbst über einen zweiten Anleger am Nordufer entscheiden, sagte"
                    + " die Bürgermeisterin nach der Sitzung.")));
    // a list's items, a line of key and value, a sentence
    assertEquals(5, BodyTail.start(story("* Abfahrt 7 Uhr", "* Rückfahrt 19 Uhr")));
    assertEquals(4, BodyTail.start(story("Fahrpreis: 4 Euro")));
    assertEquals(4, BodyTail.start(story("Gute Fahrt!")));
    // under a story too short to tell a tail from its last line
    assertEquals(2, BodyTail.start(List.of("Zwei Zeilen.", "Nächster Absatz")));
  }

  @Test
  void aContactBoxUnderAnHtmlPagesStoryIsNotBody() {
    StringBuilder html = new StringBuilder("<html><body><article><h1>Neue Fähre beschlossen</h1>");
    for (String p : STORY) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("<h3>Weitere Informationen:</h3>")
        .append("<p>Pressestelle der Stadt Freiburg</p>")
        .append("<p>Telefon 0761 201-0</p>")
        .append("</article></body></html>");
    Article article =
        Extractor.withBundledProfiles()
            .extract(
                new RawInput(
                    html.toString().getBytes(StandardCharsets.UTF_8), "faehre.html", Map.of()));
    assertEquals(STORY, article.paragraphs());
  }
}
