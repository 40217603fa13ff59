package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleingest.cli.ArticleJson;
import dev.articleingest.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code src/test/resources/golden/<source>/<case>/}: each case has an {@code input.*}, an
 * {@code expected.json} and an {@code ORIGIN.md}. The input is parsed with the key {@code
 * <source>/<case>.<ext>}; every field in expected.json (but {@code _about} and {@code notes}) must
 * equal the parsed article's field. Fields not in expected.json are not pinned.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the pinned fields from the parser's output,
 * so a change in behaviour shows up as a reviewable diff.
 */
class GoldenFilesTest {

  static final Path ROOT = Path.of("src/test/resources/golden");
  private static final Set<String> NOT_PINNED = Set.of("_about", "notes");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Extractor EXTRACTOR = Extractor.withBundledProfiles();

  static Stream<Path> cases() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files
          .filter(p -> p.getFileName().toString().equals("expected.json"))
          .map(Path::getParent)
          .sorted()
          .forEach(cases::add);
    }
    assertTrue(cases.size() >= 1, "no golden cases under " + ROOT);
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesToExpectedFields(Path dir) throws IOException {
    assertTrue(Files.exists(dir.resolve("ORIGIN.md")), "every case says where it came from");
    Path input = input(dir);
    String name = input.getFileName().toString();
    String key =
        dir.getParent().getFileName() + "/" + dir.getFileName() + name.substring(name.indexOf('.'));
    Article article = EXTRACTOR.extract(new RawInput(Files.readAllBytes(input), key, Map.of()));
    JsonNode actual = JSON.valueToTree(ArticleJson.toMap(article));
    ObjectNode expected = (ObjectNode) JSON.readTree(dir.resolve("expected.json").toFile());

    if (Boolean.getBoolean("golden.update")) {
      for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!NOT_PINNED.contains(field) && actual.has(field)) {
          expected.set(field, actual.get(field));
        }
      }
      JSON.enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(dir.resolve("expected.json").toFile(), expected);
      return;
    }
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (NOT_PINNED.contains(field)) {
        continue;
      }
      assertTrue(actual.has(field), dir + ": the parse has no field " + field);
      assertEquals(expected.get(field), actual.get(field), dir + ": field " + field);
    }
  }

  private static Path input(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("input."))
          .findFirst()
          .orElseThrow(() -> new AssertionError(dir + " has no input.* file"));
    }
  }
}
