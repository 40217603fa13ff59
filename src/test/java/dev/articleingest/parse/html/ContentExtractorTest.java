package dev.articleingest.parse.html;

import dev.articleingest.parse.authors.Bylines;

import dev.articleingest.parse.Corpus;
import dev.articleingest.parse.Generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

  private static final String[] PIECES = {
    "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "x", ""
  };

  @Test
  void measuresTextWithWhiteSpaceRunsCountedOnceAsTheRegexDoes() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      String s = Generated.text(random, PIECES, 0, 12);
      assertEquals(
          s.replaceAll("\\s+", " ").length(),
          ContentExtractor.collapsedLength(s),
          () -> "for " + s);
    }
  }

  /** What jsoup's text() and String.strip treat specially, and what they do not. */
  private static final String[] TEXT_NODE_PIECES = {
    "word", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u00A0\u00A0", "\u200B", "\u00AD",
    "\u2003", "\u3000", "\u2028", "\u001F", "\u2007", "\u202F", "\uD83D\uDE00", "\uD800", "\uDC00", "é",
    "\u200D", ""
  };

  @Test
  void measuresATextNodeAsItsStrippedTextIsLong() throws IOException {
    Random random = new Random(30);
    for (int round = 0; round < 50_000; round++) {
      TextNode node = new TextNode(Generated.text(random, TEXT_NODE_PIECES, 0, 10));
      assertEquals(
          node.text().strip().length(),
          ContentExtractor.visibleLength(node.getWholeText()),
          () -> "for " + node.getWholeText().codePoints().boxed().toList());
    }
    int nodes = 0;
    for (Path page : Corpus.files(name -> name.endsWith(".html"))) {
      for (Element e : Jsoup.parse(Corpus.utf8(page)).getAllElements()) {
        for (TextNode node : e.textNodes()) {
          assertEquals(
              node.text().strip().length(),
              ContentExtractor.visibleLength(node.getWholeText()),
              () -> page + ": " + node.getWholeText());
          nodes++;
        }
      }
    }
    assertTrue(nodes > 1000, "text nodes on the corpus pages: " + nodes);
  }

  @Test
  void measuresParagraphAndLinkTextOfEveryElement() {
    Element body =
        Jsoup.parse(
                "<body><div id=main><p>Twelve chars</p><p>  <a href=/x>link</a> and\u00A0 more </p>"
                    + "<ul id=list><li><p>nested item</p></li><li>loose</li></ul></div>"
                    + "<div id=links><a href=/a>first link</a> <a href=/b>second</a></div>"
                    + "<div id=empty><span> </span></div><div id=plain>plain <b>bold</b> words</div>"
                    + "</body>")
            .body();
    ContentExtractor.Measures m = new ContentExtractor.Measures(body);
    Element main = body.getElementById("main");
    // each text node stripped: "Twelve chars" 12, "link" 4 and "and more" 8, "nested item" 11
    // (counted for its p and again for its li), "loose" 5
    assertEquals(12 + (4 + 8) + 11 + 11 + 5, m.paragraphText(main));
    assertEquals(11 + 11 + 5, m.paragraphText(body.getElementById("list")));
    assertEquals(4.0 / (12 + 4 + 8 + 11 + 5), m.linkDensity(main), 1e-9);
    assertEquals(1.0, m.linkDensity(body.getElementById("links")), 1e-9);
    // no paragraph under it: its own text nodes stand in, "plain " and " words" run together
    assertEquals("plain  words".length(), m.paragraphText(body.getElementById("plain")));
    assertEquals(0, m.paragraphText(body.getElementById("empty")));
    assertEquals(0, m.linkDensity(body.getElementById("empty")));
  }

  private static final String[] TREE_TAGS = {"div", "p", "li", "a", "span", "blockquote", "h2"};

  @Test
  void measuresAfterRemovalsAreTheMeasuresOfWhatIsLeft() {
    Random random = new Random(31);
    int compared = 0;
    for (int round = 0; round < 500; round++) {
      StringBuilder html = new StringBuilder("<body>");
      generatedTree(random, html, 0);
      Element body = Jsoup.parse(html.append("</body>").toString()).body();
      ContentExtractor.Measures kept = new ContentExtractor.Measures(body);
      java.util.List<Element> removed = new java.util.ArrayList<>();
      for (Element e : body.getAllElements()) {
        boolean underRemoved = removed.stream().anyMatch(r -> e.parents().contains(r));
        if (e != body && !underRemoved && random.nextInt(6) == 0) {
          removed.add(e);
        }
      }
      for (Element e : removed) {
        kept.remove(e);
        e.remove();
      }
      ContentExtractor.Measures fresh = new ContentExtractor.Measures(body);
      for (Element e : body.getAllElements()) {
        String where = e.cssSelector() + " in " + body.html();
        assertEquals(fresh.text(e), kept.text(e), where);
        assertEquals(fresh.paragraphText(e), kept.paragraphText(e), where);
        assertEquals(fresh.linkDensity(e), kept.linkDensity(e), where);
        compared++;
      }
    }
    assertTrue(compared > 5_000, "elements compared: " + compared);
  }

  /** Nested paragraphs, lists and links (some within the page) with text between them. */
  private static void generatedTree(Random random, StringBuilder html, int depth) {
    for (int i = random.nextInt(4); i >= 0; i--) {
      if (random.nextBoolean()) {
        html.append(" words ".repeat(1 + random.nextInt(3)));
      }
      if (depth < 4) {
        String tag = TREE_TAGS[random.nextInt(TREE_TAGS.length)];
        String attributes =
            tag.equals("a") ? (random.nextBoolean() ? " href=#note" : " href=/away") : "";
        html.append('<').append(tag).append(attributes).append('>');
        generatedTree(random, html, depth + 1);
        html.append("</").append(tag).append('>');
      }
    }
  }

  private static final String[] NAME_PIECES = {
    "share",
    "Share",
    "sharebar",
    "ad",
    "ads",
    "adslot",
    "related",
    "post",
    "body",
    "article",
    "content",
    "x",
    "-",
    "_",
    "--",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00A0",
    "pull",
    "quote",
    "nav",
    "navx",
    "comment",
    "comments",
    "byline",
    "cookie",
    "main",
    "entry",
    "sr",
    "only",
    "é",
    ""
  };

  @Test
  void findsChromeNamesAsTheRegularExpressionsDid() {
    Pattern tokenSplit = Pattern.compile("[\\s_-]+");
    Random random = new Random(13);
    int chrome = 0;
    for (int round = 0; round < 50_000; round++) {
      String s = Generated.text(random, NAME_PIECES, 0, 8).toLowerCase(java.util.Locale.ROOT);
      boolean expected =
          Arrays.stream(tokenSplit.split(s)).anyMatch(ContentExtractor.CHROME_TOKENS::contains)
              || Arrays.stream(s.split("\\s+"))
                  .anyMatch(w -> ContentExtractor.CHROME_PREFIXES.stream().anyMatch(w::startsWith));
      assertEquals(expected, ContentExtractor.isChromeName(s), () -> "for " + s);
      chrome += expected ? 1 : 0;
    }
    assertTrue(chrome > 10_000 && chrome < 40_000, "both outcomes are exercised: " + chrome);
  }

  private static final String[] BYLINE_PIECES = {
    "By ",
    "by ",
    "Jane Doe",
    "John  Smith",
    "Ann-Marie O’Neil",
    " and ",
    ", ",
    " & ",
    "; ",
    " | ",
    "Reuters",
    "AP",
    " in London",
    " in New York",
    "Staff Writer",
    "\u00A0",
    " ",
    "von ",
    "Anna",
    "Email",
    "@jane",
    " - ",
    "de la Cruz",
    "."
  };

  @Test
  void namesInABylineWithoutParenthesesAreSubstringsOfIt() {
    // isHeaderLine skips Bylines.names for lines that hold none of the authors on this ground
    Random random = new Random(17);
    int withNames = 0;
    for (int round = 0; round < 20_000; round++) {
      String s = Generated.text(random, BYLINE_PIECES, 1, 7);
      for (String name : Bylines.names(s)) {
        assertTrue(s.contains(name), () -> name + " in " + s);
        withNames++;
      }
    }
    assertTrue(withNames > 5_000, "names were found: " + withNames);
  }
}
