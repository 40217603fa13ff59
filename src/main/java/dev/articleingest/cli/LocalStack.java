package dev.articleingest.cli;

import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.store.ArticleTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local and s3proxy running in this JVM on loopback ports, with a bucket and the article
 * table created from {@link ArticleTable}, the layout {@code template.yaml} also declares. Data
 * lives under a directory (kept between runs) or in memory. Close it: DynamoDB Local's server
 * threads keep the JVM alive until it is stopped.
 */
public final class LocalStack implements AutoCloseable {

  public static final String BUCKET = "article-ingest-local";
  public static final String TABLE = "articles";
  public static final String REGION = "us-east-1";
  private static final String ACCESS_KEY = "local";
  private static final String SECRET_KEY = "local-secret";

  private DynamoDBProxyServer dynamoServer;
  private java.nio.channels.FileChannel lockChannel;
  private final String[] dynamoArgs;
  private final S3Proxy s3Proxy;
  private final Dependencies dependencies;
  private final URI dynamoEndpoint;

  private LocalStack(
      DynamoDBProxyServer dynamoServer,
      String[] dynamoArgs,
      S3Proxy s3Proxy,
      Dependencies deps,
      URI dynamoEndpoint) {
    this.dynamoServer = dynamoServer;
    this.dynamoArgs = dynamoArgs;
    this.s3Proxy = s3Proxy;
    this.dependencies = deps;
    this.dynamoEndpoint = dynamoEndpoint;
  }

  /**
   * Starts both servers and creates the bucket and table if they do not exist yet.
   *
   * @param dataDir where to keep data between runs, or {@code null} to keep it in memory
   */
  public static LocalStack start(Path dataDir) throws Exception {
    return start(dataDir, 0, 0);
  }

