package dev.articleingest.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.parse.profile.SourceProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderViewTest {

  private static HeaderView view(List<String> text) {
    List<DumpLine> lines =
        DumpLine.of(String.join("\n", text), SourceProfiles.bundled().forSource("unknown"));
    return new HeaderView(lines, null);
  }

  @Test
  void aHeadlineSharesTheBodysWordsAndALabelDoesNot() {
    HeaderView view =
        view(
            List.of(
                "From the section Europe",
                "Bridge repairs will cost the town millions",
                "The council said on Monday that repairs to the old bridge will cost millions.",
                "Engineers found the bridge unsafe last year."));
    double[] body = {0.1, 0.2, 0.9, 0.9};
    // "bridge", "repairs", "will", "cost", "town", "millions": all but "town" in the body
    assertEquals(5.0 / 6, view.bodyWordShare(1, body, 2), 1e-9);
    // "from", "section", "europe": none
    assertEquals(0.0, view.bodyWordShare(0, body, 2), 1e-9);
  }

  @Test
  void theBodysFirstLineIsNotCountedAgainstItself() {
    HeaderView view =
        view(List.of("Go", "Storm closes the harbour", "Fishing boats stayed in port."));
    double[] body = {0.1, 0.9, 0.9};
    // the candidate opens the body: "storm", "closes", "harbour" are only in itself
    assertEquals(0.0, view.bodyWordShare(1, body, 1), 1e-9);
    assertEquals(-1.0, view.bodyWordShare(0, body, 1), 1e-9); // no word of four letters
  }

  @Test
  void unspacedScriptsAreComparedByPairsOfCharactersOfLongRuns() {
    assertEquals(
        List.of("宇航", "航员", "员在", "在太", "太空"), HeaderView.units(new String[] {"宇航员在太空"}));
    assertEquals(List.of(), HeaderView.units(new String[] {"视频", "ツイート", "the", "gun"}));
    assertEquals(List.of("laws"), HeaderView.units(new String[] {"gun", "laws"}));
  }
}
