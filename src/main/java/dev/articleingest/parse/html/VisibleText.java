package dev.articleingest.parse.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page's visible text laid out as a browser's {@code innerText} lays it out with scripts off:
 * block elements on lines of their own, paragraphs, headings, lists, quotes and tables set apart by
 * blank lines, nothing of scripts, styles, templates or hidden elements. It is what the text-dump
 * models were trained on, so they can read an HTML page as they read a dump.
 */
final class VisibleText {

  /** Elements that start and end a line. */
  private static final Set<String> BLOCK =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
          "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
          "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
          "ul", "caption", "option", "select", "textarea", "iframe", "video", "audio");

  /** Block elements with margins, which innerText sets apart by a blank line. */
  private static final Set<String> PARAGRAPH =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "pre", "figure",
          "table", "hr", "menu", "dir", "form", "fieldset", "center");

  /** Never rendered as text. */
  private static final Set<String> SKIPPED =
      Set.of(
          "script", "style", "noscript", "template", "head", "svg", "canvas", "object", "embed",
          "button", "input", "select", "textarea", "math", "title", "meta", "link");

  private VisibleText() {}

  static String of(Element body) {
    StringBuilder out = new StringBuilder(4096);
    // NodeTraversor walks without recursion: a page nested thousands deep is fine
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              appendText(text.text(), out);
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
              return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (SKIPPED.contains(tag) || hidden(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
              trimSpace(out);
              out.append('\n');
            } else if (BLOCK.contains(tag)) {
              lineBreak(out, PARAGRAPH.contains(tag) ? 2 : 1);
            } else if ((tag.equals("td") || tag.equals("th")) && !endsWithBreak(out)) {
              out.append('\t');
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCK.contains(element.normalName())) {
              lineBreak(out, PARAGRAPH.contains(element.normalName()) ? 2 : 1);
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return out.toString();
  }

  private static void appendText(String t, StringBuilder out) {
    if (t.isBlank()) {
      if (!t.isEmpty() && out.length() > 0 && !endsWithBreak(out)) {
        out.append(' ');
      }
      return;
    }
    if (out.length() > 0 && !endsWithBreak(out) && Character.isWhitespace(t.charAt(0))) {
      out.append(' ');
    }
    out.append(t.strip());
    if (Character.isWhitespace(t.charAt(t.length() - 1))) {
      out.append(' ');
    }
  }

  private static boolean hidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static boolean endsWithBreak(StringBuilder out) {
    return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
  }

  private static void trimSpace(StringBuilder out) {
    while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
      out.setLength(out.length() - 1);
    }
  }

  /** Ends the current line and makes sure {@code lines} line breaks end the text. */
  private static void lineBreak(StringBuilder out, int lines) {
    trimSpace(out);
    if (out.length() == 0) {
      return;
    }
    int have = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
      have++;
    }
    for (int i = have; i < lines; i++) {
      out.append('\n');
    }
  }
}
