package dev.articleingest.telemetry;

import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import net.logstash.logback.marker.Markers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Records each event: a structured log line (one JSON object, its fields at the top level) and an
 * embedded-metric-format document (AWS's EMF library). Metric dimensions stay low-cardinality:
 * outcome, source and format, and the rejection reason. Thread-safe.
 */
public final class Telemetry {

  /** The CloudWatch metrics namespace. */
  public static final String NAMESPACE = "ArticleIngest";

  private static final Logger LOG = LoggerFactory.getLogger(Telemetry.class);

  private final Supplier<MetricsLogger> metrics;

  /**
   * @param metrics a fresh metrics logger per event, or {@code null} for logs only
   */
  public Telemetry(Supplier<MetricsLogger> metrics) {
    this.metrics = metrics;
  }

  /** In Lambda: EMF documents to standard output, where CloudWatch Logs extracts them. */
  public static Telemetry forLambda() {
    LambdaEnvironment environment = new LambdaEnvironment();
    return new Telemetry(() -> new MetricsLogger(environment));
  }

  /** Logs only: for the local tool, where there is no CloudWatch to read metrics. */
  public static Telemetry logsOnly() {
    return new Telemetry(null);
  }

  /** Records what happened to one event. */
  public void record(IngestResult result, String requestId) {
    LOG.info(Markers.appendEntries(logLine(result, requestId)), "article");
    if (metrics != null) {
      emit(metrics.get(), result, requestId);
    }
  }

  /** Records an event that failed transiently (it will be retried). */
  public void failed(String bucket, String key, RuntimeException error, String requestId) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("event", "article");
    line.put("outcome", "FAILED");
    line.put("bucket", bucket);
    line.put("key", key);
    line.put("error", error.getClass().getSimpleName());
    line.put("errorMessage", String.valueOf(error.getMessage()));
    line.put("requestId", String.valueOf(requestId));
    LOG.error(Markers.appendEntries(line), "article failed");
    if (metrics != null) {
      MetricsLogger m = metrics.get();
      m.setNamespace(NAMESPACE);
      m.setDimensions(false, DimensionSet.of("Outcome", "FAILED"));
      m.putMetric("Failed", 1, Unit.COUNT);
      m.putProperty("requestId", String.valueOf(requestId));
      m.flush();
    }
  }

  /** The structured log line's fields for an event: never article text. */
  static Map<String, Object> logLine(IngestResult result, String requestId) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("event", "article");
    line.put("outcome", result.outcome().name());
    line.put("bucket", result.ref().bucket());
    line.put("key", result.ref().key());
    line.put("id", result.id());
    line.put("bytes", result.bytes());
    line.put("format", result.format());
    line.put("fetchMs", round(result.timings().fetchMillis()));
    line.put("parseMs", round(result.timings().parseMillis()));
    line.put("storeMs", round(result.timings().storeMillis()));
    line.put("wcu", result.capacity().writeUnits());
    line.put("rcu", result.capacity().readUnits());
    line.put("requestId", String.valueOf(requestId));
    if (result.article() != null) {
      line.put("source", result.article().source());
      line.put("words", result.article().wordCount());
      line.put("warnings", result.article().warnings().size());
      line.put("parserVersion", result.article().parserVersion());
    }
    if (result.duplicateOf() != null) {
      line.put("duplicateOf", result.duplicateOf());
    }
    if (result.reason() != null) {
      line.put("reason", result.reason());
    }
    if (result.detail() != null) {
      line.put("detail", result.detail());
    }
    return line;
  }

  private static void emit(MetricsLogger m, IngestResult result, String requestId) {
    Outcome outcome = result.outcome();
    String source = result.article() == null ? "none" : result.article().source();
    m.setNamespace(NAMESPACE);
    DimensionSet byOutcome = DimensionSet.of("Outcome", outcome.name());
    DimensionSet bySourceAndFormat =
        DimensionSet.of("Outcome", outcome.name(), "Source", source, "Format", result.format());
    if (result.reason() != null) {
      m.setDimensions(
          false, byOutcome, bySourceAndFormat, DimensionSet.of("Reason", result.reason()));
    } else {
      m.setDimensions(false, byOutcome, bySourceAndFormat);
    }
    switch (outcome) {
      case STORED -> m.putMetric("Ingested", 1, Unit.COUNT);
      case UPDATED -> m.putMetric("Updated", 1, Unit.COUNT);
      case REJECTED -> m.putMetric("Rejected", 1, Unit.COUNT);
      case DELETED -> m.putMetric("Deleted", 1, Unit.COUNT);
      case SKIPPED -> m.putMetric("Skipped", 1, Unit.COUNT);
    }
    if (result.duplicateOf() != null) {
      m.putMetric("Duplicates", 1, Unit.COUNT);
    }
    m.putMetric("Bytes", result.bytes(), Unit.BYTES);
    m.putMetric("FetchLatency", result.timings().fetchMillis(), Unit.MILLISECONDS);
    m.putMetric("ParseLatency", result.timings().parseMillis(), Unit.MILLISECONDS);
    m.putMetric("StoreLatency", result.timings().storeMillis(), Unit.MILLISECONDS);
    m.putMetric("WriteUnits", result.capacity().writeUnits(), Unit.COUNT);
    m.putProperty("articleId", result.id());
    m.putProperty("requestId", String.valueOf(requestId));
    m.flush();
  }

  private static double round(double millis) {
    return Math.round(millis * 100) / 100.0;
  }
}
