package dev.articleingest.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.model.Article;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.ParserVersion;
import dev.articleingest.parse.RawInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ScoredTextTest {

  private static final String STANDFIRST =
      "Engineers found the steel supports badly corroded; the work will take a year.";

  private static final String BODY =
      "The city council approved repairs to the old harbour bridge on Thursday.";

  private static Article article(String subtitle, String format) {
    return new Article(
        "example.org",
        null,
        "Council approves bridge repairs",
        subtitle,
        List.of(),
        null,
        null,
        List.of(BODY),
        12,
        "en",
        1,
        "hash",
        ParserVersion.CURRENT,
        format,
        List.of(),
        new Dropped(List.of(), null));
  }

  private static RawInput input(String content, String key) {
    return new RawInput(content.getBytes(StandardCharsets.UTF_8), key, Map.of());
  }

  @Test
  void aStandfirstTheDumpShowsIsScoredBeforeTheBody() {
    // the dump wraps it over two lines: what is shown is compared with its spaces squeezed
    String dump =
        "Council approves bridge repairs\n\n"
            + "Engineers found the steel supports badly corroded;\nthe work will take a year.\n\n"
            + BODY;
    assertEquals(
        STANDFIRST + "\n\n" + BODY,
        ScoredText.of(article(STANDFIRST, "text"), input(dump, "bridge.txt")));
  }

  @Test
  void aPageDescriptionThePageDoesNotShowIsNotScored() {
    String html =
        "<html><head><meta name=\"description\" content=\""
            + STANDFIRST
            + "\"></head><body><h1>Council approves bridge repairs</h1><p>"
            + BODY
            + "</p></body></html>";
    assertEquals(BODY, ScoredText.of(article(STANDFIRST, "html"), input(html, "bridge.html")));
  }

  @Test
  void aStandfirstInAGzippedPagesBodyIsScored() throws IOException {
    String html =
        "<html><body><h1>Council approves bridge repairs</h1><p class=\"dek\">"
            + STANDFIRST
            + "</p><p>"
            + BODY
            + "</p></body></html>";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    RawInput page = new RawInput(gz.toByteArray(), "bridge.html.gz", Map.of());
    assertEquals(STANDFIRST + "\n\n" + BODY, ScoredText.of(article(STANDFIRST, "html"), page));
  }

  @Test
  void withoutAStandfirstOrFromJsonTheBodyAloneIsScored() {
    String json =
        "{\"title\": \"Council approves bridge repairs\", \"summary\": \""
            + STANDFIRST
            + "\", \"body\": \""
            + BODY
            + "\"}";
    assertEquals(BODY, ScoredText.of(article(null, "text"), input(BODY, "bridge.txt")));
    assertEquals(BODY, ScoredText.of(article(STANDFIRST, "json"), input(json, "bridge.json")));
  }
}
