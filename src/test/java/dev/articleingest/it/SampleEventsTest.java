package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.WarningCode;
import dev.articleingest.store.ArticleTable;
import dev.articleingest.telemetry.Telemetry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Drives the handler with the files in {@code events/}, deserialized by the Lambda runtime's own
 * serializer (aws-lambda-java-serialization, through aws-lambda-java-tests' EventLoader), after
 * uploading the objects those events name.
 */
@ExtendWith(LocalStackExtension.class)
class SampleEventsTest {

  private static final String RT_KEY = "rt.com/2022/02/12/russia issues warning to US.txt";

  private final LocalStack stack;
  private final S3EventHandler handler;

  SampleEventsTest(LocalStack stack) {
    this.stack = stack;
    this.handler =
        new S3EventHandler(stack.dependencies().pipeline(Clock.systemUTC()), Telemetry.logsOnly());
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  private void upload(String key, String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/objects/" + resource)) {
      byte[] bytes = in.readAllBytes();
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(bytes));
    }
  }

  @Test
  void putEventWithAUrlEncodedKeyStoresTheArticleUnderTheDecodedKey() throws IOException {
    upload(RT_KEY, "rt-russia-issues-warning-to-us.txt");
    S3Event event = EventLoader.loadS3Event("events/s3-put.json");
    assertEquals(
        "rt.com/2022/02/12/russia+issues+warning+to+US.txt",
        event.getRecords().get(0).getS3().getObject().getKey());

    List<IngestResult> results = handler.process(event, "test");

    assertEquals(List.of(Outcome.STORED), results.stream().map(IngestResult::outcome).toList());
    ArticleMetadata stored =
        stack.dependencies().queries().get(ArticleId.of(LocalStack.BUCKET, RT_KEY)).orElseThrow();
    assertEquals(RT_KEY, stored.object().key());
    assertEquals("715869e09cb2e59a8f72fedd458282d0", stored.object().eTag());
    assertEquals("0062079F6C4E2A1C3B", stored.object().sequencer());
    assertEquals(3403, stored.object().size());
    assertEquals("Russia issues warning to US", stored.title());
    assertEquals("rt.com", stored.source());
  }

  @Test
  void multiRecordEventProcessesEveryRecord() throws IOException {
    upload("rt.com/2022/02/12/café diplomacy.txt", "rt-russia-issues-warning-to-us.txt");
    upload("uploads/storm report.txt", "storm-report.txt");
    upload("uploads/empty.txt", "empty.txt");

    List<IngestResult> results =
        handler.process(EventLoader.loadS3Event("events/s3-multi-record.json"), "test");

    assertEquals(
        List.of(Outcome.STORED, Outcome.STORED, Outcome.REJECTED),
        results.stream().map(IngestResult::outcome).toList());
    ArticleMetadata rt =
        stack
            .dependencies()
            .queries()
            .get(ArticleId.of(LocalStack.BUCKET, "rt.com/2022/02/12/café diplomacy.txt"))
            .orElseThrow();
    assertEquals("rt.com", rt.source());

    ArticleMetadata storm =
        stack
            .dependencies()
            .queries()
            .get(ArticleId.of(LocalStack.BUCKET, "uploads/storm report.txt"))
            .orElseThrow();
    assertEquals("unknown", storm.source());
    assertEquals("Coastal towns brace for second storm in a week", storm.title());
    assertEquals("2022-02-14T09:30", storm.published().local().toString());
    assertNull(storm.published().zone());
    assertTrue(storm.warnings().stream().anyMatch(w -> w.code() == WarningCode.ZONE_UNKNOWN));
    assertEquals(5, storm.paragraphCount());

    List<Map<String, AttributeValue>> rejection =
        TableRows.itemsOf(stack, ArticleId.of(LocalStack.BUCKET, "uploads/empty.txt"));
    assertEquals(1, rejection.size());
    assertEquals(ArticleTable.META_SK, rejection.get(0).get(ArticleTable.SK).s());
    assertEquals(ArticleTable.ENTITY_REJECTION, rejection.get(0).get(ArticleTable.ENTITY).s());
    assertEquals("EMPTY", rejection.get(0).get(ArticleTable.REASON).s());
    assertEquals("uploads/empty.txt", rejection.get(0).get(ArticleTable.OBJECT_KEY).s());
  }

  @Test
  void theS3TestEventIsIgnored() {
    S3Event event = EventLoader.loadS3Event("events/s3-test-event.json");

    List<IngestResult> results = handler.process(event, "test");

    assertTrue(results.isEmpty());
    assertEquals(0, TableRows.count(stack));
  }

  @Test
  void aRedeliveredEventLeavesExactlyOneArticle() throws IOException {
    upload(RT_KEY, "rt-russia-issues-warning-to-us.txt");
    String id = ArticleId.of(LocalStack.BUCKET, RT_KEY);

    handler.process(EventLoader.loadS3Event("events/s3-put.json"), "test");
    List<String> first = TableRows.sortKeysOf(stack, id);
    handler.process(EventLoader.loadS3Event("events/s3-put.json"), "test");
    handler.process(EventLoader.loadS3Event("events/s3-put.json"), "test");

    assertEquals(2, first.size(), first.toString());
    assertEquals(first, TableRows.sortKeysOf(stack, id));
    assertEquals(2, TableRows.count(stack));
  }
}
