package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleingest.cli.ArticleJson;
import dev.articleingest.evaluation.CorpusCase;
import dev.articleingest.model.Article;
import dev.articleingest.parse.profile.SourceProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * extend the bundled file); expected.json holds every field {@code parse} prints for it (besides
 * {@code _about} and {@code notes}), and the parse must print exactly those fields with exactly
 * those values: a field added to the output fails every case until the files are updated.
 *
 * <p>The expected files of the written corpus began as ground truth made by tools/corpus/build.py
 * from the article texts. Run with {@code -Dgolden.update=true} to rewrite each expected.json from
 * the parser's output (keeping {@code _about} and {@code notes}), so any change in output, a new
 * field included, shows up as a reviewable diff.
 */
class GoldenFilesTest {

  static final Path ROOT = Path.of("src/test/resources/golden");
  private static final Set<String> NOT_PINNED = Set.of("_about", "notes");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two-space indents, one array element a line, {@code "key": value}: diffs read line by line. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
          .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
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
      ObjectNode updated = JSON.createObjectNode();
      if (expected.has("_about")) {
        updated.put(
            "_about",
            expected
                .get("_about")
                .asText()
                .replace(" Fields not listed here are not pinned by this file.", ""));
      }
      updated.setAll((ObjectNode) actual);
      if (expected.has("notes")) {
        updated.set("notes", expected.get("notes"));
      }
      Files.writeString(
          dir.resolve("expected.json"),
          JSON.writer(PRETTY).writeValueAsString(updated) + "\n",
          StandardCharsets.UTF_8);
      return;
    }
    ObjectNode pinned = expected.deepCopy();
    pinned.remove(NOT_PINNED);
    for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      assertTrue(pinned.has(field), dir + ": expected.json does not pin the field " + field);
    }
    for (Iterator<String> it = pinned.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      assertTrue(actual.has(field), dir + ": the parse has no field " + field);
      assertEquals(pinned.get(field), actual.get(field), dir + ": field " + field);
    }
  }
}
