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
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

class TelemetryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An EMF environment that keeps the serialized documents instead of printing them. */
  private static final class Captured implements Environment, ISink {
    final List<String> documents = new ArrayList<>();

    @Override
    public boolean probe() {
      return true;
    }

    @Override
    public String getName() {
      return "test";
    }

    @Override
    public String getType() {
      return "test";
    }

    @Override
    public String getLogGroupName() {
      return "test";
    }

    @Override
    public void configureContext(MetricsContext context) {}

    @Override
    public ISink getSink() {
      return this;
    }

    @Override
    public void accept(MetricsContext context) {
      try {
        documents.addAll(context.serialize());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
      return CompletableFuture.completedFuture(null);
    }
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
        Outcome.STORED,
        ref,
        ArticleId.of(ref),
        article,
        duplicateOf,
        null,
        null,
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
    Telemetry telemetry = new Telemetry(() -> new MetricsLogger(captured));

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
  }

  @Test
  void rejectionsAreCountedByReason() throws Exception {
    Captured captured = new Captured();
    Telemetry telemetry = new Telemetry(() -> new MetricsLogger(captured));
    ObjectRef ref = new ObjectRef("bucket", "x/empty.txt", null, null, "02", 0);
    IngestResult rejected =
        new IngestResult(
            Outcome.REJECTED,
            ref,
            ArticleId.of(ref),
            null,
            null,
            "EMPTY",
            "the object is empty",
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
}
