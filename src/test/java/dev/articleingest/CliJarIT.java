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

  @Test
  void wrongArgumentsExitWithTwo(@TempDir Path work) throws Exception {
    Run run = run(work, "local", "--no-such-option");

    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("Unknown option"), run.stderr());
  }
}
