package dev.articleingest.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda handler. It takes S3 events in every shape the template can wire: S3 event
 * notifications, the same delivered through SQS, and S3 events from EventBridge (directly or
 * through SQS). {@code ObjectCreated} stores the article, {@code ObjectRemoved} removes it; the
 * {@code s3:TestEvent} is ignored.
 *
 * <p>Every change is processed; one that fails transiently does not stop the others. Then, for SQS,
 * only the failed messages are returned as {@code batchItemFailures} (so only they return to the
 * queue); for the other shapes the invocation fails so the platform retries the event.
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
    this(Dependencies.forLambda());
  }

  private S3EventHandler(Dependencies dependencies) {
    this(dependencies.pipeline(Clock.systemUTC()), Telemetry.forLambda());
    dependencies.registerPriming();
  }

  /** Used by the local tool and tests: collaborators wired elsewhere. */
  public S3EventHandler(IngestPipeline pipeline, Telemetry telemetry) {
    this.pipeline = pipeline;
    this.telemetry = telemetry;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    Map<String, Object> response =
        handle(JsonTrees.read(input), context == null ? null : context.getAwsRequestId());
    JsonTrees.write(output, response);
  }

  /**
   * Processes an invocation's payload.
   *
   * @return for SQS, {@code {"batchItemFailures": [{"itemIdentifier": id}, ...]}}; otherwise empty
   * @throws RecordsFailedException for the other shapes, after all changes were tried, when any
   *     failed transiently
   * @throws IllegalArgumentException for a payload of no known shape
   */
  public Map<String, Object> handle(JsonNode event, String requestId) {
    EventShapes.Shape shape = EventShapes.shapeOf(event);
    if (shape == EventShapes.Shape.TEST_EVENT) {
      LOG.info("ignored the s3:TestEvent S3 sends when a notification is set up");
      return Map.of();
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
      Applied applied = applyAll(message.changes(), requestId);
      total += message.changes().size();
      failed += applied.failed();
      first = first == null ? applied.first() : first;
      if (applied.failed() > 0 && message.messageId() != null) {
        failedMessages.add(message.messageId());
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
   * Processes an S3 notification given as the events library's object (the local tool and tests),
   * returning what happened to each record.
   *
   * @throws RecordsFailedException after all records were tried, when any failed transiently
   */
  public List<IngestResult> process(S3Event event, String requestId) {
    if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
      LOG.info(
          "ignored an event without records (the s3:TestEvent S3 sends when a notification is set"
              + " up)");
      return List.of();
    }
    List<Change> changes = new ArrayList<>();
    for (S3EventNotificationRecord record : event.getRecords()) {
      Change change = change(record);
      if (change != null) {
        changes.add(change);
      }
    }
    Applied applied = applyAll(changes, requestId);
    if (applied.failed() > 0) {
      throw new RecordsFailedException(applied.failed(), changes.size(), applied.first());
    }
    return applied.results();
  }

  /** What applying a list of changes gave: results, and the transient failures. */
  private record Applied(List<IngestResult> results, int failed, RuntimeException first) {}

  /** Applies every change, recording each; a failing change does not stop the others. */
  private Applied applyAll(List<Change> changes, String requestId) {
    List<IngestResult> results = new ArrayList<>();
    int failed = 0;
    RuntimeException first = null;
    for (Change change : changes) {
      try {
        IngestResult result = apply(change);
        results.add(result);
        telemetry.record(result, requestId);
      } catch (RuntimeException e) {
        failed++;
        first = first == null ? e : first;
        telemetry.failed(change.bucket(), change.key(), e, requestId);
      }
    }
    return new Applied(results, failed, first);
  }

  private static Change change(S3EventNotificationRecord record) {
    Change.Action action = Change.Action.ofEventName(record.getEventName());
    if (action == null) {
      LOG.info("ignored {}", record.getEventName());
      return null;
    }
    S3ObjectEntity object = record.getS3().getObject();
    Long size = object.getSizeAsLong();
    return new Change(
        action,
        record.getS3().getBucket().getName(),
        object.getKey(),
        true,
        size == null ? -1 : size,
        object.geteTag(),
        object.getVersionId(),
        object.getSequencer());
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
