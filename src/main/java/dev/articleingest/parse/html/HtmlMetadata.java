package dev.articleingest.parse.html;

import dev.articleingest.parse.dates.Dates;

import dev.articleingest.parse.authors.Bylines;
import dev.articleingest.parse.profile.SourceProfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.articleingest.json.JsonTrees;
import dev.articleingest.model.Published;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;

/**
 * An HTML page's article metadata, most reliable source first: schema.org JSON-LD ({@code
 * NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, ... including {@code @graph} forms),
 * then OpenGraph and {@code article:*}, Dublin Core, {@code <meta name=author>}, {@code itemprop}
 * microdata and {@code <time datetime>}. Modification times are read only from fields that say so,
 * and never stand in for the publication time.
 */
final class HtmlMetadata {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "blogposting",
          "liveblogposting",
          "report",
          "scholarlyarticle",
          "techarticle",
          "socialmediaposting");

  /** Title separators before or after a site name: "Headline | Site", "Site - Headline". */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");

  private static final Pattern TRAILING_SEPARATOR =
      Pattern.compile(TITLE_SEPARATOR.pattern() + "$");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^" + TITLE_SEPARATOR.pattern());

  /** Elements that hold a standfirst in common templates. */
  static final String STANDFIRST_CSS =
      "[itemprop=description], .standfirst, [class*=standfirst], .dek, .subtitle, .subheadline,"
          + " .sub-headline, .article-subtitle, .summary, .teaser, .lead, .chapo, .subtitulo,"
          + " .entradilla, .article-summary, .feature-standfirst";

  static final Evaluator STANDFIRST =
      Selectors.withAttribute(Selectors.classesOr(STANDFIRST_CSS), "class", "itemprop");

  /** Elements that hold a byline in common templates (but for the one with a combinator). */
  static final String BYLINE_CSS =
      "[rel=author], [itemprop=author], .byline, .article-byline, .author-name, .byline-name,"
          + " [class*=byline], [data-testid=byline], .article__author, .author, .authorname";

  static final String AUTHOR_NAME_CSS = "[itemprop=author] [itemprop=name]";

  static final Evaluator BYLINE =
      new CombiningEvaluator.Or(
          List.of(Selectors.parse(AUTHOR_NAME_CSS), Selectors.classesOr(BYLINE_CSS)));

  /**
   * Whether the element is inside a reader comment: an element whose class or id has a name that
   * starts with "comment" ("comment", "comment-body", "commentlist"), but not one that only says
   * whether the page has comments ("comments-open", "comments-closed", "comment-count").
   */
  static boolean inComment(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.className().isEmpty() && a.id().isEmpty()) {
        continue;
      }
      for (String name : (a.className() + " " + a.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
        if (name.startsWith("comment") && !COMMENT_STATE.matcher(name).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Class names that say something about a page's comments, not that they are one. */
  private static final Pattern COMMENT_STATE =
      Pattern.compile("[-_](?:open|closed|enabled|disabled|count|counts|number|link|links|button)$");

  private static final Evaluator CANONICAL = Selectors.parse("link[rel=canonical][href]");
  private static final Evaluator META_CONTENT = Selectors.parse("meta[content]");
  private static final Evaluator JSON_LD =
      Selectors.parse("script[type~=(?i)application/ld\\+json]");
  private static final Evaluator TIME = Selectors.parse("time[datetime]");
  private static final Evaluator DATE_PUBLISHED = Selectors.parse("[itemprop=datePublished]");
  private static final Evaluator DATE_MODIFIED = Selectors.parse("[itemprop=dateModified]");

  String title;
  String subtitle;
  String url;
  String siteName;
  List<String> authors = List.of();
  Published published;
  Published modified;
  String articleBody;

  private HtmlMetadata() {}

  /**
   * The elements the metadata is read from, gathered in one walk of the page: each selector run
   * on its own walks the whole page, and a walk costs a twentieth of jsoup's parse of it.
   */
  private static final class Marked {
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    Element canonical;
    Element datePublished;
    Element dateModified;
    /** The first h1: the headline where the page has one. */
    Element h1;

    Marked(Document doc) {
      for (Element e : doc.getAllElements()) {
        if (e.attributesSize() == 0) {
          // every selector but the h1's needs an attribute, and most elements have none
          if (h1 == null && e.nameIs("h1")) {
            h1 = e;
          }
          continue;
        }
        if (META_CONTENT.matches(doc, e)) {
          metas.add(e);
        } else if (JSON_LD.matches(doc, e)) {
          jsonLd.add(e);
        } else if (TIME.matches(doc, e)) {
          times.add(e);
        } else if (canonical == null && CANONICAL.matches(doc, e)) {
          canonical = e;
        } else if (h1 == null && e.normalName().equals("h1")) {
          h1 = e;
        }
        if (datePublished == null && DATE_PUBLISHED.matches(doc, e)) {
          datePublished = e;
        }
        if (dateModified == null && DATE_MODIFIED.matches(doc, e)) {
          dateModified = e;
        }
      }
    }
  }

  static HtmlMetadata read(Document doc, SourceProfile profile) {
    HtmlMetadata meta = new HtmlMetadata();
    Marked marked = new Marked(doc);
    Map<String, List<String>> tags = metaTags(marked.metas);
    JsonNode ld = jsonLdArticle(marked.jsonLd);

    meta.siteName = first(tags, "og:site_name", "application-name");
    String ldHeadline = ldTitle(ld, firstNonBlank(first(tags, "og:title"), doc.title()));
    meta.title =
        cleanTitle(
            doc,
            marked.h1,
            firstNonBlank(
                ldHeadline,
                first(
                    tags,
                    "dc.title",
                    "dcterms.title",
                    "og:title",
                    "twitter:title",
                    "title",
                    "headline",
                    "parsely-title")),
            meta.siteName);

    meta.subtitle =
        firstNonBlank(
            text(ld.path("description"), null),
            first(tags, "og:description", "description", "twitter:description", "dc.description"));

    if (meta.subtitle == null) {
      for (Element e : doc.select(STANDFIRST)) {
        String text = e.text().strip();
        if (text.length() >= 20 && text.length() <= 400) {
          meta.subtitle = text;
          break;
        }
      }
    }

    Element canonical = marked.canonical;
    meta.url =
        firstNonBlank(
            canonical == null ? null : absolute(canonical),
            first(tags, "og:url"),
            text(ld.path("url"), null),
            text(ld.path("mainEntityOfPage").path("@id"), text(ld.path("mainEntityOfPage"), null)));
    if (meta.url != null && !meta.url.startsWith("http")) {
      meta.url = null;
    }

    List<String> authorValues = new ArrayList<>(ldPeople(ld.path("author")));
    if (authorValues.isEmpty()) {
      authorValues.addAll(ldPeople(ld.path("creator")));
    }
    if (authorValues.isEmpty()) {
      for (String key :
          List.of(
              "dc.creator",
              "dcterms.creator",
              "author",
              "article:author",
              "og:article:author",
              "byl",
              "sailthru.author",
              "parsely-author")) {
        for (String value : tags.getOrDefault(key, List.of())) {
          if (!value.startsWith("http")) {
            authorValues.add(value);
          }
        }
        if (!authorValues.isEmpty()) {
          break;
        }
      }
    }
    if (authorValues.isEmpty()) {
      for (Element e : doc.select(BYLINE)) {
        if (inComment(e)) {
          continue; // a reader's name over a comment, not the article's author
        }
        // the visible byline, often with its date ("By Jane Doe March 25, 2015")
        String text = e.text();
        List<String> names = Bylines.names(text);
        if (names.isEmpty()) {
          names = Bylines.dated(text).map(Bylines.Dated::names).orElse(List.of());
        }
        if (!names.isEmpty()) {
          authorValues.addAll(names);
          break;
        }
      }
    }
    meta.authors = Bylines.names(authorValues);
    if (meta.authors.isEmpty()) {
      meta.authors = ldOrganizations(ld.path("author"));
    }

    List<Element> times = marked.times;
    meta.published =
        date(
            profile,
            text(ld.path("datePublished"), null),
            first(
                tags,
                "article:published_time",
                "og:article:published_time",
                "datepublished",
                "dc.date.issued",
                "dcterms.issued",
                "dcterms.created",
                "dc.date",
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "publication_date",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "dc.date.created"),
            attribute(marked.datePublished),
            firstTime(times, false),
            text(ld.path("dateCreated"), null));
    meta.modified =
        date(
            profile,
            text(ld.path("dateModified"), null),
            first(
                tags,
                "article:modified_time",
                "og:updated_time",
                "datemodified",
                "dcterms.modified",
                "last-modified",
                "article.updated"),
            attribute(marked.dateModified),
            firstTime(times, true));

    meta.articleBody = text(ld.path("articleBody"), null);
    return meta;
  }

  /** meta name/property/itemprop to contents, lower-case keys, in page order. */
  private static Map<String, List<String>> metaTags(List<Element> metas) {
    Map<String, List<String>> tags = new HashMap<>();
    for (Element meta : metas) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : List.of("property", "name", "itemprop")) {
        // RDFa allows several properties in one attribute: property="og:title twitter:title"
        for (String key : meta.attr(attribute).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!key.isEmpty()) {
            tags.computeIfAbsent(dublinCoreDotted(key), k -> new ArrayList<>()).add(content);
          }
        }
      }
    }
    return tags;
  }

  /**
   * The JSON-LD article's headline, or its name. Where both are given and differ, the one closer to
   * the page's own title: Wikipedia puts a description in "headline", some publishers their own
   * name in "name".
   */
  private static String ldTitle(JsonNode ld, String pageTitle) {
    String headline = text(ld.path("headline"), null);
    String name = text(ld.path("name"), null);
    if (headline == null || name == null || headline.equals(name) || pageTitle == null) {
      return headline != null ? headline : name;
    }
    return shareOfWordsIn(name, pageTitle) > shareOfWordsIn(headline, pageTitle) ? name : headline;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The share of the text's words that the other text holds too, ignoring case. */
  private static double shareOfWordsIn(String text, String other) {
    Set<String> words = new HashSet<>();
    Matcher inOther = WORD.matcher(other.toLowerCase(Locale.ROOT));
    while (inOther.find()) {
      words.add(inOther.group());
    }
    int total = 0;
    int shared = 0;
    Matcher inText = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (inText.find()) {
      total++;
      shared += words.contains(inText.group()) ? 1 : 0;
    }
    return total == 0 ? 0 : (double) shared / total;
  }

  /** Dublin Core keys as the dotted HTML form names them: "dc:title" is "dc.title". */
  private static String dublinCoreDotted(String key) {
    if (key.startsWith("dc:")) {
      return "dc." + key.substring(3);
    }
    if (key.startsWith("dcterms:") || key.startsWith("dcterm:")) {
      return "dcterms." + key.substring(key.indexOf(':') + 1);
    }
    return key;
  }

  /** A JSON-LD block's JSON, without the CDATA wrapper some pages put around it. */
  private static String withoutCdata(String data) {
    String json = data.strip();
    if (json.startsWith("//")) {
      json = json.substring(json.indexOf('\n') + 1).strip();
    }
    if (json.startsWith("<![CDATA[")) {
      json = json.substring("<![CDATA[".length());
      int end = json.lastIndexOf("]]>");
      if (end >= 0) {
        json = json.substring(0, end);
      }
      json = json.strip();
      if (json.endsWith("//")) {
        json = json.substring(0, json.length() - 2);
      }
    }
    return json.strip();
  }

  /** The page's article object from JSON-LD, or a missing node (whose paths are all missing). */
  private static JsonNode jsonLdArticle(List<Element> scripts) {
    for (Element script : scripts) {
      JsonNode root;
      try {
        root = JsonTrees.readLenient(withoutCdata(script.data()));
      } catch (JsonProcessingException e) {
        continue; // a broken block: the other sources still count
      }
      JsonNode article = findArticle(root, 0);
      if (article != null) {
        return article;
      }
    }
    return MissingNode.getInstance();
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticleType(node.path("@type"))) {
      return node;
    }
    JsonNode found = findArticle(node.get("@graph"), depth + 1);
    return found != null ? found : findArticle(node.get("mainEntity"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText("").toLowerCase(Locale.ROOT);
    int slash = name.lastIndexOf('/');
    return ARTICLE_TYPES.contains(slash >= 0 ? name.substring(slash + 1) : name);
  }

  /** People named in a JSON-LD author (or creator) value: a string, an object, or a list. */
  private static List<String> ldPeople(JsonNode author) {
    List<String> people = new ArrayList<>();
    ldNames(author, people, new ArrayList<>());
    return people;
  }

  /** Organizations named as the JSON-LD author, taken as written: they are not people's names. */
  private static List<String> ldOrganizations(JsonNode author) {
    List<String> organizations = new ArrayList<>();
    ldNames(author, new ArrayList<>(), organizations);
    return organizations.stream()
        .map(String::strip)
        .filter(name -> !name.isEmpty() && name.length() <= 100)
        .distinct()
        .toList();
  }

  /**
   * People's and organizations' names apart: an organization ("BBC News", "Contributors to
   * Wikimedia projects") is the author only where no person is named.
   */
  private static void ldNames(JsonNode author, List<String> people, List<String> organizations) {
    if (author.isArray()) {
      for (JsonNode a : author) {
        ldNames(a, people, organizations);
      }
    } else if (author.isTextual()) {
      people.add(author.asText());
    } else if (author.isObject() && author.hasNonNull("name")) {
      String type = author.path("@type").asText("").toLowerCase(Locale.ROOT);
      (type.contains("organization") ? organizations : people).add(text(author.get("name"), ""));
    }
  }

  /** The first {@code <time datetime>} that marks an update time, or that does not; or null. */
  private static String firstTime(List<Element> times, boolean modified) {
    for (Element time : times) {
      if (isModifiedElement(time) == modified) {
        return time.attr("datetime");
      }
    }
    return null;
  }

  /** Whether an element (or its parent) marks itself an update time. */
  private static boolean isModifiedElement(Element time) {
    String marks =
        (time.className() + " " + time.attr("itemprop") + " " + time.id()).toLowerCase(Locale.ROOT);
    Element parent = time.parent();
    String before = "";
    if (parent != null) {
      marks += " " + parent.className().toLowerCase(Locale.ROOT);
      String parentText = parent.text().toLowerCase(Locale.ROOT);
      int at = parentText.indexOf(time.text().toLowerCase(Locale.ROOT));
      before = at > 0 ? parentText.substring(0, at) : "";
    }
    return marks.contains("updat")
        || marks.contains("modif")
        || before.contains("updated")
        || before.contains("обновлено")
        || before.contains("aktualisiert")
        || before.contains("mis à jour")
        || before.contains("actualizado");
  }

  private static String attribute(Element e) {
    if (e == null) {
      return null;
    }
    for (String attribute : List.of("content", "datetime")) {
      if (e.hasAttr(attribute)) {
        return e.attr(attribute);
      }
    }
    return e.text();
  }

  private static Published date(SourceProfile profile, String... candidates) {
    for (String candidate : candidates) {
      Optional<Published> time = Dates.value(candidate, profile);
      if (time.isPresent()) {
        return time.get();
      }
    }
    return null;
  }

  /**
   * The headline without the site's name around it. The page's h1 wins when the metadata title is
   * the h1 plus decoration; otherwise a part naming the site (or a short part beside a long one) is
   * cut off.
   */
  private static String cleanTitle(Document doc, Element h1, String candidate, String siteName) {
    String h1Text = h1 == null ? "" : h1.text().strip();
    String title = candidate == null ? doc.title().strip() : candidate.strip();
    if (title.isEmpty()) {
      return h1Text.isEmpty() ? null : h1Text;
    }
    if (!h1Text.isEmpty()
        && !title.equals(h1Text)
        && title.contains(h1Text)
        && h1Text.length() >= 10
        && h1Text.length() * 2 >= title.length()) {
      return h1Text;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (siteName != null) {
      String site = siteName.toLowerCase(Locale.ROOT);
      if (last.toLowerCase(Locale.ROOT).equals(site)) {
        return withoutLastPart(title, last);
      }
      if (first.toLowerCase(Locale.ROOT).equals(site)) {
        return LEADING_SEPARATOR.matcher(title.substring(first.length())).replaceFirst("").strip();
      }
    }
    if (candidate == null) {
      // <title> only: sites append their name; a short last part is the site
      int lastWords = last.split("\\s+").length;
      if (lastWords <= 4 && title.length() - last.length() > 20) {
        return withoutLastPart(title, last);
      }
    }
    return title;
  }

  /** The title with its last separator-delimited part (a site name) cut off. */
  private static String withoutLastPart(String title, String last) {
    String rest = title.substring(0, title.length() - last.length());
    return TRAILING_SEPARATOR.matcher(rest).replaceFirst("").strip();
  }

  private static String absolute(Element link) {
    String abs = link.absUrl("href");
    return abs.isEmpty() ? link.attr("href").strip() : abs;
  }

  private static String first(Map<String, List<String>> tags, String... keys) {
    for (String key : keys) {
      List<String> values = tags.get(key);
      if (values != null && !values.isEmpty()) {
        return values.get(0);
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /** A JSON value as text: strings as they are, arrays by their first element. */
  private static String text(JsonNode node, String fallback) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (node.isArray()) {
      return node.isEmpty() ? fallback : text(node.get(0), fallback);
    }
    if (node.isObject()) {
      return fallback;
    }
    String text = node.asText();
    return text.isBlank()
        ? fallback
        : org.jsoup.parser.Parser.unescapeEntities(text, false).strip();
  }
}
