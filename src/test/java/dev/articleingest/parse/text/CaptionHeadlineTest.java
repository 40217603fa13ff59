package dev.articleingest.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.model.Article;
import dev.articleingest.parse.profile.SourceProfiles;
import dev.articleingest.parse.spi.ParseContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A picture's caption with its credit often stands between a dump's headline and its body, nearer
 * the body than the headline and shaped like one. The headline model knows a credit when it sees
 * one ("Photo: ...", "Photograph: ...", "© AFP / ...", "Name/Reuters"), so the headline is still
 * the headline.
 */
class CaptionHeadlineTest {

  private static final String HEADLINE = "Harbour council approves new ferry route after long dispute";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The new ferry leaves the harbour on its first trial run. Photo: Reuters",
        "Councillor Mara Lindqvist at Tuesday's meeting. Photograph: Jon Eriksen for the Herald",
        "The ferry terminal at dawn © AFP / Peter Holm",
        "The ferry terminal at dawn, seen from the old pier. Peter Holm/Reuters",
        "Mara Lindqvist nach der Sitzung am Dienstag. | Foto: dpa"
      })
  void aCaptionBetweenTheHeadlineAndTheBodyIsNotTheHeadline(String caption) {
    Article article =
        Dumps.parse(
            "dumps/x1.txt",
            "HARBOUR HERALD",
            "News",
            "Sport",
            "Opinion",
            "Subscribe",
            "",
            "Local news",
            "Share this article",
            "Facebook Twitter",
            HEADLINE,
            "Anna Berg",
            "2 hours ago",
            "After three years of argument the islands get their direct crossing back, and the"
                + " first boats could sail in May.",
            caption,
            "",
            "The harbour council voted on Tuesday evening to approve a new ferry route between the"
                + " old town and the islands, ending a dispute that had run for almost three years.",
            "",
            "The route will run four times a day in summer and twice a day in winter, the council"
                + " said, and the first crossings are planned for the beginning of May this year.",
            "",
            "Residents of the islands had asked for a direct connection since the old service was"
                + " cut, and many of them came to the meeting to hear the vote in person.",
            "",
            "The operator still needs a licence from the maritime authority, which is expected to"
                + " decide within the next six weeks, according to the council's spokesperson.",
            "",
            "Related stories",
            "Ferry fares to rise next year",
            "Islanders protest over cuts",
            "",
            "© 2024 Harbour Herald");
    assertEquals(HEADLINE, article.title());
  }

  @Test
  void theHeadlineModelSeesACreditAndNoCreditInAHeadline() {
    List<String> text =
        List.of(
            "Photo: Reuters",
            "The new ferry on its first trial run. Photo: Reuters",
            "Councillor Mara Lindqvist. Photograph: Jon Eriksen for the Herald",
            "The ferry terminal at dawn © AFP / Peter Holm",
            "The terminal at dawn. Peter Holm/Getty Images",
            "Protesters outside the town hall (Symbolbild)",
            "Media captionDrone footage shows the harbour",
            "CreditEtienne Laurent/EPA",
            HEADLINE,
            "Reuters chief says the photo agency will stay in London",
            "Credit card fees: what the new rules mean for shoppers",
            "Image of the week: a ferry in the storm");
    SourceProfiles profiles = SourceProfiles.bundled();
    List<DumpLine> lines = DumpLine.of(String.join("\n", text), profiles.forSource("unknown"));
    HeaderView view =
        new HeaderView(
            lines,
            new ParseContext(
                "unknown", null, profiles.forSource("unknown"), null, null, profiles.jsonFields(),
                "x.txt"));
    double[] body = new double[lines.size()];
    int credit = HeadlineFeatures.NAMES.indexOf("credit");
    assertTrue(credit >= 0);
    for (int j = 0; j < lines.size(); j++) {
      float expected = j < 8 ? 1 : 0;
      assertEquals(
          expected,
          HeadlineFeatures.of(view, j, 0, body, lines.size())[credit],
          lines.get(j).text());
    }
  }
}
