package dev.articleingest.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleingest.parse.RawInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One case of the golden corpus: a folder {@code <source>/<case>/} with an {@code input.*} file,
 * its ground truth {@code expected.json}, an {@code ORIGIN.md}, and optionally an {@code
 * object.json} with what S3 would say about the object ({@code contentType}, {@code uploadedAt},
 * {@code metadata}). The input is read as the key {@code <source>/<case>.<ext>} would be.
 *
 * @param dir the case folder
 * @param input the object as the extractor receives it
 * @param truth the expected fields
 */
public record CorpusCase(Path dir, RawInput input, JsonNode truth) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The case's name, {@code <source>/<case>}. */
  public String name() {
    return dir.getParent().getFileName() + "/" + dir.getFileName();
  }

  /** Every case under a folder, sorted by path. */
  public static List<CorpusCase> walk(Path root) {
    List<CorpusCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.getFileName().toString().equals("expected.json"))
          .map(Path::getParent)
          .sorted()
          .forEach(dir -> cases.add(read(dir)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk " + root, e);
    }
    return cases;
  }

  public static CorpusCase read(Path dir) {
    try {
      Path input = input(dir);
      String name = input.getFileName().toString();
      String key =
          dir.getParent().getFileName()
              + "/"
              + dir.getFileName()
              + name.substring(name.indexOf('.'));
      String contentType = null;
      Instant uploadedAt = null;
      Map<String, String> metadata = new HashMap<>();
      Path object = dir.resolve("object.json");
      if (Files.exists(object)) {
        JsonNode o = JSON.readTree(object.toFile());
        contentType = o.hasNonNull("contentType") ? o.get("contentType").asText() : null;
        uploadedAt =
            o.hasNonNull("uploadedAt") ? Instant.parse(o.get("uploadedAt").asText()) : null;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.path("metadata").fields();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          metadata.put(e.getKey(), e.getValue().asText());
        }
      }
      RawInput raw =
          new RawInput(Files.readAllBytes(input), key, metadata, contentType, uploadedAt);
      return new CorpusCase(dir, raw, JSON.readTree(dir.resolve("expected.json").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read case " + dir, e);
    }
  }

  private static Path input(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("input."))
          .findFirst()
          .orElseThrow(() -> new IOException(dir + " has no input.* file"));
    }
  }
}
