package dev.articleingest.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleingest.json.JsonTrees;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the shapes S3 events arrive in and reads the object changes out of them: S3 event
 * notifications (direct, or in the bodies of SQS messages) and S3 events from EventBridge (direct,
 * or in SQS messages). The {@code s3:TestEvent} has no changes.
 */
final class EventShapes {

  /** The shape of an invocation's payload. */
  enum Shape {
    S3_NOTIFICATION,
    SQS,
    EVENTBRIDGE,
    TEST_EVENT,
    UNKNOWN
  }

  /**
   * One message's changes; {@code messageId} is the SQS message id, else null; {@code changes} is
   * null for an SQS message whose body is not an S3 event.
   */
  record Message(String messageId, List<Change> changes) {}

  private EventShapes() {}

  static Shape shapeOf(JsonNode event) {
    if ("s3:TestEvent".equals(event.path("Event").asText())) {
      return Shape.TEST_EVENT;
    }
    if ("aws.s3".equals(event.path("source").asText()) && event.has("detail-type")) {
      return Shape.EVENTBRIDGE;
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
      case UNKNOWN ->
          throw new IllegalArgumentException(
              "not an S3 notification, SQS batch or EventBridge S3 event");
    };
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
