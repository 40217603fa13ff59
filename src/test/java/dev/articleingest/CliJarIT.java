package dev.articleingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code target/article-ingest-cli.jar} in a fresh JVM, as the README does: its
 * manifest class path, DynamoDB Local's native library and the local stack must all work from the
 * jar alone.
 */
class CliJarIT {

  private static final Path JAR = Path.of("target/article-ingest-cli.jar").toAbsolutePath();

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run run(Path workDir, String... args) throws IOException, InterruptedException {
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
    assertTrue(
        first.stderr().contains("handler: stored: s3://article-ingest-local/rt.com/"),
        first.stderr());
    assertTrue(Files.isDirectory(work.resolve("local-data/dynamodb")), "data dir is kept");
    assertEquals(0, second.exitCode(), second.stderr());
    assertTrue(second.stdout().contains("Russia issues warning to US"), second.stdout());
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
