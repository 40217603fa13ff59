package dev.articleingest.parse.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.parse.profile.SourceProfiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSpanTest {

  private static final String PROSE =
      "Whether the old bridge over the river can be saved has been argued about in the town for"
          + " years, and this guide sets out what the engineers found, what the repairs would cost"
          + " and what the council has decided to do about it.";

  /** The lines, one per entry (an entry of "" is a blank line), and the model's probabilities. */
  private static int[] span(List<String> text, double[] p) {
    List<DumpLine> lines =
        DumpLine.of(String.join("\n", text), SourceProfiles.bundled().forSource("unknown"));
    return ArticleSpan.find(lines, p, TextDumpParser.BODY_THRESHOLD);
  }

  private static List<String> page(int contentsLines, String gapLine) {
    List<String> text = new ArrayList<>();
    text.add("Menu");
    text.add(PROSE);
    for (int i = 0; i < contentsLines; i++) {
      text.add(gapLine);
    }
    text.add(PROSE);
    text.add(PROSE);
    return text;
  }

  private static double[] probabilities(int contentsLines, double opening) {
    double[] p = new double[contentsLines + 4];
    p[0] = 0.05;
    p[1] = opening;
    for (int i = 0; i < contentsLines; i++) {
      p[2 + i] = 0.1;
    }
    p[contentsLines + 2] = 0.95;
    p[contentsLines + 3] = 0.95;
    return p;
  }

  @Test
  void anOpeningParagraphAboveATableOfContentsStartsTheStretch() {
    assertArrayEquals(
        new int[] {1, 13}, span(page(10, "4. The costs of the repair"), probabilities(10, 0.9)));
  }

  @Test
  void theOpeningStaysOutWhenTheModelDoubtsIt() {
    assertArrayEquals(
        new int[] {12, 13}, span(page(10, "4. The costs of the repair"), probabilities(10, 0.6)));
  }

  @Test
  void theOpeningStaysOutPastTooManyLinesOrALongLine() {
    assertArrayEquals(
        new int[] {17, 18}, span(page(15, "4. The costs of the repair"), probabilities(15, 0.9)));
    String teaser =
        "A line of a teaser for another story that runs on for more than fifteen words before it"
            + " ends";
    assertArrayEquals(new int[] {5, 6}, span(page(3, teaser), probabilities(3, 0.9)));
  }
  private static double[] keptLists(List<String> text, double[] p) {
    List<DumpLine> lines =
        DumpLine.of(String.join("\n", text), SourceProfiles.bundled().forSource("unknown"));
    double[] out = p.clone();
    ArticleSpan.keepIntroducedLists(lines, out, TextDumpParser.BODY_THRESHOLD);
    return out;
  }

  @Test
  void aListIntroducedByAColonAndFollowedByTextIsTheArticles() {
    List<String> text =
        List.of(PROSE, "The rankings were as follows:", "1. Finland", "2. Norway", "3. Canada", "",
            PROSE);
    double[] p = {0.9, 0.45, 0.2, 0.1, 0.15, 0.7};
    assertArrayEquals(new double[] {0.9, 0.5, 0.5, 0.5, 0.5, 0.7}, keptLists(text, p));
    // and the span runs through it
    assertArrayEquals(new int[] {0, 5}, ArticleSpan.find(
        DumpLine.of(String.join("\n", text), SourceProfiles.bundled().forSource("unknown")),
        keptLists(text, p), TextDumpParser.BODY_THRESHOLD));
  }

  @Test
  void aRunOfShortLinesIsNoListWithoutTheColonTheTextAfterOrAWholeBlock() {
    double[] p = {0.9, 0.45, 0.2, 0.1, 0.15, 0.7};
    // no colon: a menu under a paragraph
    List<String> noColon =
        List.of(PROSE, "The rankings were as follows", "Home", "News", "Sport", "", PROSE);
    assertArrayEquals(p, keptLists(noColon, p));
    // nothing the model takes for text after it: a list of links closing the page
    double[] end = {0.9, 0.45, 0.2, 0.1, 0.15, 0.3};
    List<String> colon =
        List.of(PROSE, "The rankings were as follows:", "1. Finland", "2. Norway", "3. Canada", "",
            PROSE);
    assertArrayEquals(end, keptLists(colon, end));
    // the short lines run on into a long one in the same block: not a list of items alone
    List<String> runOn =
        List.of(PROSE, "Read more:", "Home", "News", "Sport", PROSE);
    assertArrayEquals(p, keptLists(runOn, p));
  }
  private static final String STORY =
      "Tite said he had been wrong to take the Libertadores trophy to Lula in 2012, when the"
          + " Corinthians coach visited the institute to show the former president the cup.";

  private static final String STORY_GOES_ON =
      "Asked whether he would accept a meeting with Bolsonaro, Tite said he had been wrong in"
          + " 2012 and that the coach of the national side should keep away from politics, as"
          + " Corinthians should have done when the trophy was taken to Lula.";

  private static final String TEASER =
      "Subscribe to our weekly newsletter and receive the best recipes, travel ideas and"
          + " gardening tips in your inbox every Friday morning, free of charge for all readers.";

  /** The story, a box of short lines inside it, and what comes below the box. */
  private static int[] spanWithBox(int boxLines, String below) {
    List<String> text = new ArrayList<>(List.of("Menu", STORY, STORY));
    for (int i = 0; i < boxLines; i++) {
      text.add("Share on Facebook");
    }
    text.add(below);
    double[] p = new double[text.size()];
    p[0] = 0.05;
    p[1] = 0.95;
    p[2] = 0.95;
    for (int i = 3; i < 3 + boxLines; i++) {
      p[i] = 0.1;
    }
    p[p.length - 1] = 0.85;
    return span(text, p);
  }

  @Test
  void theStoryGoesOnBelowABoxOfShortLinesInsideIt() {
    assertArrayEquals(new int[] {1, 17}, spanWithBox(14, STORY_GOES_ON));
  }

  @Test
  void textBelowABoxThatSharesFewOfTheStorysWordsIsNotTheStory() {
    assertArrayEquals(new int[] {1, 2}, spanWithBox(14, TEASER));
  }

  @Test
  void aLongerRunOfShortLinesEndsTheStory() {
    assertArrayEquals(new int[] {1, 2}, spanWithBox(25, STORY_GOES_ON));
  }

  @Test
  void numberedStepsBelowAHeaderAreOneStretchInARescue() {
    List<String> text =
        List.of("Steps", "1", PROSE, "2", PROSE, "3", PROSE, "Nutrition Facts", "Calories", "390");
    List<DumpLine> lines =
        DumpLine.of(String.join("\n", text), SourceProfiles.bundled().forSource("unknown"));
    double[] p = {0.04, 0.03, 0.6, 0.02, 0.56, 0.02, 0.7, 0.01, 0.0, 0.0};
    // the numbers split the steps for the stretch of the whole page...
    assertArrayEquals(new int[] {6, 6}, ArticleSpan.find(lines, p, TextDumpParser.BODY_THRESHOLD));
    // ...but not for the stretch looked for below a header that took it all
    assertArrayEquals(
        new int[] {2, 6}, ArticleSpan.rescue(lines, p, TextDumpParser.BODY_THRESHOLD));
  }

  @Test
  void aRescueWithNoLineOfTextTakesEveryLine() {
    List<DumpLine> lines =
        DumpLine.of("Calories\n390\nProtein", SourceProfiles.bundled().forSource("unknown"));
    assertArrayEquals(
        new int[] {0, 2},
        ArticleSpan.rescue(lines, new double[] {0.1, 0.0, 0.2}, TextDumpParser.BODY_THRESHOLD));
  }

  private static double[] sandwiched(List<String> text, double[] p, int from) {
    List<DumpLine> lines =
        DumpLine.of(String.join("\n", text), SourceProfiles.bundled().forSource("unknown"));
    return ArticleSpan.withSandwiched(
        lines, p, TextDumpParser.BODY_THRESHOLD, from, k -> lines.get(k).text().equals("May 4"));
  }

  @Test
  void aRunTheModelHalfBelievesBetweenTextIsText() {
    List<String> text =
        List.of("Menu", PROSE, "", "What the engineers found", "", PROSE, "Share this", PROSE);
    double[] p = {0.05, 0.9, 0.35, 0.9, 0.45, 0.9};
    // the subheading is raised; the copy is changed, not the model's probabilities
    assertArrayEquals(new double[] {0.05, 0.9, 0.5, 0.9, 0.45, 0.9}, sandwiched(text, p, 0));
    assertArrayEquals(new double[] {0.05, 0.9, 0.35, 0.9, 0.45, 0.9}, p);
    // not before the start the caller gives (the header's lines)
    assertArrayEquals(p, sandwiched(text, p, 2));
  }

  @Test
  void aRunStaysOutWhenOneLineOfItIsDoubtedMoreOrIsChromeOrMetadataOrItEndsThePage() {
    double[] p = {0.9, 0.35, 0.25, 0.9};
    List<String> weak = List.of(PROSE, "", "What the engineers found", "Related", "", PROSE);
    assertArrayEquals(p, sandwiched(weak, p, 0));
    double[] q = {0.9, 0.35, 0.9};
    assertArrayEquals(q, sandwiched(List.of(PROSE, "", "May 4", "", PROSE), q, 0));
    assertArrayEquals(q, sandwiched(List.of(PROSE, "", "Cookie settings", "", PROSE), q, 0));
    double[] end = {0.9, 0.4};
    assertArrayEquals(end, sandwiched(List.of(PROSE, "", "What the engineers found"), end, 0));
  }

  private static int leadAbove(List<String> text, double[] p, int start, int headline) {
    List<DumpLine> lines =
        DumpLine.of(String.join("\n", text), SourceProfiles.bundled().forSource("unknown"));
    return ArticleSpan.leadAbove(lines, p, start, headline, TextDumpParser.BODY_THRESHOLD);
  }

  @Test
  void aLeadTheModelBelievesAboveAShareRowStartsTheArticle() {
    List<String> text =
        List.of("Bridge to be saved", PROSE, "Share", "Tweet", "E-mail", PROSE, PROSE);
    double[] p = {0.1, 0.7, 0.1, 0.2, 0.1, 0.95, 0.95};
    assertEquals(1, leadAbove(text, p, 5, 0));
  }

  @Test
  void noLeadWhenTheModelDoubtsItOrALongerLineOrTheHeadlineLiesBetweenOrItIsFarAbove() {
    List<String> text =
        List.of("Bridge to be saved", PROSE, "Share", "Tweet", "E-mail", PROSE, PROSE);
    // the model doubts it
    assertEquals(5, leadAbove(text, new double[] {0.1, 0.4, 0.1, 0.2, 0.1, 0.95, 0.95}, 5, 0));
    // the lead would be the headline's own line or above it
    assertEquals(5, leadAbove(text, new double[] {0.1, 0.7, 0.1, 0.2, 0.1, 0.95, 0.95}, 5, 1));
    // a line of more than three words between: a teaser, a caption, not a share row
    List<String> captioned =
        List.of("Bridge to be saved", PROSE, "The old bridge at dawn, seen from the quay", PROSE);
    assertEquals(3, leadAbove(captioned, new double[] {0.1, 0.7, 0.1, 0.95}, 3, 0));
    // more than four short lines between
    List<String> far =
        List.of("Bridge", PROSE, "Share", "Tweet", "E-mail", "Print", "Save", PROSE);
    assertEquals(7, leadAbove(far, new double[] {0.1, 0.7, 0.1, 0.1, 0.1, 0.1, 0.1, 0.95}, 7, 0));
    // a short line the model believes is no lead
    List<String> label = List.of("Bridge", "Read the whole story.", "Share", PROSE);
    assertEquals(3, leadAbove(label, new double[] {0.1, 0.8, 0.1, 0.95}, 3, 0));
  }
}
