package dev.articleingest.parse.html;

import dev.articleingest.parse.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/** The selectors with a cheap first check select exactly what jsoup's own selectors do. */
class SelectorsTest {

  private static final String NEVER_BODY_AS_WRITTEN =
      String.join(", ", ContentExtractor.NEVER_BODY_TAGS)
          + ", "
          + ContentExtractor.NEVER_BODY_ATTRIBUTES_CSS;

  private static final String[] TAGS = {
    "div", "p", "span", "blockquote", "nav", "footer", "svg", "figure", "section", "aside", "a",
    "em"
  };

  private static final String[] ATTRIBUTES = {
    "class=\"standfirst\"",
    "class=\"Article-Standfirst x\"",
    "class=\"dek lead\"",
    "class=\"twitter-tweet\"",
    "class=\"instagram-media\"",
    "class=\"sub-headline\"",
    "class=\"summary-box\"",
    "class=\"Byline author\"",
    "class=\"post-byline-x\"",
    "class=\"subtıtle\"",
    "class=\"ſummary\"",
    "class=\"article__AUTHOR\"",
    "rel=\"author\"",
    "itemprop=\"author\"",
    "data-testid=\"byline\"",
    "class=\"\"",
    "itemprop=\"description\"",
    "itemprop=\" Description \"",
    "itemprop=\"name\"",
    "hidden",
    "aria-hidden=\"true\"",
    "aria-hidden=\"TRUE\"",
    "aria-hidden=\"false\"",
    "role=\"navigation\"",
    "role=\" Banner\"",
    "role=\"main\"",
    "ROLE=\"alert\"",
    "href=\"/x\"",
    "id=\"lead\"",
    "data-role=\"dialog\""
  };

  @Test
  void selectAsJsoupOnEveryCorpusPage() throws IOException {
    List<Path> pages = Corpus.files(name -> name.endsWith(".html"));
    assertTrue(pages.size() >= 20, "corpus pages: " + pages.size());
    for (Path page : pages) {
      // the structure is what matters here, not the encoding
      String html = new String(Files.readAllBytes(page), StandardCharsets.ISO_8859_1);
      assertSelectAsJsoup(Jsoup.parse(html), page.toString());
    }
  }

  @Test
  void selectAsJsoupOnGeneratedPages() {
    Random random = new Random(23);
    int selected = 0;
    for (int round = 0; round < 2_000; round++) {
      Document doc = Jsoup.parse(generatedPage(random));
      selected += assertSelectAsJsoup(doc, doc.body().html());
    }
    assertTrue(selected > 2_000, "elements selected: " + selected);
  }

  /** Returns how many elements the selectors selected. */
  private static int assertSelectAsJsoup(Document doc, String what) {
    Elements standfirst = doc.select(QueryParser.parse(HtmlMetadata.STANDFIRST_CSS));
    assertEquals(standfirst, doc.select(HtmlMetadata.STANDFIRST), () -> "standfirst in " + what);
    Elements byline =
        doc.select(
            QueryParser.parse(HtmlMetadata.AUTHOR_NAME_CSS + ", " + HtmlMetadata.BYLINE_CSS));
    assertEquals(byline, doc.select(HtmlMetadata.BYLINE), () -> "byline in " + what);
    Elements neverBody = doc.select(QueryParser.parse(NEVER_BODY_AS_WRITTEN));
    assertEquals(neverBody, doc.select(ContentExtractor.NEVER_BODY), () -> "never body in " + what);
    return standfirst.size() + byline.size() + neverBody.size();
  }

  private static String generatedPage(Random random) {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = random.nextInt(40); i > 0; i--) {
      String tag = TAGS[random.nextInt(TAGS.length)];
      html.append('<').append(tag);
      for (int a = random.nextInt(3); a > 0; a--) {
        html.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
      }
      html.append(">text ");
      if (random.nextInt(3) == 0) {
        html.append("</").append(tag).append('>');
      }
    }
    return html.append("</body></html>").toString();
  }
}
