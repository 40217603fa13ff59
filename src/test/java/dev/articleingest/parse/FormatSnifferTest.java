package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

  /** The content checks as first written, whole-head expressions. */
  private static final Pattern HTML_INSIDE = Pattern.compile("(?is).*<(?:html|body)\\b[^>]*>.*");

  private static final Pattern JSON_ARRAY = Pattern.compile("(?s)^\\[\\s*\\{.*");

  @Test
  void contentChecksDecideAsTheWholeHeadExpressions() throws IOException {
    List<String> heads = new ArrayList<>();
    for (Path file : Corpus.files(name -> true)) {
      String text = Corpus.utf8(file);
      heads.add(text.substring(0, Math.min(text.length(), 2048)));
    }
    Random random = new Random(14);
    String[] pieces = {
      "<", ">", "html", "HTML", "body", "Body", "bodyx", " ", "\n", "\t", "[", "{", "]", "x", "<p>"
    };
    for (int i = 0; i < 20_000; i++) {
      heads.add(Generated.text(random, pieces, 0, 10));
    }
    int html = 0;
    int json = 0;
    for (String head : heads) {
      boolean expectedHtml = HTML_INSIDE.matcher(head).matches();
      boolean expectedJson = JSON_ARRAY.matcher(head).matches();
      assertEquals(expectedHtml, FormatSniffer.hasHtmlElement(head), head);
      assertEquals(expectedJson, FormatSniffer.isJsonArrayOfObjects(head), head);
      html += expectedHtml ? 1 : 0;
      json += expectedJson ? 1 : 0;
    }
    assertTrue(html > 200 && json > 50, "html " + html + ", json " + json);
  }
}
