package dev.articleingest.it;

import dev.articleingest.model.ParserVersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.backfill.Backfill;
import dev.articleingest.backfill.Backfill.Progress;
import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.ArticleSummary;

import dev.articleingest.query.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The backfill over 2,000 objects in the local stack (1,900 articles, 50 empty, 50 binary), run
 * after nothing was ingested: the counts, a second run that skips everything, an interrupted run
 * that resumes from its checkpoint, and forced and version-targeted re-processing.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillTest {

  private static final String PREFIX = "backfill/";
  private static final int ARTICLES = 1900;
  private static final int EMPTY = 50;
  private static final int BINARY = 50;
  private static final int TOTAL = ARTICLES + EMPTY + BINARY;

  private final LocalStack stack;
  private final LocalLambda function;

  BackfillTest(LocalStack stack) {
    this.stack = stack;
    this.function = new LocalLambda(stack.dependencies());
  }

  /** A backfill that sends each object to the function as an S3 Batch Operations task. */
  private Backfill backfill(boolean force, int belowVersion) {
    return new Backfill(
        stack.s3(), listed -> function.reprocess(listed, belowVersion, force));
  }

  @BeforeAll
  void uploadObjects() throws Exception {
    stack.recreateTable();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> uploads = new ArrayList<>();
    for (int i = 0; i < TOTAL; i++) {
      int n = i;
      uploads.add(
          pool.submit(
              () -> {
                byte[] content =
                    n < ARTICLES
                        ? EndToEndTest.article(
                            "Article " + n, "2022-02-12T10:00:00Z", "Body of " + n + ".")
                        : n < ARTICLES + EMPTY
                            ? new byte[0]
                            : new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0};
                String key = String.format("%s%05d.txt", PREFIX, n);
                stack
                    .s3()
                    .putObject(
                        b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(content));
              }));
    }
    for (Future<?> upload : uploads) {
      upload.get();
    }
    pool.shutdown();
  }

  /** Articles of source "unknown" in the table, following page tokens (pages stop at 1 MB). */
  private int articlesInTable() {
    int count = 0;
    String token = null;
    do {
      Page<ArticleSummary> page =
          stack.queries()
              .listBySource(
                  "unknown", Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), 1000, token);
      count += page.items().size();
      token = page.nextPageToken();
    } while (token != null);
    return count;
  }

  private Backfill.Options options(Path checkpoint) {
    return new Backfill.Options(LocalStack.BUCKET, PREFIX, 8, checkpoint, false);
  }

  @Test
  void backfillsEveryObjectResumesAfterAnInterruptionAndSkipsWhatIsUpToDate(@TempDir Path dir)
      throws Exception {
    Path checkpoint = dir.resolve("backfill.checkpoint");
    List<Progress> reports = new ArrayList<>();

    // First run, interrupted after about 600 objects.
    AtomicInteger started = new AtomicInteger();
    Progress interrupted =
        backfill(false, ParserVersion.CURRENT).run(
            options(checkpoint),
            reports::add,
            () -> started.incrementAndGet() > 600);
    assertTrue(interrupted.done() < TOTAL, "stopped early: " + interrupted);
    assertTrue(Files.exists(checkpoint), "the checkpoint is kept");
    String stoppedAfter = Files.readString(checkpoint);

    // Second run resumes after the checkpoint: it lists only the keys after it.
    Progress resumed =
        backfill(false, ParserVersion.CURRENT).run(
            options(checkpoint), reports::add, () -> false);
    int checkpointIndex =
        Integer.parseInt(stoppedAfter.substring(PREFIX.length(), PREFIX.length() + 5));
    assertEquals(stoppedAfter, resumed.resumedAfter());
    assertEquals(TOTAL - (checkpointIndex + 1), resumed.listed());
    assertEquals(resumed.listed(), resumed.done());
    assertFalse(Files.exists(checkpoint), "a finished run removes its checkpoint");

    // Together they stored every article and rejected every bad object, by reason.
    long stored = interrupted.count(Outcome.STORED) + resumed.count(Outcome.STORED);
    assertEquals(ARTICLES, stored);
    assertEquals(
        EMPTY,
        interrupted.rejectedByReason().getOrDefault("EMPTY", 0L)
            + resumed.rejectedByReason().getOrDefault("EMPTY", 0L));
    assertEquals(
        BINARY,
        interrupted.rejectedByReason().getOrDefault("BINARY", 0L)
            + resumed.rejectedByReason().getOrDefault("BINARY", 0L));
    assertEquals(0, interrupted.failed() + resumed.failed());
    assertEquals(ARTICLES, articlesInTable());
    Progress last = reports.get(reports.size() - 1);
    assertEquals(resumed, last, "the last report is the final count");
    assertTrue(last.rate() > 0);

    // A third run finds everything up to date.
    Progress again =
        backfill(false, ParserVersion.CURRENT).run(
            options(checkpoint), p -> {}, () -> false);
    assertEquals(TOTAL, again.listed());
    assertEquals(TOTAL, again.count(Outcome.SKIPPED), again.toString());

    // Forced, every article is re-parsed in place (and every bad object rejected again).
    Progress forced = backfill(true, 0).run(
            options(checkpoint), p -> {}, () -> false);
    assertEquals(ARTICLES, forced.count(Outcome.UPDATED), forced.toString());
    assertEquals(EMPTY + BINARY, forced.count(Outcome.REJECTED), forced.toString());
  }
}
