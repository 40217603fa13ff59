package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.ArticleSummary;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.parse.Extractor;
import dev.articleingest.source.S3ObjectSource;
import dev.articleingest.store.ArticleTable;
import dev.articleingest.store.DynamoArticleStore;
import dev.articleingest.telemetry.Telemetry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

@ExtendWith(LocalStackExtension.class)
class EndToEndTest {

  private final LocalStack stack;
  private final LocalLambda handler;

  EndToEndTest(LocalStack stack) {
    this.stack = stack;
    this.handler =
        new LocalLambda(stack.dependencies());
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  static byte[] sample() throws IOException {
    try (InputStream in =
        EndToEndTest.class.getResourceAsStream(
            "/golden/rt.com/rt-russia-issues-warning-to-us/input.txt")) {
      return in.readAllBytes();
    }
  }

  private S3Events.Upload upload(String key, byte[] content) {
    return Uploads.put(stack, key, content);
  }

  @Test
  void sampleLandsInTheTableWithItsParsedFields() throws IOException {
    List<IngestResult> results =
        handler.results(
            S3Events.created(List.of(upload("rt.com/2022/02/12/warning.txt", sample()))), "test");

    assertEquals(1, results.size());
    assertEquals(IngestResult.Outcome.STORED, results.get(0).outcome());
    StoredArticle stored =
        stack.queries().getWithBody(results.get(0).id()).orElseThrow();
    assertEquals("rt.com", stored.article().source());
    assertEquals("Russia issues warning to US", stored.article().title());
    assertEquals("2022-02-12T13:59:00Z", stored.article().published().instant().toString());
    assertEquals(9, stored.article().paragraphs().size());
    assertEquals("rt.com/2022/02/12/warning.txt", stored.object().key());
    assertEquals(3403, stored.object().size());
    assertTrue(stored.object().sequencer().matches("[0-9A-F]{16}"));
  }

  /** A small article with an explicit offset, so its instant is known without a profile. */
  static byte[] article(String title, String publishedIso, String body) {
    String text =
        publishedIso
            + "\n\n"
            + title
            + "\n\n"
            + body
            + "\n\n"
            + "A second paragraph keeps the body long enough to read like an article.";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private IngestResult ingest(String key, byte[] content) {
    List<IngestResult> results =
        handler.results(S3Events.created(List.of(upload(key, content))), "test");
    assertEquals(1, results.size());
    return results.get(0);
  }

  @Test
  void listsASourcesArticlesNewestFirstWithinATimeRange() {
    ingest("example.org/a.txt", article("Oldest", "2022-02-10T08:00:00Z", "Body a."));
    ingest("example.org/b.txt", article("Middle", "2022-02-11T08:00:00+01:00", "Body b."));
    ingest("example.org/c.txt", article("Newest", "2022-02-12T23:59:59Z", "Body c."));
    ingest("example.org/d.txt", article("Later", "2022-02-13T00:00:00Z", "Body d."));
    ingest("other.net/e.txt", article("Other source", "2022-02-11T09:00:00Z", "Body e."));

    List<ArticleSummary> listed =
        stack.queries()
            .listBySource(
                "example.org",
                Instant.parse("2022-02-11T00:00:00Z"),
                Instant.parse("2022-02-12T23:59:59Z"),
                10,
                null)
            .items();

    assertEquals(List.of("Newest", "Middle"), listed.stream().map(ArticleSummary::title).toList());
    List<ArticleSummary> newest =
        stack.queries()
            .listBySource(
                "example.org", Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), 1, null)
            .items();
    assertEquals(List.of("Later"), newest.stream().map(ArticleSummary::title).toList());
  }

  @Test
  void listsAllArticlesPublishedOnAUtcDay() {
    ingest("example.org/a.txt", article("Late in Moscow", "2022-02-13T01:30:00+03:00", "Body a."));
    ingest("other.net/b.txt", article("Noon", "2022-02-12T12:00:00Z", "Body b."));
    ingest("other.net/c.txt", article("Next day", "2022-02-13T00:00:00Z", "Body c."));

    List<ArticleSummary> day =
        stack.queries().listByDay(LocalDate.parse("2022-02-12"), 10, null).items();

    assertEquals(
        List.of("Late in Moscow", "Noon"), day.stream().map(ArticleSummary::title).toList());
  }

  @Test
  void getByIdReturnsMetadataAloneOrWithTheBody() {
    IngestResult result =
        ingest("example.org/a.txt", article("Title", "2022-02-10T08:00:00Z", "Body."));

    ArticleMetadata metadata = stack.queries().get(result.id()).orElseThrow();
    StoredArticle full = stack.queries().getWithBody(result.id()).orElseThrow();

    assertEquals(2, metadata.paragraphCount());
    assertEquals(result.article().orElseThrow().paragraphs(), full.article().paragraphs());
    assertEquals(result.article().orElseThrow(), full.article());
    assertTrue(stack.queries().get("000000000000000000000000").isEmpty());
  }

  /** Text that gzip cannot shrink much: random words, some of them not ASCII. */
  static String randomText(long seed, int approxBytes) {
    Random random = new Random(seed);
    String letters = "abcdefghijklmnopqrstuvwxyzäöüéñçłøßжщя";
    StringBuilder text = new StringBuilder(approxBytes);
    while (text.length() < approxBytes) {
      int words = 20 + random.nextInt(200);
      for (int w = 0; w < words; w++) {
        int length = 1 + random.nextInt(10);
        for (int c = 0; c < length; c++) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
        text.append(w + 1 < words ? " " : ".\n\n");
      }
    }
    return text.toString();
  }

  @Test
  void aOneMegabyteBodyIsSplitAcrossItemsAndReadBackByteIdentical() {
    byte[] content = article("Huge", "2022-02-10T08:00:00Z", randomText(7, 1_100_000));
    assertTrue(content.length > 1_000_000);

    IngestResult result = ingest("example.org/huge.txt", content);

    assertEquals(IngestResult.Outcome.STORED, result.outcome());
    StoredArticle read = stack.queries().getWithBody(result.id()).orElseThrow();
    assertArrayEquals(
        result.article().orElseThrow().body().getBytes(StandardCharsets.UTF_8),
        read.article().body().getBytes(StandardCharsets.UTF_8));
    assertEquals(result.article().orElseThrow().contentHash(), read.article().contentHash());
    assertTrue(TableRows.sortKeysOf(stack, result.id()).size() >= 3, "metadata and 2+ parts");
  }

  @Test
  void anOverwriteUpdatesTheSameArticleAndRemovesTheOldBody() {
    IngestResult first =
        ingest("example.org/a.txt", article("First", "2022-02-10T08:00:00Z", "Old body."));
    IngestResult second =
        ingest("example.org/a.txt", article("Second", "2022-02-10T09:00:00Z", "New body."));

    assertEquals(first.id(), second.id());
    StoredArticle read = stack.queries().getWithBody(first.id()).orElseThrow();
    assertEquals("Second", read.article().title());
    assertEquals("New body.", read.article().paragraphs().get(0));
    List<String> keys = TableRows.sortKeysOf(stack, first.id());
    assertEquals(2, keys.size(), keys.toString());
  }

  @Test
  void badInputIsRecordedAndTheObjectStaysUntouched() {
    byte[] utf8 = "Café\n\nBody".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = java.util.Arrays.copyOf(utf8, utf8.length + 1);
    latin1[latin1.length - 1] = (byte) 0xE9; // a Latin-1 "é" after real UTF-8: broken UTF-8
    S3Events.Upload upload = upload("example.org/latin1.txt", latin1);

    List<IngestResult> results = handler.results(S3Events.created(List.of(upload)), "test");

    assertEquals(IngestResult.Outcome.REJECTED, results.get(0).outcome());
    Map<String, AttributeValue> rejection = TableRows.itemsOf(stack, results.get(0).id()).get(0);
    assertEquals(ArticleTable.ENTITY_REJECTION, rejection.get(ArticleTable.ENTITY).s());
    assertEquals("INVALID_ENCODING", rejection.get(ArticleTable.REASON).s());
    assertTrue(rejection.get(ArticleTable.MESSAGE).s().contains("broken UTF-8"));
    assertEquals(upload.eTag().replace("\"", ""), rejection.get(ArticleTable.ETAG).s());
    HeadObjectResponse head =
        stack.s3().headObject(b -> b.bucket(LocalStack.BUCKET).key("example.org/latin1.txt"));
    assertEquals(upload.eTag(), head.eTag());
    assertEquals(latin1.length, head.contentLength());
  }

  @Test
  void anObjectOverTheSizeLimitIsRejectedEvenWhenTheEventDoesNotSayItsSize() {
    IngestPipeline small =
        new IngestPipeline(
            new S3ObjectSource(stack.s3()),
            Extractor.withBundledProfiles(),
            new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE),
            Clock.systemUTC(),
            10_000);
    byte[] content = article("Big", "2022-02-10T08:00:00Z", "x ".repeat(20_000));
    S3Events.Upload upload = upload("example.org/big.txt", content);
    ObjectRef sizeUnknown =
        new ObjectRef(LocalStack.BUCKET, "example.org/big.txt", null, upload.eTag(), "01", -1);
    ObjectRef sizeAnnounced =
        new ObjectRef(LocalStack.BUCKET, "example.org/big2.txt", null, null, "01", content.length);

    IngestResult read = small.ingest(sizeUnknown);
    IngestResult notRead = small.ingest(sizeAnnounced);

    assertEquals(IngestResult.Outcome.REJECTED, read.outcome());
    assertEquals(RejectionReason.TOO_LARGE, read.reason().orElseThrow());
    String detail = read.detail().orElseThrow();
    assertTrue(detail.contains("the limit is 10000"), detail);
    // The size comes from the Content-Length header: the body is not read to find it out.
    assertTrue(detail.contains("is " + content.length + " bytes"), detail);
    assertEquals(RejectionReason.TOO_LARGE, notRead.reason().orElseThrow());
    assertEquals(0, notRead.timings().fetchMillis(), "announced as too large: never fetched");
    HeadObjectResponse head =
        stack.s3().headObject(b -> b.bucket(LocalStack.BUCKET).key("example.org/big.txt"));
    assertEquals(content.length, head.contentLength());
  }

