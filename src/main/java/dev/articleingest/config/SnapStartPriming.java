package dev.articleingest.config;

import dev.articleingest.model.Article;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import dev.articleingest.store.ArticleItems;
import dev.articleingest.store.ArticleTable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.DateUtils;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run the code an invocation
 * runs, without side effects, so the snapshot holds loaded classes, a loaded language model and
 * warmed-up SDK marshalling. Parses one bundled article per format and maps each to its table
 * items; makes one read-only DynamoDB GetItem of a key no article has (a whole round trip); and
 * runs the other requests an invocation makes (S3 GetObject and HeadObject, DynamoDB PutItem of
 * the items just made, Query, DeleteItem) through their clients' whole request path, marshalling
 * and signing included, up to the moment they would be sent: an interceptor stops each there
 * ({@link #UNSENT}), so nothing is written anywhere, by construction. Last, the handler's own
 * steps run: it reads a bundled event of each trigger shape and rehearses one whole invocation of
 * a new article over clients that answer from memory ({@link Dependencies#rehearsal}), so the
 * pipeline's, the store's, the telemetry's and the SDK's response paths are loaded too.
 *
 * <p>Nothing is kept that must differ per execution environment: article ids derive from bucket and
 * key, no random seed or unique id is made during init, and credentials come from the
 * container-credentials endpoint (see {@link Dependencies#lambdaCredentials}). Pooled HTTP
 * connections opened by the priming call may be dead after restore; the SDK reconnects (and
 * retries) on first use, so {@link #afterRestore} has nothing to do.
 */
public final class SnapStartPriming implements Resource {

  private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

  /** Bundled inputs, one per format, written for the extraction corpus. */
  static final List<String> INPUTS =
      List.of("priming/article.txt", "priming/article.html", "priming/article.json");

  /** No article has this id: ids are 24 hex digits. */
  static final String PRIMING_ID = "snapstart-priming";

  /** CRaC holds resources weakly: these keep registered primings alive. */
  private static final List<SnapStartPriming> REGISTERED = new ArrayList<>();

  /** Thrown where a primed request would be sent; it never is. */
  static final class NotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSent() {
      super("priming: request stopped before it was sent", null, false, false);
    }
  }

  /** Stops a request after marshalling and signing, before transmission. */
  private static final ExecutionInterceptor STOP =
      new ExecutionInterceptor() {
        @Override
        public void beforeTransmission(
            software.amazon.awssdk.core.interceptor.Context.BeforeTransmission context,
            ExecutionAttributes attributes) {
          throw new NotSent();
        }
      };

  /** The request-level plugin that adds {@link #STOP} to one request. */
  static final SdkPlugin UNSENT =
      config ->
          config.overrideConfiguration(
              config.overrideConfiguration().toBuilder().addExecutionInterceptor(STOP).build());

  private final Extractor extractor;
  private final Runnable callerSteps;
  private final S3Client s3;
  private final DynamoDbClient dynamo;
  private final String table;

  SnapStartPriming(Extractor extractor, S3Client s3, DynamoDbClient dynamo, String table) {
    this(extractor, s3, dynamo, table, () -> {});
  }

  /**
   * @param callerSteps side-effect free steps of the caller's own (the handler reading a bundled
   *     event), run last
   */
  SnapStartPriming(
      Extractor extractor, S3Client s3, DynamoDbClient dynamo, String table, Runnable callerSteps) {
    this.extractor = extractor;
    this.callerSteps = callerSteps;
    this.s3 = s3;
    this.dynamo = dynamo;
    this.table = table;
  }

  /** Registers priming with the runtime's checkpoint coordinator (a no-op without CRaC). */
  static synchronized SnapStartPriming register(
      Extractor extractor,
      S3Client s3,
      DynamoDbClient dynamo,
      String table,
      Runnable callerSteps) {
    SnapStartPriming priming = new SnapStartPriming(extractor, s3, dynamo, table, callerSteps);
    REGISTERED.add(priming);
    Core.getGlobalContext().register(priming);
    return priming;
  }

  /**
   * Runs every registered priming as the checkpoint would, in this JVM (for the priming
   * benchmark, which has no CRaC runtime to checkpoint).
   */
  static synchronized void beforeCheckpointOfRegistered() {
    for (SnapStartPriming priming : REGISTERED) {
      priming.beforeCheckpoint(null);
    }
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    int parsed = prime();
    LOG.info(
        "SnapStart priming done: {} articles parsed, one table read, requests marshalled", parsed);
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: see the class comment.
  }

  /**
   * Runs the priming work; failures are logged, never thrown, so a priming problem cannot stop the
   * function from being published.
   *
   * @return how many bundled articles were parsed
   */
  int prime() {
    int parsed = 0;
    Map<String, AttributeValue> metadata = null;
    Map<String, AttributeValue> bodyItem = null;
    for (String resource : INPUTS) {
      try (InputStream in = SnapStartPriming.class.getResourceAsStream("/" + resource)) {
        Article article =
            extractor.extract(new RawInput(in.readAllBytes(), "priming/" + resource, Map.of()));
        StoredArticle stored =
            new StoredArticle(
                PRIMING_ID,
                article,
                new ObjectRef("priming", resource, null, null, null, 0),
                Instant.EPOCH,
                null);
        ArticleItems.EncodedBody body = ArticleItems.encodeBody(stored);
        metadata = ArticleItems.metadataItem(stored, body);
        bodyItem = ArticleItems.bodyItems(PRIMING_ID, body, article).get(0);
        parsed++;
      } catch (IOException | RuntimeException e) {
        LOG.warn("SnapStart priming could not parse {}: {}", resource, e.toString());
      }
    }
    try {
      dynamo.getItem(
          b ->
              b.tableName(table)
                  .key(ArticleTable.metaKey(PRIMING_ID))
                  .consistentRead(true)
                  .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
      // read-only too: a query of the priming key's items (none), as the clean-up makes
      dynamo.query(
          b ->
              b.tableName(table)
                  .keyConditionExpression("#pk = :pk")
                  .expressionAttributeNames(Map.of("#pk", ArticleTable.PK))
                  .expressionAttributeValues(
                      Map.of(":pk", ArticleTable.metaKey(PRIMING_ID).get(ArticleTable.PK)))
                  .projectionExpression("#pk")
                  .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    } catch (RuntimeException e) {
      LOG.warn("SnapStart priming read failed: {}", e.toString());
    }
    if (metadata != null) {
      marshalUnsent(metadata, bodyItem);
    }
    buildResponseShapes();
    try {
      callerSteps.run();
    } catch (RuntimeException e) {
      LOG.warn("SnapStart priming of the caller's steps failed: {}", e.toString());
    }
    return parsed;
  }

  /** The invocation's other requests, each stopped before it is sent; see the class comment. */
  private void marshalUnsent(
      Map<String, AttributeValue> metadata, Map<String, AttributeValue> body) {
    Map<String, AttributeValue> key = ArticleTable.metaKey(PRIMING_ID);
    AwsRequestOverrideConfiguration stop =
        AwsRequestOverrideConfiguration.builder().addPlugin(UNSENT).build();
    GetObjectRequest get =
        GetObjectRequest.builder().bucket("priming").key("priming").overrideConfiguration(stop)
            .build();
    HeadObjectRequest head =
        HeadObjectRequest.builder().bucket("priming").key("priming").overrideConfiguration(stop)
            .build();
    unsent("GetObject", () -> s3.getObject(get, ResponseTransformer.toBytes()));
    unsent("HeadObject", () -> s3.headObject(head));
    unsent(
        "PutItem", () -> dynamo.putItem(b -> b.tableName(table).item(body).overrideConfiguration(stop)));
    unsent(
        "PutItem",
        () ->
            dynamo.putItem(
                b ->
                    b.tableName(table)
                        .item(metadata)
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", ArticleTable.PK))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                        .overrideConfiguration(stop)));
    unsent(
        "Query",
        () ->
            dynamo.query(
                b ->
                    b.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", ArticleTable.PK))
                        .expressionAttributeValues(Map.of(":pk", key.get(ArticleTable.PK)))
                        .overrideConfiguration(stop)));
    unsent(
        "DeleteItem",
        () ->
            dynamo.deleteItem(
                b -> b.tableName(table).key(key).overrideConfiguration(stop)));
  }

  /**
   * The responses the unsent requests would have had, built empty: their classes' field tables
   * (one lambda per field; GetObject's has over ninety) are made once, here, not by the first
   * invoke's unmarshalling.
   */
  private static void buildResponseShapes() {
    Capacity capacity = Capacity.builder().capacityUnits(1.0).build();
    GetObjectResponse.builder().metadata(Map.of()).build();
    PutItemResponse.builder()
        .attributes(Map.of())
        .consumedCapacity(
            ConsumedCapacity.builder()
                .capacityUnits(1.0)
                .table(capacity)
                .globalSecondaryIndexes(Map.of("index", capacity))
                .build())
        .itemCollectionMetrics(ItemCollectionMetrics.builder().build())
        .build();
    DeleteItemResponse.builder().attributes(Map.of()).build();
    // S3's Last-Modified header, as GetObject's unmarshalling reads it (the JDK's calendar names)
    DateUtils.parseRfc822Date("Wed, 02 Dec 2026 17:00:00 GMT");
  }

  private static void unsent(String operation, Runnable request) {
    try {
      request.run();
      LOG.warn("SnapStart priming: {} was sent, not stopped", operation);
    } catch (RuntimeException e) {
      if (!stoppedBeforeSending(e)) {
        LOG.warn("SnapStart priming {} failed: {}", operation, e.toString());
      }
    }
  }

  private static boolean stoppedBeforeSending(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NotSent) {
        return true;
      }
    }
    return false;
  }
}
