package dev.articleingest.parse;

import dev.articleingest.parse.profile.SourceProfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleingest.cli.ArticleJson;
import dev.articleingest.evaluation.CorpusCase;
import dev.articleingest.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code src/test/resources/golden/<source>/<case>/} ({@link CorpusCase}): each case has an
 * {@code input.*}, an {@code expected.json} and an {@code ORIGIN.md}, and may have an {@code
 * object.json} (Content-Type, upload time). The input is parsed with the key {@code
 * <source>/<case>.<ext>} and the corpus's profiles ({@code profiles.json}, loaded the way users
 * extend the bundled file); every field in expected.json (but {@code _about} and {@code notes})
 * must equal the parsed article's field. Fields not in expected.json are not pinned.
 *
 * <p>The expected files of the written corpus are ground truth made by tools/corpus/build.py from
 * the article texts, not parser output. Run with {@code -Dgolden.update=true} to rewrite the pinned
 * fields from the parser's output, so a change in behaviour shows up as a reviewable diff against
 * that truth.
 */
class GoldenFilesTest {

  static final Path ROOT = Path.of("src/test/resources/golden");
  private static final Set<String> NOT_PINNED = Set.of("_about", "notes");
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path PROFILES = ROOT.resolve("profiles.json");
  private static final Extractor EXTRACTOR = new Extractor(SourceProfiles.bundledWith(PROFILES));

  /** The once held-out set (see README), with the profiles its made-up sites need. */
  static final Path HELD_OUT = Path.of("src/test/resources/heldout");

  private static final Extractor HELD_OUT_EXTRACTOR =
      new Extractor(SourceProfiles.bundledWith(HELD_OUT.resolve("profiles.json")));

  static Stream<Path> cases() {
    List<Path> cases = CorpusCase.walk(ROOT).stream().map(CorpusCase::dir).toList();
    assertTrue(cases.size() >= 40, "the corpus has " + cases.size() + " cases, fewer than 40");
    return cases.stream();
  }

  static Stream<Path> heldOutCases() {
    return CorpusCase.walk(HELD_OUT).stream().map(CorpusCase::dir);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesToExpectedFields(Path dir) throws IOException {
    check(dir, EXTRACTOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("heldOutCases")
  void heldOutCasesParseToExpectedFields(Path dir) throws IOException {
    check(dir, HELD_OUT_EXTRACTOR);
  }

  private static void check(Path dir, Extractor extractor) throws IOException {
    assertTrue(Files.exists(dir.resolve("ORIGIN.md")), "every case says where it came from");
    Article article = extractor.extract(CorpusCase.read(dir).input());
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
}
