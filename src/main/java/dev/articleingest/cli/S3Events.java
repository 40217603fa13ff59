package dev.articleingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleingest.model.ObjectRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the JSON that S3 sends to the function, for the objects the local tool uploads or
 * backfills: S3 event notifications shaped exactly as S3 sends them (keys form-URL-encoded, a space
 * as {@code +}; ETag, size, version id and an increasing hex sequencer), and S3 Batch Operations
 * jobs (schema 2.0). The local tool and the tests hand these to the handler's stream entry point,
 * the one Lambda calls.
 */
public final class S3Events {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);

  private S3Events() {}

  /** One uploaded object, as the notification describes it. */
  public record Upload(String bucket, String key, long size, String eTag, String versionId) {}

  /** What a notification record says happened. */
  public enum Kind {
    CREATED("ObjectCreated:Put"),
    REMOVED("ObjectRemoved:Delete"),
    DELETE_MARKER("ObjectRemoved:DeleteMarkerCreated");

    private final String eventName;

    Kind(String eventName) {
      this.eventName = eventName;
    }
  }

  /** An {@code ObjectCreated:Put} notification with one record per upload, fresh sequencers. */
  public static byte[] created(List<Upload> uploads) {
    ArrayNode records = JSON.createArrayNode();
    for (Upload upload : uploads) {
      records.add(
          record(
              Kind.CREATED,
              new ObjectRef(
                  upload.bucket(),
                  upload.key(),
                  upload.versionId(),
                  upload.eTag(),
                  nextSequencer(),
                  upload.size())));
    }
    return notification(records);
  }

  /** A notification of one change to the object {@code ref} names, with its own sequencer. */
  public static byte[] notification(Kind kind, ObjectRef ref) {
    ArrayNode records = JSON.createArrayNode();
    records.add(record(kind, ref));
    return notification(records);
  }

  /**
   * An S3 Batch Operations job invocation (schema 2.0) with one task per object: parse each again
   * when its article was made by a parser older than {@code belowVersion}, or always with {@code
   * force}.
   */
  public static byte[] batch(List<ObjectRef> objects, int belowVersion, boolean force) {
    ObjectNode event = JSON.createObjectNode();
    event.put("invocationSchemaVersion", "2.0");
    event.put("invocationId", UUID.randomUUID().toString());
    ObjectNode job = event.putObject("job");
    job.put("id", "local-backfill");
    ObjectNode arguments = job.putObject("userArguments");
    arguments.put("belowVersion", Integer.toString(belowVersion));
    arguments.put("force", Boolean.toString(force));
    ArrayNode tasks = event.putArray("tasks");
    for (ObjectRef object : objects) {
      ObjectNode task = tasks.addObject();
      task.put("taskId", UUID.randomUUID().toString());
      task.put("s3Bucket", object.bucket());
      task.put("s3Key", encodeKey(object.key()));
      task.put("s3VersionId", object.versionId());
    }
    return bytes(event);
  }

  /** The key as S3 writes it into notifications. */
  public static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  /** A fresh sequencer, greater than every one handed out before in this JVM. */
  public static String nextSequencer() {
    return String.format(Locale.ROOT, "%016X", SEQUENCE.incrementAndGet());
  }

  private static byte[] notification(ArrayNode records) {
    ObjectNode event = JSON.createObjectNode();
    event.set("Records", records);
    return bytes(event);
  }

  private static ObjectNode record(Kind kind, ObjectRef ref) {
    ObjectNode record = JSON.createObjectNode();
    record.put("eventVersion", "2.1");
    record.put("eventSource", "aws:s3");
    record.put("awsRegion", LocalStack.REGION);
    record.put("eventTime", Instant.now().toString());
    record.put("eventName", kind.eventName);
    record.putObject("userIdentity").put("principalId", "local");
    record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
    ObjectNode response = record.putObject("responseElements");
    response.put("x-amz-request-id", "local");
    response.put("x-amz-id-2", "local");
    ObjectNode s3 = record.putObject("s3");
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", "article-ingest-local");
    ObjectNode bucket = s3.putObject("bucket");
    bucket.put("name", ref.bucket());
    bucket.putObject("ownerIdentity").put("principalId", "local");
    bucket.put("arn", "arn:aws:s3:::" + ref.bucket());
    ObjectNode object = s3.putObject("object");
    object.put("key", encodeKey(ref.key()));
    if (kind == Kind.CREATED) {
      object.put("size", ref.size());
      if (ref.eTag() != null) {
        object.put("eTag", ref.eTag());
      }
    }
    if (ref.versionId() != null) {
      object.put("versionId", ref.versionId());
    }
    object.put("sequencer", ref.sequencer() != null ? ref.sequencer() : nextSequencer());
    return record;
  }

  private static byte[] bytes(ObjectNode event) {
    try {
      return JSON.writeValueAsBytes(event);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("an event tree always serializes", e);
    }
  }
}
