package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.parse.Extractor;
import dev.articleingest.store.ArticleTable;
import dev.articleingest.store.DynamoArticleStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every delivery order of random histories of puts, overwrites, delete markers and permanent
 * version deletes, in versioned and unversioned buckets: the table must end holding what the bucket
 * holds, with no body item its META does not name. Writes go to the real DynamoDB Local; reads come
 * from {@link VersionedBucket}, because s3proxy has no versioning.
 */
@ExtendWith(LocalStackExtension.class)
class VersionedHistoriesTest {

  /** At least this many (history, delivery order) pairs converge in each kind of bucket. */
  static final int PAIRS = 1000;

  private enum Op {
    PUT,
    DELETE,
    DELETE_VERSION
  }

  /** An S3 event about one operation. */
  private record Event(String name, ObjectRef ref) {}

  private final LocalStack stack;

  VersionedHistoriesTest(LocalStack stack) {
    this.stack = stack;
  }

  @Test
  void versionedHistoriesConvergeInEveryDeliveryOrder() throws Exception {
    assertEquals(PAIRS, runPairs(true), "pairs converged");
  }

  @Test
  void unversionedHistoriesConvergeInEveryDeliveryOrder() throws Exception {
    assertEquals(PAIRS, runPairs(false), "pairs converged");
  }

