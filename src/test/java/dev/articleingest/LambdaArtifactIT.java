package dev.articleingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Checks the Lambda deployment package {@code mvn package} builds with the same layout and
 * dependency set as {@code sam build} (classes at the root, runtime-scope jars in lib/).
 */
class LambdaArtifactIT {

  private static final Path ZIP = Path.of("target/article-ingest-lambda.zip");

  /** Jars that must never ship: the local stack, the CLI, heavy HTTP clients, test tools. */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "(?i).*(DynamoDBLocal|s3proxy|sqlite4java|jetty|picocli|log4j|apache-client"
              + "|apache5-client|netty|httpclient|junit|jackson-dataformat-yaml|snakeyaml|kotlin"
              + "|aws-lambda-java-tests|aws-lambda-java-serialization|opennlp).*");

  private static List<String> entries() throws IOException {
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      return zip.stream().map(ZipEntry::getName).toList();
    }
  }

  @Test
  void holdsTheHandlerAndItsResources() throws IOException {
    List<String> entries = entries();
    assertTrue(entries.contains("dev/articleingest/handler/S3EventHandler.class"));
    assertTrue(entries.contains("source-profiles.json"));
    // the language model in our form, made by the build; OpenNLP itself stays at build time
    assertTrue(entries.contains("langdetect-183.ngrams"));
  }

  @Test
  void holdsTheRuntimeDependenciesInLib() throws IOException {
    List<String> libs =
        entries().stream().filter(e -> e.startsWith("lib/") && e.endsWith(".jar")).toList();
    for (String needed :
        List.of(
            "aws-lambda-java-core",
            "aws-lambda-java-events",
            "awssdk.s3-",
            "awssdk.dynamodb-",
            "url-connection-client",
            "jackson-databind")) {
      assertTrue(libs.stream().anyMatch(l -> l.contains(needed)), needed + " in " + libs);
    }
  }

  @Test
  void shipsNoLocalStackCliOrHeavyHttpClient() throws IOException {
    List<String> forbidden =
        entries().stream().filter(e -> FORBIDDEN.matcher(e).matches()).toList();
    assertTrue(forbidden.isEmpty(), "must not ship: " + forbidden);
  }

  @Test
  void staysSmall() throws IOException {
    long bytes = Files.size(ZIP);
    System.out.printf("Lambda artifact: %s, %.1f MB%n", ZIP, bytes / 1e6);
    // 16.5 MB before language detection; 27.0 MB with OpenNLP and its model, 20.6 MB with the
    // model in our form (BENCHMARKS.md). Lambda takes 50 MB zipped for direct upload.
    assertFalse(bytes > 23_000_000, "the Lambda zip grew to " + bytes + " bytes");
  }
}
