package dev.articleingest.parse;

import dev.articleingest.parse.profile.SourceProfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.WarningCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format detection and the bad-input cases of each format, on the parsing core alone. */
class FormatsTest {

  private static final Extractor EXTRACTOR = Extractor.withBundledProfiles();

  private static final String BODY =
      "The council voted on Wednesday night to fund a full repair of the old harbour bridge,"
          + " ending two years of argument over who should pay for the work. Engineers found"
          + " corrosion in three of its steel girders last autumn.";

  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Bridge repairs approved | Gazette</title></head><body>"
          + "<nav><a href=/>Home</a></nav><article><h1>Bridge repairs approved</h1><p>"
          + BODY
          + "</p><p>"
          + BODY
          + "</p></article></body></html>";

  private static Article extract(byte[] bytes, String key) {
    return EXTRACTOR.extract(new RawInput(bytes, key, Map.of()));
  }

  private static InputRejectedException rejected(byte[] bytes, String key) {
    return assertThrows(InputRejectedException.class, () -> extract(bytes, key));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sniffsTheFormatFromTheContentWhateverTheName() {
    assertEquals("html", extract(utf8(PAGE), "x/page.txt").format());
    assertEquals(
        "json", extract(utf8("{\"title\":\"T\",\"body\":\"" + BODY + "\"}"), "x/a.txt").format());
    assertEquals("text", extract(utf8("Title\n\n" + BODY), "x/a.html.txt").format());
    assertEquals("Bridge repairs approved", extract(utf8(PAGE), "x/page").title());
  }

  @Test
  void readsGzipByItsMagicNumber() throws IOException {
    Article plain = extract(utf8(PAGE), "x/page.html");
    Article zipped = extract(gzip(utf8(PAGE)), "x/page.html.gz");
    assertEquals(plain.contentHash(), zipped.contentHash());
    assertEquals("html", zipped.format());
  }

  @Test
  void rejectsTruncatedGzip() throws IOException {
    byte[] whole = gzip(utf8(PAGE));
    InputRejectedException e = rejected(Arrays.copyOf(whole, whole.length / 2), "x/page.gz");
    assertEquals(RejectionReason.CORRUPT_COMPRESSION, e.reason());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void stopsDecompressingAGzipBombAtTheLimit() throws IOException {
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]); // 64 MiB of zeros, about 64 KB compressed
    Extractor small = new Extractor(SourceProfiles.bundled(), 1024 * 1024);
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> small.extract(new RawInput(bomb, "x/bomb.gz", Map.of())));
    assertEquals(RejectionReason.DECOMPRESSED_TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("1048576"), e.getMessage());
    assertTrue(bomb.length < 100_000, "the bomb is small: " + bomb.length);
  }

  @Test
  void anArticleTheMarkupPutsWhereChromeSitsIsReadFromThePagesVisibleText() {
    // the whole story in an <aside> (some templates do this), which the markup's rules drop
    String second =
        "The repairs will close the bridge to traffic for eight months from June, and a ferry"
            + " will carry foot passengers across the harbour while the work goes on.";
    String third =
        "Traders on both banks said they would rather lose some custom for a summer than see the"
            + " bridge closed for good, and most of those who spoke at the meeting agreed.";
    String page =
        "<html><head><title>Bridge repairs approved</title></head><body>"
            + "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
            + "<aside class=gallery><h1>Bridge repairs approved</h1><p>"
            + BODY
            + "</p><p>"
            + second
            + "</p><p>"
            + third
            + "</p></aside><footer><a href=/about>About us</a></footer></body></html>";

    Article article = extract(utf8(page), "x/bridge.html");

    String body = String.join("\n", article.paragraphs());
    assertTrue(body.contains(BODY) && body.contains(second) && body.contains(third), body);
    assertTrue(!body.contains("Home") && !body.contains("About us"), body);
    assertTrue(
        article.warnings().stream().anyMatch(w -> w.code() == WarningCode.BODY_FROM_VISIBLE_TEXT),
        article.warnings()::toString);
  }

  @Test
  void rejectsAnHtmlPageWithNoArticle() {
    String index =
        "<html><body><nav><a href=/a>World</a> <a href=/b>Sport</a></nav><ul>"
            + "<li><a href=/1>First headline of the day on the index page</a></li>"
            + "<li><a href=/2>Second headline of the day on the index page</a></li>"
            + "</ul><footer>© Gazette</footer></body></html>";
    InputRejectedException e = rejected(utf8(index), "x/index.html");
    assertEquals(RejectionReason.NO_ARTICLE, e.reason());
    assertEquals("html", e.format());
  }

  @Test
  void survivesDeeplyNestedHtml() {
    String deep = "<div>".repeat(100_000) + "<p>" + BODY + "</p>" + "</div>".repeat(100_000);
    String page = "<html><head><title>Deep page</title></head><body>" + deep + "</body></html>";
    Article article =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extract(utf8(page), "x/deep.html"));
    assertEquals("Deep page", article.title());
  }

  @Test
  void staysLinearWhenEveryLevelOfADeepPageHoldsText() {
    StringBuilder page = new StringBuilder("<html><head><title>Deep prose</title></head><body>");
    for (int i = 0; i < 20_000; i++) {
      page.append("<div>Level ").append(i).append(" of the council's long report, with commas, ");
    }
    page.append("</body></html>");
    Article article =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> extract(utf8(page.toString()), "x/deep-text.html"));
    assertEquals("Deep prose", article.title());
  }

  @Test
  void rejectsJsonOfTheWrongShapeSayingWhatItFound() {
    InputRejectedException noBody = rejected(utf8("{\"id\": 7, \"status\": \"ok\"}"), "x/a.json");
    assertEquals(RejectionReason.WRONG_SHAPE, noBody.reason());
    assertTrue(noBody.getMessage().contains("id, status"), noBody.getMessage());
    assertEquals(
        RejectionReason.WRONG_SHAPE,
        rejected(utf8("[{\"body\":\"a\"},{\"body\":\"b\"}]"), "x/a.json").reason());
    assertEquals(RejectionReason.WRONG_SHAPE, rejected(utf8("42"), "x/a.json").reason());
    InputRejectedException malformed = rejected(utf8("{\"title\": \"T\", \"body\": "), "x/a.json");
    assertEquals(RejectionReason.MALFORMED_JSON, malformed.reason());
  }

  @Test
  void rejectsJsonNestedBeyondTheParsersLimit() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertEquals(RejectionReason.MALFORMED_JSON, rejected(utf8(deep), "x/deep.json").reason());
  }

  @Test
  void flagsImplausibleAndFutureDates() {
    Article ancient = extract(utf8("Title\n\n1 January 1066 10:00\n\n" + BODY), "x/a.txt");
    assertNull(ancient.published());
    assertTrue(codes(ancient).contains("DATE_IMPLAUSIBLE"), ancient.warnings().toString());

    Article future =
        EXTRACTOR.extract(
            new RawInput(
                utf8("Title\n\n2031-05-01T10:00:00Z\n\n" + BODY),
                "x/a.txt",
                Map.of(),
                null,
                Instant.parse("2024-01-01T00:00:00Z")));
    assertTrue(codes(future).contains("DATE_IN_FUTURE"), future.warnings().toString());
    assertEquals(Instant.parse("2031-05-01T10:00:00Z"), future.published().instant());
  }

  @Test
  void flagsLookAlikeLettersFromAnotherScript() {
    Article article = extract(utf8("Title\n\n" + BODY.replace("council", "cоuncil")), "x/a.txt");
    assertTrue(codes(article).contains(WarningCode.MIXED_SCRIPTS.name()));
  }

  @Test
  void detectsTheLanguageWithTheDetectorsConfidence() {
    Article english = extract(utf8("Title\n\n" + BODY), "x/a.txt");
    assertEquals("en", english.language());
    assertTrue(english.languageConfidence() > 0.5, "confidence " + english.languageConfidence());
    Article german =
        extract(
            utf8(
                "Titel\n\nDer Stadtrat hat am Mittwochabend beschlossen, die alte Hafenbrücke"
                    + " vollständig zu sanieren. Damit endet ein zweijähriger Streit darüber, wer"
                    + " die Arbeiten bezahlen soll."),
            "x/a.txt");
    assertEquals("de", german.language());
  }

  @Test
  void aUserProfilesFileExtendsTheBundledOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("profiles.json");
    Files.writeString(
        file,
        "{\"sources\": {\"gazette.example\": {\"zone\": \"Europe/Paris\","
            + " \"boilerplate\": [\"gazette daily\"]}},"
            + " \"json\": {\"body\": [\"story.copy\"]}}");
    Extractor extended = new Extractor(SourceProfiles.bundledWith(file));
    Article text =
        extended.extract(
            new RawInput(
                utf8("Title\n\n12.02.2022 16:59\n\nGazette Daily\n\n" + BODY),
                "gazette.example/a.txt",
                Map.of()));
    assertEquals(Instant.parse("2022-02-12T15:59:00Z"), text.published().instant());
    assertEquals(1, text.paragraphs().size(), "the profile's chrome line is dropped");
    Article json =
        extended.extract(
            new RawInput(
                utf8("{\"title\":\"T\",\"story\":{\"copy\":\"" + BODY + "\"}}"),
                "x/a.json",
                Map.of()));
    assertEquals(BODY, json.paragraphs().get(0));
    // the bundled source profiles are still there
    assertEquals(
        "Europe/Moscow",
        extended
            .extract(
                new RawInput(utf8("T\n\n12.02.2022 16:59\n\n" + BODY), "rt.com/a.txt", Map.of()))
            .published()
            .zone()
            .getId());
  }

  private static java.util.List<String> codes(Article article) {
    return article.warnings().stream().map(w -> w.code().name()).toList();
  }
}
