package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DynamoDB's limits (400 KB an item, 2,048 bytes an index partition key, no empty index key) met
 * by construction: inputs that once made every retry fail are stored, with a warning, through the
 * real write path into DynamoDB Local; each cap is tested at and past its edge.
 */
@ExtendWith(LocalStackExtension.class)
class ItemLimitsTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static final String SENTENCE =
      "The council voted on Wednesday night to fund a full repair of the old harbour bridge. ";

  private final LocalStack stack;
  private final LocalLambda function;

  ItemLimitsTest(LocalStack stack) {
    this.stack = stack;
    this.function = new LocalLambda(stack.dependencies());
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  private IngestResult ingest(String key, byte[] content) {
    return function.result(S3Events.created(List.of(Uploads.put(stack, key, content))), "limits");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(String title, String url) {
    return "{\"title\": \""
        + title
        + "\", "
        + (url == null ? "" : "\"url\": " + url + ", ")
        + "\"body\": \""
        + SENTENCE.repeat(8)
        + "\"}";
  }

  static Stream<Arguments> onceFailedEveryRetry() {
    StringBuilder quotes = new StringBuilder("Headline\n\n");
    for (int i = 0; i < 12_000; i++) {
      quotes.append("\u201CAn unbalanced quote number ").append(i).append(" in the text.\n\n");
    }
    StringBuilder chrome = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      chrome.append("Share\n");
    }
    chrome.append("\nHeadline\n\n").append(SENTENCE.repeat(8));
    String longUrl = "\"https://example.org/" + "a".repeat(3000) + "\"";
    return Stream.of(
        Arguments.of("12,000 paragraphs with an unbalanced quote", "x/quotes.txt", quotes.toString()),
        Arguments.of("a JSON title of 450,000 characters", "x/title.json", json("T".repeat(450_000), null)),
        Arguments.of("40,000 lines of chrome", "x/chrome.txt", chrome.toString()),
        Arguments.of("a JSON url of 3,000 characters", "x/url.json", json("Headline", longUrl)),
        Arguments.of(
            "an HTML canonical link of 3,000 characters",
            "x/canonical.html",
            "<html><head><title>Headline</title><link rel=\"canonical\" href=\"https://example.org/"
                + "a".repeat(3000)
                + "\"></head><body><article><h1>Headline</h1><p>"
                + SENTENCE.repeat(8)
                + "</p></article></body></html>"),
        Arguments.of("a JSON url that is an empty string in a list", "x/empty-url.json", json("Headline", "[\"\"]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onceFailedEveryRetry")
  void isStoredWithAWarningInsteadOfFailingEveryRetry(String name, String key, String content) {
    IngestResult result = ingest(key, utf8(content));

    assertTrue(result.stored(), name + ": " + result);
    StoredArticle stored =
        stack.queries().getWithBody(result.id()).orElseThrow();
    assertEquals(result.article().orElseThrow().contentHash(), stored.article().contentHash());
    assertTrue(
        stored.article().warnings().stream()
            .anyMatch(w -> w.code() == WarningCode.FIELD_LIMITED || w.detail().contains("more")),
        name + ": " + stored.article().warnings());
  }

  @Test
  void aTitleOfTheMaximumLengthIsKeptWholeAndOneCharacterMoreIsCut() {
    String edge = "T".repeat(250);
    ArticleMetadata kept = stored(ingest("x/t250.json", utf8(json(edge, null))));
    assertEquals(edge, kept.title());
    assertTrue(codes(kept).stream().noneMatch(c -> c == WarningCode.FIELD_LIMITED));

    ArticleMetadata cut = stored(ingest("x/t251.json", utf8(json(edge + "U", null))));
    assertEquals(250, cut.title().length());
    assertTrue(codes(cut).contains(WarningCode.FIELD_LIMITED));
  }

  @Test
  void aUrlOfTheIndexKeyLimitIsIndexedAndOneByteMoreIsLeftOut() {
    String prefix = "https://example.org/";
    String edge = prefix + "a".repeat(1024 - prefix.length());
    ArticleMetadata kept = stored(ingest("x/u1024.json", utf8(json("Headline", "\"" + edge + "\""))));
    assertEquals(edge, kept.url());
    assertEquals(1, stack.queries().findByUrl(edge).size());

    ArticleMetadata left = stored(ingest("x/u1025.json", utf8(json("Headline", "\"" + edge + "b\""))));
    assertNull(left.url());
    assertTrue(codes(left).contains(WarningCode.FIELD_LIMITED));
  }

  @Test
  void warningsOfOneCodeAreCountedPastThree() {
    StringBuilder text = new StringBuilder("Headline\n\n");
    for (int i = 0; i < 10; i++) {
      text.append("\u201CAn unbalanced quote number ").append(i).append(" in the text.\n\n");
    }
    IngestResult result = ingest("x/ten.txt", utf8(text.toString()));
    List<Warning> quotes =
        stack.queries().getWithBody(result.id()).orElseThrow().article().warnings().stream()
            .filter(w -> w.code() == WarningCode.UNBALANCED_QUOTES)
            .toList();
    assertEquals(4, quotes.size(), quotes.toString());
    assertEquals("and 7 more UNBALANCED_QUOTES warnings like these", quotes.get(3).detail());

    // META, which get reads, holds the first of each code and how many the body item lists
    List<Warning> inMeta =
        stored(result).warnings().stream()
            .filter(w -> w.code() == WarningCode.UNBALANCED_QUOTES)
            .toList();
    assertEquals(quotes.get(0), inMeta.get(0));
    assertEquals(
        "and 3 more UNBALANCED_QUOTES warnings, listed with the article's body",
        inMeta.get(1).detail());
    assertEquals(2, inMeta.size(), inMeta.toString());
  }

  @Test
  void theDroppedLinesAndEveryWarningAreReadWithTheBody() {
    String page =
        "Home\nNews\nSport\nHeadline of the report\n\n\u201CAn unbalanced quote opens here.\n\n"
            + SENTENCE.repeat(3);
    IngestResult result = ingest("x/dropped.txt", utf8(page));
    StoredArticle whole = stack.queries().getWithBody(result.id()).orElseThrow();
    assertTrue(
        !whole.article().dropped().boilerplate().isEmpty() && !whole.article().warnings().isEmpty(),
        whole.article().dropped() + " " + whole.article().warnings());
    assertEquals(result.article().orElseThrow().dropped(), whole.article().dropped());
    assertEquals(result.article().orElseThrow().warnings(), whole.article().warnings());
    assertTrue(stored(result).dropped().boilerplate().isEmpty(), "META holds no dropped lines");
  }

  @Test
  void bidiControlsAreRemovedFromTheTitleWithAWarning() {
    ArticleMetadata stored = stored(ingest("x/bidi.json", utf8(json("Safe\u202Etxt.exe title", null))));
    assertEquals("Safetxt.exe title", stored.title());
    assertTrue(codes(stored).contains(WarningCode.BIDI_CONTROLS));
  }

  /** Random field values through the real write path: none may fail an invocation. */
  @Test
  void randomFieldValuesNeverFailAnInvocation() {
    Random random = new Random(18);
    String[] pieces = {
      "", " ", "a", "é", "\u202E", "\u2066", "\"", "\\", "\n", "\u0000", "😀", "ß", "\u200B",
      "https://", "<b>", "By ", "12 Feb 2022", "\t", "\u00A0", "x".repeat(300), "Ж".repeat(900)
    };
    int stored = 0;
    for (int n = 0; n < 60; n++) {
      com.fasterxml.jackson.databind.node.ObjectNode article = JSON.createObjectNode();
      article.put("title", randomText(random, pieces, random.nextInt(400)));
      article.put("url", randomText(random, pieces, random.nextInt(60)));
      article.putArray("authors").add(randomText(random, pieces, random.nextInt(40))).add("x");
      article.put(
          "body",
          SENTENCE.repeat(1 + random.nextInt(20)) + randomText(random, pieces, random.nextInt(200)));
      IngestResult result = ingest("random/" + n + ".json", utf8(article.toString()));
      // rejections (a JSON value that does not parse) are fine; a failure would have thrown
      if (result.stored()) {
        stored++;
        assertTrue(stack.queries().getWithBody(result.id()).isPresent());
      }
    }
    assertTrue(stored > 30, "most random articles were stored: " + stored);
  }

  private static String randomText(Random random, String[] pieces, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    return out.toString();
  }

  private ArticleMetadata stored(IngestResult result) {
    assertTrue(result.stored(), result.toString());
    return stack.queries().get(result.id()).orElseThrow();
  }

  private static List<WarningCode> codes(ArticleMetadata article) {
    List<WarningCode> codes = new ArrayList<>();
    article.warnings().forEach(w -> codes.add(w.code()));
    return codes;
  }
}
