package dev.articleingest.parse;

import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds paragraphs whose quotation marks do not pair up. Scraping often loses an opening or closing
 * mark; we never repair the text (that would invent characters), we only say so.
 *
 * <p>Double marks: “ and „ open, ” closes, and straight {@code "} must come in pairs. Single marks:
 * ‘ opens; ’ closes an open single quotation unless it stands between two letters, where it is an
 * apostrophe (Russia’s). A stray ’ is never reported, since it is usually an apostrophe (the
 * allies’ plans).
 */
final class QuoteBalance {

  private QuoteBalance() {}

  /** One warning per paragraph with unbalanced marks; paragraph numbers are 1-based. */
  static List<Warning> check(List<String> paragraphs) {
    List<Warning> warnings = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String problem = problem(paragraphs.get(i));
      if (problem != null) {
        warnings.add(
            new Warning(WarningCode.UNBALANCED_QUOTES, "paragraph " + (i + 1) + ": " + problem));
      }
    }
    return warnings;
  }

  /** What is wrong with the marks in one paragraph, or {@code null}. */
  static String problem(String text) {
    int doubleDepth = 0;
    int singleDepth = 0;
    int straight = 0;
    boolean strayClose = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '"' && (c < '\u2018' || c > '\u201E')) {
        // most characters: no quotation mark
        continue;
      }
      switch (c) {
        case '\u201C', '\u201E' -> doubleDepth++;
        case '\u201D' -> {
          if (doubleDepth == 0) {
            strayClose = true;
          } else {
            doubleDepth--;
          }
        }
        case '"' -> straight++;
        case '\u2018' -> singleDepth++;
        case '\u2019' -> {
          boolean apostrophe = letterAt(text, i - 1) && letterAt(text, i + 1);
          if (!apostrophe && singleDepth > 0) {
            singleDepth--;
          }
        }
        default -> {
          // not a quotation mark
        }
      }
    }
    List<String> problems = new ArrayList<>();
    if (strayClose) {
      problems.add("a closing ” with no opening mark");
    }
    if (doubleDepth > 0) {
      problems.add("an opening “ that is never closed");
    }
    if (singleDepth > 0) {
      problems.add("an opening ‘ that is never closed");
    }
    if (straight % 2 != 0) {
      problems.add("an odd number of \" marks");
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  private static boolean letterAt(String text, int index) {
    return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index));
  }
}
