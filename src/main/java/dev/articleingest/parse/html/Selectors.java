package dev.articleingest.parse.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
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
    return withAttribute(QueryParser.parse(css), attributes);
  }

  /** {@link #withAttribute(String, String...)} for a selector built already. */
  static Evaluator withAttribute(Evaluator selector, String... attributes) {
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

  /**
   * A selector list whose class alternatives ({@code .dek}) are one set lookup per class name of
   * the element, its class attribute split once, where jsoup scans the attribute once for each of
   * them; the other alternatives run as jsoup runs them. Not for alternatives with combinators.
   */
  static Evaluator classesOr(String css) {
    Set<String> classes = new HashSet<>();
    List<String> others = new ArrayList<>();
    for (String alternative : css.split(",")) {
      String a = alternative.strip();
      if (a.matches("\\.[A-Za-z0-9_-]+")) {
        classes.add(a.substring(1).toLowerCase(Locale.ROOT));
      } else {
        others.add(a);
      }
    }
    Evaluator rest = others.isEmpty() ? null : QueryParser.parse(String.join(", ", others));
    Predicate<String> isClass = name -> isIn(name, classes);
    return new Evaluator() {
      @Override
      public boolean matches(Element root, Element element) {
        // class names split as Element#hasClass splits them (at Character#isWhitespace)
        String names =
            element.attributesSize() == 0 ? "" : element.attributes().getIgnoreCase("class");
        return anyToken(names, Character::isWhitespace, isClass)
            || (rest != null && rest.matches(root, element));
      }

      @Override
      public String toString() {
        return css;
      }
    };
  }

  /** Whether a token of the text, split at the separator characters, passes the test. */
  static boolean anyToken(String text, IntPredicate separator, Predicate<String> test) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || separator.test(text.charAt(i))) {
        if (start >= 0 && test.test(text.substring(start, i))) {
          return true;
        }
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return false;
  }

  /**
   * Whether a class name is in the lower-case set, ignoring case as {@link Element#hasClass} does
   * ({@link String#equalsIgnoreCase}, by which a non-ASCII "ı" equals "i": such names are compared
   * one by one).
   */
  private static boolean isIn(String name, Set<String> classes) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        for (String c : classes) {
          if (c.equalsIgnoreCase(name)) {
            return true;
          }
        }
        return false;
      }
    }
    return classes.contains(name.toLowerCase(Locale.ROOT));
  }
}
