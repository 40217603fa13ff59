package dev.articleingest.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleingest.ingest.Capacity;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.ingest.Timings;
import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TelemetryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keeps the EMF documents instead of printing them. */
  private static final class Captured implements Consumer<byte[]> {
    final List<String> documents = new ArrayList<>();

    @Override
    public void accept(byte[] line) {
      documents.add(new String(line, StandardCharsets.UTF_8));
    }
  }

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  private static Telemetry telemetry(Captured captured) {
    return new Telemetry(captured, Map.of("functionVersion", "7"), CLOCK);
  }

  private static Article sample() throws Exception {
    try (InputStream in =
        TelemetryTest.class.getResourceAsStream(
            "/golden/rt.com/rt-russia-issues-warning-to-us/input.txt")) {
      return Extractor.withBundledProfiles()
          .extract(new RawInput(in.readAllBytes(), "rt.com/a.txt", Map.of()));
    }
  }

  private static IngestResult stored(Article article, String duplicateOf) {
    ObjectRef ref = new ObjectRef("bucket", "rt.com/a.txt", null, "etag", "01", 3403);
    return new IngestResult(
        ref,
        ArticleId.of(ref),
        new IngestResult.Stored(article, false, duplicateOf),
        "text",
        3403,
        new Timings(12.5, 3.25, 20),
        new Capacity(1, 9));
  }

  private static JsonNode metrics(JsonNode document) {
    return document.get("_aws").get("CloudWatchMetrics").get(0);
  }

  @Test
  void emitsOneEmfDocumentPerArticleWithLowCardinalityDimensions() throws Exception {
    Captured captured = new Captured();
    Telemetry telemetry = telemetry(captured);

    telemetry.record(stored(sample(), "0123456789abcdef01234567"), "req-1");

    assertEquals(1, captured.documents.size());
    JsonNode document = JSON.readTree(captured.documents.get(0));
    JsonNode directive = metrics(document);
    assertEquals(Telemetry.NAMESPACE, directive.get("Namespace").asText());
    assertEquals(
        "[[\"Outcome\"],[\"Outcome\",\"Source\",\"Format\"]]",
        directive.get("Dimensions").toString());
    Set<String> names = new HashSet<>();
    directive.get("Metrics").forEach(m -> names.add(m.get("Name").asText()));
    assertEquals(
        Set.of(
            "Ingested",
            "Duplicates",
            "Bytes",
            "FetchLatency",
            "ParseLatency",
            "StoreLatency",
            "WriteUnits"),
        names);
    assertEquals("STORED", document.get("Outcome").asText());
    assertEquals("rt.com", document.get("Source").asText());
    assertEquals("text", document.get("Format").asText());
    assertEquals(1, document.get("Ingested").asInt());
    assertEquals(3403, document.get("Bytes").asInt());
    assertEquals(3.25, document.get("ParseLatency").asDouble());
    assertEquals(9, document.get("WriteUnits").asInt());
    assertEquals("req-1", document.get("requestId").asText());
    assertFalse(document.has("LogGroup"), "no default dimensions: " + document);
    assertEquals(CLOCK.millis(), document.get("_aws").get("Timestamp").asLong());
    assertEquals("7", document.get("functionVersion").asText());
    assertTrue(captured.documents.get(0).endsWith("\n"), "one line per document");
    assertEquals(1, captured.documents.get(0).split("\n").length);
  }

  @Test
  void rejectionsAreCountedByReason() throws Exception {
    Captured captured = new Captured();
    Telemetry telemetry = telemetry(captured);
    ObjectRef ref = new ObjectRef("bucket", "x/empty.txt", null, null, "02", 0);
    IngestResult rejected =
        new IngestResult(
            ref,
            ArticleId.of(ref),
            new IngestResult.Rejected(RejectionReason.EMPTY, "the object is empty"),
            "text",
            0,
            Timings.NONE,
            new Capacity(1, 1));

    telemetry.record(rejected, "req-2");

    JsonNode document = JSON.readTree(captured.documents.get(0));
    assertEquals(
        "[[\"Outcome\"],[\"Outcome\",\"Source\",\"Format\"],[\"Reason\"]]",
        metrics(document).get("Dimensions").toString());
    assertEquals("EMPTY", document.get("Reason").asText());
    assertEquals(1, document.get("Rejected").asInt());
  }

  @Test
  void theLogLineHasTheFieldsOperatorsNeedAndNoArticleText() throws Exception {
    Article article = sample();

    Map<String, Object> fields = Telemetry.logLine(stored(article, null), "req-3");

    for (String field :
        List.of(
            "bucket",
            "key",
            "id",
            "source",
            "format",
            "bytes",
            "parseMs",
            "outcome",
            "warnings",
            "requestId")) {
      assertTrue(fields.containsKey(field), field + " in " + fields);
    }
    assertEquals("rt.com/a.txt", fields.get("key"));
    assertEquals(3, fields.get("warnings"));
    String rendered = fields.toString();
    assertFalse(rendered.contains(article.title()), rendered);
    for (String paragraph : article.paragraphs()) {
      assertFalse(rendered.contains(paragraph.substring(0, 30)), rendered);
    }
  }

  /** Runs the action with standard output (where logs and metrics go) captured. */
  private static String printed(Runnable action) {
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      action.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void silentTelemetryPrintsNeitherLogLinesNorMetrics() throws Exception {
    IngestResult result = stored(sample(), null);
    Runnable both =
        () -> {
          Telemetry.silent(CLOCK).record(result, "req-1");
          Telemetry.silent(CLOCK).failed("bucket", "key", new IllegalStateException("x"), "req-1");
        };

    assertEquals("", printed(both));
    // the same calls on the Lambda's telemetry print a log line and a metrics document each
    String loud =
        printed(
            () -> {
              Telemetry lambda = Telemetry.forLambda(Map.of(), CLOCK);
              lambda.record(result, "req-1");
              lambda.failed("bucket", "key", new IllegalStateException("x"), "req-1");
            });
    assertEquals(4, loud.split("\n").length, loud);
  }
}
