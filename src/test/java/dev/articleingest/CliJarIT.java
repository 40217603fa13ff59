package dev.articleingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.cli.LocalLambda;
import dev.articleingest.model.ObjectRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Runs the built {@code target/article-ingest-cli.jar} in a fresh JVM, as the README does: its
 * manifest class path, DynamoDB Local's native library and the local stack must all work from the
 * jar alone.
 */
class CliJarIT {

  private static final Path JAR = Path.of("target/article-ingest-cli.jar").toAbsolutePath();

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, Map.of(), args);
  }

  private static Run run(Path workDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("DDB_LOCAL_TELEMETRY", "0");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the CLI did not finish within 120 s: " + Files.readString(err));
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void localIngestsTheSamplesThroughTheHandlerAndPrintsThemFromTheTable(@TempDir Path work)
      throws Exception {
    Path samples = Path.of("samples").toAbsolutePath();

    Run first = run(work, "local", samples.toString());
    Run second = run(work, "local", samples.toString());

    assertEquals(0, first.exitCode(), first.stderr());
    assertTrue(first.stdout().contains("Russia issues warning to US"), first.stdout());
    assertTrue(first.stdout().contains("2022-02-12T13:59:00Z"), first.stdout());
    // the HTML page and the gzipped JSON article of samples/ go through the same handler
    assertTrue(
        first.stdout().contains("City council approves repairs to the old harbour bridge"),
        first.stdout());
    assertTrue(
        first.stdout().contains("Farmers count the cost as spring floods recede"), first.stdout());
    assertTrue(first.stdout().contains("\"format\":\"html\""), first.stdout());
    assertTrue(first.stdout().contains("\"format\":\"json\""), first.stdout());
    assertTrue(
        first.stdout().contains("\"outcome\":\"STORED\",\"bucket\":\"article-ingest-local\""),
        first.stdout());
    assertTrue(second.stdout().contains("\"outcome\":\"UPDATED\""), second.stdout());
    assertTrue(Files.isDirectory(work.resolve("local-data/dynamodb")), "data dir is kept");
    assertEquals(0, second.exitCode(), second.stderr());
    assertTrue(second.stdout().contains("Russia issues warning to US"), second.stdout());
  }

  @Test
  void queryReadsWhatLocalStoredFromTheEmbeddedStack(@TempDir Path work) throws Exception {
    Path samples = Path.of("samples").toAbsolutePath();
    assertEquals(0, run(work, "local", samples.toString()).exitCode());

    Run bySource = run(work, "query", "source", "rt.com");
    Run get = run(work, "query", "--json", "get", "f3e174522c605754b2067ebd", "--body");
    Run missing = run(work, "query", "get", "000000000000000000000000");

    assertEquals(0, bySource.exitCode(), bySource.stderr());
    assertTrue(bySource.stdout().contains("Russia issues warning to US"), bySource.stdout());
    assertEquals(0, get.exitCode(), get.stderr());
    JsonNode json = new ObjectMapper().readTree(get.stdout());
    assertEquals("f3e174522c605754b2067ebd", json.get("id").asText());
    assertEquals(9, json.get("paragraphs").size());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.stderr().contains("no article with id"), missing.stderr());
  }

  @Test
  void backfillSkipsWhatIsUpToDateAndReparsesWhenForced(@TempDir Path work) throws Exception {
    assertEquals(0, run(work, "local", Path.of("samples").toAbsolutePath().toString()).exitCode());

    Run upToDate = run(work, "backfill");
    Run forced = run(work, "backfill", "--force", "--concurrency", "2");
    Run wrong = run(work, "backfill", "--concurrency", "0");

    assertEquals(0, upToDate.exitCode(), upToDate.stderr());
    // samples/ holds three objects: a text dump, an HTML page and a gzipped JSON article
    assertTrue(upToDate.stdout().contains("3 of 3 objects"), upToDate.stdout());
    assertTrue(upToDate.stdout().matches("(?s).*skipped +3\\n.*"), upToDate.stdout());
    assertTrue(upToDate.stderr().contains("[####################] 3/3"), upToDate.stderr());
    assertEquals(0, forced.exitCode(), forced.stderr());
    assertTrue(forced.stdout().matches("(?s).*updated +3\\n.*"), forced.stdout());
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.stderr().contains("--concurrency must be 1 to 64"), wrong.stderr());
  }

  @Test
  void queryReadsARealTableGivenEndpointRegionAndTable(@TempDir Path work) throws Exception {
    try (LocalStack stack = LocalStack.start(null)) {
      byte[] sample =
          Files.readAllBytes(Path.of("samples/rt.com/rt-russia-issues-warning-to-us.txt"));
      String etag =
          stack
              .s3()
              .putObject(
                  b -> b.bucket(LocalStack.BUCKET).key("rt.com/a.txt"),
                  RequestBody.fromBytes(sample))
              .eTag();
      new LocalLambda(stack.dependencies())
          .result(S3Events.notification(S3Events.Kind.CREATED, new ObjectRef(LocalStack.BUCKET, "rt.com/a.txt", null, etag, "01", sample.length)), "test");
      Map<String, String> credentials =
          Map.of(
              "AWS_ACCESS_KEY_ID", LocalStack.accessKey(),
              "AWS_SECRET_ACCESS_KEY", LocalStack.secretKey(),
              "AWS_CONFIG_FILE", work.resolve("none").toString(),
              "AWS_SHARED_CREDENTIALS_FILE", work.resolve("none").toString());

      Run run =
          run(
              work,
              credentials,
              "query",
              "--endpoint",
              stack.dynamoEndpoint().toString(),
              "--region",
              "us-east-1",
              "--table",
              LocalStack.TABLE,
              "day",
              "2022-02-12");
      Run noTable = run(work, credentials, "query", "--region", "us-east-1", "day", "2022-02-12");

      assertEquals(0, run.exitCode(), run.stderr());
      assertTrue(run.stdout().contains("Russia issues warning to US"), run.stdout());
      assertEquals(2, noTable.exitCode());
      assertTrue(noTable.stderr().contains("--table is required"), noTable.stderr());
    }
  }

  @Test
  void parsePrintsTheArticleAsJson(@TempDir Path work) throws Exception {
    Run run =
        run(
            work,
            "parse",
            Path.of("samples/rt.com/rt-russia-issues-warning-to-us.txt")
                .toAbsolutePath()
                .toString());

    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("\"publishedAt\" : \"2022-02-12T13:59:00Z\""), run.stdout());
  }

  /**
   * The README's first example is what {@code local} prints on a fresh clone, line by line ("..."
   * stands for any text, a line of "..." for any lines), and nothing goes to stderr: DynamoDB
   * Local's start-up settings stay out of it.
   */
  @Test
  void theReadmesSampleOutputIsWhatLocalPrints(@TempDir Path work) throws Exception {
    copyTree(Path.of("samples"), work.resolve("samples"));

    Run run = run(work, "local");

    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals("", run.stderr());
    List<String> expected = readmeBlock("Lambda runs), and prints what was stored");
    assertMatchesInOrder(expected, run.stdout().lines().toList());
  }

  /** The README's log line example has the real line's fields, in order, and its values. */
  @Test
  void theReadmesLogLineIsTheFunctionsLogLine(@TempDir Path work) throws Exception {
    copyTree(Path.of("samples"), work.resolve("samples"));
    Run run = run(work, "local");
    JsonNode real = null;
    for (String line : run.stdout().lines().toList()) {
      if (line.startsWith("{") && line.contains("\"source\":\"rt.com\"")) {
        real = new ObjectMapper().readTree(line);
      }
    }
    JsonNode example =
        new ObjectMapper().readTree(String.join("", readmeBlock("never article text:")));

    assertEquals(fieldNames(real), fieldNames(example));
    for (String field :
        List.of(
            "level", "logger", "message", "event", "outcome", "id", "format", "wcu", "rcu",
            "source", "words", "warnings", "parserVersion")) {
      assertEquals(real.get(field), example.get(field), field);
    }
  }

  @Test
  void queryTakesItsOptionsAfterTheSubcommandAndAlignsItsColumns(@TempDir Path work)
      throws Exception {
    Path bad = Files.createDirectories(work.resolve("in")).resolve("scan.pdf");
    Files.write(bad, "%PDF-1.7 not an article".getBytes(StandardCharsets.US_ASCII));
    Path samples = Path.of("samples").toAbsolutePath();
    Run local = run(work, "local", samples.toString(), bad.toString());
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

    Run day = run(work, "query", "day", "2022-02-12", "--json");
    Run dayHelp = run(work, "query", "day", "--help");
    Run rejections = run(work, "query", "rejections", today);

    // the rejection's details go to stderr, the stored articles' table to stdout
    assertEquals(1, local.exitCode());
    assertTrue(local.stderr().contains("REJECTED s3://article-ingest-local/scan.pdf"), local.stderr());
    assertTrue(!local.stdout().contains("scan.pdf:"), local.stdout());
    assertEquals(0, day.exitCode(), day.stderr());
    JsonNode page = new ObjectMapper().readTree(day.stdout());
    assertEquals("f3e174522c605754b2067ebd", page.get("items").get(0).get("id").asText());
    assertTrue(dayHelp.stdout().contains("--json"), dayHelp.stdout());
    assertEquals(0, rejections.exitCode(), rejections.stderr());
    List<String> lines = rejections.stdout().lines().toList();
    assertEquals(2, lines.size(), rejections.stdout());
    for (String column : List.of("REASON", "ID", "OBJECT: MESSAGE")) {
      int at = lines.get(0).indexOf(column);
      assertTrue(at > 0 && lines.get(1).charAt(at - 1) == ' ' && lines.get(1).charAt(at) != ' ',
          column + " lines up:\n" + rejections.stdout());
    }
  }

  @Test
  void serveRemovesItsEndpointsFileWhenItStops(@TempDir Path work) throws Exception {
    Path endpoints = work.resolve("local-data/endpoints.env");
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--s3-port", "0", "--dynamodb-port", "0")
            .directory(work.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      for (int i = 0; i < 600 && !Files.exists(endpoints); i++) {
        Thread.sleep(100);
      }
      assertTrue(Files.exists(endpoints), "serve wrote " + endpoints);
    } finally {
      serve.destroy(); // SIGTERM, as Ctrl-C's shutdown
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stopped");
    }
    assertTrue(!Files.exists(endpoints), "a stopped stack leaves no endpoints behind");
  }

  /** The lines of the README's first fenced block after the line containing {@code marker}. */
  private static List<String> readmeBlock(String marker) throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int at = 0;
    while (!readme.get(at).contains(marker)) {
      at++;
    }
    while (!readme.get(at).startsWith("```")) {
      at++;
    }
    List<String> block = new ArrayList<>();
    for (at++; !readme.get(at).startsWith("```"); at++) {
      block.add(readme.get(at));
    }
    return block;
  }

  private static void assertMatchesInOrder(List<String> expected, List<String> actual) {
    int next = 0;
    boolean skipping = false;
    for (String line : expected) {
      if (line.equals("...")) {
        skipping = true;
        continue;
      }
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
          java.util.Arrays.stream(line.split("\\.\\.\\.", -1))
              .map(java.util.regex.Pattern::quote)
              .collect(java.util.stream.Collectors.joining(".*")));
      while (next < actual.size() && !pattern.matcher(actual.get(next)).matches() && skipping) {
        next++;
      }
      assertTrue(
          next < actual.size() && pattern.matcher(actual.get(next)).matches(),
          "README line not printed here:\n" + line + "\nactual output:\n"
              + String.join("\n", actual));
      next++;
      skipping = false;
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  @Test
  void wrongArgumentsExitWithTwo(@TempDir Path work) throws Exception {
    Run run = run(work, "local", "--no-such-option");

    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("Unknown option"), run.stderr());
  }
}