  /**
   * Starts both servers on the given loopback ports (0 for any free port) and creates the bucket
   * and table if they do not exist yet.
   */
  public static LocalStack start(Path dataDir, int s3Port, int dynamoPort) throws Exception {
    DynamoDBProxyServer dynamo = null;
    S3Proxy s3 = null;
    java.nio.channels.FileChannel lock = dataDir == null ? null : lock(dataDir);
    try {
      if (dynamoPort == 0) {
        dynamoPort = freePort();
      }
      String[] dynamoArgs = dynamoArgs(dataDir, dynamoPort);
      dynamo = startDynamo(dynamoArgs);

      BlobStore blobStore;
      if (dataDir == null) {
        blobStore = new TransientNio2BlobStore();
      } else {
        // Absolute: with a relative base directory s3proxy stores objects but lists none.
        Path s3Dir = Files.createDirectories(dataDir.resolve("s3")).toAbsolutePath();
        blobStore = new FilesystemNio2BlobStore(s3Dir.toString());
      }
      s3 =
          S3Proxy.builder()
              .blobStore(blobStore)
              .endpoint(URI.create("http://127.0.0.1:" + (s3Port == 0 ? freePort() : s3Port)))
              .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
              .build();
      s3.start();
      while (!"STARTED".equals(s3.getState())) {
        Thread.sleep(10);
      }

      URI dynamoEndpoint = URI.create("http://127.0.0.1:" + dynamoPort);
      Dependencies deps =
          Dependencies.create(
              new Config(TABLE, REGION, Config.DEFAULT_MAX_OBJECT_BYTES, false),
              URI.create("http://127.0.0.1:" + s3.getPort()),
              dynamoEndpoint,
              StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
      LocalStack stack = new LocalStack(dynamo, dynamoArgs, s3, deps, dynamoEndpoint);
      stack.lockChannel = lock;
      stack.createBucketAndTable();
      return stack;
    } catch (Exception | Error e) {
      stopQuietly(dynamo, s3);
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
  }

  /**
   * Stops DynamoDB Local, for fault-injection tests; {@link #restartDynamo()} brings it back on the
   * same port with the same data (when the stack keeps data in a directory).
   */
  public synchronized void stopDynamo() throws Exception {
    dynamoServer.stop();
  }

  /** Starts DynamoDB Local again after {@link #stopDynamo()}. */
  public synchronized void restartDynamo() throws Exception {
    dynamoServer = startDynamo(dynamoArgs);
  }

  private static DynamoDBProxyServer startDynamo(String[] args) throws Exception {
    // DynamoDB Local prints its settings on standard output as it starts; keep them out of our
    // output (query --json must print JSON only, local its table), and show them only when it
    // fails to start.
    PrintStream stdout = System.out;
    java.io.ByteArrayOutputStream banner = new java.io.ByteArrayOutputStream();
    System.setOut(new PrintStream(banner, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args);
      bindToLoopback(server);
      server.start();
      return server;
    } catch (Exception | Error e) {
      System.err.print(banner.toString(java.nio.charset.StandardCharsets.UTF_8));
      throw e;
    } finally {
      System.setOut(stdout);
    }
  }

  /**
   * Locks the data folder for this stack's lifetime: two DynamoDB Locals on one database file
   * corrupt it (a {@code local} run while {@code serve} is up).
   *
   * @throws IllegalStateException when another stack holds the folder
   */
  private static java.nio.channels.FileChannel lock(Path dataDir) throws java.io.IOException {
    Files.createDirectories(dataDir);
    java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(
            dataDir.resolve(".lock"),
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE);
    java.nio.channels.FileLock held;
    try {
      held = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      held = null;
    }
    if (held == null) {
      channel.close();
      throw new IllegalStateException(
          dataDir
              + " is in use by another local stack (is `serve` running?): stop it, or give"
              + " another --data-dir");
    }
    return channel;
  }

  /**
   * DynamoDB Local has no option for its listening address and listens on every interface, where
   * anyone could read and write the table with any credentials. Its Jetty server is built but not
   * started here, so its connectors are pointed at 127.0.0.1 before it starts.
   */
  private static void bindToLoopback(DynamoDBProxyServer server) throws ReflectiveOperationException {
    java.lang.reflect.Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    org.eclipse.jetty.server.Server jetty = (org.eclipse.jetty.server.Server) field.get(server);
    for (org.eclipse.jetty.server.Connector connector : jetty.getConnectors()) {
      if (connector instanceof org.eclipse.jetty.server.ServerConnector network) {
        network.setHost("127.0.0.1");
      } else {
        throw new IllegalStateException(
            "DynamoDB Local has a connector that cannot be bound to loopback: " + connector);
      }
    }
  }

  /** The read side over this stack's table. */
  public ArticleQueries queries() {
    Dependencies dependencies = dependencies();
    return new ArticleQueries(dependencies.dynamo(), dependencies.config().tableName());
  }

  /** Clients and pipeline wired to this stack. */
  public Dependencies dependencies() {
    return dependencies;
  }

  public S3Client s3() {
    return dependencies.s3();
  }

  public DynamoDbClient dynamo() {
    return dependencies.dynamo();
  }

  /** The S3 API endpoint, on loopback. */
  public URI s3Endpoint() {
    return URI.create("http://127.0.0.1:" + s3Proxy.getPort());
  }

  /** The DynamoDB API endpoint, on loopback. */
  public URI dynamoEndpoint() {
    return dynamoEndpoint;
  }

  /** The access key id both servers accept. */
  public static String accessKey() {
    return ACCESS_KEY;
  }

  /** The secret key both servers accept (a fixed local value, not a credential). */
  public static String secretKey() {
    return SECRET_KEY;
  }

  /** Deletes every item of the table, for tests that need a clean slate. */
  public void recreateTable() {
    dynamo().deleteTable(b -> b.tableName(TABLE));
    dynamo().waiter().waitUntilTableNotExists(b -> b.tableName(TABLE));
    createTable();
  }

  @Override
  public void close() {
    dependencies.s3().close();
    dependencies.dynamo().close();
    stopQuietly(dynamoServer, s3Proxy);
    if (lockChannel != null) {
      try {
        lockChannel.close();
      } catch (java.io.IOException e) {
        // the lock goes with the process anyway
      }
    }
  }

  private void createBucketAndTable() {
    try {
      s3().headBucket(b -> b.bucket(BUCKET));
    } catch (NoSuchBucketException e) {
      s3().createBucket(b -> b.bucket(BUCKET));
    }
    TableDescription existing;
    try {
      existing = dynamo().describeTable(b -> b.tableName(TABLE)).table();
    } catch (ResourceNotFoundException e) {
      createTable();
      return;
    }
    List<String> expected = layout(ArticleTable.createTableRequest(TABLE).globalSecondaryIndexes());
    List<String> actual =
        existing.hasGlobalSecondaryIndexes()
            ? existing.globalSecondaryIndexes().stream()
                .map(i -> describe(i.indexName(), i.keySchema(), i.projection()))
                .sorted()
                .toList()
            : List.of();
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          "the local table was made by an older version of this tool (indexes "
              + actual
              + ", expected "
              + expected
              + "); start afresh with --clean");
    }
  }

  private static List<String> layout(List<GlobalSecondaryIndex> indexes) {
    return indexes.stream()
        .map(i -> describe(i.indexName(), i.keySchema(), i.projection()))
        .sorted()
        .toList();
  }

  private static String describe(String name, List<KeySchemaElement> keys, Projection projection) {
    return name
        + keys.stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList()
        + projection.projectionTypeAsString();
  }

  private void createTable() {
    dynamo().createTable(ArticleTable.createTableRequest(TABLE));
    dynamo().waiter().waitUntilTableExists(b -> b.tableName(TABLE));
  }

  private static String[] dynamoArgs(Path dataDir, int port) throws IOException {
    if (dataDir == null) {
      return new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", port + ""};
    }
    Path dir = Files.createDirectories(dataDir.resolve("dynamodb")).toAbsolutePath();
    return new String[] {
      "-dbPath", dir.toString(), "-sharedDb", "-disableTelemetry", "-port", port + ""
    };
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private static void stopQuietly(DynamoDBProxyServer dynamo, S3Proxy s3) {
    try {
      if (s3 != null) {
        s3.stop();
      }
    } catch (Exception e) {
      System.err.println("warning: s3proxy did not stop cleanly: " + e);
    }
    try {
      if (dynamo != null) {
        dynamo.stop();
      }
    } catch (Exception e) {
      System.err.println("warning: DynamoDB Local did not stop cleanly: " + e);
    }
  }
}
