package dev.articleingest.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.model.Article;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.ParserVersion;
import dev.articleingest.model.Published;
import dev.articleingest.parse.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageBenchmarkTest {

  private static final String BODY =
      "The city council approved repairs to the old harbour bridge on Thursday, after a survey"
          + " found its steel supports badly corroded. Work starts in May and will take a year.";

  private static final String DUMP =
      "Home\nNews\nSport\n\nCouncil approves bridge repairs\n\nBy Jane Doe and John Roe\n\n"
          + "14 March 2024\n\n"
          + BODY
          + "\n\nSubscribe to our newsletter\n";

  private static String page(String title, String body, String extra) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p><p>"
        + extra
        + "</p></article></body></html>";
  }

  @Test
  void scoresTextDumpsAndPagesInBothTruthForms(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("dump.txt"), DUMP);
    String extra = "Subscribe to the Gazette today for full access to every local story we print.";
    Files.write(dir.resolve("page.html.gz"), gzip(page("Floods recede", BODY, extra)));
    Files.writeString(dir.resolve("notes.md"), "not a page");
    Path truth = dir.resolve("truth.json");
    Files.writeString(
        truth,
        "{\"dump\": {\"articleBody\": \""
            + BODY
            + "\", \"title\": \"Council approves bridge repairs\","
            + " \"byline\": \"By Jane Doe and John Roe\","
            + " \"publishedTime\": \"2024-03-14T09:00:00+00:00\"},"
            + " \"page\": {\"with\": [\"the old harbour bridge\", \"Work starts in May\"],"
            + " \"without\": [\"Subscribe to the Gazette\", \"not in the page\"]},"
            + " \"missing\": {\"articleBody\": \"no page for this id\"}}");
    PageBenchmark benchmark = PageBenchmark.of(dir, truth);

    assertEquals(List.of("dump", "page"), benchmark.ids(), "pages with truth, in id order");
    // what an extractor might give: the dump's article exactly, the page's with its chrome line
    PageBenchmark.Figures figures =
        benchmark.score(
            benchmark.predict(
                input ->
                    input.key().equals("dump.txt")
                        ? article(
                            "Council approves bridge repairs",
                            List.of("Jane Doe", "John Roe"),
                            BODY)
                        : article("Floods recede", List.of(), BODY + "\n\n" + extra)));

    assertEquals(2, figures.pages());
    assertEquals(1, figures.bodyDocuments());
    assertEquals(1.0, figures.body().precision(), 1e-9, figures.table("x"));
    assertEquals(1.0, figures.body().recall(), 1e-9);
    assertEquals(1, figures.titles());
    assertEquals(1, figures.bylinesLoose(), "Jane Doe, John Roe: the same names");
    assertEquals(0, figures.bylines(), "but not the same string");
    assertEquals(1, figures.days());
    assertArrayEquals(new long[] {2, 1, 0, 1}, figures.snippets(), "the chrome line was kept");
    assertEquals(0.8, figures.snippetF1(), 1e-9);
    assertTrue(figures.table("x").contains("snippets  P 0.667  R 1.000  F1 0.800"), figures.table("x"));
  }

  @Test
  void readsEveryPageKindTheExtractorTakes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("dump.txt"), DUMP);
    Files.write(dir.resolve("page.html.gz"), gzip(page("Floods recede", BODY, "")));
    Path truth = dir.resolve("truth.json");
    Files.writeString(truth, "{\"dump\": {\"articleBody\": \"x\"}, \"page\": {\"with\": []}}");
    PageBenchmark benchmark = PageBenchmark.of(dir, truth);

    List<PageBenchmark.Prediction> predictions =
        benchmark.predict(Extractor.withBundledProfiles());

    assertEquals("Council approves bridge repairs", predictions.get(0).title());
    assertEquals("Floods recede", predictions.get(1).title());
    assertTrue(
        PageBenchmark.predictionsJson(predictions).get("page").get("articleBody").asText()
            .contains("harbour bridge"));
  }

  private static Article article(String title, List<String> authors, String body) {
    List<String> paragraphs = List.of(body.split("\n\n"));
    return new Article(
        "example.org",
        null,
        title,
        null,
        authors,
        new Published(LocalDateTime.parse("2024-03-14T10:00"), ZoneOffset.UTC),
        null,
        paragraphs,
        40,
        "en",
        1,
        "hash",
        ParserVersion.CURRENT,
        "text",
        List.of(),
        new Dropped(List.of(), null));
  }

  @Test
  void bodyScoresAreShingleSharesAveragedOverDocuments() {
    // truth shingles {a b c d, b c d e}; predicted {a b c d}: tp 1/2, fn 1/2 -> P 1, R 0.5
    Shingles.Match half = Shingles.match("a b c d e", "a b c d");
    Shingles.Match none = Shingles.match("w x y z", "");
    Shingles.Scores scores = Shingles.scores(List.of(half, none));

    assertEquals(1.0, scores.precision(), 1e-9, "an empty prediction counts for recall only");
    assertEquals(0.25, scores.recall(), 1e-9);
    assertEquals(0.4, scores.f1(), 1e-9);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
