package dev.articleingest.parse.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors, parsed once: parsing one costs about as much as running it on a small page. Parsed
 * selectors may be shared between threads: jsoup keeps the memo of a selector with combinators per
 * thread, clears it when the selector is next used, and until then holds the last page it ran on.
 *
 * <p>A selector made of many alternatives is tried on every element of a page; where each
 * alternative needs an attribute, or is a tag name, a cheap check rules out most elements first
 * ({@link #withAttribute}, {@link #tagsOr}). SelectorsTest checks each such selector selects what
 * jsoup's own evaluation of it does.
 */
final class Selectors {

  private Selectors() {}

  static Evaluator parse(String css) {
    return QueryParser.parse(css);
  }

  /**
   * A selector tried only on elements that have one of the attributes, for a selector each of whose
   * alternatives needs one of them (a class, an attribute's value). Not for selectors with
   * combinators: the memo jsoup keeps for those is reset through the outer evaluator.
   */
  static Evaluator withAttribute(String css, String... attributes) {
    Evaluator selector = QueryParser.parse(css);
    List<String> keys = List.of(attributes);
    return new Evaluator() {
      @Override
      public boolean matches(Element root, Element element) {
        if (element.attributesSize() == 0) {
          return false;
        }
        for (String key : keys) {
          if (element.hasAttr(key)) {
            return selector.matches(root, element);
          }
        }
        return false;
      }

      @Override
      public String toString() {
        return selector.toString();
      }
    };
  }

  /** Elements with one of the tag names, or that the other selector matches. */
  static Evaluator tagsOr(Set<String> tags, Evaluator other) {
    return new Evaluator() {
      @Override
      public boolean matches(Element root, Element element) {
        return tags.contains(element.normalName()) || other.matches(root, element);
      }

      @Override
      public String toString() {
        return String.join(", ", tags) + ", " + other;
      }
    };
  }
}
