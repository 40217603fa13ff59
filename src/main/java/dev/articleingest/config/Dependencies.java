package dev.articleingest.config;

import dev.articleingest.ingest.IngestPipeline;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.profile.SourceProfiles;
import dev.articleingest.source.S3ObjectSource;
import dev.articleingest.store.DynamoArticleStore;
import dev.articleingest.telemetry.LogSettings;
import dev.articleingest.telemetry.Telemetry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.exception.Crc32MismatchException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients and the pipeline, once per container. Region and HTTP client are set
 * explicitly so nothing is discovered at start-up: the URLConnection client is the lightest the SDK
 * offers (no Apache or Netty in the artifact), and in Lambda credentials come from the environment
 * variables the runtime sets.
 */
public final class Dependencies {

  private final Config config;
  private final S3Client s3;
  private final DynamoDbClient dynamo;
  private final Clock clock;
  private final Telemetry telemetry;
  private final SourceProfiles profiles;
  private Extractor extractor;

  /**
   * Everything wired from parts made elsewhere.
   *
   * @param profiles the source profiles, or {@code null} for the bundled ones extended by the
   *     configured file
   */
  public Dependencies(
      Config config,
      S3Client s3,
      DynamoDbClient dynamo,
      Clock clock,
      Telemetry telemetry,
      SourceProfiles profiles) {
    this.config = Objects.requireNonNull(config, "config");
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    this.profiles = profiles;
  }

  /**
   * Everything the Lambda function needs, configured from its environment: the one place the
   * function reads it. Logs get the function's level and the system clock.
   */
  public static Dependencies forLambda() {
    Map<String, String> env = System.getenv();
    Config config = Config.fromEnv(env);
    Clock clock = Clock.systemUTC();
    LogSettings.configure(config.runtime().logLevel(), clock);
    Dependencies local = create(config, null, null, lambdaCredentials(env));
    return local.withTelemetry(Telemetry.forLambda(config.runtime().metricProperties(), clock));
  }

  /** The same clients and configuration with other telemetry (an observer, metrics). */
  public Dependencies withTelemetry(Telemetry other) {
    return new Dependencies(config, s3, dynamo, clock, other, profiles);
  }

  /** The same clients and configuration with other source profiles. */
  public Dependencies withProfiles(SourceProfiles other) {
    return new Dependencies(config, s3, dynamo, clock, telemetry, other);
  }

  /** The same clients and configuration on another clock (its telemetry keeps its own). */
  public Dependencies withClock(Clock other) {
    return new Dependencies(config, s3, dynamo, other, telemetry, profiles);
  }

  /**
   * Where Lambda puts the function's credentials: in environment variables, except with SnapStart,
   * where the runtime serves them from a container-credentials endpoint instead (and the variables
   * are absent). Named explicitly either way, so no provider chain is walked at start.
   */
  static AwsCredentialsProvider lambdaCredentials(Map<String, String> env) {
    if (env.containsKey(CONTAINER_CREDENTIALS)) {
      return ContainerCredentialsProvider.builder().build();
    }
    return EnvironmentVariableCredentialsProvider.create();
  }

  /** Set by Lambda instead of the key variables when SnapStart is on. */
  static final String CONTAINER_CREDENTIALS = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

  /**
   * Registers SnapStart priming for this function (see {@link SnapStartPriming}); without CRaC in
   * the runtime (SnapStart off, tests, the local tool) registering does nothing.
   *
   * @param handlerSteps the handler's own side-effect free steps (reading a bundled event)
   */
  public void registerPriming(Runnable handlerSteps) {
    SnapStartPriming.register(extractor(), s3, dynamo, config.tableName(), handlerSteps);
  }

