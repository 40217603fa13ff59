package dev.articleingest.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.parse.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark mode of {@code eval}: a folder of pages and a ground-truth file. */
class EvaluationTest {

  private static final String BODY =
      "The council voted on Wednesday night to fund a full repair of the old harbour bridge,"
          + " ending two years of argument over who should pay for the work.";

  private static String page(String title, String body, String chrome) {
    return "<html><head><title>"
        + title
        + " | Gazette</title></head><body><nav><a href=/>Home</a></nav><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p><p>"
        + chrome
        + "</p></article></body></html>";
  }

  @Test
  void scoresPlainAndGzippedPagesAgainstTheirArticleBodies(@TempDir Path dir) throws IOException {
    Path html = Files.createDirectories(dir.resolve("html"));
    Files.writeString(html.resolve("a.html"), page("Bridge repairs approved", BODY, ""));
    // b carries a paragraph of chrome the truth does not have: precision drops, recall stays 1
    String extra = "Subscribe to the Gazette today for full access to every local story we print.";
    Files.write(html.resolve("b.html.gz"), gzip(page("Floods recede", BODY, extra)));
    Files.writeString(html.resolve("notes.txt"), "not a page");
    Path truth = dir.resolve("ground-truth.json");
    Files.writeString(
        truth,
        "{\"a\": {\"articleBody\": \""
            + BODY
            + "\", \"headline\": \"Bridge repairs approved\"},"
            + " \"b\": {\"articleBody\": \""
            + BODY
            + "\"}, \"missing\": {\"articleBody\": \"no page for this id\"}}");

    Evaluation.Report report = Evaluation.benchmark(Extractor.withBundledProfiles(), html, truth);

    assertEquals(2, report.cases().size(), "one result per page that has a truth entry");
    Evaluation.CaseResult a = report.cases().get(0);
    Evaluation.CaseResult b = report.cases().get(1);
    assertEquals(true, a.title());
    assertEquals(null, b.title(), "no headline in the truth: title not scored");
    assertEquals(1.0, a.body().precision(), 1e-9);
    assertTrue(b.body().precision() < 1.0, "the extra paragraph costs precision");
    assertEquals(1.0, b.body().recall(), 1e-9);
    assertTrue(report.table().contains("body F1"), report.table());
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
