package dev.articleingest.it;

import dev.articleingest.model.Article;
import dev.articleingest.model.ParserVersion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.ingest.IngestResult;

import dev.articleingest.store.ArticleTable;
import dev.articleingest.telemetry.Telemetry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every class of bad input, through S3, the handler and the table: what cannot become an article
 * leaves a rejection record with its reason, a message and the parser version, and does not fail
 * the invocation; what can leaves an article with a warning. Either way the object in S3 is
 * byte-for-byte what was uploaded.
 */
@ExtendWith(LocalStackExtension.class)
class BadInputTest {

  private static final String BODY =
      "The council voted on Wednesday night to fund a full repair of the old harbour bridge,"
          + " ending two years of argument over who should pay for the work. Engineers found"
          + " corrosion in three of its steel girders last autumn.";

  private final LocalStack stack;
  private final LocalLambda handler;

  BadInputTest(LocalStack stack) {
    this.stack = stack;
    this.handler =
        new LocalLambda(stack.dependencies());
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  static Stream<Arguments> rejected() throws IOException {
    byte[] page =
        utf8("<html><body><article><h1>Bridge</h1><p>" + BODY + "</p></article></body></html>");
    byte[] gzipped = gzip(page);
    byte[] brokenUtf8 = Arrays.copyOf(utf8("Café\n\n" + BODY), utf8("Café\n\n" + BODY).length + 1);
    brokenUtf8[brokenUtf8.length - 1] = (byte) 0xFF;
    // Bytes 0x80-0x9F only: no UTF-8 lead byte, and no encoding the detector recognises.
    byte[] unknownLegacy = new byte[200];
    for (int i = 0; i < unknownLegacy.length; i++) {
      unknownLegacy[i] = (byte) (0x80 + i % 0x20);
    }
    return Stream.of(
        Arguments.of("empty", "x/empty.txt", new byte[0], "EMPTY", "empty"),
        Arguments.of(
            "an XML sitemap",
            "x/sitemap.xml",
            utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"
                    + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/a"
                    + "</loc></url></urlset>"),
            "NO_ARTICLE",
            "root element <urlset>"),
        Arguments.of("white space only", "x/blank.txt", utf8(" \n\t\n "), "EMPTY", "white space"),
        Arguments.of(
            "PNG image",
            "x/photo.txt",
            bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            "BINARY",
            "PNG"),
        Arguments.of("PDF", "x/doc.txt", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "BINARY", "PDF"),
        Arguments.of("zip", "x/archive.txt", bytes('P', 'K', 3, 4, 20, 0, 0, 0), "BINARY", "ZIP"),
        Arguments.of(
            "broken UTF-8", "x/broken.txt", brokenUtf8, "INVALID_ENCODING", "broken UTF-8"),
        Arguments.of(
            "legacy bytes no detector recognises",
            "x/legacy.txt",
            unknownLegacy,
            "INVALID_ENCODING",
            "not UTF-8"),
        Arguments.of(
            "truncated gzip",
            "x/page.html.gz",
            Arrays.copyOf(gzipped, gzipped.length / 2),
            "CORRUPT_COMPRESSION",
            "truncated"),
        Arguments.of(
            "gzip bomb",
            "x/bomb.gz",
            gzip(new byte[40 * 1024 * 1024]),
            "DECOMPRESSED_TOO_LARGE",
            "expands to more than"),
        Arguments.of(
            "HTML with no article",
            "x/index.html",
            utf8(
                "<html><body><nav><a href=/a>World news today</a> <a href=/b>Sport news"
                    + " today</a></nav></body></html>"),
            "NO_ARTICLE",
            "no article text"),
        Arguments.of(
            "JSON of the wrong shape",
            "x/a.json",
            utf8("{\"id\": 7, \"status\": \"ok\"}"),
            "WRONG_SHAPE",
            "no article body"),
        Arguments.of(
            "JSON that does not parse",
            "x/b.json",
            utf8("{\"title\": \"T\", \"body\": "),
            "MALFORMED_JSON",
            "does not parse"),
        Arguments.of(
            "text with a headline and no body",
            "x/title.txt",
            utf8("Only a headline"),
            "NO_BODY",
            "no body"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void isRejectedWithARecordAndTheObjectUntouched(
      String name, String key, byte[] content, String reason, String messagePart) {
    S3Events.Upload upload = upload(key, content);

    IngestResult result = handler.results(S3Events.created(List.of(upload)), "test").get(0);

    assertEquals(IngestResult.Outcome.REJECTED, result.outcome(), name + ": " + result);
    assertEquals(reason, result.reason().orElseThrow().name(), name);
    Map<String, AttributeValue> record = TableRows.itemsOf(stack, result.id()).get(0);
    assertEquals(ArticleTable.ENTITY_REJECTION, record.get(ArticleTable.ENTITY).s());
    assertEquals(reason, record.get(ArticleTable.REASON).s());
    String message = record.get(ArticleTable.MESSAGE).s();
    assertTrue(message.contains(messagePart), name + ": " + message);
    assertEquals(
        Integer.toString(ParserVersion.CURRENT), record.get(ArticleTable.PARSER_VERSION).n());
    assertTrue(record.containsKey(ArticleTable.REJECTED_AT));
    assertEquals(key, record.get(ArticleTable.OBJECT_KEY).s());
    assertUntouched(key, content);
  }

  static Stream<Arguments> storedWithAWarning() throws IOException {
    String russian =
        "Новые станции метро\n\nВ пятницу в Москве открылись три новые станции метро на"
            + " северо-востоке города. Новый участок соединил несколько жилых районов с"
            + " кольцевой линией.";
    String deep = "<div>".repeat(50_000) + "<p>" + BODY + "</p>" + "</div>".repeat(50_000);
    return Stream.of(
        Arguments.of(
            "undeclared windows-1251",
            "x/ru.txt",
            russian.getBytes(Charset.forName("windows-1251")),
            "LEGACY_ENCODING"),
        Arguments.of(
            "text with no title line",
            "x/notitle.txt",
            utf8(BODY + " " + "x".repeat(260) + "\n\nMore."),
            "TITLE_GUESSED"),
        Arguments.of(
            "absurd date",
            "x/old.txt",
            utf8("Bridge repairs\n\n1 January 1066 10:00\n\n" + BODY),
            "DATE_IMPLAUSIBLE"),
        Arguments.of(
            "extremely long line",
            "x/long.txt",
            utf8("Bridge repairs\n\n" + (BODY + " ").repeat(5_000)),
            "-"),
        Arguments.of(
            "control characters",
            "x/ctl.txt",
            utf8("Bridge\u0007 repairs\n\n" + BODY.replace(" ", " \u0001")),
            "SHORT_BODY"),
        Arguments.of(
            "deeply nested HTML",
            "x/deep.html",
            utf8("<html><head><title>Deep page</title></head><body>" + deep + "</body></html>"),
            "NO_DATE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storedWithAWarning")
  void isStoredWithAWarningAndTheObjectUntouched(
      String name, String key, byte[] content, String warning) {
    S3Events.Upload upload = upload(key, content);

    IngestResult result = handler.results(S3Events.created(List.of(upload)), "test").get(0);

    assertEquals(IngestResult.Outcome.STORED, result.outcome(), name + ": " + result);
    Article article = result.article().orElseThrow();
    assertTrue(
        warning.equals("-")
            || article.warnings().stream().anyMatch(w -> w.code().name().equals(warning)),
        name + ": " + article.warnings());
    for (String paragraph : article.paragraphs()) {
      assertTrue(paragraph.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL), name);
    }
    assertUntouched(key, content);
  }

  private void assertUntouched(String key, byte[] content) {
    byte[] now =
        stack.s3().getObjectAsBytes(b -> b.bucket(LocalStack.BUCKET).key(key)).asByteArray();
    assertArrayEquals(content, now, key + " changed in S3");
  }

  private S3Events.Upload upload(String key, byte[] content) {
    return Uploads.put(stack, key, content);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
