package dev.articleingest.parse.html;

import dev.articleingest.parse.authors.Bylines;

import dev.articleingest.parse.profile.SourceProfile;

import dev.articleingest.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds an HTML page's article body. Our own design, after Readability.js (score text blocks,
 * credit their containers, penalise link-heavy ones), boilerpipe (text and link density per block)
 * and trafilatura (strip known chrome by tag and class before anything else):
 *
 * <ol>
 *   <li>Remove what is never body: scripts, navigation, asides, figures and captions, what is
 *       hidden (by attribute or inline style); then forms, {@code noscript} and banners, and
 *       elements whose class or id names page chrome (share, related, newsletter, ad, comment,
 *       byline, pull quote, ...), unless they hold half the page's text or the page's marked post.
 *   <li>Score each paragraph-like block by its length and commas; add the score to its parent, half
 *       to its grandparent, a third to the level above. Weight containers by tag and by class names
 *       that say "article", "body", "content" or "story". Scale by one minus link density.
 *   <li>The best container wins; an {@code itemprop=articleBody} or single {@code <article>}
 *       holding most of the text wins outright. Siblings that score close to it are added.
 *   <li>Emit its text blocks in document order (paragraphs, subheadings, list items, quotes),
 *       dropping link lists, boilerplate lines and the headline.
 * </ol>
 */
public final class ContentExtractor {

  /** Elements that are never article text, removed before anything is measured. */
  static final Set<String> NEVER_BODY_TAGS =
      Set.of(
          ("script style template iframe svg canvas button input select textarea nav footer aside"
                  + " figure figcaption picture video audio dialog")
              .split(" "));

  static final String NEVER_BODY_ATTRIBUTES_CSS =
      "[hidden], [aria-hidden=true], [role=navigation], [role=complementary],"
          + " [role=contentinfo], [role=dialog], [role=alert],"
          + " [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";

  static final Evaluator NEVER_BODY =
      Selectors.tagsOr(
          NEVER_BODY_TAGS,
          Selectors.withAttribute(
              NEVER_BODY_ATTRIBUTES_CSS, "hidden", "aria-hidden", "role", "class", "style"));

  /**
   * Wrappers that are chrome on most pages but hold the whole page on some: a CMS that puts the
   * page in one {@code <form>} (ASP.NET), a page whose text is all in {@code <noscript>}, a banner
   * around everything. Removed unless they hold half the page's paragraph text.
   */
  static final Evaluator USUALLY_CHROME = Selectors.parse("form, noscript, [role=banner]");

  /**
   * Parts of a class name that describe what an element holds or how it is set, not what it is:
   * "field-label-hidden" (its label is hidden), "o-section--has-ads", "modal-enabled".
   */
  private static final Pattern STATE_PART =
      Pattern.compile(
          "(?<![a-z0-9])(?:label|has|no|with|without)[-_]+[a-z0-9]+"
              + "|[a-z0-9]+[-_]+(?:enabled|disabled)(?![a-z0-9])"
              + "|(?<![a-z0-9])elementor[-_a-z0-9]*");

  /** Words every {@link #STATE_PART} holds: without one of them, the pattern need not run. */
  private static final List<String> STATE_WORDS =
      List.of("label", "has", "no", "with", "abled", "elementor");

  private static final Evaluator MARKED_POST =
      Selectors.parse("[itemprop=articleBody], .hentry, .status-publish");

  private static final Evaluator ARTICLE_BODY = Selectors.parse("[itemprop=articleBody]");
  private static final Evaluator ARTICLE = Selectors.parse("article");
  private static final Evaluator SCORED =
      Selectors.parse("p, pre, td, blockquote, div, section, li");

  /** Class or id tokens of page chrome (whole tokens, split at white space, "_" and "-"). */
  static final Set<String> CHROME_TOKENS =
      Set.of(
          ("share sharing sharebar social related recommended recirculation newsletter signup"
               + " subscribe subscription promo promotion sponsor sponsored advert advertisement ad"
               + " ads adslot dfp banner cookie cookies consent gdpr comment comments disqus"
               + " sidebar widget footer masthead menu nav navbar navigation breadcrumb breadcrumbs"
               + " tags tag topics byline author authors caption credit credits pullquote popular"
               + " trending mostread outbrain taboola paywall modal popup toolbar print readmore"
               + " meta timestamp skip standfirst dek subtitle subheadline summary headline kicker"
               + " hidden disclaimer copyright rating video gallery slideshow lead teaser chapo"
               + " subtitulo entradilla signature contributor profile cta submeta")
              .split(" "));

