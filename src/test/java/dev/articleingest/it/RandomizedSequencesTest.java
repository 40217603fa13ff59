package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.Capacity;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.store.ArticleTable;
import dev.articleingest.store.DynamoArticleStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random per-key event histories (creates, overwrites, rejections, deletes), delivered shuffled and
 * partly re-delivered: the table must end in the state the newest event of each key implies, with
 * no body item that the key's state does not point at. Seeded, so a failure reproduces.
 */
@ExtendWith(LocalStackExtension.class)
class RandomizedSequencesTest {

  private enum Kind {
    PUT,
    REJECT,
    DELETE
  }

  private record Event(Kind kind, long sequence, String variant) {}

  private final LocalStack stack;
  private final DynamoArticleStore store;
  private final ArticleQueries queries;
  private final Events function;

  RandomizedSequencesTest(LocalStack stack) {
    this.stack = stack;
    this.store = new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE);
    this.queries = stack.queries();
    this.function = new Events(stack);
  }

  private static List<Event> history(Random random) {
    List<Event> events = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    long sequence = random.nextInt(1000);
    for (int i = 0; i < count; i++) {
      sequence += 1 + random.nextInt(0x10000);
      int roll = random.nextInt(10);
      Kind kind = roll < 6 ? Kind.PUT : roll < 8 ? Kind.DELETE : Kind.REJECT;
      events.add(new Event(kind, sequence, "v" + random.nextInt(3)));
    }
    return events;
  }

  private static List<Event> delivery(List<Event> history, Random random) {
    List<Event> delivered = new ArrayList<>(history);
    for (Event event : history) {
      if (random.nextInt(3) == 0) {
        delivered.add(event);
      }
    }
    Collections.shuffle(delivered, random);
    return delivered;
  }

  @Test
  void aThousandShuffledHistoriesThroughTheStore() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> runs = new ArrayList<>();
    for (int s = 0; s < 1000; s++) {
      int seed = s;
      runs.add(pool.submit(() -> runThroughStore(seed)));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
  }

  private void runThroughStore(int seed) {
    Random random = new Random(seed);
    String key = "store/" + seed;
    String id = ArticleId.of(Articles.BUCKET, key);
    List<Event> history = history(random);
    for (Event event : delivery(history, random)) {
      ObjectRef ref = Articles.ref(key, event.sequence());
      Capacity.Meter meter = new Capacity.Meter();
      Instant now = Instant.now();
      switch (event.kind()) {
        case PUT ->
            store.put(
                new StoredArticle(id, Articles.variant(event.variant(), 1), ref, now, null),
                false,
                meter);
        case REJECT ->
            store.reject(
                id,
                ref,
                new InputRejectedException(RejectionReason.EMPTY, "empty"),
                now,
                false,
                meter);
        case DELETE -> store.remove(id, ref, now, meter);
      }
    }
    assertFinalState("seed " + seed + " " + history, id, newest(history));
  }

  @Test
  void twoHundredShuffledHistoriesThroughS3AndThePipeline() {
    for (int s = 0; s < 200; s++) {
      Random random = new Random(100_000 + s);
      String key = "pipeline/" + s + ".txt";
      String id = ArticleId.of(LocalStack.BUCKET, key);
      List<Event> history = history(random);
      // S3 sees the operations in order; the events about them arrive shuffled.
      List<Runnable> deliveries = new ArrayList<>();
      Map<Event, ObjectRef> refs = new HashMap<>();
      for (Event event : history) {
        String etag = null;
        if (event.kind() == Kind.DELETE) {
          stack.s3().deleteObject(b -> b.bucket(LocalStack.BUCKET).key(key));
        } else {
          byte[] content =
              event.kind() == Kind.REJECT
                  ? new byte[0]
                  : EndToEndTest.article(
                      "Title " + event.variant(),
                      "2022-02-12T10:00:00Z",
                      "Body " + event.variant());
          etag =
              stack
                  .s3()
                  .putObject(
                      b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(content))
                  .eTag();
        }
        refs.put(
            event,
            new ObjectRef(
                LocalStack.BUCKET, key, null, etag, Articles.sequencer(event.sequence()), -1));
      }
      for (Event event : delivery(history, random)) {
        ObjectRef ref = refs.get(event);
        if (event.kind() == Kind.DELETE) {
          function.remove(ref, true);
        } else {
          function.ingest(ref);
        }
      }
      assertFinalState("seed " + (100_000 + s) + " " + history, id, newest(history));
    }
  }

  private static Event newest(List<Event> history) {
    return history.stream().max(Comparator.comparingLong(Event::sequence)).orElseThrow();
  }

  private void assertFinalState(String what, String id, Event newest) {
    List<Map<String, AttributeValue>> items = TableRows.itemsOf(stack, id);
    Map<String, AttributeValue> meta =
        items.stream()
            .filter(i -> i.get(ArticleTable.SK).s().equals(ArticleTable.META_SK))
            .findFirst()
            .orElseThrow(() -> new AssertionError(what + ": no state item"));
    assertEquals(Articles.sequencer(newest.sequence()), meta.get(ArticleTable.SEQUENCER).s(), what);
    String entity = meta.get(ArticleTable.ENTITY).s();
    long bodies =
        items.stream()
            .filter(i -> i.get(ArticleTable.SK).s().startsWith(ArticleTable.BODY_SK_PREFIX))
            .count();
    switch (newest.kind()) {
      case PUT -> {
        assertEquals(ArticleTable.ENTITY_ARTICLE, entity, what);
        StoredArticle article = queries.getWithBody(id).orElseThrow();
        assertEquals("Title " + newest.variant(), article.article().title(), what);
        assertTrue(article.article().paragraphs().get(0).contains(newest.variant()), what);
        assertEquals(Long.parseLong(meta.get(ArticleTable.BODY_PARTS).n()), bodies, what);
      }
      case REJECT -> {
        assertEquals(ArticleTable.ENTITY_REJECTION, entity, what);
        assertEquals(0, bodies, what);
        assertTrue(queries.get(id).isEmpty(), what);
      }
      case DELETE -> {
        assertEquals(ArticleTable.ENTITY_TOMBSTONE, entity, what);
        assertEquals(0, bodies, what);
        assertTrue(queries.get(id).isEmpty(), what);
      }
    }
  }
}
