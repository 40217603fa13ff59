package dev.articleingest.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.parse.profile.SourceProfile;
import dev.articleingest.parse.profile.SourceProfiles;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Header fields from the ways real pages write them in their markup. */
class HtmlMetadataTest {

  private static final SourceProfile PROFILE = SourceProfiles.bundled().forSource("example.com");

  private static HtmlMetadata read(String head, String body) {
    return HtmlMetadata.read(
        Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"), PROFILE);
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  private static final String NEWS_ARTICLE =
      "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          + "\"headline\":\"Harbour bridge to be repaired\","
          + "\"datePublished\":\"2015-07-10T09:53:00-04:00\","
          + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}";

  @Test
  void readsJsonLdWrappedInCdata() {
    for (String wrapped :
        List.of(
            "<![CDATA[" + NEWS_ARTICLE + "]]>",
            "\n  <![CDATA[\n" + NEWS_ARTICLE + "\n  ]]>\n",
            "//<![CDATA[\n" + NEWS_ARTICLE + "\n//]]>")) {
      HtmlMetadata meta = read("<title>Other words entirely</title>" + ld(wrapped), "");
      assertEquals("Harbour bridge to be repaired", meta.title, wrapped);
      assertEquals(List.of("Jane Doe"), meta.authors, wrapped);
      assertEquals("2015-07-10T09:53", meta.published.local().toString(), wrapped);
    }
  }

  @Test
  void readsEachOfSeveralPropertiesInOneAttribute() {
    HtmlMetadata meta =
        read(
            "<title>Title element</title><meta property=\"x:title og:title\" content=\"Spaced\">",
            "");
    assertEquals("Spaced", meta.title);
  }

  @Test
  void readsDublinCoreWrittenWithAColonAndPrefersItAsReadabilityDoes() {
    assertEquals(
        "Dublin Core title",
        read(
                "<meta name=\"dc:title\" content=\"Dublin Core title\">"
                    + "<meta property=\"og:title\" content=\"Open Graph title\">",
                "")
            .title);
    assertEquals(
        "Parse.ly title",
        read("<meta name=\"parsely-title\" content=\"Parse.ly title\">", "<p>text</p>").title);
  }

  @Test
  void choosesTheJsonLdNameOrHeadlineThatThePageTitleAgreesWith() {
    String wikipedia =
        "{\"@type\":\"Article\",\"name\":\"New Zealand\","
            + "\"headline\":\"island country in the southwestern Pacific Ocean\"}";
    assertEquals(
        "New Zealand", read("<title>New Zealand - Wikipedia</title>" + ld(wikipedia), "").title);
    String publisherAsName =
        "{\"@type\":\"NewsArticle\",\"name\":\"Daily Gazette\","
            + "\"headline\":\"Harbour bridge to be repaired\"}";
    assertEquals(
        "Harbour bridge to be repaired",
        read("<title>Harbour bridge to be repaired</title>" + ld(publisherAsName), "").title);
    String neither = "{\"@type\":\"NewsArticle\",\"name\":\"Gazette\",\"headline\":\"Bridge\"}";
    assertEquals("Bridge", read("<title>Something else</title>" + ld(neither), "").title);
  }

  @Test
  void aLogoH1IsNotTheHeadline() {
    String title = "Autumn leaves at the mountain camp (2) @ Steven's home :: Blog Network ::";
    HtmlMetadata meta =
        read(
            "<meta property=\"og:title\" content=\"" + title + "\">",
            "<header><h1 class=logo>Blog Network</h1></header><h1>Autumn leaves</h1>");
    assertEquals(title, meta.title);
    HtmlMetadata decorated =
        read(
            "<meta property=\"og:title\" content=\"Harbour bridge to be repaired - Gazette\">",
            "<article><h1>Harbour bridge to be repaired</h1></article>");
    assertEquals("Harbour bridge to be repaired", decorated.title);
  }

  @Test
  void namesAnOrganizationAsAuthorOnlyWhereNoPersonIsNamed() {
    String organization = "{\"@type\":\"Organization\",\"name\":\"Contributors to Wikimedia projects\"}";
    assertEquals(
        List.of("Contributors to Wikimedia projects"),
        read(ld("{\"@type\":\"Article\",\"name\":\"X\",\"author\":" + organization + "}"), "")
            .authors);
    String both =
        "[" + organization + ",{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]";
    assertEquals(
        List.of("Jane Doe"),
        read(ld("{\"@type\":\"Article\",\"name\":\"X\",\"author\":" + both + "}"), "")
            .authors);
  }

  @Test
  void readsAuthorsFromMetaTagsInReadabilitysOrder() {
    assertEquals(
        List.of("Creator Name"),
        read(
                "<meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">"
                    + "<meta name=\"author\" content=\"Site Staff\">",
                "")
            .authors);
    assertEquals(
        List.of("BBC News"),
        read("<meta property=\"og:article:author\" content=\"BBC News\">", "").authors);
    assertEquals(
        List.of("肖春芳"), read("<meta name=\"author\" content=\"肖春芳\">", "").authors);
  }

  @Test
  void readsTheVisibleBylineWithItsDateWhereNoMetadataNamesTheAuthor() {
    assertEquals(
        List.of("Nathan Willis"),
        read("", "<div class=FeatureByline> By <b>Nathan Willis</b> March 25, 2015</div>").authors);
    assertEquals(
        List.of("Gillian Mohney"),
        read("", "<cite class=\"byline vcard\"><span>By </span><span class=fn>GILLIAN MOHNEY</span>"
                + " March 11, 2015 3:46 PM</cite>").authors);
    assertEquals(
        List.of("Sébastien Farcis"),
        read("", "<span class=author>Par<span class=authorname> Sébastien Farcis</span></span>")
            .authors);
  }

  /** A reader's name over a comment is no byline; a page that only says it has comments is. */
  @Test
  void takesNoCommentersNameForTheAuthor() {
    String comment =
        "<ol class=commentlist><li class=\"comment even depth-1\"><div class=comment-body>"
            + "<div class=\"comment-author vcard\"><cite class=author>Miriam Weber</cite></div>"
            + "<p>Thanks for the test!</p></div></li></ol>";
    assertEquals(List.of(), read("", "<article><p>The story.</p></article>" + comment).authors);
    assertEquals(
        List.of("Jane Doe"),
        read("", "<div class=byline>By Jane Doe</div><article><p>The story.</p></article>" + comment)
            .authors);
    assertEquals(
        List.of("Jane Doe"),
        read("", "<div class=\"post comments-open\"><span class=author>Jane Doe</span></div>")
            .authors);
  }
}