  @Test
  void anObjectDeletedBeforeItWasReadIsSkipped() {
    S3Events.Upload upload =
        upload("example.org/gone.txt", article("Gone", "2022-02-10T08:00:00Z", "B."));
    stack.s3().deleteObject(b -> b.bucket(LocalStack.BUCKET).key("example.org/gone.txt"));

    List<IngestResult> results = handler.results(S3Events.created(List.of(upload)), "test");

    assertEquals(IngestResult.Outcome.SKIPPED, results.get(0).outcome());
    assertEquals(0, TableRows.count(stack));
  }

  @Test
  void anEventForContentThatWasOverwrittenSinceIsSkipped() {
    S3Events.Upload old = upload("example.org/a.txt", article("Old", "2022-02-10T08:00:00Z", "B."));
    upload("example.org/a.txt", article("New", "2022-02-10T09:00:00Z", "B."));

    List<IngestResult> results = handler.results(S3Events.created(List.of(old)), "test");

    assertEquals(IngestResult.Outcome.SKIPPED, results.get(0).outcome());
    assertEquals(0, TableRows.count(stack));
  }

  @Test
  void aKeyThatIsNotUtf8IsRejectedWithoutReadingAnything() {
    byte[] event =
        ("{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\","
                + "\"s3\":{\"bucket\":{\"name\":\""
                + LocalStack.BUCKET
                + "\"},\"object\":{\"key\":\"bad%FFkey.txt\",\"size\":10,"
                + "\"sequencer\":\"01\"}}}]}")
            .getBytes(StandardCharsets.UTF_8);

    IngestResult result = handler.result(event, "test");

    assertEquals(IngestResult.Outcome.REJECTED, result.outcome());
    assertEquals(RejectionReason.INVALID_KEY, result.reason().orElseThrow(), result.toString());
  }
}
