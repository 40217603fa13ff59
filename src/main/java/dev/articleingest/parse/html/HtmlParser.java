package dev.articleingest.parse.html;

import dev.articleingest.normalize.TextStats;
import dev.articleingest.parse.dates.Dates;
import dev.articleingest.parse.decode.TextDecoder;
import dev.articleingest.parse.spi.ArticleParser;
import dev.articleingest.parse.spi.Draft;
import dev.articleingest.parse.spi.ParseContext;
import dev.articleingest.parse.text.TextDumpParser;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parses HTML pages: metadata from {@link HtmlMetadata}, the body from {@link ContentExtractor}.
 * When the markup yields no body but the page's JSON-LD carries an {@code articleBody}, that is the
 * body (with a warning). A page with neither is rejected: it is an index, error or consent page,
 * not an article.
 */
public final class HtmlParser implements ArticleParser {

  /** The text-dump parser that reads the page's visible text for a second opinion. */
  private final TextDumpParser text;

  /** A parser whose second opinion comes from the bundled text models. */
  public HtmlParser() {
    this(new TextDumpParser());
  }

  /**
   * A parser whose second opinion comes from {@code text} (the trainer's cross-validation), or that
   * asks none when it is {@code null} (the trainer's date labels, which no text model may decide).
   */
  public HtmlParser(TextDumpParser text) {
    this.text = text;
  }

  /** The visible-text body replaces the DOM's when it has more than this many times its words. */
  static final double SECOND_OPINION_RATIO = 1.3;

  /**
   * The JSON-LD articleBody replaces the markup's article when it has more than this many times
   * its words...
   */
  static final double METADATA_BODY_RATIO = 2;

  /** ...and at least this many (a teaser's articleBody is shorter than the article it teases). */
  static final int METADATA_BODY_MIN_WORDS = 100;

  /** A paragraph of the markup whose links hold this share of its text is a teaser. */
  static final double LINKED_SHARE = 0.8;

  /** Fewer body words than this and the page holds no article. */
  static final int MIN_ARTICLE_WORDS = 15;

  @Override
  public Draft parse(byte[] content, ParseContext context) {
    TextDecoder.Decoded decoded =
        TextDecoder.decodeHtml(content, context.contentType(), context.profile().charset());
    Document doc = document(decoded.text(), context);
    HtmlMetadata meta = HtmlMetadata.read(doc, context.profile());

    Draft draft = new Draft();
    draft.noteEncoding(decoded);
    draft.title = meta.title;
    draft.url = meta.url;
    draft.authors = meta.authors;
    draft.published = meta.published;
    draft.modified = meta.modified;

    List<String> paragraphs =
        ContentExtractor.extract(doc, meta.title, meta.subtitle, meta.authors, context.profile());
    int words = words(paragraphs);
    // A second opinion: the page's visible text read by the text-dump models. It wins where it
    // finds clearly more article than the DOM extractor (a body in a form, in a "widget" box, or in
    // several sections the container choice split), which the cross-validation on the corpus
    // showed pays: trafilatura snippets 0.851 -> 0.877, readability body 0.912 -> 0.918.
    List<String> fromText = secondOpinion(doc, words, context);
    int textWords = words(fromText);
    if (textWords >= MIN_ARTICLE_WORDS && textWords > SECOND_OPINION_RATIO * words) {
      paragraphs = withoutHeader(fromText, meta);
      words = words(paragraphs);
    }
    if (meta.articleBody != null) {
      // the page's own structured data, where the markup holds no article or a small part of it
      // (a paywall or a script renders the text; what is left is a caption and the author's bio)
      int metadataWords = words(List.of(meta.articleBody));
      boolean none = words < MIN_ARTICLE_WORDS && metadataWords >= MIN_ARTICLE_WORDS;
      boolean small =
          metadataWords >= METADATA_BODY_MIN_WORDS && metadataWords > METADATA_BODY_RATIO * words;
      if (none || small) {
        paragraphs = List.of(meta.articleBody.split("\\n\\s*\\n|\\n"));
        draft.warnings.add(
            new Warning(
                WarningCode.BODY_FROM_METADATA,
                String.format(
                    java.util.Locale.ROOT,
                    "the markup has %d words of article text, the page's JSON-LD articleBody %d;"
                        + " the body is the articleBody",
                    words,
                    metadataWords)));
        words = metadataWords;
      }
    }
    if (words < MIN_ARTICLE_WORDS && text != null) {
      // Nothing left by the markup's rules: the article may sit where page chrome usually does
      // (an <aside>, boxes named "gallery"). The whole page's visible text is what a text dump
      // of it would be, and the text models find an article in a dump or none.
      List<String> fromPage = wholePage(decoded.text(), context);
      int pageWords = words(fromPage);
      if (pageWords >= MIN_ARTICLE_WORDS) {
        paragraphs = withoutHeader(fromPage, meta);
        draft.warnings.add(
            new Warning(
                WarningCode.BODY_FROM_VISIBLE_TEXT,
                String.format(
                    java.util.Locale.ROOT,
                    "the markup's rules left %d words of article text; the body is the %d words"
                        + " the text models found in the page's visible text",
                    words,
                    pageWords)));
        words = words(paragraphs);
      }
    }
    if (words < MIN_ARTICLE_WORDS) {
      throw new InputRejectedException(
          RejectionReason.NO_ARTICLE,
          "the HTML page has no article text ("
              + words
              + " words of prose after removing navigation, link lists and page chrome); it"
              + " looks like an index, error or consent page");
    }
    draft.paragraphs.addAll(datesTakenOut(paragraphs, draft, context));
    if (meta.subtitle != null && !startsBody(meta.subtitle, paragraphs)) {
      draft.subtitle = meta.subtitle;
    }
    return draft;
  }

