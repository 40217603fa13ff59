package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import dev.articleingest.handler.S3EventHandler.RecordsFailedException;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.store.ArticleTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * Faults against the real local servers: DynamoDB Local stopped in the middle of a multi-record
 * event and started again, and S3 failing for one record. Other records still run, the invocation
 * fails so the platform retries it, and the retry converges to the right table.
 */
class FaultInjectionTest {

  /** Runs a hook before the S3 client reads a chosen key: the fault happens inside the SDK call. */
  private static final class HookedSource implements ExecutionInterceptor {
    private volatile String key;
    private volatile Consumer<ObjectRef> hook = ref -> {};

    void before(String key, Consumer<ObjectRef> hook) {
      this.key = key;
      this.hook = hook;
    }

    void clear() {
      this.key = null;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      if (context.request() instanceof GetObjectRequest get && get.key().equals(key)) {
        hook.accept(ObjectRef.of(get.bucket(), get.key()));
      }
    }
  }

  /** The function over the stack, its S3 client running the hook. */
  private static LocalLambda handler(LocalStack stack, HookedSource source) {
    Dependencies local = stack.dependencies();
    S3Client hooked =
        S3Client.builder()
            .region(Region.of(LocalStack.REGION))
            .endpointOverride(stack.s3Endpoint())
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(LocalStack.accessKey(), LocalStack.secretKey())))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .overrideConfiguration(o -> o.addExecutionInterceptor(source))
            .build();
    return new LocalLambda(
        new Dependencies(
            local.config(), hooked, local.dynamo(), local.clock(), local.telemetry(), null));
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
      HookedSource source = new HookedSource();
      LocalLambda handler = handler(stack, source);
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
          assertThrows(RecordsFailedException.class, () -> handler.results(event, "first"));

      assertTrue(failed.getMessage().startsWith("2 of 3 records failed"), failed.getMessage());
      source.clear();
      stack.restartDynamo();
      List<IngestResult> retried = handler.results(event, "retry");
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
            stack.queries().getWithBody(id).orElseThrow().article().title());
      }
    }
  }

  @Test
  void anS3FailureForOneRecordLetsTheOthersThroughAndTheRetryConverges(@TempDir Path data)
      throws Exception {
    try (LocalStack stack = LocalStack.start(data)) {
      HookedSource source = new HookedSource();
      LocalLambda handler = handler(stack, source);
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

      assertThrows(RecordsFailedException.class, () -> handler.results(event, "first"));
      String b = ArticleId.of(LocalStack.BUCKET, "s3faults/b.txt");
      String c = ArticleId.of(LocalStack.BUCKET, "s3faults/c.txt");
      assertTrue(stack.queries().get(b).isPresent(), "b went through");
      assertTrue(stack.queries().get(c).isPresent(), "c went through");

      source.clear();
      List<IngestResult> retried = handler.results(event, "retry");

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
      Dependencies slow = dynamoThrough(stack, proxy);
      LocalLambda handler = new LocalLambda(slow);
      var event = S3Events.created(List.of(upload(stack, "slow/a.txt", "Title slow")));
      proxy.delay(6_000);

      long start = System.nanoTime();
      RecordsFailedException failed =
          assertThrows(RecordsFailedException.class, () -> handler.results(event, "slow"));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

      assertTrue(failed.getCause() instanceof SdkClientException, failed.getCause().toString());
      assertTrue(
          seconds <= 30,
          "gave up within the call timeout, not the server's pace: " + seconds + " s");
      proxy.delay(0);
      List<IngestResult> retried = handler.results(event, "retry");
      assertEquals(IngestResult.Outcome.STORED, retried.get(0).outcome());
    }
  }

  @Test
  void aResponseWhoseChecksumFailsIsRetried(@TempDir Path data) throws Exception {
    try (LocalStack stack = LocalStack.start(data);
        SlowProxy proxy = new SlowProxy(stack.dynamoEndpoint().getPort())) {
      Dependencies damaged = dynamoThrough(stack, proxy);
      LocalLambda handler = new LocalLambda(damaged);
      var event = S3Events.created(List.of(upload(stack, "crc/a.txt", "Title crc")));
      proxy.corruptChecksums(2);

      List<IngestResult> results = handler.results(event, "crc");

      assertEquals(IngestResult.Outcome.STORED, results.get(0).outcome());
      assertEquals(0, results.size() - 1);
    }
  }

  /**
   * DynamoDB's responses lost at random after it did the work (a cut connection), while keys are
   * created, updated and deleted; every event is retried until it succeeds, as the platform
   * would. Afterwards every key holds what S3 holds and no body item outlives its META.
   */
  @Test
  void lostResponsesAndRetriesLeaveNoBodyBehind(@TempDir Path data) throws Exception {
    try (LocalStack stack = LocalStack.start(data);
        SlowProxy proxy = new SlowProxy(stack.dynamoEndpoint().getPort())) {
      Dependencies cut = dynamoThrough(stack, proxy);
      LocalLambda handler = new LocalLambda(cut);
      proxy.loseResponses(0.15, 30);
      int keys = 20;
      int retries = 0;
      for (int k = 0; k < keys; k++) {
        String key = "cuts/" + k + ".txt";
        retries += untilDone(handler, S3Events.created(List.of(upload(stack, key, "First " + k))));
        retries += untilDone(handler, S3Events.created(List.of(upload(stack, key, "Second " + k))));
        if (k % 3 == 0) {
          stack.s3().deleteObject(b -> b.bucket(LocalStack.BUCKET).key(key));
          retries +=
              untilDone(
                  handler,
                  S3Events.notification(
                      S3Events.Kind.DELETE_MARKER,
                      new ObjectRef(
                          LocalStack.BUCKET, key, null, null, S3Events.nextSequencer(), -1)));
        }
      }
      proxy.loseResponses(0, 0);
      assertTrue(proxy.lost() > 10, "responses lost: " + proxy.lost() + ", retried events " + retries);
      for (int k = 0; k < keys; k++) {
        String id = ArticleId.of(LocalStack.BUCKET, "cuts/" + k + ".txt");
        var stored = stack.queries().getWithBody(id);
        if (k % 3 == 0) {
          assertTrue(stored.isEmpty(), k + ": deleted");
        } else {
          assertEquals("Second " + k, stored.orElseThrow().article().title(), "key " + k);
        }
        String revision = null;
        List<String> bodies = new ArrayList<>();
        for (var item : TableRows.itemsOf(stack, id)) {
          String sk = item.get(ArticleTable.SK).s();
          if (sk.equals(ArticleTable.META_SK) && item.containsKey(ArticleTable.BODY_REVISION)) {
            revision = item.get(ArticleTable.BODY_REVISION).s();
          } else if (sk.startsWith(ArticleTable.BODY_SK_PREFIX)) {
            bodies.add(sk);
          }
        }
        for (String sk : bodies) {
          assertTrue(
              revision != null && sk.startsWith(ArticleTable.bodyPrefix(revision)),
              "key " + k + ": orphan body " + sk + " (META names " + revision + ")");
        }
      }
    }
  }

  /** Invokes until the invocation succeeds; returns how many attempts failed. */
  private static int untilDone(LocalLambda handler, byte[] event) {
    for (int attempt = 0; attempt < 30; attempt++) {
      try {
        handler.results(event, "cuts");
        return attempt;
      } catch (RuntimeException e) {
        // the platform retries
      }
    }
    throw new AssertionError("an event never succeeded");
  }

  /** The function's dependencies with its DynamoDB calls going through {@code proxy}. */
  private static Dependencies dynamoThrough(LocalStack stack, SlowProxy proxy) {
    return Dependencies.create(
        new Config(LocalStack.TABLE, LocalStack.REGION, 1_000_000, false),
        stack.s3Endpoint(),
        proxy.endpoint(),
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LocalStack.accessKey(), LocalStack.secretKey())));
  }
}
