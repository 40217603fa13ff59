package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.Capacity;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.Rejection;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.store.ArticleTable;
import dev.articleingest.store.DynamoArticleStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Ordering, idempotency, deletes, rejections and duplicates, against DynamoDB Local. */
@ExtendWith(LocalStackExtension.class)
class StorageSemanticsTest {

  private final LocalStack stack;
  private final DynamoArticleStore store;
  private final ArticleQueries queries;
  private final Events function;

  StorageSemanticsTest(LocalStack stack) {
    this.stack = stack;
    this.store = new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE);
    this.queries = stack.queries();
    this.function = new Events(stack);
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  private static Capacity.Meter meter() {
    return new Capacity.Meter();
  }

  /** Every item of the key, and the body items must be exactly the current revision's. */
  private void assertNoOrphanBodies(String id) {
    List<Map<String, AttributeValue>> items = TableRows.itemsOf(stack, id);
    Map<String, AttributeValue> meta =
        items.stream()
            .filter(i -> i.get(ArticleTable.SK).s().equals(ArticleTable.META_SK))
            .findFirst()
            .orElseThrow();
    List<String> bodies =
        items.stream()
            .map(i -> i.get(ArticleTable.SK).s())
            .filter(sk -> sk.startsWith(ArticleTable.BODY_SK_PREFIX))
            .toList();
    if (ArticleTable.ENTITY_ARTICLE.equals(meta.get(ArticleTable.ENTITY).s())) {
      String prefix = ArticleTable.bodyPrefix(meta.get(ArticleTable.BODY_REVISION).s());
      assertTrue(bodies.stream().allMatch(sk -> sk.startsWith(prefix)), bodies.toString());
      assertEquals(Integer.parseInt(meta.get(ArticleTable.BODY_PARTS).n()), bodies.size());
    } else {
      assertTrue(bodies.isEmpty(), "no body without an article: " + bodies);
    }
  }

  @Test
  void anOlderEventNeverOverwritesANewerOne() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    assertTrue(store.put(Articles.stored(id, "k", 0xFF, "new"), false, meter()));

    boolean applied = store.put(Articles.stored(id, "k", 0x0F, "old"), false, meter());

