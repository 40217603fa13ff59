package dev.articleingest.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.parse.profile.SourceProfile;
import dev.articleingest.parse.profile.SourceProfiles;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Kinds of page whose article sits in a wrapper that is chrome on most pages: each is written the
 * way its CMS writes it, with a sidebar and a comment thread that outweigh or rival the article.
 */
class PageKindsTest {

  private static final SourceProfile PROFILE = SourceProfiles.bundled().forSource("example.com");

  private static final String PROSE =
      "The council voted on Wednesday night to fund a full repair of the old harbour bridge,"
          + " ending two years of argument over who should pay for the work.";

  private static final String MORE =
      "Engineers found corrosion in three of its steel girders last autumn, and the crossing has"
          + " been closed to lorries since then, to the anger of traders on the quay.";

  private static String article() {
    return "<p>" + PROSE + "</p><p>" + MORE + "</p><p>" + PROSE + " " + MORE + "</p>";
  }

  /** A reader comment thread longer than the article, as blog engines print it. */
  private static String comments(int count) {
    StringBuilder thread = new StringBuilder("<div id=comments class=comments-area><ol>");
    for (int i = 0; i < count; i++) {
      thread
          .append("<li class=\"comment even depth-1\" id=comment-")
          .append(i)
          .append("><p>I have crossed that bridge every day for thirty years, and nobody ever")
          .append(" asked us, the people who live here, what we thought of the plans.</p></li>");
    }
    return thread.append("</ol></div>").toString();
  }

  private static final String SIDEBAR =
      "<div class=sidebar><p>Sign up to our weekly letter of local news, sent every Friday"
          + " morning, with the week's planning decisions.</p></div>";

  private static List<String> extract(String body) {
    return ContentExtractor.extract(
        Jsoup.parse("<html><body>" + body + "</body></html>"),
        "Bridge repairs approved",
        null,
        List.of(),
        PROFILE);
  }

  private static void assertArticle(List<String> paragraphs) {
    assertEquals(List.of(PROSE, MORE, PROSE + " " + MORE), paragraphs);
  }

  @Test
  void keepsAPageThatIsOneAspNetForm() {
    assertArticle(
        extract(
            "<form id=aspnetForm method=post><input type=hidden name=__VIEWSTATE value=x>"
                + "<div id=main>"
                + article()
                + "</div><form class=search><p>Search the archive of past editions by date</p>"
                + "</form></form>"));
  }

  @Test
  void dropsASmallFormStill() {
    List<String> paragraphs =
        extract(
            "<div>"
                + article()
                + "</div><form class=contact><p>Write to the editor about this story"
                + " with your name and town</p></form>");
    assertArticle(paragraphs);
  }

  @Test
  void keepsAPageWhoseTextIsAllInNoscript() {
    assertArticle(extract("<noscript><div class=content>" + article() + "</div></noscript>"));
  }

  @Test
  void keepsAWordPressPostWhoseClassesNameItsTagsAndAuthor() {
    assertArticle(
        extract(
            "<main><article id=post-7 class=\"post-7 post type-post status-publish hentry"
                + " category-news tag-bridge tag-comments author-jane\"><div class=entry-content>"
                + article()
                + "</div></article>"
                + comments(12)
                + "</main>"
                + SIDEBAR));
  }

  @Test
  void keepsABloggerPostInsideItsBlogWidget() {
    assertArticle(
        extract(
            "<div class=\"widget Blog\" id=Blog1><div class=\"post hentry\"><div"
                + " class=\"post-body entry-content\">"
                + article()
                + "</div></div></div><div class=\"widget PopularPosts\">"
                + SIDEBAR.repeat(6)
                + "</div>"));
  }

