package dev.articleingest.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.articleingest.config.Dependencies;
import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.json.JsonTrees;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.telemetry.Telemetry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda handler, and the only way in: Lambda, the local tool and the integration tests all
 * call {@link #handleRequest} with the JSON an event source sends. It takes S3 events in every
 * shape the template can wire: S3 event notifications, the same delivered through SQS, S3 events
 * from EventBridge (directly or through SQS), and S3 Batch Operations jobs (schema 2.0) that ask
 * for objects already in the bucket to be parsed again. {@code ObjectCreated} stores the article,
 * {@code ObjectRemoved} removes it; the {@code s3:TestEvent} is ignored.
 *
 * <p>Every change is processed; one that fails transiently does not stop the others. Then, for SQS,
 * only the failed messages are returned as {@code batchItemFailures} (so only they return to the
 * queue); for Batch Operations each task gets its result code ({@code TemporaryFailure} makes S3
 * retry it); for the other shapes the invocation fails so the platform retries the event.
 * Re-processing is idempotent. Bad input never fails anything: it is recorded as a rejection.
 */
public final class S3EventHandler implements RequestStreamHandler {

  private static final Logger LOG = LoggerFactory.getLogger(S3EventHandler.class);

  private final IngestPipeline pipeline;
  private final Telemetry telemetry;

  /**
   * Used by Lambda: builds the SDK clients once per container, from the environment, and registers
   * SnapStart priming (which runs only when Lambda takes a snapshot).
   */
  public S3EventHandler() {
    this(withPriming(Dependencies.forLambda()));
  }

  /** Used by the local tool and tests: everything wired by {@code dependencies}. */
  public S3EventHandler(Dependencies dependencies) {
    this.pipeline = dependencies.pipeline();
    this.telemetry = dependencies.telemetry();
  }

  private static Dependencies withPriming(Dependencies dependencies) {
    dependencies.registerPriming(primingSteps(dependencies));
    return dependencies;
  }

  /**
   * The handler's share of SnapStart priming: reads the bundled events, then rehearses one
   * invocation ({@link #rehearse}).
   */
  public static Runnable primingSteps(Dependencies dependencies) {
    return () -> {
      readBundledEvents();
      rehearse(dependencies);
    };
  }

  /**
   * Priming's rehearsal: the bundled S3 notification handled end to end, as a new article, by a
   * handler over {@link Dependencies#rehearsal} (clients that answer from memory, telemetry that
   * writes nothing). The first real invocation after a restore then finds the pipeline's, the
   * store's, the telemetry's and the SDK's response classes loaded.
   *
   * @return the operations the rehearsal's clients answered, in order
   */
  public static List<String> rehearse(Dependencies dependencies) {
    byte[] article;
    try (InputStream in = S3EventHandler.class.getResourceAsStream("/priming/article.txt")) {
      article = in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (Dependencies.Rehearsal rehearsal = dependencies.rehearsal(article);
        InputStream event = S3EventHandler.class.getResourceAsStream("/priming/s3-event.json")) {
      new S3EventHandler(rehearsal.dependencies())
          .handleRequest(event, OutputStream.nullOutputStream(), null);
      return rehearsal.operations();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Priming's share of the handler: reads each trigger's bundled event shape; no side effect.
   *
   * @return how many object changes the events name
   */
  public static int readBundledEvents() {
    int changes = 0;
    for (String event : PRIMING_EVENTS) {
      try (InputStream in = S3EventHandler.class.getResourceAsStream("/priming/" + event)) {
        for (EventShapes.Message message : EventShapes.messages(JsonTrees.read(in))) {
          changes += message.changes() == null ? 0 : message.changes().size();
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return changes;
  }

  /** One event per trigger shape, in src/main/resources/priming. */
  public static final List<String> PRIMING_EVENTS =
      List.of("s3-event.json", "sqs-event.json", "eventbridge-event.json");

  /**
   * Processes one invocation's payload.
   *
   * @throws RecordsFailedException for S3 notifications and EventBridge events, after all changes
   *     were tried, when any failed transiently
   * @throws IllegalArgumentException for a payload of no known shape
   */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    Map<String, Object> response =
        handle(JsonTrees.read(input), context == null ? null : context.getAwsRequestId());
    JsonTrees.write(output, response);
  }

  private Map<String, Object> handle(JsonNode event, String requestId) {
    EventShapes.Shape shape = EventShapes.shapeOf(event);
    if (shape == EventShapes.Shape.TEST_EVENT) {
      LOG.info("ignored the s3:TestEvent S3 sends when a notification is set up");
      return Map.of();
    }
    if (shape == EventShapes.Shape.BATCH_OPERATIONS) {
      return batch(event, requestId);
    }
    Set<String> failedMessages = new LinkedHashSet<>();
    int failed = 0;
    int total = 0;
    RuntimeException first = null;
    for (EventShapes.Message message : EventShapes.messages(event)) {
      if (message.changes() == null) {
        LOG.error(
            "SQS message {} is not an S3 event; it goes back to the queue", message.messageId());
        failedMessages.add(message.messageId());
        continue;
      }
      total += message.changes().size();
      for (Change change : message.changes()) {
        RuntimeException error = applyAndRecord(change, requestId);
        if (error != null) {
          failed++;
          first = first == null ? error : first;
          if (message.messageId() != null) {
            failedMessages.add(message.messageId());
          }
        }
      }
    }
    if (shape == EventShapes.Shape.SQS) {
      List<Map<String, String>> failures = new ArrayList<>();
      failedMessages.forEach(id -> failures.add(Map.of("itemIdentifier", id)));
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("batchItemFailures", failures);
      return response;
    }
    if (failed > 0) {
      throw new RecordsFailedException(failed, total, first);
    }
    return Map.of();
  }

  /**
   * An S3 Batch Operations invocation: each task's result, {@code Succeeded} with the outcome, or
   * {@code TemporaryFailure} so that S3 retries it.
   */
  private Map<String, Object> batch(JsonNode event, String requestId) {
    List<Map<String, String>> results = new ArrayList<>();
    for (EventShapes.Task task : EventShapes.batchTasks(event)) {
      Map<String, String> result = new LinkedHashMap<>();
      result.put("taskId", task.taskId());
      RuntimeException error = applyAndRecord(task.change(), requestId);
      result.put("resultCode", error == null ? "Succeeded" : "TemporaryFailure");
      result.put("resultString", error == null ? "done" : error.getClass().getSimpleName());
      results.add(result);
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("invocationSchemaVersion", "2.0");
    response.put("treatMissingKeysAs", "PermanentFailure");
    response.put("invocationId", event.path("invocationId").asText());
    response.put("results", results);
    return response;
  }

  /** Applies one change and records it; returns the transient failure, or null. */
  private RuntimeException applyAndRecord(Change change, String requestId) {
    try {
      telemetry.record(apply(change), requestId);
      return null;
    } catch (RuntimeException e) {
      telemetry.failed(change.bucket(), change.key(), e, requestId);
      return e;
    }
  }

  private IngestResult apply(Change change) {
    String key = change.key();
    if (change.keyEncoded()) {
      try {
        key = S3Keys.decode(change.key());
      } catch (InputRejectedException e) {
        return pipeline.reject(ObjectRef.of(change.bucket(), change.key()), e);
      }
    }
    ObjectRef ref =
        new ObjectRef(
            change.bucket(),
            key,
            change.versionId(),
            change.eTag(),
            change.sequencer(),
            change.size());
    return switch (change.action()) {
      case CREATED -> pipeline.ingest(ref);
      case REMOVED -> pipeline.remove(ref, false);
      case DELETE_MARKER -> pipeline.remove(ref, true);
      case REPROCESS -> pipeline.reprocess(ref, change.belowVersion(), change.force());
    };
  }

  /** Some changes failed transiently; the whole event should be retried. */
  public static final class RecordsFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RecordsFailedException(int failed, int total, RuntimeException first) {
      super(failed + " of " + total + " records failed; first: " + first.getMessage(), first);
    }
  }
}