    assertFalse(applied);
    assertEquals("Title new", queries.get(id).orElseThrow().title());
    assertNoOrphanBodies(id);
  }

  @Test
  void sequencersOfDifferentLengthsCompareAsPaddedHex() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    ObjectRef shortSeq = new ObjectRef(Articles.BUCKET, "k", null, "e1", "FF", 1);
    ObjectRef longSeq = new ObjectRef(Articles.BUCKET, "k", null, "e2", "0100", 1);
    Instant now = Instant.now();
    assertTrue(
        store.put(
            new StoredArticle(id, Articles.variant("a", 1), longSeq, now, null), false, meter()));

    assertFalse(
        store.put(
            new StoredArticle(id, Articles.variant("b", 1), shortSeq, now, null), false, meter()));
    assertEquals("Title a", queries.get(id).orElseThrow().title());
  }

  @Test
  void aDeleteRemovesTheArticleAndLeavesAnExpiringTombstone() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    store.put(Articles.stored(id, "k", 1, "a"), false, meter());
    Instant at = Instant.parse("2026-01-01T00:00:00Z");

    assertTrue(store.remove(id, Articles.ref("k", 2), at, meter()));

    assertTrue(queries.get(id).isEmpty());
    List<Map<String, AttributeValue>> items = TableRows.itemsOf(stack, id);
    assertEquals(1, items.size(), items.toString());
    Map<String, AttributeValue> tombstone = items.get(0);
    assertEquals(ArticleTable.ENTITY_TOMBSTONE, tombstone.get(ArticleTable.ENTITY).s());
    assertEquals(Articles.sequencer(2), tombstone.get(ArticleTable.SEQUENCER).s());
    assertEquals(
        at.plus(DynamoArticleStore.TOMBSTONE_TTL).getEpochSecond(),
        Long.parseLong(tombstone.get(ArticleTable.EXPIRES_AT).n()));
  }

  @Test
  void aLateCreateAfterADeleteDoesNotResurrectTheArticle() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    store.remove(id, Articles.ref("k", 5), Instant.now(), meter());

    assertFalse(store.put(Articles.stored(id, "k", 4, "late"), false, meter()));

    assertTrue(queries.get(id).isEmpty());
    assertNoOrphanBodies(id);
  }

  @Test
  void aNewerCreateAfterADeleteStoresTheArticleAgain() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    store.put(Articles.stored(id, "k", 1, "first"), false, meter());
    store.remove(id, Articles.ref("k", 2), Instant.now(), meter());

    assertTrue(store.put(Articles.stored(id, "k", 3, "again"), false, meter()));

    assertEquals("Title again", queries.get(id).orElseThrow().title());
    assertNoOrphanBodies(id);
  }

  @Test
  void aNewerRejectionReplacesAnOlderArticleAndAnOlderOneDoesNot() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    store.put(Articles.stored(id, "k", 2, "good"), false, meter());
    InputRejectedException bad = new InputRejectedException(RejectionReason.EMPTY, "empty");

    assertFalse(store.reject(id, Articles.ref("k", 1), bad, Instant.now(), false, meter()));
    assertEquals("Title good", queries.get(id).orElseThrow().title());

    assertTrue(store.reject(id, Articles.ref("k", 3), bad, Instant.now(), false, meter()));
    assertTrue(queries.get(id).isEmpty());
    assertNoOrphanBodies(id);
  }

  @Test
  void rejectionsAreListedByDayUntilAGoodObjectReplacesThem() {
    String id = ArticleId.of(Articles.BUCKET, "bad");
    Instant at = Instant.parse("2026-03-04T05:06:07Z");
    store.reject(
        id,
        Articles.ref("bad", 1),
        new InputRejectedException(RejectionReason.BINARY, "the object is a PDF document"),
        at,
        false,
        meter());

    List<Rejection> listed =
        queries.listRejections(LocalDate.parse("2026-03-04"), 10, null).items();

    assertEquals(1, listed.size());
    Rejection rejection = listed.get(0);
    assertEquals(id, rejection.id());
    assertEquals("bad", rejection.object().key());
    assertEquals(RejectionReason.BINARY, rejection.reason());
    assertEquals("the object is a PDF document", rejection.message());
    assertEquals(at, rejection.rejectedAt());
    assertTrue(queries.listRejections(LocalDate.parse("2026-03-05"), 10, null).items().isEmpty());

    store.put(Articles.stored(id, "bad", 2, "fixed"), false, meter());

    assertTrue(queries.listRejections(LocalDate.parse("2026-03-04"), 10, null).items().isEmpty());
  }

  @Test
  void theSameEventReParsedByANewerParserReplacesTheArticle() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    ObjectRef ref = Articles.ref("k", 1);
    Instant now = Instant.now();
    store.put(new StoredArticle(id, Articles.variant("v1", 1), ref, now, null), false, meter());

    assertFalse(
        store.put(
            new StoredArticle(id, Articles.variant("again", 1), ref, now, null), false, meter()));
    assertTrue(
        store.put(
            new StoredArticle(id, Articles.variant("v2", 2), ref, now, null), false, meter()));

    ArticleMetadata stored = queries.get(id).orElseThrow();
    assertEquals("Title v2", stored.title());
    assertEquals(2, stored.parserVersion());
    assertNoOrphanBodies(id);
  }

  @Test
  void tenConcurrentDeliveriesOfOneEventStoreOneArticle() throws Exception {
    String key = "example.org/concurrent.txt";
    byte[] content = EndToEndTest.article("Once", "2022-02-10T08:00:00Z", "Body.");
    var put =
        stack
            .s3()
            .putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(content));
    ObjectRef ref = new ObjectRef(LocalStack.BUCKET, key, null, put.eTag(), "0A", content.length);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<IngestResult>> futures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      futures.add(pool.submit(() -> function.ingest(ref)));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<IngestResult> f : futures) {
      outcomes.add(f.get().outcome());
    }
    pool.shutdown();

    String id = ArticleId.of(ref);
    assertTrue(outcomes.contains(Outcome.STORED), outcomes.toString());
    assertTrue(outcomes.stream().allMatch(o -> o == Outcome.STORED || o == Outcome.SKIPPED));
    assertEquals(2, TableRows.itemsOf(stack, id).size(), "one META, one body part");
    assertEquals(2, TableRows.count(stack));
    assertNoOrphanBodies(id);
  }

  @Test
  void theSameContentUnderTwoKeysIsLinkedAndFoundByHash() {
    byte[] content = EndToEndTest.article("Same", "2022-02-10T08:00:00Z", "Same body.");
    for (String key : List.of("example.org/first.txt", "example.org/second.txt")) {
      stack
          .s3()
          .putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(content));
    }
    IngestResult first =
        function.ingest(
            new ObjectRef(LocalStack.BUCKET, "example.org/first.txt", null, null, "01", 1));
    IngestResult second =
        function.ingest(
            new ObjectRef(LocalStack.BUCKET, "example.org/second.txt", null, null, "02", 1));

    assertTrue(first.duplicateOf().isEmpty());
    assertEquals(first.id(), second.duplicateOf().orElseThrow());
    assertEquals(first.id(), queries.get(second.id()).orElseThrow().duplicateOf());
    List<ArticleMetadata> byHash = queries.findByContentHash(first.article().orElseThrow().contentHash());
    assertEquals(
        List.of(first.id(), second.id()), byHash.stream().map(ArticleMetadata::id).toList());
  }

  @Test
  void aReDeliveredEventIsSkippedBeforeReadingS3() {
    String id = ArticleId.of(Articles.BUCKET, "k");
    store.put(Articles.stored(id, "k", 7, "stored"), false, meter());

    // The object does not even exist in S3: a skip must not need it.
    IngestResult again = function.ingest(Articles.ref("k", 7));
    IngestResult older = function.ingest(Articles.ref("k", 6));

    assertEquals(Outcome.SKIPPED, again.outcome());
    assertEquals(Outcome.SKIPPED, older.outcome());
    assertEquals(0, again.capacity().writeUnits());
  }
}