  /**
   * A story the template split into two boxes of one class under different wrappers (its opening
   * above a full-width ad row, the rest below) is one body; a teaser in a box of that class, whose
   * linked headline makes it mostly link text, is not part of it.
   */
  @Test
  void joinsAStorySplitIntoBoxesOfOneClassUnderDifferentWrappers() {
    String rest = PROSE + " " + MORE;
    String last = MORE + " " + PROSE;
    List<String> paragraphs =
        extract(
            "<div class=row><div class=column><div class=story-text><p>"
                + PROSE
                + "</p><p>"
                + MORE
                + "</p></div></div></div>"
                + "<div class=\"row ad-row\"><div class=slot>Advertisement</div></div>"
                + "<div class=row><div class=column><div class=wrap><div class=story-text><p>"
                + rest
                + "</p><p>"
                + last
                + "</p><p>"
                + PROSE
                + "</p></div></div></div></div>"
                + "<div class=more><div class=story-text><p><a href=/news/9>Harbour dredging to"
                + " start in spring after a long delay, the port authority said on Tuesday, as"
                + " traders on the quay complain of the silt and the cost of the lorries'"
                + " detour</a> Read the whole story.</p></div></div>");
    assertEquals(List.of(PROSE, MORE, rest, last, PROSE), paragraphs);
  }

  /** An article element whose class names it an article is one, whatever its other names say. */
  @Test
  void keepsAnArticleElementWhoseClassAlsoNamesAnAuthor() {
    StringBuilder latest = new StringBuilder("<div class=latest-news>");
    for (int i = 0; i < 8; i++) {
      latest.append("<p><a href=/news/").append(i).append(">Harbour dredging to start in spring")
          .append(" after a long delay, the port authority said on Tuesday</a></p>");
    }
    assertArticle(
        extract(
            "<article class=author-article><h1>Bridge repairs approved</h1>"
                + article()
                + "</article>"
                + latest.append("</div>")));
  }

  /**
   * A page's description often repeats the story's first paragraph: that paragraph stays in the
   * body. A standfirst (a headline's second line, no sentence) repeated in the body does not.
   */
  @Test
  void keepsTheFirstParagraphTheDescriptionRepeatsButNotAStandfirstLine() {
    String page =
        "<div class=story><p>Harbour bridge to be mended at last</p>" + article() + "</div>";
    assertArticle(
        ContentExtractor.extract(
            Jsoup.parse("<html><body>" + page + "</body></html>"),
            "Bridge repairs approved",
            PROSE,
            List.of(),
            PROFILE)
            .subList(1, 4));
    assertArticle(
        ContentExtractor.extract(
            Jsoup.parse("<html><body>" + page + "</body></html>"),
            "Bridge repairs approved",
            "Harbour bridge to be mended at last",
            List.of(),
            PROFILE));
  }

  /**
   * Documentation tools and many CMSs give each section an id made from its heading; a heading
   * may use any word, "sharing" or "comments" too, and its section is still the article's.
   */
  @Test
  void keepsSectionsWhoseIdsAreMadeFromTheirHeadings() {
    List<String> paragraphs =
        extract(
            "<div class=section id=repairing-the-bridge><h1>Repairing the bridge</h1><p>"
                + PROSE
                + "</p><div class=section id=sharing-the-cost-with-the-port><h2>Sharing the cost"
                + " with the port\u00B6</h2><p>"
                + MORE
                + "</p></div><div class=section id=comments-from-the-quay><h2>Comments from the"
                + " quay</h2><p>"
                + PROSE
                + " "
                + MORE
                + "</p></div></div>"
                + SIDEBAR.repeat(6));
    assertEquals(
        List.of(
            "Repairing the bridge",
            PROSE,
            "Sharing the cost with the port\u00B6",
            MORE,
            "Comments from the quay",
            PROSE + " " + MORE),
        paragraphs);
  }

  /** An id of a role stays one, headed or not, and so does one that is not its heading's. */
  @Test
  void stillDropsChromeNamedByAnIdThatIsNoHeadingsAnchor() {
    assertArticle(
        extract(
            "<div class=story>"
                + article()
                + "</div><div id=comments-from-readers><h2>Comments</h2>"
                + "<p>I have crossed that bridge every day for thirty years, and nobody ever asked"
                + " us what we thought.</p></div><div id=related-stories><h2>Related stories</h2>"
                + "<p>Harbour dredging to start in spring after a long delay, the port says.</p>"
                + "</div>"));
    assertTrue(
        ContentExtractor.isHeadingAnchor(
            Jsoup.parse("<section id=share-this-page-now><h2>Share this page now</h2></section>")
                .getElementById("share-this-page-now")));
    assertEquals(
        "sharing-with-a-single-developer",
        ContentExtractor.slug("Sharing with a single developer\u00B6"));
  }

