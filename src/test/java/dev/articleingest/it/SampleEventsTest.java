package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.WarningCode;
import dev.articleingest.store.ArticleTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Drives the handler's stream entry point with the files in {@code events/}, as raw JSON the way
 * Lambda hands them over, after uploading the objects those events name.
 */
@ExtendWith(LocalStackExtension.class)
class SampleEventsTest {

  private static final String RT_KEY = "rt.com/2022/02/12/russia issues warning to US.txt";

  private final LocalStack stack;
  private final LocalLambda handler;

  SampleEventsTest(LocalStack stack) {
    this.stack = stack;
    this.handler = new LocalLambda(stack.dependencies());
  }

  /** A sample event of {@code events/}, as raw JSON: what Lambda hands the function. */
  private static byte[] event(String file) throws IOException {
    return Files.readAllBytes(Path.of("events", file));
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
    byte[] event = event("s3-put.json");
    assertTrue(
        new String(event, StandardCharsets.UTF_8)
            .contains("\"rt.com/2022/02/12/russia+issues+warning+to+US.txt\""),
        "the sample carries the key form-URL-encoded, as S3 does");

    List<IngestResult> results = handler.results(event, "test");

    assertEquals(List.of(Outcome.STORED), results.stream().map(IngestResult::outcome).toList());
    ArticleMetadata stored =
        stack.queries().get(ArticleId.of(LocalStack.BUCKET, RT_KEY)).orElseThrow();
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
        handler.results(event("s3-multi-record.json"), "test");

    assertEquals(
        List.of(Outcome.STORED, Outcome.STORED, Outcome.REJECTED),
        results.stream().map(IngestResult::outcome).toList());
    ArticleMetadata rt =
        stack.queries()
            .get(ArticleId.of(LocalStack.BUCKET, "rt.com/2022/02/12/café diplomacy.txt"))
            .orElseThrow();
    assertEquals("rt.com", rt.source());

    ArticleMetadata storm =
        stack.queries()
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
  void theS3TestEventIsIgnored() throws IOException {
    byte[] event = event("s3-test-event.json");

    List<IngestResult> results = handler.results(event, "test");

    assertTrue(results.isEmpty());
    assertEquals(0, TableRows.count(stack));
  }

  @Test
  void aRedeliveredEventLeavesExactlyOneArticle() throws IOException {
    upload(RT_KEY, "rt-russia-issues-warning-to-us.txt");
    String id = ArticleId.of(LocalStack.BUCKET, RT_KEY);

    handler.results(event("s3-put.json"), "test");
    List<String> first = TableRows.sortKeysOf(stack, id);
    handler.results(event("s3-put.json"), "test");
    handler.results(event("s3-put.json"), "test");

    assertEquals(2, first.size(), first.toString());
    assertEquals(first, TableRows.sortKeysOf(stack, id));
    assertEquals(2, TableRows.count(stack));
  }
}
