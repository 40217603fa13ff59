package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.Article;
import dev.articleingest.telemetry.Telemetry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Everything the function writes while it ingests every sample format, a rejected object and a
 * failing call: no article text and no credential may appear in it. Lambda sends all of it (logs
 * and EMF metrics alike) to CloudWatch Logs.
 */
@ExtendWith(LocalStackExtension.class)
class LogHygieneTest {

  private final LocalStack stack;

  LogHygieneTest(LocalStack stack) {
    this.stack = stack;
  }

  @Test
  void theFunctionsOutputHoldsNoArticleTextAndNoCredentials() throws IOException {
    stack.recreateTable();
    List<S3Events.Upload> uploads = new ArrayList<>();
    for (String file :
        List.of(
            "rt.com/rt-russia-issues-warning-to-us.txt",
            "harbour-gazette.example/bridge-repairs.html",
            "flood-watch.example/spring-floods.json.gz")) {
      uploads.add(upload(file, Files.readAllBytes(Path.of("samples", file))));
    }
    uploads.add(upload("x/broken.json", "{\"title\": Secret headline, \"body\": 1}".getBytes()));
    uploads.add(upload("x/cut.json", "{\"title\": \"Secret headline\", \"body\": ".getBytes()));
    LocalLambda handler =
        new LocalLambda(
            stack.dependencies().withTelemetry(Telemetry.forLambda(Map.of(), Clock.systemUTC())));

    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<IngestResult> results;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      results = handler.results(S3Events.created(uploads), "hygiene");
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);

    assertTrue(output.contains("\"outcome\":\"STORED\""), "the run did log: " + output);
    assertTrue(output.contains("_aws"), "and emitted EMF metrics");
    for (Article article : results.stream().flatMap(r -> r.article().stream()).toList()) {
      assertFalse(output.contains(article.title()), "a title was logged");
      for (String paragraph : article.paragraphs()) {
        String start = paragraph.substring(0, Math.min(40, paragraph.length()));
        assertFalse(output.contains(start), "body text was logged: " + start);
      }
    }
    assertFalse(output.contains("Secret headline"), "a rejected object's text was logged");
    assertFalse(output.contains(LocalStack.secretKey()), "the secret key was logged");
    assertFalse(output.toLowerCase().contains("secretaccesskey"), "a credential field was logged");
  }

  private S3Events.Upload upload(String key, byte[] content) {
    return Uploads.put(stack, key, content);
  }
}
