package dev.articleingest.config;

import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.parse.Extractor;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.source.S3ObjectSource;
import dev.articleingest.store.DynamoArticleStore;
import java.net.URI;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients and the pipeline, once per container. Region and HTTP client are set
 * explicitly so nothing is discovered at start-up: the URLConnection client is the lightest the
 * SDK offers (no Apache or Netty in the artifact), and in Lambda credentials come from the
 * environment variables the runtime sets.
 */
public final class Dependencies {

  private final Config config;
  private final S3Client s3;
  private final DynamoDbClient dynamo;

  public Dependencies(Config config, S3Client s3, DynamoDbClient dynamo) {
    this.config = config;
    this.s3 = s3;
    this.dynamo = dynamo;
  }

  /** Everything the Lambda function needs, configured from its environment. */
  public static Dependencies forLambda() {
    Config config = Config.fromEnv(System.getenv());
    AwsCredentialsProvider credentials = EnvironmentVariableCredentialsProvider.create();
    Region region = Region.of(config.region());
    return new Dependencies(
        config,
        S3Client.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build(),
        DynamoDbClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build());
  }

  /**
   * Clients for S3 and DynamoDB APIs at explicit endpoints (the local stack), path-style.
   */
  public static Dependencies forEndpoints(
      Config config, URI s3Endpoint, URI dynamoEndpoint, AwsCredentialsProvider credentials) {
    Region region = Region.of(config.region());
    return new Dependencies(
        config,
        S3Client.builder()
            .region(region)
            .endpointOverride(s3Endpoint)
            .forcePathStyle(true)
            .credentialsProvider(credentials)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build(),
        DynamoDbClient.builder()
            .region(region)
            .endpointOverride(dynamoEndpoint)
            .credentialsProvider(credentials)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build());
  }

  public Config config() {
    return config;
  }

  public S3Client s3() {
    return s3;
  }

  public DynamoDbClient dynamo() {
    return dynamo;
  }

  /** The ingestion pipeline over these clients. */
  public IngestPipeline pipeline(Clock clock) {
    return new IngestPipeline(
        new S3ObjectSource(s3),
        Extractor.withBundledProfiles(),
        new DynamoArticleStore(dynamo, config.tableName()),
        clock,
        config.maxObjectBytes());
  }

  /** The read side over this table. */
  public ArticleQueries queries() {
    return new ArticleQueries(dynamo, config.tableName());
  }
}
