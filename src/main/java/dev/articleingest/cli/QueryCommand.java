package dev.articleingest.cli;

import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.Published;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.query.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * {@code query ...}: reads the article table through {@link ArticleQueries}, from the local stack
 * (a running {@code serve}, else the embedded stack on the data directory) or from a real table.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Query the article table. Without --endpoint, --region or --profile it reads the local"
          + " stack: a running 'serve' if there is one, else it starts the embedded stack on"
          + " --data-dir itself. With them it reads a real table (--table required), using the"
          + " AWS default credential chain or --profile.",
    },
    subcommands = {
      QueryCommand.Get.class,
      QueryCommand.BySource.class,
      QueryCommand.ByDay.class,
      QueryCommand.ByHash.class,
      QueryCommand.ByUrl.class
    })
final class QueryCommand {

  @Spec CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL", description = "DynamoDB endpoint URL.")
  URI endpoint;

  @Option(names = "--region", description = "AWS region (default: the AWS default chain).")
  String region;

  @Option(names = "--profile", description = "AWS profile for credentials and region.")
  String profile;

  @Option(
      names = "--table",
      description = "Table name (default for the local stack: " + LocalStack.TABLE + ").")
  String table;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "local-data",
      description = "The local stack's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  /** Runs a query against the chosen table, starting the embedded stack if needed. */
  <T> T run(Function<ArticleQueries, T> query) throws Exception {
    boolean real = endpoint != null || region != null || profile != null;
    if (real) {
      if (table == null) {
        throw new ParameterException(
            spec.commandLine(), "--table is required with --endpoint, --region or --profile");
      }
      try (DynamoDbClient dynamo = realClient()) {
        return query.apply(new ArticleQueries(dynamo, table));
      }
    }
    String tableName = table == null ? LocalStack.TABLE : table;
    URI served = servedEndpoint();
    if (served != null) {
      try (DynamoDbClient dynamo = localClient(served)) {
        return query.apply(new ArticleQueries(dynamo, tableName));
      }
    }
    if (!Files.isDirectory(dataDir.resolve("dynamodb"))) {
      throw new ParameterException(
          spec.commandLine(),
          "no local stack is running and " + dataDir + " has no data: run 'local' first");
    }
    try (LocalStack stack = LocalStack.start(dataDir)) {
      return query.apply(new ArticleQueries(stack.dynamo(), tableName));
    }
  }

