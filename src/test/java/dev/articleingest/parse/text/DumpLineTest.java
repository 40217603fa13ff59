package dev.articleingest.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.articleingest.parse.profile.SourceProfiles;
import dev.articleingest.parse.spi.Draft;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpLineTest {

  private static final String PARAGRAPH =
      "The council voted on Tuesday to fund repairs to the old harbour bridge, ending years of"
          + " argument over whether the structure could be saved at a reasonable cost.";

  private static List<DumpLine> lines(String text) {
    return DumpLine.of(text, SourceProfiles.bundled().forSource("unknown"));
  }

  private static List<Integer> blocks(List<DumpLine> lines) {
    List<Integer> blocks = new ArrayList<>();
    for (DumpLine line : lines) {
      blocks.add(line.block());
    }
    return blocks;
  }

  /** A page: a menu, a headline, a byline, two paragraphs with a line between, a list. */
  private static final List<String> PAGE =
      List.of(
          "Home",
          "News",
          "Sport",
          "Bridge repairs approved after years of argument",
          "By Jane Quill",
          PARAGRAPH,
          "The mayor said the bridge was part of the town's history.",
          "Advertisement",
          PARAGRAPH,
          "Related",
          "Library extends its hours",
          "Harbour festival returns");

  /** Where innerText would set the page's lines apart. */
  private static final List<Integer> PAGE_BLOCKS = List.of(0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 5, 5);

  @Test
  void aFlatDumpsParagraphsOfProseAreBlocksOfTheirOwnAndItsShortRunsShareOne() {
    assertEquals(PAGE_BLOCKS, blocks(DumpLine.laidOut(lines(String.join("\n", PAGE)))));
  }

  @Test
  void aDumpWithABlankLineBetweenEveryTwoLinesKeepsItsBlocks() {
    List<DumpLine> spaced = lines(String.join("\n\n", PAGE));
    assertSame(spaced, DumpLine.laidOut(spaced));
  }

  @Test
  void aDumpWithBlankLinesOrFewLinesIsLeftAsItIs() {
    List<DumpLine> spaced =
        lines("Home\nNews\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\nA\nB\nC\nD\nE\nF");
    assertSame(spaced, DumpLine.laidOut(spaced));
    List<DumpLine> few = lines("Home\n" + PARAGRAPH + "\n" + PARAGRAPH);
    assertSame(few, DumpLine.laidOut(few));
  }

  @Test
  void aFlatDumpParsesToTheBodyOfTheSameDumpWithItsBlankLines() {
    List<String> page = new ArrayList<>();
    page.add(
        "Skip to main content\nNews\nTech\nScience\nPolicy\nCars\nCulture\nStore\nForums"
            + "\nSubscribe\nClose\nNavigate\nVideos\nFeatures\nReviews\nRSS Feeds\nMobile Site"
            + "\nAbout us\nStaff Directory\nContact Us\nAdvertise\nSign in\nComment activity"
            + "\nSign up or log in to join the discussions!\nTech —");
    page.add(
        "Old harbour bridge will be repaired after years of argument\n"
            + "Two-year plan keeps the crossing open to walkers.\n"
            + "Jane Quill - Mar 14, 2024 8:02 pm UTC\nreader comments\n75 with 51 posters"
            + " participating\nShare this story\nShare on Facebook\nShare on Twitter");
    page.add(PARAGRAPH);
    page.add("Engineers said the repairs would take two years.");
    page.add(
        "The bridge would stay open to walkers for most of that time, with closures only at"
            + " weekends during the heaviest work on its piers.");
    page.add("\"We have argued about this for long enough,\" the mayor said on Tuesday.");
    page.add(
        "The council chose the cheaper of two plans, which keeps the old stone arches and"
            + " replaces the iron deck that was added in the 1950s.");
    page.add("Work is due to start in the spring.");
    page.add(
        "A local history group, which had campaigned for the bridge for a decade, said it would"
            + " record the work and publish a book about the crossing when it reopens.");
    page.add(
        "Read more\nLibrary extends its opening hours\nHarbour festival returns\nNew ferry"
            + " timetable\nAbout us\nContact\nPrivacy policy\nTerms of use");
    TextDumpParser parser = new TextDumpParser();
    Draft spaced =
        parser.parseText(String.join("\n\n", page), TextModelTrainer.context("bridge.txt"));
    Draft flat = parser.parseText(String.join("\n", page), TextModelTrainer.context("bridge.txt"));
    assertEquals(7, spaced.paragraphs.size(), spaced.paragraphs::toString);
    assertEquals(spaced.paragraphs, flat.paragraphs);
  }

  @Test
  void theParserLaysAFlatDumpOutBeforeTheLineModelReadsIt() {
    String flat =
        String.join(
            "\n", "Home", "News", "Sport", "Weather", "Log in", PARAGRAPH, PARAGRAPH, "About us",
            "Contact", "Privacy policy");
    TextDumpParser parser = new TextDumpParser(
            // text exactly when a line is a block of its own
            HandMadeLineModel.of("blank_before", 0.5f, -4, "blank_after", 0.5f, -4, 4), null, null);
    Draft draft = parser.parseText(flat, TextModelTrainer.context("bridge.txt"));
    assertEquals(List.of(PARAGRAPH, PARAGRAPH), draft.paragraphs);
  }
}
