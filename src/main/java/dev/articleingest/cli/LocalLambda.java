package dev.articleingest.cli;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleingest.config.Dependencies;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.ObjectRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The function as Lambda runs it, in this JVM: each event's JSON goes to {@link
 * S3EventHandler#handleRequest}, the entry point Lambda calls, with a context carrying the request
 * id. What each event did is heard through the handler's telemetry, so the local tool can print it
 * and tests can check it. Thread-safe: invocations on different threads are kept apart.
 */
public final class LocalLambda {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The results of the invocation running on this thread, or null outside one. */
  private final ThreadLocal<List<IngestResult>> current = new ThreadLocal<>();

  private final S3EventHandler handler;

  /** A function wired by {@code dependencies}, whose telemetry also reports here. */
  public LocalLambda(Dependencies dependencies) {
    this.handler =
        new S3EventHandler(
            dependencies.withTelemetry(
                dependencies.telemetry().observedBy(this::observe)));
  }

  private void observe(IngestResult result, String requestId) {
    List<IngestResult> results = current.get();
    if (results != null) {
      results.add(result);
    }
  }

  /**
   * What one invocation gave.
   *
   * @param response what the handler returned, as Lambda would pass it back
   * @param results what each change of the event did, in order
   */
  public record Invocation(JsonNode response, List<IngestResult> results) {
    public Invocation {
      results = List.copyOf(results);
    }
  }

  /**
   * Invokes the function with an event.
   *
   * @throws RuntimeException what the handler threw, as Lambda would see it (for S3 notifications,
   *     {@link S3EventHandler.RecordsFailedException} when a change failed transiently)
   */
  public Invocation invoke(byte[] event, String requestId) {
    List<IngestResult> results = new ArrayList<>();
    current.set(results);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(event), out, new LocalContext(requestId));
      return new Invocation(JSON.readTree(out.toByteArray()), results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      current.remove();
    }
  }

  /** Invokes the function with an event; returns what each of its changes did. */
  public List<IngestResult> results(byte[] event, String requestId) {
    return invoke(event, requestId).results();
  }

  /** The one result of an event with one change. */
  public IngestResult result(byte[] event, String requestId) {
    List<IngestResult> results = results(event, requestId);
    if (results.size() != 1) {
      throw new IllegalStateException("expected one result, got " + results.size());
    }
    return results.get(0);
  }

  /**
   * Sends one listed object to the function as an S3 Batch Operations task (schema 2.0), the way a
   * Batch Operations job in the account would: parse it again when its article was made by a
   * parser older than {@code belowVersion}, or always with {@code force}.
   *
   * @throws IllegalStateException when the function reports a temporary failure for the task
   */
  public IngestResult reprocess(ObjectRef listed, int belowVersion, boolean force) {
    Invocation invocation =
        invoke(S3Events.batch(List.of(listed), belowVersion, force), "backfill");
    JsonNode task = invocation.response().path("results").path(0);
    if (!"Succeeded".equals(task.path("resultCode").asText()) || invocation.results().isEmpty()) {
      throw new IllegalStateException(
          "the function reported "
              + task.path("resultCode").asText()
              + " ("
              + task.path("resultString").asText()
              + ") for "
              + listed.uri());
    }
    return invocation.results().get(0);
  }

  /** The context Lambda would give: a request id, a 60 s budget, 1,024 MB. */
  private record LocalContext(String requestId) implements Context {
    @Override
    public String getAwsRequestId() {
      return requestId;
    }

    @Override
    public String getLogGroupName() {
      return "/aws/lambda/article-ingest-local";
    }

    @Override
    public String getLogStreamName() {
      return "local";
    }

    @Override
    public String getFunctionName() {
      return "article-ingest-local";
    }

    @Override
    public String getFunctionVersion() {
      return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
      return "arn:aws:lambda:" + LocalStack.REGION + ":000000000000:function:article-ingest-local";
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return 60_000;
    }

    @Override
    public int getMemoryLimitInMB() {
      return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override
        public void log(String message) {
          System.err.print(message);
        }

        @Override
        public void log(byte[] message) {
          System.err.print(new String(message, StandardCharsets.UTF_8));
        }
      };
    }
  }
}
