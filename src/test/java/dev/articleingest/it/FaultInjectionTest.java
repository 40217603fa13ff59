package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.handler.S3EventHandler.RecordsFailedException;
import dev.articleingest.ingest.FetchedObject;
import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.ObjectSource;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.parse.Extractor;
import dev.articleingest.source.S3ObjectSource;
import dev.articleingest.store.DynamoArticleStore;
import dev.articleingest.telemetry.Telemetry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Faults against the real local servers: DynamoDB Local stopped in the middle of a multi-record
 * event and started again, and S3 failing for one record. Other records still run, the invocation
 * fails so the platform retries it, and the retry converges to the right table.
 */
class FaultInjectionTest {

  /** The real S3 adapter, with a hook that runs before a chosen key is read. */
  private static final class HookedSource implements ObjectSource {
    private final S3ObjectSource s3;
    private volatile String key;
    private volatile Consumer<ObjectRef> hook = ref -> {};

    HookedSource(S3ObjectSource s3) {
      this.s3 = s3;
    }

    void before(String key, Consumer<ObjectRef> hook) {
      this.key = key;
      this.hook = hook;
    }

    void clear() {
      this.key = null;
    }

    @Override
    public Optional<FetchedObject> fetch(ObjectRef ref, long maxBytes) {
      if (ref.key().equals(key)) {
        hook.accept(ref);
      }
      return s3.fetch(ref, maxBytes);
    }
  }

  /** The real pipeline over the stack, reading S3 through the hooked source. */
  private static S3EventHandler handler(LocalStack stack, ObjectSource source) {
    IngestPipeline pipeline =
        new IngestPipeline(
            source,
            Extractor.withBundledProfiles(),
            new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE),
            Clock.systemUTC(),
            1_000_000);
    return new S3EventHandler(pipeline, Telemetry.logsOnly());
  }

  private static S3Events.Upload upload(LocalStack stack, String key, String title) {
    byte[] content = EndToEndTest.article(title, "2022-02-12T10:00:00Z", "Body of " + title + ".");
    var put =
        stack
            .s3()
            .putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(content));
    return new S3Events.Upload(LocalStack.BUCKET, key, content.length, put.eTag(), put.versionId());
  }

  @Test
  void dynamoDbStoppedMidBatchFailsTheInvocationAndTheRetryConverges(@TempDir Path data)
      throws Exception {
    try (LocalStack stack = LocalStack.start(data)) {
      HookedSource source = new HookedSource(new S3ObjectSource(stack.s3()));
      S3EventHandler handler = handler(stack, source);
      List<S3Events.Upload> uploads = new ArrayList<>();
      for (String name : List.of("one", "two", "three")) {
        uploads.add(upload(stack, "faults/" + name + ".txt", "Title " + name));
      }
      var event = S3Events.created(uploads);
      source.before(
          "faults/two.txt",
          ref -> {
            try {
              stack.stopDynamo();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });

      RecordsFailedException failed =
          assertThrows(RecordsFailedException.class, () -> handler.process(event, "first"));

      assertTrue(failed.getMessage().startsWith("2 of 3 records failed"), failed.getMessage());
      source.clear();
      stack.restartDynamo();
      List<IngestResult> retried = handler.process(event, "retry");
      assertEquals(
          List.of(
              IngestResult.Outcome.SKIPPED,
              IngestResult.Outcome.STORED,
              IngestResult.Outcome.STORED),
          retried.stream().map(IngestResult::outcome).toList(),
          "the first record was stored before the fault; the retry skips it");
      for (String name : List.of("one", "two", "three")) {
        String id = ArticleId.of(LocalStack.BUCKET, "faults/" + name + ".txt");
        assertEquals(
            "Title " + name,
            stack.dependencies().queries().getWithBody(id).orElseThrow().article().title());
      }
    }
  }

  @Test
  void anS3FailureForOneRecordLetsTheOthersThroughAndTheRetryConverges(@TempDir Path data)
      throws Exception {
    try (LocalStack stack = LocalStack.start(data)) {
      HookedSource source = new HookedSource(new S3ObjectSource(stack.s3()));
      S3EventHandler handler = handler(stack, source);
      var event =
          S3Events.created(
              List.of(
                  upload(stack, "s3faults/a.txt", "Title a"),
                  upload(stack, "s3faults/b.txt", "Title b"),
                  upload(stack, "s3faults/c.txt", "Title c")));
      source.before(
          "s3faults/a.txt",
          ref -> {
            throw SdkClientException.create("injected: connection reset reading " + ref.uri());
          });

      assertThrows(RecordsFailedException.class, () -> handler.process(event, "first"));
      String b = ArticleId.of(LocalStack.BUCKET, "s3faults/b.txt");
      String c = ArticleId.of(LocalStack.BUCKET, "s3faults/c.txt");
      assertTrue(stack.dependencies().queries().get(b).isPresent(), "b went through");
      assertTrue(stack.dependencies().queries().get(c).isPresent(), "c went through");

      source.clear();
      List<IngestResult> retried = handler.process(event, "retry");

      assertEquals(
          List.of(
              IngestResult.Outcome.STORED,
              IngestResult.Outcome.SKIPPED,
              IngestResult.Outcome.SKIPPED),
          retried.stream().map(IngestResult::outcome).toList());
    }
  }

  @Test
  void responsesSlowerThanTheSdkTimeoutsFailTheRecordInTimeAndTheRetryConverges(@TempDir Path data)
      throws Exception {
    try (LocalStack stack = LocalStack.start(data);
        SlowProxy proxy = new SlowProxy(stack.dynamoEndpoint().getPort())) {
      Dependencies slow =
          Dependencies.create(
              new Config(LocalStack.TABLE, LocalStack.REGION, 1_000_000, false),
              stack.s3Endpoint(),
              proxy.endpoint(),
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(LocalStack.accessKey(), LocalStack.secretKey())));
      S3EventHandler handler =
          new S3EventHandler(slow.pipeline(Clock.systemUTC()), Telemetry.logsOnly());
      var event = S3Events.created(List.of(upload(stack, "slow/a.txt", "Title slow")));
      proxy.delay(6_000);

      long start = System.nanoTime();
      RecordsFailedException failed =
          assertThrows(RecordsFailedException.class, () -> handler.process(event, "slow"));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

      assertTrue(failed.getCause() instanceof SdkClientException, failed.getCause().toString());
      assertTrue(
          seconds <= 30,
          "gave up within the call timeout, not the server's pace: " + seconds + " s");
      proxy.delay(0);
      List<IngestResult> retried = handler.process(event, "retry");
      assertEquals(IngestResult.Outcome.STORED, retried.get(0).outcome());
    }
  }
}
