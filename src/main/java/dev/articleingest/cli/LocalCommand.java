package dev.articleingest.cli;

import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.Article;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.model.Warning;
import dev.articleingest.parse.SourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * {@code local [FILE|DIR...]}: the whole service on the embedded local stack. Files are uploaded to
 * a real S3 API, an S3-shaped event per upload goes to the very handler class Lambda runs, and what
 * was stored is read back from a real DynamoDB API and printed.
 */
@Command(
    name = "local",
    mixinStandardHelpOptions = true,
    description = {
      "Start DynamoDB Local and s3proxy in this process, create the bucket and table, upload the"
          + " files, deliver an S3 event for each upload to the Lambda handler, and print what was"
          + " stored, read back from the table.",
      "A folder's files are uploaded under their path inside it, so samples/rt.com/x.txt gets"
          + " the key rt.com/x.txt (and the source rt.com)."
    })
final class LocalCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description = "Files or folders to ingest (default: ./samples).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "local-data",
      description =
          "Where the local S3 and DynamoDB keep their data between runs (default:"
              + " ${DEFAULT-VALUE}).")
  Path dataDir;

  @Mixin ProfilesOption profiles;

  @Option(names = "--clean", description = "Delete the data directory first.")
  boolean clean;

  @Option(
      names = "--source",
      paramLabel = "DOMAIN",
      description = "Upload with 'source' user metadata naming the site the files come from.")
  String source;

  private record Input(Path file, String key) {}

  @Override
  public Integer call() throws Exception {
    List<Input> inputs = inputs();
    if (inputs.isEmpty()) {
      return 2;
    }
    if (clean) {
      deleteRecursively(dataDir);
    }
    System.out.println("Starting DynamoDB Local and s3proxy (data in " + dataDir + ") ...");
    List<IngestResult> results = new ArrayList<>();
    int failures = 0;
    try (LocalStack stack = LocalStack.start(dataDir)) {
      LocalLambda function =
          new LocalLambda(stack.dependencies().withProfiles(profiles.profiles()));
      for (Input input : inputs) {
        S3Events.Upload upload = upload(stack, input);
        try {
          results.addAll(function.results(S3Events.created(List.of(upload)), "local"));
        } catch (RuntimeException e) {
          failures++;
          System.err.println(input.file() + ": failed: " + e.getMessage());
        }
      }
      System.out.println();
      print(stack, results);
    }
    long notStored = results.stream().filter(r -> !r.stored()).count();
    return failures == 0 && notStored == 0 ? 0 : 1;
  }

  private List<Input> inputs() throws IOException {
    List<Path> roots = paths;
    if (roots.isEmpty()) {
      Path samples = Path.of("samples");
      if (!Files.isDirectory(samples)) {
        System.err.println(
            "No FILE or DIR given and there is no ./samples folder: name files or folders to"
                + " ingest (see --help).");
        return List.of();
      }
      roots = List.of(samples);
    }
    List<Input> inputs = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        inputs.add(new Input(root, root.getFileName().toString()));
      } else if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(f -> inputs.add(new Input(f, key(root, f))));
        }
      } else {
        System.err.println(root + ": no such file or folder");
        return List.of();
      }
    }
    if (inputs.isEmpty()) {
      System.err.println("No files found in " + roots);
    }
    return inputs;
  }

  private static String key(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }

  private S3Events.Upload upload(LocalStack stack, Input input) throws IOException {
    byte[] bytes = Files.readAllBytes(input.file());
    Map<String, String> metadata = new LinkedHashMap<>();
    if (source != null) {
      metadata.put(SourceResolver.SOURCE_METADATA, source);
    }
    PutObjectResponse put =
        stack
            .s3()
            .putObject(
                b -> b.bucket(LocalStack.BUCKET).key(input.key()).metadata(metadata),
                RequestBody.fromBytes(bytes));
    System.out.println(
        "Uploaded " + input.file() + " -> s3://" + LocalStack.BUCKET + "/" + input.key());
    return new S3Events.Upload(
        LocalStack.BUCKET, input.key(), bytes.length, put.eTag(), put.versionId());
  }

  /**
   * The stored articles as a table on stdout, read back from the table; what was not stored, with
   * its details, on stderr (as {@code parse} does).
   */
  private static void print(LocalStack stack, List<IngestResult> results) {
    TextTable table = new TextTable("ID", "SOURCE", "PUBLISHED", ">WORDS", "WARNINGS", "TITLE");
    for (IngestResult result : results) {
      if (!result.stored()) {
        System.err.println(
            result.id()
                + "  "
                + result.outcome()
                + " "
                + result.ref().uri()
                + ": "
                + result.detail().orElse(""));
        continue;
      }
      // with the body: its first item lists every warning (META holds one of each code)
      StoredArticle stored = stack.queries().getWithBody(result.id()).orElseThrow();
      Article article = stored.article();
      table.row(
          stored.id(),
          article.source(),
          ArticleJson.describe(article.published()),
          article.wordCount(),
          warnings(article.warnings()),
          article.title());
    }
    table.print(System.out);
  }

  private static String warnings(List<Warning> warnings) {
    if (warnings.isEmpty()) {
      return "-";
    }
    return warnings.stream()
        .collect(
            Collectors.groupingBy(w -> w.code().name(), LinkedHashMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " x" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
