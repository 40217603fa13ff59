package dev.articleingest.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.parse.profile.SourceProfiles;
import dev.articleingest.parse.spi.ParseContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateChooserTest {

  private static final SourceProfiles PROFILES = SourceProfiles.bundled();

  private static final ParseContext CONTEXT =
      new ParseContext(
          "unknown", null, PROFILES.forSource("unknown"), null, null, PROFILES.jsonFields(),
          "x.txt");

  private static List<DumpLine> lines(String... text) {
    return DumpLine.of(String.join("\n", text), PROFILES.forSource("unknown"));
  }

  @Test
  void everyShortLineWithADateIsACandidateOnce() {
    List<DumpLine> lines =
        lines(
            "Monday, 7 December 2026",
            "Bridge repairs approved",
            "Jane Quill — 2019-05-20 — in Politics — Permalink",
            "Posted 3 March 2021 | Updated 4 March 2021",
            "Updated: 5 March 2021",
            "The council met on 3 March 2015 and voted, after a debate that went on for most of the"
                + " evening and well into the night, for the repairs to go ahead next spring.");
    List<DateChooser.Candidate> candidates = DateChooser.candidates(lines, CONTEXT);
    assertEquals(3, candidates.size(), candidates.toString());
    assertEquals(0, candidates.get(0).line());
    assertTrue(candidates.get(0).whole());
    assertEquals("2019-05-20", candidates.get(1).day().toString());
    assertFalse(candidates.get(1).whole());
    // the posted date, with the update beside it noted; the update alone is no candidate
    assertEquals("2021-03-03", candidates.get(2).day().toString());
    assertTrue(candidates.get(2).labelled());
    assertTrue(candidates.get(2).updateToo());
  }

  @Test
  void aQuotedPostsSignatureGivesNoCandidate() {
    List<DumpLine> lines =
        lines(
            "Bridge repairs approved",
            "— Jane Quill (@jquill) January 24, 2020",
            "24 January 2020");
    List<DateChooser.Candidate> candidates = DateChooser.candidates(lines, CONTEXT);
    assertEquals(1, candidates.size());
    assertEquals(2, candidates.get(0).line());
  }

  @Test
  void featuresSayWhereEachDateStandsAndHowThePagesDatesRelate() {
    List<DumpLine> lines =
        lines("3 March 2021", "Headline", "Body line", "Body line", "4 March 2021", "4 March 2021");
    List<DateChooser.Candidate> candidates = DateChooser.candidates(lines, CONTEXT);
    double[] body = {0.1, 0.2, 0.9, 0.9, 0.1, 0.1};
    float[][] f = DateChooser.of(lines, candidates, body, 1, 2, 3);
    int fromHeadline = DateChooser.NAMES.indexOf("from_headline");
    int sameDay = DateChooser.NAMES.indexOf("same_day_lines");
    int earliest = DateChooser.NAMES.indexOf("earliest");
    int daysFromEarliest = DateChooser.NAMES.indexOf("days_from_earliest");
    assertEquals(-1, f[0][fromHeadline]);
    assertEquals(3, f[1][fromHeadline]);
    assertEquals(1, f[0][sameDay]);
    assertEquals(2, f[1][sameDay]);
    assertEquals(1, f[0][earliest]);
    assertEquals(0, f[1][earliest]);
    assertEquals((float) Math.log1p(1), f[1][daysFromEarliest]);
  }
}