  private DynamoDbClient realClient() {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
    AwsCredentialsProvider credentials =
        profile != null
            ? ProfileCredentialsProvider.create(profile)
            : DefaultCredentialsProvider.builder().build();
    builder.credentialsProvider(credentials);
    if (region != null) {
      builder.region(Region.of(region));
    } else {
      builder.region(
          profile != null
              ? DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion()
              : DefaultAwsRegionProviderChain.builder().build().getRegion());
    }
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  private static DynamoDbClient localClient(URI endpoint) {
    return DynamoDbClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.of(LocalStack.REGION))
        .endpointOverride(endpoint)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LocalStack.accessKey(), LocalStack.secretKey())))
        .build();
  }

  /** The endpoint of a running {@code serve}, or {@code null} when none answers. */
  private URI servedEndpoint() {
    URI candidate = URI.create("http://127.0.0.1:8000");
    Path env = dataDir.resolve("endpoints.env");
    if (Files.isRegularFile(env)) {
      try {
        for (String line : Files.readAllLines(env)) {
          if (line.startsWith("DYNAMODB_ENDPOINT=")) {
            candidate = URI.create(line.substring("DYNAMODB_ENDPOINT=".length()).strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(candidate.getHost(), candidate.getPort()), 300);
      return candidate;
    } catch (IOException e) {
      return null;
    }
  }

  void print(List<ArticleMetadata> articles, String nextPageToken) {
    if (json) {
      Map<String, Object> page = new HashMap<>();
      page.put("items", articles.stream().map(ArticleJson::toMap).toList());
      page.put("nextPageToken", nextPageToken);
      System.out.println(ArticleJson.write(page));
      return;
    }
    System.out.printf(
        "%-24s  %-14s  %-26s  %5s  %s%n", "ID", "SOURCE", "PUBLISHED", "WORDS", "TITLE");
    for (ArticleMetadata a : articles) {
      System.out.printf(
          "%-24s  %-14s  %-26s  %5d  %s%n",
          a.id(), a.source(), published(a.published()), a.wordCount(), a.title());
    }
    if (nextPageToken != null) {
      System.out.println("more: --page-token " + nextPageToken);
    }
  }

  /** Prints a JSON-like map as indented {@code name: value} lines. */
  static void printFields(Map<String, Object> fields, String indent) {
    fields.forEach(
        (name, value) -> {
          if (value instanceof Map<?, ?> map) {
            System.out.println(indent + name + ":");
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) map;
            printFields(nested, indent + "  ");
          } else if (value instanceof List<?> list) {
            System.out.println(indent + name + ": (" + list.size() + ")");
            list.forEach(item -> System.out.println(indent + "  - " + item));
          } else {
            System.out.println(indent + name + ": " + value);
          }
        });
  }

  static String published(Published published) {
    if (published == null) {
      return "(no date)";
    }
    return published.zoneKnown()
        ? published.instant().toString()
        : published.local() + " (zone unknown)";
  }

  /** {@code query get ID}. */
  @Command(name = "get", mixinStandardHelpOptions = true, description = "One article by id.")
  static final class Get implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--body", description = "Include the body paragraphs.")
    boolean body;

    @Override
    public Integer call() throws Exception {
      Optional<Map<String, Object>> found =
          parent.run(
              q ->
                  body
                      ? q.getWithBody(id).map(ArticleJson::toMap)
                      : q.get(id).map(ArticleJson::toMap));
      if (found.isEmpty()) {
        System.err.println("no article with id " + id);
        return 1;
      }
      if (parent.json) {
        System.out.println(ArticleJson.write(found.get()));
      } else {
        printFields(found.get(), "");
      }
      return 0;
    }
  }

  /** Paging options shared by the listings. */
  static final class Paging {
    @Option(
        names = "--limit",
        defaultValue = "20",
        description = "Page size (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--page-token", description = "Continue a listing where it stopped.")
    String pageToken;
  }

  /** {@code query source DOMAIN}. */
  @Command(
      name = "source",
      mixinStandardHelpOptions = true,
      description = "A source's articles by published time, newest first.")
  static final class BySource implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "DOMAIN")
    String source;

    @Option(names = "--from", description = "Earliest published instant, ISO-8601 (default: all).")
    Instant from = Instant.EPOCH;

    @Option(names = "--to", description = "Latest published instant, ISO-8601 (default: all).")
    Instant to = Instant.parse("9999-12-31T23:59:59Z");

    @ArgGroup(exclusive = false)
    Paging paging = new Paging();

    @Override
    public Integer call() throws Exception {
      Page<ArticleMetadata> page =
          parent.run(q -> q.listBySource(source, from, to, paging.limit, paging.pageToken));
      parent.print(page.items(), page.nextPageToken());
      return 0;
    }
  }

  /** {@code query day DATE}. */
  @Command(
      name = "day",
      mixinStandardHelpOptions = true,
      description = "Articles published on a UTC day (YYYY-MM-DD), newest first.")
  static final class ByDay implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "DATE")
    LocalDate day;

    @ArgGroup(exclusive = false)
    Paging paging = new Paging();

    @Override
    public Integer call() throws Exception {
      Page<ArticleMetadata> page =
          parent.run(q -> q.listByDay(day, paging.limit, paging.pageToken));
      parent.print(page.items(), page.nextPageToken());
      return 0;
    }
  }

  /** {@code query hash SHA256}. */
  @Command(
      name = "hash",
      mixinStandardHelpOptions = true,
      description = "Articles whose normalized body has this SHA-256 (duplicates).")
  static final class ByHash implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "SHA256")
    String hash;

    @Override
    public Integer call() throws Exception {
      parent.print(parent.run(q -> q.findByContentHash(hash)), null);
      return 0;
    }
  }

  /** {@code query url URL}. */
  @Command(name = "url", mixinStandardHelpOptions = true, description = "Articles with this URL.")
  static final class ByUrl implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "URL")
    String url;

    @Override
    public Integer call() throws Exception {
      parent.print(parent.run(q -> q.findByUrl(url)), null);
      return 0;
    }
  }
}