  /** Class or id tokens of article text containers. */
  private static final Set<String> POSITIVE_TOKENS =
      Set.of(("article articlebody body content entry main post story text prose").split(" "));

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "header",
          "address",
          "center",
          "details",
          "summary",
          "hr");

  private static final Set<String> LISTS = Set.of("ul", "ol", "li", "dl");

  /** Table cells: a row of cells holding only text is one paragraph. */
  private static final Set<String> CELLS = Set.of("td", "th");

  /** The blocks whose text counts as paragraph text. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "blockquote", "h2", "h3");

  /** Shorter text blocks are not scored (captions, labels). */
  private static final int MIN_SCORED_LENGTH = 25;

  /** Blocks more link text than this are link lists, not prose. */
  private static final double MAX_LINK_DENSITY = 0.5;

  private ContentExtractor() {}

  /** The article's text blocks, in order; empty when the page has none. */
  public static List<String> extract(
      Document doc, String title, String subtitle, List<String> authors, SourceProfile profile) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    removeNeverBody(body);
    Measures measures = removeChrome(body);
    Element container = container(body, measures.paragraphText(body), measures);
    List<Element> parts = new ArrayList<>();
    parts.add(container);
    if (container != body && container.parent() != null) {
      parts = withSiblings(container, measures);
      parts = withSameKind(body, container, parts, measures);
    }
    List<String> blocks = new ArrayList<>();
    for (Element part : parts) {
      blocks(part, blocks);
    }
    List<String> paragraphs = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      StringBuilder kept = new StringBuilder();
      // Lines of a block (split at <br>) that repeat the headline, standfirst or byline are
      // header debris of pages that put everything in one element.
      for (String line : TextNormalizer.lines(TextNormalizer.normalize(block))) {
        if (line.isEmpty() || isHeaderLine(line, title, subtitle, authors)) {
          continue;
        }
        if (kept.length() > 0) {
          kept.append(' ');
        }
        kept.append(line);
      }
      String text = kept.toString();
      if (text.isEmpty() || profile.isBoilerplate(text)) {
        continue;
      }
      paragraphs.add(text);
    }
    return paragraphs;
  }

  private static boolean isHeaderLine(
      String line, String title, String subtitle, List<String> authors) {
    if ((title != null && line.equalsIgnoreCase(title))
        || (subtitle != null
            && line.equalsIgnoreCase(subtitle.strip())
            && !TextNormalizer.endsSentence(line))) {
      // a standfirst is a headline's second line; the same words closed as a sentence are the
      // story's first paragraph, which the page's description often repeats
      return true;
    }
    if (authors.isEmpty() || line.length() >= 120) {
      return false;
    }
    if (line.indexOf('(') < 0 && !containsAny(line, authors)) {
      // without a parenthesis, each name Bylines finds is a substring of the line
      return false;
    }
    List<String> names = Bylines.names(line);
    return !names.isEmpty()
        && authors.containsAll(names)
        && line.split("\\s+").length <= 4 * authors.size() + 3;
  }

  /** Class-name beginnings of page chrome, run together with more: "sharethis", "relatedposts". */
  static final List<String> CHROME_PREFIXES =
      List.of(
          "share",
          "related",
          "newsletter",
          "social",
          "promo",
          "advert",
          "comment",
          "cookie",
          "byline");

  private static boolean containsAny(String line, List<String> names) {
    for (String name : names) {
      if (line.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes wrappers that are usually chrome ({@link #USUALLY_CHROME}) and elements whose names
   * are chrome ({@link #isChrome}), unless they hold half the page's paragraph text, or hold the
   * page's marked post ({@link #markedPost}), or are the part of that post holding half its text
   * in prose, not links or a list (the text box of a post, named "paywall-container" where the
   * comments outweigh the post).
   */
  private static Measures removeChrome(Element body) {
    Measures measures = new Measures(body);
    Element post = markedPost(body, measures);
    Set<Element> aroundPost = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = post; e != null && e != body; e = e.parent()) {
      aroundPost.add(e);
    }
    int pageText = measures.paragraphText(body);
    int postText = post == null ? 0 : measures.paragraphText(post);
    // in document order, every decision on the measures of the whole page; a removed element's
    // descendants go with it, unvisited, and it is taken out after the walk
    List<Element> chrome = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)
                || e == body
                || aroundPost.contains(e)
                || !(USUALLY_CHROME.matches(body, e) || isChrome(e))) {
              return FilterResult.CONTINUE;
            }
            int text = measures.paragraphText(e);
            boolean postsText =
                text >= postText * 0.5
                    && !LISTS.contains(e.normalName())
                    && measures.linkDensity(e) < MAX_LINK_DENSITY
                    && isInside(e, post);
            if (text < pageText * 0.5 && !postsText) {
              chrome.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Element e : chrome) {
      measures.remove(e);
      e.remove();
    }
    return measures;
  }

  /** Removes what is {@link #NEVER_BODY}, with what is under it. */
  private static void removeNeverBody(Element body) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            return node instanceof Element e && e != body && NEVER_BODY.matches(body, e)
                ? FilterResult.REMOVE
                : FilterResult.CONTINUE;
          }
        },
        body);
  }

  private static boolean isInside(Element e, Element ancestor) {
    if (ancestor == null) {
      return false;
    }
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's main marked post: the largest element marked {@code itemprop=articleBody}, or a
   * blog engine's {@code hentry} / {@code status-publish} post; null when none is. Blogger puts
   * the post inside a "widget", WordPress names the post's tags and author in its classes
   * ("tag-video", "author-jane").
   */
  private static Element markedPost(Element body, Measures measures) {
    Element largest = null;
    int most = -1;
    for (Element e : body.select(MARKED_POST)) {
      int length = measures.text(e);
      if (length > most) {
        most = length;
        largest = e;
      }
    }
    return largest;
  }

  /**
   * Whether the element's class or id names it page chrome. Parts of a name that describe a state
   * or a child ("field-label-hidden") do not count, nor do a page builder's layout classes
   * (Elementor's "elementor-widget-text-editor" is a text block).
   */
  private static boolean isChrome(Element e) {
    if (e.attributesSize() == 0) {
      return false; // no class, no id: most elements of a page
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (!isChromeName(names)) {
      return false;
    }
    if ((e.normalName().equals("article") || e.normalName().equals("main"))
        && hasToken(names, POSITIVE_TOKENS)) {
      return false; // "author-article": a columnist's article, the page's text whatever else
    }
    if (!e.id().isEmpty() && isHeadingAnchor(e)) {
      names = e.className().toLowerCase(Locale.ROOT);
      if (!isChromeName(names)) {
        return false;
      }
    }
    return !mayHoldStatePart(names) || isChromeName(STATE_PART.matcher(names).replaceAll(" "));
  }

  /** Words an id made from a heading has at least: role names are one or two words. */
  private static final int MIN_ANCHOR_WORDS = 3;

  /** How many of an element's first children may come before the heading its id is made of. */
  private static final int ANCHOR_HEADING_REACH = 3;

  /**
   * Whether the element's id is made from its heading's text ("sharing-with-a-single-developer"
   * of a section headed "Sharing with a single developer", as documentation tools and many CMSs
   * write them): such an id names a part of the text, not a role, whatever words the heading uses.
   */
  static boolean isHeadingAnchor(Element e) {
    String id = e.id();
    int words = 1;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-' || c == '_') {
        words++;
      }
    }
    if (words < MIN_ANCHOR_WORDS) {
      return false;
    }
    Element heading = isHeading(e) ? e : null;
    for (int i = 0; heading == null && i < Math.min(ANCHOR_HEADING_REACH, e.childrenSize()); i++) {
      heading = isHeading(e.child(i)) ? e.child(i) : null;
    }
    return heading != null
        && slug(heading.text()).equals(id.toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  private static boolean isHeading(Element e) {
    String tag = e.normalName();
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /** Lower-cased letters and digits, each other run of characters one hyphen, none at the ends. */
  static String slug(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        out.appendCodePoint(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** Whether the names hold one of the {@link #STATE_WORDS}. */
  private static boolean mayHoldStatePart(String names) {
    for (String word : STATE_WORDS) {
      if (names.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether lower-cased class and id names mark page chrome: a token in {@link #CHROME_TOKENS}, or
   * a class name (split at white space only) starting with one of {@link #CHROME_PREFIXES}. Scanned
   * by hand: this runs for every element of a page.
   */
  static boolean isChromeName(String names) {
    return hasToken(names, CHROME_TOKENS) || hasWordStartingWith(names, CHROME_PREFIXES);
  }

  /** Whether a token of the names (split at white space, "_" and "-") is in the set. */
  private static boolean hasToken(String names, Set<String> tokens) {
    return Selectors.anyToken(
        names,
        c -> c == '_' || c == '-' || TextNormalizer.isAsciiSpace((char) c),
        tokens::contains);
  }

  private static boolean hasWordStartingWith(String names, List<String> prefixes) {
    for (int i = 0; i < names.length(); i++) {
      if (i == 0 || TextNormalizer.isAsciiSpace(names.charAt(i - 1))) {
        for (String prefix : prefixes) {
          if (names.startsWith(prefix, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The element holding the article text. */
  private static Element container(Element body, int pageText, Measures m) {
    Element marked = null;
    List<Element> articles = new ArrayList<>();
    for (Element e : body.getAllElements()) { // one walk for both
      if (marked == null && ARTICLE_BODY.matches(body, e)) {
        marked = e;
      }
      if (ARTICLE.matches(body, e)) {
        articles.add(e);
      }
    }
    if (marked != null && m.paragraphText(marked) >= pageText * 0.5) {
      return marked;
    }
    if (articles.size() == 1 && m.paragraphText(articles.get(0)) >= pageText * 0.6) {
      Element article = articles.get(0);
      Element inner = bestScored(article, m);
      return inner != null && m.paragraphText(inner) >= m.paragraphText(article) * 0.85
          ? inner
          : article;
    }
    Element best = bestScored(body, m);
    return best == null ? body : best;
  }

  private static Element bestScored(Element root, Measures m) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : root.select(SCORED)) {
      if (!p.tagName().equals("p") && !p.tagName().equals("pre") && !hasOwnText(p)) {
        continue;
      }
      boolean paragraph = p.tagName().equals("p") || p.tagName().equals("pre");
      String text = paragraph ? p.text() : ownText(p);
      if (text.length() < MIN_SCORED_LENGTH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      // A paragraph credits its container; a div holding text itself is a container.
      Element ancestor = paragraph ? p.parent() : p;
      for (int level = 0; ancestor != null && level < 3; level++) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(ancestor, scores.get(ancestor) + score / divider);
        if (ancestor == root) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - m.linkDensity(entry.getKey()));
      if (score > bestScore) {
        bestScore = score;
        best = entry.getKey();
      }
    }
    return best;
  }

  private static double initialScore(Element e) {
    double score =
        switch (e.tagName()) {
          case "article" -> 10;
          case "div", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (hasToken((e.className() + " " + e.id()).toLowerCase(Locale.ROOT), POSITIVE_TOKENS)) {
      score += 25;
    }
    return score;
  }

  /**
   * The container and the siblings that look like more of the same article: the same tag and class
   * (a body split around an ad or a newsletter box), or prose of their own.
   */
  private static List<Element> withSiblings(Element container, Measures m) {
    List<Element> parts = new ArrayList<>();
    int containerText = m.paragraphText(container);
    for (Element sibling : container.parent().children()) {
      if (sibling == container) {
        parts.add(sibling);
        continue;
      }
      int text = m.paragraphText(sibling);
      boolean sameKind =
          sibling.tagName().equals(container.tagName())
              && !container.className().isEmpty()
              && sibling.className().equals(container.className())
              && text > 0
              && m.linkDensity(sibling) < 0.25;
      boolean paragraph =
          sibling.tagName().equals("p")
              && sibling.text().length() > 80
              && m.linkDensity(sibling) < 0.25;
      boolean bigEnough =
          text >= containerText * 0.2 && text > 200 && m.linkDensity(sibling) < 0.25;
      if (sameKind || paragraph || bigEnough) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  /** A part of the body elsewhere on the page holds at least this many characters of prose... */
  private static final int SAME_KIND_MIN_TEXT = 200;

  /** ...and at most this share of link text (a teaser's linked headline has more). */
  private static final double SAME_KIND_MAX_LINKS = 0.1;

  /**
   * The parts with the elements elsewhere on the page that are of the container's kind (the same
   * tag and class) and hold prose with next to no links, in the page's order: a body the template
   * split into several wrappers (the story's first paragraphs above a full-width picture or an ad
   * row, the rest below; a list article's items each in a box of its own) has its parts in boxes
   * of one class, though not as siblings. (Cross-validated, trafilatura HTML snippets 0.9287 ->
   * 0.9303, the mean of seeds 0-2, 13 pages changed, 9 better; readability HTML unchanged. With
   * teasers' link share, up to 0.25, readability lost on three pages whose teasers share the
   * article's class.)
   */
  private static List<Element> withSameKind(
      Element body, Element container, List<Element> parts, Measures m) {
    if (container.className().isEmpty()) {
      return parts;
    }
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(parts);
    // what holds a part: an element is visited before what it holds, so later additions need
    // only the check of their own ancestors
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element part : parts) {
      holders.addAll(part.parents());
    }
    boolean added = false;
    for (Element e : body.getElementsByTag(container.tagName())) {
      if (!kept.contains(e)
          && !holders.contains(e)
          && e.className().equals(container.className())
          && m.paragraphText(e) >= SAME_KIND_MIN_TEXT
          && m.linkDensity(e) < SAME_KIND_MAX_LINKS
          && !insideAny(e, kept)) {
        kept.add(e);
        added = true;
      }
    }
    if (!added) {
      return parts;
    }
    List<Element> ordered = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (kept.contains(e)) {
        ordered.add(e);
      }
    }
    return ordered;
  }

  /** Whether the element is inside one of the parts. */
  private static boolean insideAny(Element e, Set<Element> parts) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (parts.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Collects the text blocks under an element, breaking at block elements and double breaks. */
  private static void blocks(Element root, List<String> out) {
    StringBuilder current = new StringBuilder();
    int[] linkChars = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          int pendingBreaks;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              String t = text.getWholeText();
              if (pendingBreaks >= 2 && !t.isBlank()) {
                flush(current, linkChars, out);
              }
              if (!t.isBlank()) {
                pendingBreaks = 0;
              }
              current.append(t);
              Element link = enclosingLink(text);
              if (link != null) {
                int length = t.strip().length();
                linkChars[0] += isInPage(link) ? length * 3 / 10 : length;
              }
            } else if (node instanceof Element e) {
              if (e.tagName().equals("br")) {
                pendingBreaks++;
                current.append('\n');
              } else if (isTextCell(e)) {
                // a row of short cells reads as one line, as a browser shows it
                current.append(' ');
              } else if (BLOCKS.contains(e.tagName())) {
                flush(current, linkChars, out);
                pendingBreaks = 0;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.tagName()) && !isTextCell(e)) {
              flush(current, linkChars, out);
              pendingBreaks = 0;
            }
          }
        },
        root);
    flush(current, linkChars, out);
  }

  private static void flush(StringBuilder current, int[] linkChars, List<String> out) {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      int length = collapsedLength(text);
      if (linkChars[0] <= length * MAX_LINK_DENSITY) {
        out.add(text);
      }
    }
    current.setLength(0);
    linkChars[0] = 0;
  }

  /** The text's length with each run of white space ({@code \\s+}) counted as one character. */
  static int collapsedLength(String text) {
    int length = text.length();
    for (int i = 1; i < text.length(); i++) {
      if (TextNormalizer.isAsciiSpace(text.charAt(i))
          && TextNormalizer.isAsciiSpace(text.charAt(i - 1))) {
        length--;
      }
    }
    return length;
  }

  /** A table cell holding text and inline elements only: a part of its row's line. */
  private static boolean isTextCell(Element e) {
    if (!CELLS.contains(e.tagName())) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCKS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  /** The link a text is in, within its block; null when it is in none. */
  private static Element enclosingLink(Node node) {
    for (Node n = node.parentNode(); n instanceof Element e; n = n.parentNode()) {
      if (e.tagName().equals("a")) {
        return e;
      }
      if (BLOCKS.contains(e.tagName())) {
        return null;
      }
    }
    return null;
  }

  /** A link to a place on the same page ({@code href="#notes"}). */
  private static boolean isInPage(Element link) {
    String href = link.attr("href");
    return href.length() > 1 && href.charAt(0) == '#';
  }

  /**
   * Text sizes of every element under a root, counted in one pass each instead of one subtree scan
   * per question (bench/parse-throughput.sh: the scans were a fifth of HTML extraction).
   */
  static final class Measures {
    private static final int TEXT = 0;
    private static final int LINKS = 1;
    private static final int PARAGRAPHS_TEXT = 2;

    /** Per element with any text under it: characters of text, of link text, of paragraph text. */
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private final Element root;

    /**
     * Sums bottom-up in one post-order walk, so the cost is linear even in pathologically deep
     * pages: an element's totals are complete when the walk leaves it, and are added to its parent
     * then.
     */
    Measures(Element root) {
      this.root = root;
      NodeTraversor.traverse(
          new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof TextNode text) {
                int length = visibleLength(text.getWholeText());
                if (length > 0 && text.parentNode() instanceof Element parent) {
                  of(parent)[TEXT] += length;
                }
                return;
              }
              if (!(node instanceof Element e)) {
                return;
              }
              int[] own = counts.get(e);
              if (own == null) {
                return; // no text under it: nothing to add or to hand up
              }
              if (e.tagName().equals("a")) {
                own[LINKS] = linkText(e, own[TEXT]);
              }
              if (PARAGRAPHS.contains(e.tagName())) {
                own[PARAGRAPHS_TEXT] += own[TEXT];
              }
              if (e != root && e.parent() != null) {
                int[] parent = of(e.parent());
                parent[TEXT] += own[TEXT];
                parent[LINKS] += own[LINKS];
                parent[PARAGRAPHS_TEXT] += own[PARAGRAPHS_TEXT];
              }
            }
          },
          root);
    }

    private int[] of(Element e) {
      return counts.computeIfAbsent(e, k -> new int[3]);
    }

    /**
     * Takes an element about to be removed out of the sums, as a new count of the page without it
     * would give them: its sums come off each ancestor's, a link's link text is its text again,
     * and a paragraph-like ancestor's paragraph text loses what its own text lost.
     */
    void remove(Element removed) {
      int[] own = counts.get(removed);
      if (own == null || removed == root) {
        return;
      }
      int text = own[TEXT];
      int links = own[LINKS];
      int paragraphs = own[PARAGRAPHS_TEXT];
      for (Element e = removed.parent(); e != null; e = e.parent()) {
        int[] sums = counts.get(e);
        sums[TEXT] -= text;
        int linksBefore = sums[LINKS];
        sums[LINKS] =
            e.tagName().equals("a") ? linkText(e, sums[TEXT]) : linksBefore - links;
        links = linksBefore - sums[LINKS];
        if (PARAGRAPHS.contains(e.tagName())) {
          paragraphs += text;
        }
        sums[PARAGRAPHS_TEXT] -= paragraphs;
        if (e == root) {
          break;
        }
      }
    }

    /** Characters of text in paragraph-like blocks under an element (its own text if none). */
    int paragraphText(Element e) {
      int[] own = counts.get(e);
      return own != null && own[PARAGRAPHS_TEXT] > 0 ? own[PARAGRAPHS_TEXT] : ownText(e).length();
    }

    /** A link's link text: a link within the page (a heading's anchor, a note) weighs less. */
    private static int linkText(Element link, int text) {
      return isInPage(link) ? text * 3 / 10 : text;
    }

    /** Characters of text under an element. */
    int text(Element e) {
      int[] own = counts.get(e);
      return own == null ? 0 : own[TEXT];
    }

    /** Share of an element's text that is link text. */
    double linkDensity(Element e) {
      int[] own = counts.get(e);
      return own == null || own[TEXT] == 0 ? 0 : Math.min(1, (double) own[LINKS] / own[TEXT]);
    }
  }

  /**
   * The length of a text node's {@code text().strip()}, without making either string: jsoup's
   * {@code text()} turns each run of its white space into one space and drops its invisible
   * characters (asked of jsoup's own predicates, so this follows {@code text()} if they change);
   * {@code strip} then takes off what {@link Character#isWhitespace} calls white space at both
   * ends.
   */
  static int visibleLength(String whole) {
    int units = 0;
    int start = -1;
    int end = 0;
    boolean lastWasWhite = false;
    for (int i = 0; i < whole.length(); ) {
      int c = whole.codePointAt(i);
      int width = Character.charCount(c);
      i += width;
      if (StringUtil.isActuallyWhitespace(c)) {
        if (!lastWasWhite) {
          units++;
          lastWasWhite = true;
        }
      } else if (!StringUtil.isInvisibleChar(c)) {
        if (!Character.isWhitespace(c)) {
          if (start < 0) {
            start = units;
          }
          end = units + width;
        }
        units += width;
        lastWasWhite = false;
      }
    }
    return start < 0 ? 0 : end - start;
  }

  private static boolean hasOwnText(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static String ownText(Element e) {
    StringBuilder text = new StringBuilder();
    for (TextNode t : e.textNodes()) {
      text.append(t.text());
    }
    return text.toString().strip();
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        n++;
      }
    }
    return n;
  }
}
