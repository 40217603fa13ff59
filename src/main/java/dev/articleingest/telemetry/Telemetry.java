package dev.articleingest.telemetry;

import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.Article;
import dev.articleingest.telemetry.MetricsDocument.Unit;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Records each event: a structured log line (one JSON object, its fields at the top level) and an
 * embedded-metric-format document ({@link MetricsDocument}). Metric dimensions stay
 * low-cardinality: outcome, source and format, and the rejection reason. Thread-safe.
 */
public final class Telemetry {

  /** The CloudWatch metrics namespace. */
  public static final String NAMESPACE = "ArticleIngest";

  private static final Logger LOG = LoggerFactory.getLogger(Telemetry.class);

  private final Consumer<byte[]> metrics;
  private final Map<String, String> environment;
  private final Clock clock;
  private final Observer observer;
  private final boolean silent;

  /** Who else hears of each event's result: the local tool prints them, tests check them. */
  @FunctionalInterface
  public interface Observer {
    /** Called once per recorded result, on the thread that applied the event. */
    void observe(IngestResult result, String requestId);
  }

  /**
   * @param metrics where each event's EMF document goes, or {@code null} for logs only
   * @param environment properties added to every document (function version and the like)
   */
  public Telemetry(Consumer<byte[]> metrics, Map<String, String> environment, Clock clock) {
    this(metrics, environment, clock, null, false);
  }

  private Telemetry(
      Consumer<byte[]> metrics,
      Map<String, String> environment,
      Clock clock,
      Observer observer,
      boolean silent) {
    this.metrics = metrics;
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.observer = observer;
    this.silent = silent;
  }

  /**
   * In Lambda: EMF documents to standard output, where CloudWatch Logs extracts them.
   *
   * @param properties what every document carries (function version, log stream and runtime, as
   *     AWS's EMF library adds them)
   */
  public static Telemetry forLambda(Map<String, String> properties, Clock clock) {
    return new Telemetry(JsonLines::print, properties, clock);
  }

  /** Logs only: for the local tool, where there is no CloudWatch to read metrics. */
  public static Telemetry logsOnly(Clock clock) {
    return new Telemetry(null, Map.of(), clock);
  }

  /**
   * Telemetry that makes every log line and metrics document as usual and writes none of them:
   * for SnapStart priming's rehearsal, whose invocation did not happen.
   */
  public static Telemetry silent(Clock clock) {
    return new Telemetry(document -> {}, Map.of(), clock, null, true);
  }

  /** The same telemetry, also handing each result to {@code observer}. */
  public Telemetry observedBy(Observer observer) {
    return new Telemetry(metrics, environment, clock, observer, silent);
  }

  /** Records what happened to one event. */
  public void record(IngestResult result, String requestId) {
    log(LOG.atInfo(), logLine(result, requestId), "article");
    if (metrics != null) {
      emit(result, requestId);
    }
    if (observer != null) {
      observer.observe(result, requestId);
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
    log(LOG.atError(), line, "article failed");
    if (metrics != null) {
      MetricsDocument m = document();
      m.dimensions("Outcome").dimension("Outcome", "FAILED");
      m.metric("Failed", 1, Unit.COUNT);
      m.property("requestId", String.valueOf(requestId));
      metrics.accept(m.render(clock.millis()));
    }
  }

  private void log(LoggingEventBuilder event, Map<String, Object> fields, String message) {
    fields.forEach(event::addKeyValue);
    if (!silent) {
      event.log(message);
    }
  }

  private MetricsDocument document() {
    MetricsDocument m = new MetricsDocument(NAMESPACE);
    environment.forEach(m::property);
    return m;
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
    result
        .article()
        .ifPresent(
            article -> {
              line.put("source", article.source());
              line.put("words", article.wordCount());
              line.put("warnings", article.warnings().size());
              line.put("parserVersion", article.parserVersion());
            });
    result.duplicateOf().ifPresent(id -> line.put("duplicateOf", id));
    result.reason().ifPresent(reason -> line.put("reason", reason.name()));
    result.detail().ifPresent(detail -> line.put("detail", detail));
    return line;
  }

  private void emit(IngestResult result, String requestId) {
    Outcome outcome = result.outcome();
    String source = result.article().map(Article::source).orElse("none");
    MetricsDocument m = document();
    m.dimensions("Outcome").dimensions("Outcome", "Source", "Format");
    result.reason().ifPresent(reason -> m.dimensions("Reason").dimension("Reason", reason.name()));
    m.dimension("Outcome", outcome.name())
        .dimension("Source", source)
        .dimension("Format", result.format());
    switch (outcome) {
      case STORED -> m.metric("Ingested", 1, Unit.COUNT);
      case UPDATED -> m.metric("Updated", 1, Unit.COUNT);
      case REJECTED -> m.metric("Rejected", 1, Unit.COUNT);
      case DELETED -> m.metric("Deleted", 1, Unit.COUNT);
      case SKIPPED -> m.metric("Skipped", 1, Unit.COUNT);
    }
    if (result.duplicateOf().isPresent()) {
      m.metric("Duplicates", 1, Unit.COUNT);
    }
    m.metric("Bytes", result.bytes(), Unit.BYTES);
    m.metric("FetchLatency", result.timings().fetchMillis(), Unit.MILLISECONDS);
    m.metric("ParseLatency", result.timings().parseMillis(), Unit.MILLISECONDS);
    m.metric("StoreLatency", result.timings().storeMillis(), Unit.MILLISECONDS);
    m.metric("WriteUnits", result.capacity().writeUnits(), Unit.COUNT);
    m.property("articleId", result.id());
    m.property("requestId", String.valueOf(requestId));
    metrics.accept(m.render(clock.millis()));
  }

  private static double round(double millis) {
    return Math.round(millis * 100) / 100.0;
  }
}
