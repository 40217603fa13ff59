package dev.articleingest.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlParserTest {

  private static final String TEASER =
      "Apple has shipped a bundle of security fixes with Wednesday's updates, for older systems"
          + " too. More…";

  private static final String PROSE =
      "The council voted on Wednesday night to fund a full repair of the old harbour bridge, as"
          + " the engineers' report had urged.";

  @Test
  void aParagraphThatIsMostlyLinksIsATeaser() {
    // the teaser as sites write it: its summary a link, a "More…" link inside that link
    Set<String> links =
        HtmlParser.linkTexts(
            Jsoup.parse(
                    "<div class=teasers><p><a href=/a>Apple has shipped a bundle of security fixes"
                        + " with Wednesday's updates, for older systems too. <a href=/a>More…</a>"
                        + "</a></p></div><article><p>The council voted on Wednesday night to fund a"
                        + " full repair of the old <a href=/bridge>harbour bridge</a>, as the"
                        + " engineers' report had urged.</p></article>")
                .body());
    assertTrue(links.contains(TEASER), links::toString);
    assertFalse(links.contains(PROSE), links::toString);
    assertTrue(links.contains("harbour bridge"));
  }
}
