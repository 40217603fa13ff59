package dev.articleingest.cli;

import dev.articleingest.model.ArticleId;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import dev.articleingest.parse.SourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parse FILE...}: the normalized article as JSON, with no AWS at all. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse article files and print each normalized article as JSON (an array for several"
          + " files). No AWS is involved.",
      "The source is --source, else the file's folder name when it is a domain"
          + " (samples/rt.com/x.txt is from rt.com), else unknown."
    })
final class ParseCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files to parse.")
  List<Path> files;

  @Option(
      names = "--source",
      paramLabel = "DOMAIN",
      description = "The site the files come from, as S3 'source' metadata would say.")
  String source;

  @Option(names = "--url", description = "The article URL, as S3 'url' metadata would say.")
  String url;

  @Option(
      names = "--bucket",
      defaultValue = LocalStack.BUCKET,
      description =
          "The bucket the id is computed for (ids derive from bucket and key; the key is"
              + " FOLDER/FILE, as 'local' would upload it). Default: ${DEFAULT-VALUE}.")
  String bucket;

  @Mixin ProfilesOption profiles;

  @Override
  public Integer call() throws IOException {
    Extractor extractor = new Extractor(profiles.profiles());
    List<Object> parsed = new ArrayList<>();
    int failures = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        System.err.println(file + ": no such file");
        failures++;
        continue;
      }
      try {
        RawInput input = input(file);
        parsed.add(ArticleJson.toMap(ArticleId.of(bucket, input.key()), extractor.extract(input)));
      } catch (InputRejectedException e) {
        System.err.println(file + ": rejected (" + e.reason() + "): " + e.getMessage());
        failures++;
      }
    }
    if (!parsed.isEmpty()) {
      System.out.println(ArticleJson.write(files.size() == 1 ? parsed.get(0) : parsed));
    }
    return failures == 0 ? 0 : 1;
  }

  private RawInput input(Path file) throws IOException {
    Map<String, String> metadata = new HashMap<>();
    if (source != null) {
      metadata.put(SourceResolver.SOURCE_METADATA, source);
    }
    if (url != null) {
      metadata.put(SourceResolver.URL_METADATA, url);
    }
    Path folder = file.toAbsolutePath().getParent();
    String key =
        (folder == null || folder.getFileName() == null ? "" : folder.getFileName() + "/")
            + file.getFileName();
    // The file's modification time stands in for the upload time ("3 hours ago" counts from it).
    return new RawInput(
        Files.readAllBytes(file), key, metadata, null, Files.getLastModifiedTime(file).toInstant());
  }
}