  /** The sequence that lost the current article in half its orders: put v1, put v2, delete v1. */
  @Test
  void deletingAnOldVersionForGoodKeepsTheCurrentOneInAllSixOrders() {
    VersionedBucket bucket = new VersionedBucket(true);
    IngestPipeline pipeline =
        new IngestPipeline(
            bucket,
            Extractor.withBundledProfiles(),
            new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE),
            Clock.systemUTC(),
            1_000_000);
    for (List<Integer> order : permutations(3)) {
      String key = "six/" + order;
      VersionedBucket.Version v1 =
          bucket.put(key, EndToEndTest.article("First", "2022-02-12T10:00:00Z", "Body one."));
      VersionedBucket.Version v2 =
          bucket.put(key, EndToEndTest.article("Second", "2022-02-12T11:00:00Z", "Body two."));
      bucket.deleteVersion(key, v1.id());
      List<Runnable> events =
          List.of(
              () -> pipeline.ingest(ref(key, v1, "0055AED6DCD9028101")),
              () -> pipeline.ingest(ref(key, v2, "0055AED6DCD9028102")),
              () ->
                  pipeline.remove(
                      new ObjectRef(LocalStack.BUCKET, key, v1.id(), null, "0055AED6DCD9028103", -1),
                      false));
      order.forEach(i -> events.get(i).run());

      ArticleMetadata stored =
          stack.queries().get(ArticleId.of(LocalStack.BUCKET, key)).orElseThrow();
      assertEquals("Second", stored.title(), "order " + order);
      assertEquals(v2.id(), stored.object().versionId(), "order " + order);
    }
  }

  private static ObjectRef ref(String key, VersionedBucket.Version v, String sequencer) {
    return new ObjectRef(LocalStack.BUCKET, key, v.id(), v.eTag(), sequencer, v.content().length);
  }

  private int runPairs(boolean versioned) throws Exception {
    VersionedBucket bucket = new VersionedBucket(versioned);
    IngestPipeline pipeline =
        new IngestPipeline(
            bucket,
            Extractor.withBundledProfiles(),
            new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE),
            Clock.systemUTC(),
            1_000_000);
    Random random = new Random(versioned ? 1818 : 2828);
    List<Runnable> pairs = new ArrayList<>();
    AtomicInteger converged = new AtomicInteger();
    int history = 0;
    while (pairs.size() < PAIRS) {
      String prefix = (versioned ? "v/" : "u/") + history++ + "/";
      List<Op> ops = ops(random, versioned);
      List<List<Integer>> orders = permutations(ops.size());
      for (List<Integer> order : orders) {
        if (pairs.size() == PAIRS) {
          break;
        }
        String key = prefix + order;
        pairs.add(() -> runPair(pipeline, bucket, key, ops, order, random.nextLong(), converged));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (Runnable pair : pairs) {
      futures.add(pool.submit(pair));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return converged.get();
  }

  private static List<Op> ops(Random random, boolean versioned) {
    List<Op> ops = new ArrayList<>(List.of(Op.PUT));
    int more = 1 + random.nextInt(3);
    for (int i = 0; i < more; i++) {
      int roll = random.nextInt(10);
      ops.add(roll < 5 ? Op.PUT : roll < 7 || !versioned ? Op.DELETE : Op.DELETE_VERSION);
    }
    return ops;
  }

  /** Applies the history to the bucket, then delivers its events in {@code order}. */
  private void runPair(
      IngestPipeline pipeline,
      VersionedBucket bucket,
      String key,
      List<Op> ops,
      List<Integer> order,
      long seed,
      AtomicInteger converged) {
    Random random = new Random(seed);
    List<Event> events = new ArrayList<>();
    long sequence = 0x5500000000L;
    int n = 0;
    for (Op op : ops) {
      sequence += 1 + random.nextInt(1000);
      String sequencer = Long.toHexString(sequence).toUpperCase(java.util.Locale.ROOT);
      switch (op) {
        case PUT -> {
          byte[] content =
              EndToEndTest.article("Title " + key + " #" + n++, "2022-02-12T10:00:00Z", "Body.");
          VersionedBucket.Version v = bucket.put(key, content);
          events.add(
              new Event(
                  "put",
                  new ObjectRef(
                      LocalStack.BUCKET, key, v.id(), v.eTag(), sequencer, content.length)));
        }
        case DELETE -> {
          VersionedBucket.Version marker = bucket.delete(key);
          events.add(
              new Event(
                  marker == null ? "delete" : "marker",
                  new ObjectRef(
                      LocalStack.BUCKET,
                      key,
                      marker == null ? null : marker.id(),
                      null,
                      sequencer,
                      -1)));
        }
        case DELETE_VERSION -> {
          List<VersionedBucket.Version> versions = bucket.versions(key);
          if (versions.isEmpty()) {
            continue;
          }
          VersionedBucket.Version gone = versions.get(random.nextInt(versions.size()));
          bucket.deleteVersion(key, gone.id());
          events.add(
              new Event(
                  "delete-version",
                  new ObjectRef(LocalStack.BUCKET, key, gone.id(), null, sequencer, -1)));
        }
      }
    }
    List<Event> delivered = new ArrayList<>();
    for (int i : order) {
      if (i < events.size()) {
        delivered.add(events.get(i));
      }
    }
    for (Event e : delivered) {
      switch (e.name()) {
        case "put" -> pipeline.ingest(e.ref());
        case "marker" -> pipeline.remove(e.ref(), true);
        default -> pipeline.remove(e.ref(), false);
      }
    }
    String what = key + " ops " + ops + " delivered " + delivered.stream().map(Event::name).toList();
    String id = ArticleId.of(LocalStack.BUCKET, key);
    Optional<ArticleMetadata> stored = stack.queries().get(id);
    Optional<VersionedBucket.Version> current = bucket.currentVersion(key);
    if (current.isPresent()) {
      String title =
          new String(current.get().content(), StandardCharsets.UTF_8).split("\n\n")[1];
      assertTrue(stored.isPresent(), what + ": no article, but the bucket holds " + title);
      assertEquals(title, stored.get().title(), what);
    } else {
      assertTrue(stored.isEmpty(), what + ": the bucket holds nothing, the table " + stored);
    }
    assertNoOrphanBodies(id, what);
    converged.incrementAndGet();
  }

  private void assertNoOrphanBodies(String id, String what) {
    List<Map<String, AttributeValue>> items = TableRows.itemsOf(stack, id);
    String revision = null;
    for (Map<String, AttributeValue> item : items) {
      if (item.get(ArticleTable.SK).s().equals(ArticleTable.META_SK)
          && item.containsKey(ArticleTable.BODY_REVISION)) {
        revision = item.get(ArticleTable.BODY_REVISION).s();
      }
    }
    for (Map<String, AttributeValue> item : items) {
      String sk = item.get(ArticleTable.SK).s();
      if (sk.startsWith(ArticleTable.BODY_SK_PREFIX)) {
        assertTrue(
            revision != null && sk.startsWith(ArticleTable.BODY_SK_PREFIX + revision),
            what + ": body item " + sk + " is not META's revision " + revision);
      }
    }
  }

  private static List<List<Integer>> permutations(int n) {
    List<List<Integer>> out = new ArrayList<>();
    permute(new ArrayList<>(), n, out);
    return out;
  }

  private static void permute(List<Integer> prefix, int n, List<List<Integer>> out) {
    if (prefix.size() == n) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (int i = 0; i < n; i++) {
      if (!prefix.contains(i)) {
        prefix.add(i);
        permute(prefix, n, out);
        prefix.remove(prefix.size() - 1);
      }
    }
  }
}
