package dev.articleingest.parse;

import dev.articleingest.parse.profile.SourceProfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.evaluation.Evaluation;
import dev.articleingest.evaluation.Shingles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality goals, measured over the whole corpus with the same code as the {@code eval} command:
 * body F1 at least 0.96 on HTML, title and published-time accuracy at least 0.97, and no
 * modification time ever stored as the publication time.
 */
class CorpusQualityTest {

  private static Evaluation.Report report;

  @BeforeAll
  static void evaluate() {
    report =
        Evaluation.corpus(
            new Extractor(SourceProfiles.bundledWith(GoldenFilesTest.PROFILES)),
            GoldenFilesTest.ROOT);
  }

  @Test
  void corpusCoversEveryFormatInVolume() {
    assertTrue(report.of("html").size() >= 15, report.table());
    assertTrue(report.of("text").size() >= 8, report.table());
    assertTrue(report.of("json").size() >= 3, report.table());
  }

  @Test
  void htmlBodyF1IsAtLeast096() {
    Shingles.Scores html = report.body("html");
    assertTrue(html.f1() >= 0.96, "HTML body F1 " + html.f1() + "\n" + report.table());
  }

  @Test
  void titleAndPublishedTimeAreRightInAtLeast97PercentOfCases() {
    assertTrue(report.accuracy("all", Evaluation.CaseResult::title) >= 0.97, report.table());
    assertTrue(report.accuracy("all", Evaluation.CaseResult::published) >= 0.97, report.table());
  }

  @Test
  void neverStoresAModificationTimeAsThePublicationTime() {
    assertEquals(0, report.modifiedAsPublished(), report.table());
  }

  @Test
  void theOnceHeldOutPagesMeetTheSameGoals() {
    Path heldOutRoot = Path.of("src/test/resources/heldout");
    Evaluation.Report heldOut =
        Evaluation.corpus(
            new Extractor(SourceProfiles.bundledWith(heldOutRoot.resolve("profiles.json"))),
            heldOutRoot);
    assertTrue(heldOut.cases().size() >= 7, heldOut.table());
    assertTrue(heldOut.accuracy("all", Evaluation.CaseResult::title) >= 0.97, heldOut.table());
    assertTrue(heldOut.accuracy("all", Evaluation.CaseResult::authors) >= 0.97, heldOut.table());
    assertTrue(heldOut.body("all").f1() >= 0.96, heldOut.table());
    assertTrue(heldOut.body("html").f1() >= 0.96, heldOut.table());
    assertTrue(heldOut.accuracy("all", Evaluation.CaseResult::published) >= 0.97, heldOut.table());
    assertEquals(0, heldOut.modifiedAsPublished(), heldOut.table());
  }
}