  /**
   * SnapStart priming's rehearsal: the same configuration, extractor and clock over SDK clients
   * that answer from memory ({@link RehearsalResponder}), and telemetry that writes nothing, so
   * that one whole invocation can run before the snapshot without leaving a trace.
   *
   * @param object what the rehearsal's GetObject answers
   */
  public Rehearsal rehearsal(byte[] object) {
    RehearsalResponder http = new RehearsalResponder(object, config.tableName());
    Region region = Region.of(config.region());
    AwsCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("rehearsal", "rehearsal"));
    S3Client rehearsalS3 =
        configure(S3Client.builder(), region, credentials, null, false, http);
    DynamoDbClient rehearsalDynamo =
        configure(DynamoDbClient.builder(), region, credentials, null, false, http);
    Dependencies dependencies =
        new Dependencies(
            config, rehearsalS3, rehearsalDynamo, clock, Telemetry.silent(clock), profiles);
    dependencies.extractor = extractor();
    return new Rehearsal(dependencies, http);
  }

  /** What {@link #rehearsal} made; closing it closes its clients. */
  public static final class Rehearsal implements AutoCloseable {
    private final Dependencies dependencies;
    private final RehearsalResponder http;

    Rehearsal(Dependencies dependencies, RehearsalResponder http) {
      this.dependencies = dependencies;
      this.http = http;
    }

    public Dependencies dependencies() {
      return dependencies;
    }

    /** The operations the rehearsal's clients answered, in order. */
    public java.util.List<String> operations() {
      return http.operations();
    }

    @Override
    public void close() {
      dependencies.s3.close();
      dependencies.dynamo.close();
    }
  }

  /** The extractor with the configured profiles, built once and shared. */
  private synchronized Extractor extractor() {
    if (extractor == null) {
      extractor =
          new Extractor(
              profiles != null ? profiles : SourceProfiles.bundledWith(config.profilesFile()));
    }
    return extractor;
  }

  /**
   * Clients for the given configuration and credentials; an endpoint, when not {@code null},
   * overrides the service's (S3 then path-style). Telemetry is logs only, on the system clock.
   */
  public static Dependencies create(
      Config config, URI s3Endpoint, URI dynamoEndpoint, AwsCredentialsProvider credentials) {
    // The language model takes longest to load: start it first, on its own thread, so it loads
    // while the clients are built.
    Extractor.preload();
    Region region = Region.of(config.region());
    S3Client s3 =
        configure(
            S3Client.builder().forcePathStyle(s3Endpoint != null),
            region,
            credentials,
            s3Endpoint,
            config.tracing(),
            null);
    DynamoDbClient dynamo =
        configure(
            DynamoDbClient.builder(), region, credentials, dynamoEndpoint, config.tracing(), null);
    Clock clock = Clock.systemUTC();
    return new Dependencies(config, s3, dynamo, clock, Telemetry.logsOnly(clock), null);
  }

  /**
   * Up to 5 attempts per call, exponential backoff with jitter (the SDK's standard strategy;
   * throttling backs off longer), each attempt cut at 5 s and the whole call at 20 s, inside the
   * function's 60 s timeout. A call that still fails fails its record, and the platform retries the
   * event.
   */
  static final int MAX_ATTEMPTS = 5;

  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

  /**
   * The settings every client shares; the endpoint only when one is given.
   *
   * @param http the HTTP client, or {@code null} for the URLConnection client
   */
  private static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C configure(
      B builder,
      Region region,
      AwsCredentialsProvider credentials,
      URI endpoint,
      boolean tracing,
      SdkHttpClient http) {
    builder.region(region).credentialsProvider(credentials);
    if (http == null) {
      builder.httpClientBuilder(UrlConnectionHttpClient.builder());
    } else {
      builder.httpClient(http);
    }
    builder.overrideConfiguration(
        o -> {
          o.retryStrategy(
                  AwsRetryStrategy.standardRetryStrategy().toBuilder()
                      .maxAttempts(MAX_ATTEMPTS)
                      // a response cut short fails its checksum; the standard strategy does not
                      // count that as retryable, though a second attempt reads it whole
                      .retryOnException(Crc32MismatchException.class)
                      .build())
              .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
              .apiCallTimeout(CALL_TIMEOUT);
          if (tracing) {
            o.addExecutionInterceptor(XRayTracing.interceptor());
          }
        });
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
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

  public Clock clock() {
    return clock;
  }

  /** Where each event's result is logged (and measured, in Lambda). */
  public Telemetry telemetry() {
    return telemetry;
  }

  /** The ingestion pipeline over these clients, with the configured source profiles. */
  public IngestPipeline pipeline() {
    return new IngestPipeline(
        new S3ObjectSource(s3),
        extractor(),
        new DynamoArticleStore(dynamo, config.tableName()),
        clock,
        config.maxObjectBytes());
  }
}
