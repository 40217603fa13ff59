package dev.articleingest.telemetry;

import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.MapMessage;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * Records each event: a structured log line (Log4j2 through Lambda's appender, so it follows the
 * function's log format and level) and an embedded-metric-format document (AWS's EMF library).
 * Metric dimensions stay low-cardinality: outcome, source and format, and the rejection reason.
 * Thread-safe.
 */
public final class Telemetry {

  /** The CloudWatch metrics namespace. */
  public static final String NAMESPACE = "ArticleIngest";

  private static final Logger LOG = LogManager.getLogger(Telemetry.class);

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
    LOG.info(logLine(result, requestId));
    if (metrics != null) {
      emit(metrics.get(), result, requestId);
    }
  }

  /** Records an event that failed transiently (it will be retried). */
  public void failed(String bucket, String key, RuntimeException error, String requestId) {
    MapMessage<?, Object> line =
        new MapMessage<>()
            .with("event", "article")
            .with("outcome", "FAILED")
            .with("bucket", bucket)
            .with("key", key)
            .with("error", error.getClass().getSimpleName())
            .with("errorMessage", String.valueOf(error.getMessage()))
            .with("requestId", String.valueOf(requestId));
    LOG.error(line);
    if (metrics != null) {
      MetricsLogger m = metrics.get();
      m.setNamespace(NAMESPACE);
      m.setDimensions(false, DimensionSet.of("Outcome", "FAILED"));
      m.putMetric("Failed", 1, Unit.COUNT);
      m.putProperty("requestId", String.valueOf(requestId));
      m.flush();
    }
  }

  /** The structured log line for an event: fields only, never article text. */
  static MapMessage<?, Object> logLine(IngestResult result, String requestId) {
    MapMessage<?, Object> line =
        new MapMessage<>()
            .with("event", "article")
            .with("outcome", result.outcome().name())
            .with("bucket", result.ref().bucket())
            .with("key", result.ref().key())
            .with("id", result.id())
            .with("bytes", result.bytes())
            .with("format", result.format())
            .with("fetchMs", round(result.timings().fetchMillis()))
            .with("parseMs", round(result.timings().parseMillis()))
            .with("storeMs", round(result.timings().storeMillis()))
            .with("wcu", result.capacity().writeUnits())
            .with("rcu", result.capacity().readUnits())
            .with("requestId", String.valueOf(requestId));
    if (result.article() != null) {
      line.with("source", result.article().source())
          .with("words", result.article().wordCount())
          .with("warnings", result.article().warnings().size())
          .with("parserVersion", result.article().parserVersion());
    }
    if (result.duplicateOf() != null) {
      line.with("duplicateOf", result.duplicateOf());
    }
    if (result.reason() != null) {
      line.with("reason", result.reason());
    }
    if (result.detail() != null) {
      line.with("detail", result.detail());
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