  /**
   * The article the text-dump models find in the page's visible text; empty when none, or when it
   * could not win. The text models keep lines of the visible text, so their article has at most the
   * visible text's words: where that is no more than the ratio over the DOM body's ({@code
   * domWords}, counted on the page after chrome removal, as the visible text is), the models are
   * not asked. That is most pages (three in four of the corpus's), and the models cost a sixth of
   * an HTML parse.
   */
  private List<String> secondOpinion(Document doc, int domWords, ParseContext context) {
    if (text == null || doc.body() == null) {
      return List.of();
    }
    String visible = VisibleText.of(doc.body());
    int visibleWords = words(List.of(visible));
    if (visibleWords < MIN_ARTICLE_WORDS || visibleWords <= SECOND_OPINION_RATIO * domWords) {
      return List.of();
    }
    return readAsDump(doc.body(), visible, context);
  }

  /**
   * The article the text-dump models find in the whole page's visible text, the page parsed again
   * as it came (the extraction took its chrome out of the first parse), less what the markup has
   * as links; empty when they find none. Asked only of a page that would otherwise be rejected.
   */
  private List<String> wholePage(String html, ParseContext context) {
    Element body = document(html, context).body();
    return body == null ? List.of() : readAsDump(body, VisibleText.of(body), context);
  }

  /**
   * The article the text-dump models find in {@code visible}, the visible text of {@code body},
   * less what the markup knows and the text does not: link texts, teasers and menu entries
   * ({@link #linkTexts}); empty when they find none.
   */
  private List<String> readAsDump(Element body, String visible, ParseContext context) {
    List<String> found;
    try {
      found = text.paragraphs(visible, context);
    } catch (InputRejectedException e) {
      return List.of();
    }
    java.util.Set<String> links = linkTexts(body);
    List<String> article = new java.util.ArrayList<>(found.size());
    for (String p : found) {
      if (!links.contains(p.strip())) {
        article.add(p);
      }
    }
    return article;
  }

  /** The page parsed by jsoup's HTML5 tree builder, its links resolved against the page's URL. */
  private static Document document(String html, ParseContext context) {
    return Jsoup.parse(html, context.url() == null ? "" : context.url(), Parser.htmlParser());
  }

  /**
   * The texts the markup marks as links rather than article text: each link's, and each
   * paragraph's whose links hold {@link #LINKED_SHARE} of its text ("Summary of another story.
   * More…", a row of links). A paragraph of the text-dump models' that is one of these is a
   * teaser or a menu entry.
   */
  static java.util.Set<String> linkTexts(Element body) {
    java.util.Set<String> links = new java.util.HashSet<>();
    // each link's text is read once, and its length counted to the paragraph that holds it
    Map<Element, Integer> linkedChars = new java.util.IdentityHashMap<>();
    for (Element a : body.getElementsByTag("a")) {
      String t = a.text();
      String stripped = t.strip();
      if (!stripped.isEmpty()) {
        links.add(stripped);
      }
      for (Element up = a.parent(); up != null && up != body; up = up.parent()) {
        if (up.nameIs("p")) {
          linkedChars.merge(up, t.length(), Integer::sum);
          break;
        }
      }
    }
    linkedChars.forEach(
        (p, linked) -> {
          String t = p.text().strip();
          if (!t.isEmpty() && linked >= LINKED_SHARE * t.length()) {
            links.add(t);
          }
        });
    return links;
  }

  /** The body without the headline or standfirst the metadata already gives. */
  private static List<String> withoutHeader(List<String> paragraphs, HtmlMetadata meta) {
    List<String> body = new java.util.ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (!p.equalsIgnoreCase(String.valueOf(meta.title))
          && !p.equalsIgnoreCase(String.valueOf(meta.subtitle))) {
        body.add(p);
      }
    }
    return body;
  }

  /**
   * Text blocks that are wholly a date (pages with no date metadata print it as a paragraph): taken
   * as the published or updated time when the metadata gave none, and never body.
   */
  private static List<String> datesTakenOut(
      List<String> paragraphs, Draft draft, ParseContext context) {
    List<String> body = new java.util.ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      List<Dates.Found> dates = Dates.line(paragraph, context.profile(), context.uploadedAt());
      if (dates.isEmpty()) {
        body.add(paragraph);
        continue;
      }
      draft.takeDates(dates);
    }
    return body;
  }

  private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("(?:\\.\\.\\.|…)$");

  /** Whether a description is just the start of the body (sites often reuse the lede). */
  private static boolean startsBody(String description, List<String> paragraphs) {
    String d = TRAILING_ELLIPSIS.matcher(description.strip()).replaceAll("").strip();
    String first = String.join(" ", paragraphs.subList(0, Math.min(2, paragraphs.size())));
    return d.length() >= 20 && first.startsWith(d.substring(0, Math.min(d.length(), 80)));
  }

  private static int words(List<String> paragraphs) {
    return TextStats.count(paragraphs).words();
  }
}
