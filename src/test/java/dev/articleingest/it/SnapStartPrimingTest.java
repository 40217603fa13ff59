package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.config.SnapStartPrimingAccess;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.parse.Extractor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Priming runs the invocation's code paths and leaves no trace in the table or the bucket. */
@ExtendWith(LocalStackExtension.class)
class SnapStartPrimingTest {

  private final LocalStack stack;

  SnapStartPrimingTest(LocalStack stack) {
    this.stack = stack;
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  /** Records, per client, the operations whose requests were marshalled and which were sent. */
  private static final class Recorder implements ExecutionInterceptor {
    final List<String> marshalled = new CopyOnWriteArrayList<>();
    final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    public void afterMarshalling(Context.AfterMarshalling context, ExecutionAttributes attributes) {
      marshalled.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    @Override
    public void afterTransmission(
        Context.AfterTransmission context, ExecutionAttributes attributes) {
      sent.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }
  }

  @Test
  void runsEveryFormatAndBothClientsRequestPathsWithoutWritingAnything() {
    int objectsBefore =
        stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents().size();
    Recorder s3Calls = new Recorder();
    Recorder dynamoCalls = new Recorder();
    var credentials =
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LocalStack.accessKey(), LocalStack.secretKey()));
    try (S3Client s3 =
            S3Client.builder()
                .endpointOverride(stack.s3Endpoint())
                .region(Region.of(LocalStack.REGION))
                .credentialsProvider(credentials)
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(s3Calls))
                .build();
        DynamoDbClient dynamo =
            DynamoDbClient.builder()
                .endpointOverride(stack.dynamoEndpoint())
                .region(Region.of(LocalStack.REGION))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(dynamoCalls))
                .build()) {

      int parsed =
          SnapStartPrimingAccess.prime(Extractor.withBundledProfiles(), s3, dynamo, LocalStack.TABLE);

      assertEquals(3, parsed, "one bundled article per format parses");
      assertEquals(List.of("GetObject", "HeadObject"), s3Calls.marshalled);
      assertEquals(List.of(), s3Calls.sent, "no S3 request leaves the function");
      assertEquals(
          List.of("GetItem", "Query", "PutItem", "PutItem", "Query", "DeleteItem"),
          dynamoCalls.marshalled);
      assertEquals(List.of("GetItem", "Query"), dynamoCalls.sent, "only the reads are sent");
    }
    assertEquals(0, TableRows.count(stack), "priming writes nothing to the table");
    assertEquals(
        objectsBefore,
        stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents().size());
  }

  /**
   * The handler's rehearsal: the bundled S3 notification, a new article, handled end to end by
   * clients that answer from memory. Every step of a real invocation runs (state read, object
   * read, duplicate lookup, body and metadata writes), and nothing reaches the stack.
   */
  @Test
  void theRehearsalRunsANewArticleEndToEndAndWritesNothing() {
    int objectsBefore =
        stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents().size();

    List<String> operations = S3EventHandler.rehearse(stack.dependencies());

    assertEquals(
        List.of(
            "DynamoDB_20120810.GetItem",
            "GetObject",
            "DynamoDB_20120810.Query",
            "DynamoDB_20120810.PutItem",
            "DynamoDB_20120810.PutItem",
            // the clean-up of older body parts, on either side of the kept version (none here)
            "DynamoDB_20120810.Query",
            "DynamoDB_20120810.Query"),
        operations);
    assertEquals(0, TableRows.count(stack), "the rehearsal writes nothing to the table");
    assertEquals(
        objectsBefore,
        stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents().size());
  }

  /** The handler's share: one bundled event of each trigger shape, read as an invocation would. */
  @Test
  void theHandlerReadsABundledEventOfEachTriggerShape() {
    assertEquals(3, S3EventHandler.PRIMING_EVENTS.size());
    // s3-event: 1 record; sqs-event: 1 notification (and S3's test event); eventbridge-event: 1
    assertEquals(3, S3EventHandler.readBundledEvents());
  }

  @Test
  void aFailingTableReadDoesNotFailPriming() {
    int parsed =
        SnapStartPrimingAccess.prime(
            Extractor.withBundledProfiles(), stack.s3(), stack.dynamo(), "no-such-table");
    assertEquals(3, parsed);
  }
}