  @Test
  void readsAClassThatDescribesAStateAsNoRole() {
    assertArticle(
        extract(
            "<div class=\"field field-name-body field-label-hidden\">"
                + article()
                + "</div>"
                + SIDEBAR.repeat(6)));
    assertArticle(
        extract("<div class=\"o-section o-section--has-ads\">" + article() + "</div>" + SIDEBAR.repeat(6)));
    assertArticle(extract("<div class=\"box modal-enabled\">" + article() + "</div>" + SIDEBAR.repeat(6)));
  }

  @Test
  void readsAPageBuildersWidgetsAsLayout() {
    String widget = "<div class=\"elementor-widget elementor-widget-text-editor\"><div"
        + " class=elementor-widget-container><p>%s</p></div></div>";
    List<String> paragraphs =
        extract(
            "<div class=elementor-widget-wrap>"
                + widget.formatted(PROSE)
                + widget.formatted(MORE)
                + widget.formatted(PROSE + " " + MORE)
                + "</div>"
                + SIDEBAR);
    assertArticle(paragraphs);
  }

  @Test
  void stillDropsCommentsAndSidebarsBesideAnArticle() {
    List<String> paragraphs =
        extract("<article><div class=body>" + article() + "</div></article>" + comments(2) + SIDEBAR);
    assertArticle(paragraphs);
    assertFalse(String.join(" ", paragraphs).contains("thirty years"));
    assertTrue(ContentExtractor.isChromeName("comments-area"));
  }

  @Test
  void dropsWhatAnInlineStyleHides() {
    List<String> paragraphs =
        extract(
            "<article>"
                + article()
                + "<p style=\"display: none;\">A hidden teaser for another story, shown when a"
                + " reader clicks</p><div style=\"VISIBILITY:hidden\"><p>A hidden survey about"
                + " how readers found this page today</p></div>"
                + "<p style=\"display:block\">Visible closing line of the report, kept.</p>"
                + "</article>");
    assertEquals(4, paragraphs.size(), paragraphs::toString);
    assertEquals("Visible closing line of the report, kept.", paragraphs.get(3));
  }

  @Test
  void keepsAPostsTextBoxWhoseNameIsChromeWhereTheCommentsOutweighThePost() {
    String related =
        "<ul class=related><li><a href=/a>Another story from the harbour</a> about the"
            + " ferry</li></ul>";
    List<String> paragraphs =
        extract(
            "<article class=\"post hentry\"><div class=\"entry steady-paywall-container\">"
                + article()
                + "</div>"
                + related
                + "</article>"
                + comments(12));
    assertArticle(paragraphs);
  }

  @Test
  void keepsAHeadingThatLinksToItselfAndDropsALinkToElsewhere() {
    List<String> paragraphs =
        extract(
            "<div class=section><h2><a class=toc-backref href=\"#contents\">Setting up the"
                + " repair</a></h2>"
                + article()
                + "<h2><a href=\"/other-story\">Read the other story</a></h2></div>");
    assertEquals("Setting up the repair", paragraphs.get(0));
    assertEquals(4, paragraphs.size(), paragraphs::toString);
  }

  @Test
  void readsATableRowOfTextCellsAsOneLine() {
    List<String> paragraphs =
        extract(
            "<article>"
                + article()
                + "<table><tr><th>Girder</th><th>Corrosion</th><th>Repair</th></tr>"
                + "<tr><td>North</td><td>Severe</td><td>Severe</td></tr>"
                + "<tr><td><p>South, the span over the quay</p></td><td>Light</td></tr>"
                + "</table></article>");
    assertEquals(
        List.of("Girder Corrosion Repair", "North Severe Severe", "South, the span over the quay",
            "Light"),
        paragraphs.subList(3, paragraphs.size()));
  }

  @Test
  void keepsAnEmbeddedPostQuotedInTheArticle() {
    List<String> paragraphs =
        extract(
            "<article>"
                + article()
                + "<blockquote class=twitter-tweet><p>The harbour bridge closes to lorries from"
                + " Monday, the council says.</p>&mdash; Gazette (@gazette) <a"
                + " href=\"https://twitter.com/gazette/status/1\">May 3, 2019</a></blockquote>"
                + "</article>");
    assertTrue(
        String.join(" ", paragraphs).contains("closes to lorries from Monday"),
        paragraphs::toString);
  }
}
