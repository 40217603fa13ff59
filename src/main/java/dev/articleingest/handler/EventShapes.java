package dev.articleingest.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleingest.json.JsonTrees;
import dev.articleingest.model.ParserVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the shapes S3 events arrive in and reads the object changes out of them: S3 event
 * notifications (direct, or in the bodies of SQS messages), S3 events from EventBridge (direct, or
 * in SQS messages), and S3 Batch Operations tasks (schema 2.0), which ask for objects already in
 * the bucket to be parsed again (a backfill). The {@code s3:TestEvent} has no changes.
 */
final class EventShapes {

  /** The shape of an invocation's payload. */
  enum Shape {
    S3_NOTIFICATION,
    SQS,
    EVENTBRIDGE,
    BATCH_OPERATIONS,
    TEST_EVENT,
    UNKNOWN
  }

  /**
   * One message's changes; {@code messageId} is the SQS message id, else null; {@code changes} is
   * null for an SQS message whose body is not an S3 event.
   */
  record Message(String messageId, List<Change> changes) {}

  /** One S3 Batch Operations task: its id and the object to parse again. */
  record Task(String taskId, Change change) {}

  /** User arguments of a Batch Operations job: parse again below this parser version... */
  static final String BELOW_VERSION = "belowVersion";

  /** ...or whatever parser made the article ("true"). */
  static final String FORCE = "force";

  private EventShapes() {}

  static Shape shapeOf(JsonNode event) {
    if ("s3:TestEvent".equals(event.path("Event").asText())) {
      return Shape.TEST_EVENT;
    }
    if ("aws.s3".equals(event.path("source").asText()) && event.has("detail-type")) {
      return Shape.EVENTBRIDGE;
    }
    if (event.has("invocationSchemaVersion") && event.path("tasks").isArray()) {
      return Shape.BATCH_OPERATIONS;
    }
    JsonNode records = event.path("Records");
    if (records.isArray() && !records.isEmpty()) {
      String source = records.get(0).path("eventSource").asText();
      if ("aws:sqs".equals(source)) {
        return Shape.SQS;
      }
      if ("aws:s3".equals(source)) {
        return Shape.S3_NOTIFICATION;
      }
    }
    return Shape.UNKNOWN;
  }

  /**
   * The messages of an invocation, each with its changes.
   *
   * @throws IllegalArgumentException for a payload of no known shape
   */
  static List<Message> messages(JsonNode event) {
    return switch (shapeOf(event)) {
      case TEST_EVENT -> List.of();
      case S3_NOTIFICATION -> List.of(new Message(null, notificationChanges(event)));
      case EVENTBRIDGE -> List.of(new Message(null, eventBridgeChanges(event)));
      case SQS -> sqsMessages(event);
      case BATCH_OPERATIONS ->
          List.of(new Message(null, batchTasks(event).stream().map(Task::change).toList()));
      case UNKNOWN ->
          throw new IllegalArgumentException(
              "not an S3 notification, SQS batch, EventBridge S3 event or S3 Batch Operations job");
    };
  }

  /**
   * The tasks of an S3 Batch Operations invocation (schema 2.0: bucket names, URL-encoded keys,
   * the job's user arguments {@value #BELOW_VERSION} and {@value #FORCE}).
   *
   * @throws IllegalArgumentException for another schema version, or a task without bucket or key
   */
  static List<Task> batchTasks(JsonNode event) {
    String version = event.path("invocationSchemaVersion").asText();
    if (!version.equals("2.0")) {
      throw new IllegalArgumentException(
          "S3 Batch Operations schema " + version + " is not supported; create the job with 2.0");
    }
    JsonNode arguments = event.path("job").path("userArguments");
    int belowVersion = arguments.path(BELOW_VERSION).asInt(ParserVersion.CURRENT);
    boolean force = "true".equalsIgnoreCase(arguments.path(FORCE).asText());
    List<Task> tasks = new ArrayList<>();
    for (JsonNode task : event.path("tasks")) {
      String bucket = task.path("s3Bucket").asText();
      String key = task.path("s3Key").asText();
      if (bucket.isEmpty() || key.isEmpty()) {
        throw new IllegalArgumentException("a Batch Operations task has no s3Bucket or s3Key");
      }
      tasks.add(
          new Task(
              task.path("taskId").asText(),
              new Change(
                  Change.Action.REPROCESS,
                  bucket,
                  key,
                  true,
                  -1,
                  null,
                  text(task, "s3VersionId"),
                  null,
                  belowVersion,
                  force)));
    }
    return tasks;
  }

  private static List<Message> sqsMessages(JsonNode event) {
    List<Message> messages = new ArrayList<>();
    for (JsonNode record : event.path("Records")) {
      String id = record.path("messageId").asText();
      List<Change> changes;
      try {
        JsonNode body = JsonTrees.read(record.path("body").asText());
        changes =
            switch (shapeOf(body)) {
              case S3_NOTIFICATION -> notificationChanges(body);
              case EVENTBRIDGE -> eventBridgeChanges(body);
              case TEST_EVENT -> List.of();
              default -> throw new IllegalArgumentException("the body is not an S3 event");
            };
      } catch (Exception e) {
        // Not an S3 event: null makes the handler report the message as failed, so the queue's
        // redrive policy moves it to the dead-letter queue after a few receives. Nothing lost.
        changes = null;
      }
      messages.add(new Message(id, changes));
    }
    return messages;
  }

  private static List<Change> notificationChanges(JsonNode event) {
    List<Change> changes = new ArrayList<>();
    for (JsonNode record : event.path("Records")) {
      Change.Action action = Change.Action.ofEventName(record.path("eventName").asText());
      if (action == null) {
        continue;
      }
      JsonNode s3 = record.path("s3");
      JsonNode object = s3.path("object");
      changes.add(
          new Change(
              action,
              s3.path("bucket").path("name").asText(),
              object.path("key").asText(),
              true,
              object.path("size").asLong(-1),
              text(object, "eTag"),
              text(object, "versionId"),
              text(object, "sequencer")));
    }
    return changes;
  }

  private static List<Change> eventBridgeChanges(JsonNode event) {
    String type = event.path("detail-type").asText();
    JsonNode detail = event.path("detail");
    Change.Action action;
    if (type.equals("Object Created")) {
      action = Change.Action.CREATED;
    } else if (type.equals("Object Deleted")) {
      action =
          "Delete Marker Created".equals(detail.path("deletion-type").asText())
              ? Change.Action.DELETE_MARKER
              : Change.Action.REMOVED;
    } else {
      return List.of();
    }
    JsonNode object = detail.path("object");
    return List.of(
        new Change(
            action,
            detail.path("bucket").path("name").asText(),
            object.path("key").asText(),
            false,
            object.path("size").asLong(-1),
            text(object, "etag"),
            text(object, "version-id"),
            text(object, "sequencer")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
