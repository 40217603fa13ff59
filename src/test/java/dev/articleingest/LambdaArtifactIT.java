package dev.articleingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the Lambda deployment package {@code mvn package} builds, which is what {@code sam build}
 * ships (template.yaml builds the function with the Makefile, which unpacks this zip): classes at
 * the root, runtime-scope jars in lib/, nothing the function does not run.
 */
class LambdaArtifactIT {

  private static final Path ZIP = Path.of("target/article-ingest-lambda.zip");

  /** Jars that must never ship: the local stack, the CLI, heavy HTTP clients, test tools. */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "(?i).*(DynamoDBLocal|s3proxy|sqlite4java|jetty|picocli|log4j|apache-client"
              + "|apache5-client|netty|httpclient|junit|jackson-dataformat-yaml|snakeyaml|kotlin"
              + "|aws-lambda-java-tests|aws-lambda-java-serialization|aws-lambda-java-events"
              + "|joda-time|commons-logging|opennlp).*");

  /** The tools' packages and the read library: they run on a developer's or caller's machine. */
  private static final Pattern NOT_RUN_BY_THE_FUNCTION =
      Pattern.compile("dev/articleingest/(cli|backfill|evaluation|query)/.*");

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
    // the language model in our form; OpenNLP itself is only a developer's tool
    assertTrue(entries.contains("models/langdetect-183.ngrams"));
  }

  @Test
  void holdsTheRuntimeDependenciesInLib() throws IOException {
    List<String> libs =
        entries().stream().filter(e -> e.startsWith("lib/") && e.endsWith(".jar")).toList();
    for (String needed :
        List.of(
            "aws-lambda-java-core",
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
  void shipsOnlyWhatTheFunctionRuns() throws IOException {
    List<String> tools =
        entries().stream().filter(e -> NOT_RUN_BY_THE_FUNCTION.matcher(e).matches()).toList();
    assertTrue(tools.isEmpty(), "must not ship: " + tools);
  }

  /**
   * Every class of ours in the zip loads from the zip alone (its classes and lib/ jars, over the
   * JDK): nothing it names as a supertype is missing, so leaving the tools out cut no thread.
   */
  @Test
  void everyShippedClassLoadsFromTheZipAlone(@TempDir Path unpacked) throws Exception {
    List<URL> path = new ArrayList<>();
    path.add(unpacked.toUri().toURL());
    List<String> classes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        Path target = unpacked.resolve(entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target);
        }
        if (entry.getName().startsWith("lib/")) {
          path.add(target.toUri().toURL());
        } else if (entry.getName().startsWith("dev/") && entry.getName().endsWith(".class")) {
          classes.add(entry.getName().replace('/', '.').replaceAll("\\.class$", ""));
        }
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      for (String name : classes) {
        Class.forName(name, false, loader);
      }
    }
    assertTrue(classes.contains("dev.articleingest.handler.S3EventHandler"), classes.toString());
  }

  /** The libraries' entries are stored, so the zip deflates each jar whole (pom: StoreJars). */
  @Test
  void theLibrariesAreStoredForTheZipToDeflateWhole() throws IOException {
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
        try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
          ZipEntry inner;
          while ((inner = jar.getNextEntry()) != null) {
            assertEquals(ZipEntry.STORED, inner.getMethod(), entry + "!" + inner);
          }
        }
      }
    }
  }

  @Test
  void staysSmall() throws IOException {
    long bytes = Files.size(ZIP);
    System.out.printf("Lambda artifact: %s, %.1f MB%n", ZIP, bytes / 1e6);
    // 20.6 MB with 49 jars and the language model as floats; 11.7 MB with only what the
    // function runs, the model quantized and the jars stored (BENCHMARKS.md, "Artifact").
    assertFalse(bytes > 15_000_000, "the Lambda zip grew to " + bytes + " bytes");
  }
}
