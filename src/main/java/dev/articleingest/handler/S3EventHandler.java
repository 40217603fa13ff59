package dev.articleingest.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import dev.articleingest.config.Dependencies;
import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.telemetry.Telemetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda handler for S3 event notifications: {@code ObjectCreated:*} stores the article, {@code
 * ObjectRemoved:*} removes it. Every record is processed; a record that fails transiently does not
 * stop the others, and the invocation fails only after all were tried, so the platform retries the
 * event (re-processing is idempotent). Bad input never fails the invocation: it is recorded as a
 * rejection. The {@code s3:TestEvent} S3 sends when a notification is configured has no records and
 * is ignored. Each record gets one structured log line and one metrics document.
 */
public final class S3EventHandler implements RequestHandler<S3Event, Void> {

  private static final Logger LOG = LoggerFactory.getLogger(S3EventHandler.class);
  private static final String CREATED = "ObjectCreated:";
  private static final String REMOVED = "ObjectRemoved:";
  private static final String DELETE_MARKER = "ObjectRemoved:DeleteMarkerCreated";

  private final IngestPipeline pipeline;
  private final Telemetry telemetry;

  /** Used by Lambda: builds the SDK clients once per container, from the environment. */
  public S3EventHandler() {
    this(Dependencies.forLambda().pipeline(Clock.systemUTC()), Telemetry.forLambda());
  }

  /** Used by the local tool and tests: collaborators wired elsewhere. */
  public S3EventHandler(IngestPipeline pipeline, Telemetry telemetry) {
    this.pipeline = pipeline;
    this.telemetry = telemetry;
  }

  @Override
  public Void handleRequest(S3Event event, Context context) {
    process(event, context == null ? null : context.getAwsRequestId());
    return null;
  }

  /**
   * Processes every object-created and object-removed record of the event and returns what happened
   * to each.
   *
   * @throws RecordsFailedException after all records were tried, when any failed transiently
   */
  public List<IngestResult> process(S3Event event, String requestId) {
    List<IngestResult> results = new ArrayList<>();
    if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
      LOG.info(
          "ignored an event without records (the s3:TestEvent S3 sends when a notification is set"
              + " up)");
      return results;
    }
    List<S3EventNotificationRecord> records = event.getRecords();
    List<RuntimeException> failures = new ArrayList<>();
    for (S3EventNotificationRecord record : records) {
      String bucket = record.getS3().getBucket().getName();
      S3ObjectEntity object = record.getS3().getObject();
      String eventName = record.getEventName() == null ? "" : record.getEventName();
      if (!eventName.startsWith(CREATED) && !eventName.startsWith(REMOVED)) {
        LOG.info("ignored {} for s3://{}/{}", eventName, bucket, object.getKey());
        continue;
      }
      try {
        IngestResult result = apply(eventName, bucket, object);
        results.add(result);
        telemetry.record(result, requestId);
      } catch (RuntimeException e) {
        failures.add(e);
        telemetry.failed(bucket, object.getKey(), e, requestId);
      }
    }
    if (!failures.isEmpty()) {
      throw new RecordsFailedException(failures.size(), records.size(), failures.get(0));
    }
    return results;
  }

  private IngestResult apply(String eventName, String bucket, S3ObjectEntity object) {
    String key;
    try {
      key = S3Keys.decode(object.getKey());
    } catch (InputRejectedException e) {
      return pipeline.reject(ObjectRef.of(bucket, object.getKey()), e);
    }
    Long size = object.getSizeAsLong();
    ObjectRef ref =
        new ObjectRef(
            bucket,
            key,
            object.getVersionId(),
            object.geteTag(),
            object.getSequencer(),
            size == null ? -1 : size);
    return eventName.startsWith(CREATED)
        ? pipeline.ingest(ref)
        : pipeline.remove(ref, eventName.equals(DELETE_MARKER));
  }

  /** Some records of an event failed transiently; the whole event should be retried. */
  public static final class RecordsFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RecordsFailedException(int failed, int total, RuntimeException first) {
      super(failed + " of " + total + " records failed; first: " + first.getMessage(), first);
    }
  }
}
