package dev.articleingest.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import dev.articleingest.config.Dependencies;
import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Lambda handler for S3 event notifications: {@code ObjectCreated:*} stores the article, {@code
 * ObjectRemoved:*} removes it. Every record is processed; a record that fails transiently does not
 * stop the others, and the invocation fails only after all were tried, so the platform retries the
 * event (re-processing is idempotent). Bad input never fails the invocation: it is recorded as a
 * rejection. The {@code s3:TestEvent} S3 sends when a notification is configured has no records and
 * is ignored.
 */
public final class S3EventHandler implements RequestHandler<S3Event, Void> {

  private static final String CREATED = "ObjectCreated:";
  private static final String REMOVED = "ObjectRemoved:";
  private static final String DELETE_MARKER = "ObjectRemoved:DeleteMarkerCreated";

  private final IngestPipeline pipeline;

  /** Used by Lambda: builds the SDK clients once per container, from the environment. */
  public S3EventHandler() {
    this(Dependencies.forLambda().pipeline(Clock.systemUTC()));
  }

  /** Used by the local tool and tests: a pipeline wired elsewhere. */
  public S3EventHandler(IngestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Void handleRequest(S3Event event, Context context) {
    Consumer<String> log =
        context == null ? System.out::println : line -> context.getLogger().log(line + "\n");
    process(event, log);
    return null;
  }

  /**
   * Processes every object-created and object-removed record of the event and returns what happened
   * to each.
   *
   * @throws RecordsFailedException after all records were tried, when any failed transiently
   */
  public List<IngestResult> process(S3Event event, Consumer<String> log) {
    List<IngestResult> results = new ArrayList<>();
    if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
      log.accept(
          "ignored: event has no records (an s3:TestEvent, sent when a notification is set up)");
      return results;
    }
    List<S3EventNotificationRecord> records = event.getRecords();
    List<RuntimeException> failures = new ArrayList<>();
    for (S3EventNotificationRecord record : records) {
      String bucket = record.getS3().getBucket().getName();
      S3ObjectEntity object = record.getS3().getObject();
      String eventName = record.getEventName() == null ? "" : record.getEventName();
      if (!eventName.startsWith(CREATED) && !eventName.startsWith(REMOVED)) {
        log.accept("ignored: " + eventName + " s3://" + bucket + "/" + object.getKey());
        continue;
      }
      try {
        IngestResult result = apply(eventName, bucket, object);
        results.add(result);
        log.accept(describe(result));
      } catch (RuntimeException e) {
        failures.add(e);
        log.accept(
            "failed: s3://"
                + bucket
                + "/"
                + object.getKey()
                + " "
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage());
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
      ObjectRef raw = ObjectRef.of(bucket, object.getKey());
      return pipeline.reject(ArticleId.of(raw), raw, e);
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

  private static String describe(IngestResult result) {
    StringBuilder line =
        new StringBuilder()
            .append(result.outcome().name().toLowerCase(Locale.ROOT))
            .append(": ")
            .append(result.ref().uri())
            .append(" id=")
            .append(result.id());
    if (result.article() != null) {
      line.append(" source=")
          .append(result.article().source())
          .append(" words=")
          .append(result.article().wordCount())
          .append(" warnings=")
          .append(result.article().warnings().size());
    }
    if (result.duplicateOf() != null) {
      line.append(" duplicateOf=").append(result.duplicateOf());
    }
    line.append(
        String.format(
            Locale.ROOT,
            " wcu=%.1f rcu=%.1f",
            result.capacity().writeUnits(),
            result.capacity().readUnits()));
    if (result.detail() != null) {
      line.append(" (").append(result.detail()).append(')');
    }
    return line.toString();
  }

  /** Some records of an event failed transiently; the whole event should be retried. */
  public static final class RecordsFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RecordsFailedException(int failed, int total, RuntimeException first) {
      super(failed + " of " + total + " records failed; first: " + first.getMessage(), first);
    }
  }
}
