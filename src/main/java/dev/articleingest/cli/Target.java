package dev.articleingest.cli;

import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Where a command reads and writes: the local stack (a running {@code serve}, else the embedded
 * stack started on the data directory) or, given {@code --region}, {@code --profile} or an
 * endpoint, a real account's table and bucket.
 */
final class Target {

  @Option(
      scope = ScopeType.INHERIT,
      names = "--endpoint", paramLabel = "URL", description = "DynamoDB endpoint URL.")
  URI endpoint;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--s3-endpoint", paramLabel = "URL", description = "S3 endpoint URL.")
  URI s3Endpoint;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--region", description = "AWS region (default: the AWS default chain).")
  String region;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--profile", description = "AWS profile for credentials and region.")
  String profile;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--table",
      description = "Table name (required for a real account; local: " + LocalStack.TABLE + ").")
  String table;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "local-data",
      description = "The local stack's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  /** Clients for the target, and the embedded stack when one had to be started. */
  record Connection(Dependencies dependencies, LocalStack started, boolean local)
      implements AutoCloseable {
    @Override
    public void close() {
      if (started != null) {
        started.close();
      } else {
        dependencies.s3().close();
        dependencies.dynamo().close();
      }
    }
  }

  boolean isLocal() {
    return endpoint == null && s3Endpoint == null && region == null && profile == null;
  }

  Connection open(CommandSpec spec) throws Exception {
    if (!isLocal()) {
      if (table == null) {
        throw new ParameterException(
            spec.commandLine(),
            "--table is required with --endpoint, --s3-endpoint, --region or --profile");
      }
      AwsCredentialsProvider credentials =
          profile != null
              ? ProfileCredentialsProvider.create(profile)
              : DefaultCredentialsProvider.builder().build();
      String regionName =
          region != null
              ? region
              : DefaultAwsRegionProviderChain.builder()
                  .profileName(profile)
                  .build()
                  .getRegion()
                  .id();
      Config config = new Config(table, regionName, Config.DEFAULT_MAX_OBJECT_BYTES, false);
      return new Connection(
          Dependencies.create(config, s3Endpoint, endpoint, credentials), null, false);
    }
    Config local =
        new Config(
            table == null ? LocalStack.TABLE : table,
            LocalStack.REGION,
            Config.DEFAULT_MAX_OBJECT_BYTES,
            false);
    Map<String, String> served = servedEndpoints();
    if (served != null) {
      return new Connection(
          Dependencies.create(
              local,
              URI.create(served.get("S3_ENDPOINT")),
              URI.create(served.get("DYNAMODB_ENDPOINT")),
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(LocalStack.accessKey(), LocalStack.secretKey()))),
          null,
          true);
    }
    if (!Files.isDirectory(dataDir.resolve("dynamodb"))) {
      throw new ParameterException(
          spec.commandLine(),
          "no local stack is running and " + dataDir + " has no data: run 'local' first");
    }
    LocalStack stack = LocalStack.start(dataDir);
    return new Connection(stack.dependencies(), stack, true);
  }

  /** The endpoints a running {@code serve} wrote, when it still answers; else null. */
  private Map<String, String> servedEndpoints() {
    Path env = dataDir.resolve("endpoints.env");
    if (!Files.isRegularFile(env)) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(env)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    URI dynamo = URI.create(values.getOrDefault("DYNAMODB_ENDPOINT", "http://127.0.0.1:0"));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(dynamo.getHost(), dynamo.getPort()), 300);
      return values;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
