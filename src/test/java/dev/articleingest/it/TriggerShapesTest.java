package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.model.ArticleId;
import dev.articleingest.telemetry.Telemetry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * One handler, every trigger shape: each sample event in {@code events/} is fed to the handler's
 * stream entry point, the very method Lambda calls, as raw JSON.
 */
@ExtendWith(LocalStackExtension.class)
class TriggerShapesTest {

  private static final String KEY = "rt.com/2022/02/12/russia issues warning to US.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalStack stack;
  private final LocalLambda handler;

  TriggerShapesTest(LocalStack stack) {
    this.stack = stack;
    this.handler =
        new LocalLambda(stack.dependencies());
  }

  @BeforeEach
  void uploadTheSample() throws IOException {
    stack.recreateTable();
    try (InputStream in =
        getClass().getResourceAsStream("/objects/rt-russia-issues-warning-to-us.txt")) {
      byte[] bytes = in.readAllBytes();
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(KEY), RequestBody.fromBytes(bytes));
    }
  }

  private JsonNode invoke(String eventFile) throws IOException {
    return handler.invoke(Files.readAllBytes(Path.of("events", eventFile)), "test").response();
  }

  private boolean stored() {
    return stack.queries().get(ArticleId.of(LocalStack.BUCKET, KEY)).isPresent();
  }

  @Test
  void aDirectS3NotificationThroughTheStreamEntryPoint() throws IOException {
    JsonNode response = invoke("s3-put.json");

    assertEquals(0, response.size());
    assertTrue(stored());
  }

  @Test
  void sqsReportsOnlyTheFailedMessagesAsBatchItemFailures() throws IOException {
    JsonNode response = invoke("sqs-s3-notifications.json");

    assertEquals(
        "{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}",
        response.toString());
    assertTrue(stored(), "the good message's article is stored");
  }

  @Test
  void eventBridgeEventsCarryRawKeysAndDeletesRemoveTheArticle() throws IOException {
    invoke("eventbridge-object-created.json");
    assertTrue(stored(), "the key with spaces is used as it is");

    invoke("eventbridge-object-deleted.json");

    assertTrue(!stored(), "the Object Deleted event removed it");
  }

  @Test
  void theS3TestEventIsAcknowledged() throws IOException {
    assertEquals(0, invoke("s3-test-event.json").size());
    assertEquals(0, TableRows.count(stack));
  }

  @Test
  void aPayloadOfNoKnownShapeIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> handler.invoke("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8), "req"));
    assertTrue(e.getMessage().contains("not an S3 notification"), e.getMessage());
  }
}
