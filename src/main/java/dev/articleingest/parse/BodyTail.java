package dev.articleingest.parse;

import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.normalize.TextStats;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tail a template sets under the story that is still inside what the extractor took for the
 * body: a short heading in the story's second half ("Weitere Informationen:", "Schon gelesen?",
 * "Related", "Kontakt") with nothing under it but a few short lines (links to other stories, a
 * contact's address, a list of tags). A heading over a paragraph of prose is the story's own
 * section and stays, and so do a list's items and "key: value" lines, which are data.
 *
 * <p>Cross-validated on the development corpus (means over seeds 0-2): trafilatura snippets
 * 0.879 -> 0.883 (text dumps) and 0.925 -> 0.928 (HTML); readability body 0.930 -> 0.931 (HTML)
 * and 0.898 -> 0.897 (text dumps), whose truth, Readability's own output, keeps such tails.
 */
final class BodyTail {

  /** A heading is at most this many words... */
  private static final int HEADING_WORDS = 6;

  /** ...and characters (a line of CJK text is one "word"). */
  private static final int HEADING_CHARS = 60;

  /** The lines under it are each at most this many words... */
  private static final int LINE_WORDS = 15;

  /** ...and characters... */
  private static final int LINE_CHARS = 120;

  /** ...and all together at most this many words. */
  private static final int TAIL_WORDS = 80;

  /** A tail is told only under a story of at least this many words. */
  private static final int STORY_WORDS = 40;

  /** A list's item or a note's mark ("* ", "- ", "1. ", "[1]"), or a "key: value" line. */
  private static final Pattern NOT_A_HEADING =
      Pattern.compile("^(?:[*•\\-–]|\\d+[.)]|\\[).*|.*\\S: \\S.*");

  private BodyTail() {}

  /**
   * @return the index of the paragraph the tail starts at, or the number of paragraphs when there
   *     is none
   */
  static int start(List<String> paragraphs) {
    int n = paragraphs.size();
    int start = n;
    int words = 0;
    for (int i = n - 1; i >= Math.max(1, n / 2); i--) {
      String p = paragraphs.get(i);
      int w = words(p);
      if (w <= HEADING_WORDS
          && p.length() <= HEADING_CHARS
          && words <= TAIL_WORDS
          && (!TextNormalizer.endsSentence(p) || p.endsWith("?"))
          && !NOT_A_HEADING.matcher(p).matches()) {
        start = i;
      }
      if (w > LINE_WORDS || p.length() > LINE_CHARS) {
        break;
      }
      words += w;
    }
    int story = 0;
    for (int i = 0; i < start && story < STORY_WORDS; i++) {
      story += words(paragraphs.get(i));
    }
    return story >= STORY_WORDS ? start : n;
  }

  private static int words(String paragraph) {
    return TextStats.count(List.of(paragraph)).words();
  }
}
