package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.Capacity;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.ObjectRef;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Pins the capacity units DynamoDB reports (table plus indexes) for the sample articles, so a
 * change that makes ingestion dearer shows up here. BENCHMARKS.md explains each figure.
 */
@ExtendWith(LocalStackExtension.class)
class CostTest {

  private final LocalStack stack;
  private final Events function;

  CostTest(LocalStack stack) {
    this.stack = stack;
    this.function = new Events(stack);
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  private ObjectRef upload(String key, String resource, String sequencer) throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/objects/" + resource)) {
      bytes = in.readAllBytes();
    }
    String etag =
        stack
            .s3()
            .putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(bytes))
            .eTag();
    return new ObjectRef(LocalStack.BUCKET, key, null, etag, sequencer, bytes.length);
  }

  private static void assertCapacity(
      String what, IngestResult result, Outcome outcome, double read, double write) {
    System.out.printf(
        "cost %-28s %-8s rcu=%.1f wcu=%.1f%n",
        what, result.outcome(), result.capacity().readUnits(), result.capacity().writeUnits());
    assertEquals(outcome, result.outcome(), what);
    assertEquals(new Capacity(read, write), result.capacity(), what);
  }

  @Test
  void writeAndReadUnitsPerArticleEvent() throws IOException {
    ObjectRef rt =
        upload("rt.com/2022/02/12/warning.txt", "rt-russia-issues-warning-to-us.txt", "01");
    // New: state read 1 RCU (DynamoDB Local reports 0 for the empty duplicate query and for the
    // sweep's two empty key-range queries; DynamoDB charges 0.5 each). Writes: body part 2 (the
    // gzipped body with every warning and the dropped lines) + META 1 (one warning of each code
    // and a count; 2 when it held every warning and the dropped lines, 1,241 bytes) + bySource 1
    // + byDay 1 (the listing attributes only; 2 each when they projected all of META) +
    // byContentHash 1.
    assertCapacity("new article (rt sample)", function.ingest(rt), Outcome.STORED, 1, 6);
    // Re-delivery: the state read shows it is applied; nothing else is read or written.
    assertCapacity("re-delivered event", function.ingest(rt), Outcome.SKIPPED, 1, 0);

    // Update: new body 1 + META 1 + both time indexes move (old out, new in: 1 + 1 each) + hash
    // index moves (1 + 1) + the old body part deleted (2).
    ObjectRef storm = upload("rt.com/2022/02/12/warning.txt", "storm-report.txt", "02");
    assertCapacity("update (overwrite)", function.ingest(storm), Outcome.UPDATED, 1, 10);

    // Duplicate: the hash query finds the other article (0.5 RCU); a small article is 1 WCU per
    // item and index.
    ObjectRef copy = upload("copies/storm.txt", "storm-report.txt", "01");
    assertCapacity("duplicate under another key", function.ingest(copy), Outcome.STORED, 1.5, 5);

    // Delete: tombstone replaces META (1), leaves three indexes (3), body part deleted (1).
    ObjectRef delete = new ObjectRef(LocalStack.BUCKET, "copies/storm.txt", null, null, "02", -1);
    assertCapacity("delete", function.remove(delete, true), Outcome.DELETED, 1, 5);
  }
}
