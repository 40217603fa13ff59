package dev.articleingest.parse.text;

import dev.articleingest.normalize.TextNormalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Where the article is in a dump: the stretch of lines that holds the most article text by the line
 * model, each line counting by how sure the model is (its probability less the threshold) and by
 * its length, so a long paragraph outweighs a few short lines of chrome between two parts of the
 * body, while a comment thread after a long block of chrome stays out.
 */
final class ArticleSpan {

  /** Lines of chrome that may stand between the stretch and one more article line. */
  private static final int MAX_GAP = 1;

  /**
   * Short lines that may stand between the stretch and a paragraph of prose above it (a table of
   * contents, a picture's caption and credit)...
   */
  private static final int ISLAND_GAP = 12;

  /** ...each at most this long (headings, contents entries, captions, labels)... */
  private static final int GAP_WORDS = 15;

  /** ...when the model is this sure of the paragraph... */
  private static final double ISLAND_P = 0.8;

  /** ...and it is this long: a sentence or two of an opening, not a teaser's line. */
  private static final int ISLAND_WORDS = 30;

  private ArticleSpan() {}

  /**
   * @return the first and last line of the stretch; when no line reaches the threshold, every line
   *     (the dump is taken as it is, as a plain article file would be)
   */
  static int[] find(List<DumpLine> lines, double[] p, double threshold) {
    int[] span = maxSum(scores(lines, p, threshold, false));
    if (span[0] < 0) {
      return new int[] {0, p.length - 1};
    }
    int bestEnd = span[1];
    // a line of chrome ("Read more: ...", an ad label) before the last paragraph does not end it
    boolean extended = true;
    while (extended) {
      extended = false;
      for (int j = bestEnd + 1; j < p.length && j <= bestEnd + 1 + MAX_GAP; j++) {
        if (p[j] >= threshold) {
          bestEnd = j;
          extended = true;
          break;
        }
      }
    }
    int bestStart = span[0];
    // the story going on below an in-article box (a gallery, share buttons, "Read more")
    bestEnd = continuation(lines, p, threshold, bestStart, bestEnd);
    // an opening paragraph above a table of contents or a picture's caption lines is the article's
    for (int island = island(lines, p, bestStart); island >= 0; ) {
      bestStart = island;
      island = island(lines, p, bestStart);
    }
    return new int[] {bestStart, bestEnd};
  }

  /**
   * The stretch below a header that took the whole of {@link #find}'s stretch (a standfirst the
   * model was sure of, over a recipe's numbered steps or a list it was less sure of): as {@link
   * #find}, but a line of one word (a step's number, a label) neither adds nor takes away, so the
   * numbers between steps do not split them.
   *
   * @return the first and last line of the stretch, or every line when no line reaches the
   *     threshold
   */
  static int[] rescue(List<DumpLine> lines, double[] p, double threshold) {
    int[] span = maxSum(scores(lines, p, threshold, true));
    return span[0] < 0 ? new int[] {0, p.length - 1} : span;
  }

  /**
   * Each line's score: how sure the model is that it is text (its probability less the threshold),
   * by its length; with {@code oneWordNeutral}, 0 for a line of one word or none.
   */
  private static double[] scores(
      List<DumpLine> lines, double[] p, double threshold, boolean oneWordNeutral) {
    double[] scores = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      int words = lines.get(i).wordCount();
      scores[i] = oneWordNeutral && words <= 1 ? 0 : (p[i] - threshold) * Math.log(2 + words);
    }
    return scores;
  }

  /** A box inside the story is at most this many lines... */
  private static final int CONT_GAP = 20;

  /** ...each of at most this many words (buttons, links, a caption's credit). */
  private static final int CONT_GAP_WORDS = 8;

  /** The story's continuation below it is at least this many words of text... */
  private static final int CONT_MIN_WORDS = 40;

  /** ...that the model is this sure of on average... */
  private static final double CONT_P = 0.7;

  /** ...and this share of whose words the story above holds (a teaser's or a footer's do not). */
  private static final double CONT_SHARE = 0.2;

  /**
   * The stretch's end taken past boxes inside the story: a run of short lines the model left out
   * (gallery controls, share buttons), then a stretch of text it is sure of that shares the
   * story's words (names, places, the subject), and so goes on with it. A teaser's, a footer's or
   * a newsletter's text shares few of them; comments come after a longer run of names and dates.
   *
   * @return the stretch's new last line, or {@code end} when nothing goes on below it
   */
  static int continuation(List<DumpLine> lines, double[] p, double threshold, int start, int end) {
    while (true) {
      int j = end + 1;
      while (j < lines.size() && j - end - 1 < CONT_GAP && p[j] < threshold
          && lines.get(j).wordCount() <= CONT_GAP_WORDS) {
        j++;
      }
      if (j >= lines.size() || p[j] < threshold || j == end + 1) {
        return end;
      }
      int k = j;
      int words = 0;
      double sum = 0;
      while (k < lines.size() && p[k] >= threshold) {
        words += lines.get(k).wordCount();
        sum += p[k];
        k++;
      }
      if (words < CONT_MIN_WORDS
          || sum / (k - j) < CONT_P
          || sharedShare(lines, p, threshold, start, end, j, k) < CONT_SHARE) {
        return end;
      }
      end = k - 1;
    }
  }

  /**
   * The share of the units ({@link HeaderView#units}) of lines {@code from} to {@code to}
   * (exclusive) that the text lines from {@code start} to {@code end} hold too; 0 when they have
   * none.
   */
  private static double sharedShare(
      List<DumpLine> lines, double[] p, double threshold, int start, int end, int from, int to) {
    Set<String> story = new HashSet<>();
    for (int i = start; i <= end; i++) {
      if (p[i] >= threshold) {
        story.addAll(HeaderView.units(lines.get(i).words()));
      }
    }
    int shared = 0;
    int total = 0;
    for (int i = from; i < to; i++) {
      for (String unit : HeaderView.units(lines.get(i).words())) {
        total++;
        shared += story.contains(unit) ? 1 : 0;
      }
    }
    return total == 0 ? 0 : (double) shared / total;
  }

  /**
   * The nearest line above {@code from} that is a confident paragraph of prose with only short
   * lines between; -1 when there is none. (Below the stretch the same shape is as often a
   * comment or a teaser as the article's end, and is left out.)
   */
  private static int island(List<DumpLine> lines, double[] p, int from) {
    for (int j = from - 1; j >= Math.max(0, from - 1 - ISLAND_GAP); j--) {
      if (p[j] >= ISLAND_P && lines.get(j).wordCount() >= ISLAND_WORDS) {
        return j;
      }
      if (lines.get(j).wordCount() > GAP_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /** A list's items are short lines... */
  private static final int LIST_ITEM_WORDS = 15;

  /** ...at least this many... */
  private static final int LIST_MIN_ITEMS = 2;

  /** ...and at most this many (a longer run is a menu or an index, whatever comes before it). */
  private static final int LIST_MAX_ITEMS = 40;

  /** The line that introduces a list is text at least this likely. */
  private static final double LIST_INTRO_P = 0.3;

  /**
   * Lists the article holds, taken for article text: a line that introduces a list (it ends with a
   * colon, and the model thinks it may be text), the list's items (a run of short lines of one
   * block: innerText puts list items on lines of their own, with no blank line between), and
   * prose the model takes for text right after the list. The model judges each item alone, and an
   * item alone is as short as a menu entry; the colon before and the prose after say it is not.
   * Each such line's probability is raised to the threshold, in place.
   */
  static void keepIntroducedLists(List<DumpLine> lines, double[] p, double threshold) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String intro = lines.get(i).text();
      if (!intro.endsWith(":") || p[i] < LIST_INTRO_P) {
        continue;
      }
      int first = i + 1;
      int block = lines.get(first).block();
      int j = first;
      while (j < lines.size()
          && j - first < LIST_MAX_ITEMS
          && lines.get(j).block() == block
          && lines.get(j).wordCount() <= LIST_ITEM_WORDS
          && !lines.get(j).chrome()) {
        j++;
      }
      int items = j - first;
      boolean wholeBlock = j >= lines.size() || lines.get(j).block() != block;
      if (items < LIST_MIN_ITEMS || !wholeBlock || j >= lines.size() || p[j] < threshold) {
        continue;
      }
      for (int k = i; k < j; k++) {
        p[k] = Math.max(p[k], threshold);
      }
      i = j - 1;
    }
  }

  /** A lead above the stretch is looked for this many lines above its start at most... */
  static final int LEAD_GAP = 4;

  /** ...and is a sentence of at least this many words. */
  static final int LEAD_WORDS = 20;

  /** Lines between the lead and the stretch have at most this many words (buttons, a credit). */
  private static final int LEAD_GAP_LINE_WORDS = 3;

  /**
   * Where the article starts when a lead paragraph stands just above the stretch the model found,
   * set apart from it by a share row, a picture's credit or other short lines ("teilen",
   * "twittern", "E-Mail"): the nearest line within {@value #LEAD_GAP} lines above {@code start},
   * below the headline, that the model takes for text and that is a sentence of at least {@value
   * #LEAD_WORDS} words, when every line between is chrome or {@value #LEAD_GAP_LINE_WORDS} words
   * at most; else {@code start}. (Cross-validated: five trafilatura pages gained their lead,
   * snippets 0.878 -> 0.879; readability's bodies unchanged.)
   */
  static int leadAbove(List<DumpLine> lines, double[] p, int start, int headline, double threshold) {
    for (int j = start - 1; j > headline && j >= start - 1 - LEAD_GAP; j--) {
      DumpLine line = lines.get(j);
      if (p[j] >= threshold
          && line.wordCount() >= LEAD_WORDS
          && !line.chrome()
          && TextNormalizer.endsSentence(line.text())) {
        return j;
      }
      if (line.wordCount() > LEAD_GAP_LINE_WORDS && !line.chrome()) {
        return start;
      }
    }
    return start;
  }

  /** A doubted line inside the article is kept when the model gives it at least this. */
  static final double SANDWICHED_P = 0.3;

  /**
   * The probabilities with the article's doubted runs raised to the threshold, as a copy: each run
   * of lines under the threshold that lies between two lines at or over it, past {@code from}, and
   * whose lines are all at least {@link #SANDWICHED_P} likely text and none chrome or {@code
   * metadata} (a date line among comments is no text, and would be taken for the article's).
   * Hysteresis, as an edge detector keeps a weak edge that joins strong ones: where the text runs
   * on around them, a short paragraph, a subheading or a list item the model half believes is
   * article text.
   * (Cross-validated, readability body 0.895 -> 0.899, 28 pages changed, most a little better;
   * trafilatura snippets, headlines and bylines unchanged.) The header's and the date's choices
   * keep the model's own probabilities.
   */
  static double[] withSandwiched(
      List<DumpLine> lines, double[] p, double threshold, int from, IntPredicate metadata) {
    double[] kept = p.clone();
    int i = Math.max(from, 0);
    while (i < lines.size()) {
      if (p[i] >= threshold) {
        i++;
        continue;
      }
      int start = i;
      boolean doubted = true;
      for (; i < lines.size() && p[i] < threshold; i++) {
        doubted =
            doubted && p[i] >= SANDWICHED_P && !lines.get(i).chrome() && !metadata.test(i);
      }
      if (doubted && start > from && i < lines.size()) {
        Arrays.fill(kept, start, i, threshold);
      }
    }
    return kept;
  }

  /**
   * The stretch with the greatest sum of scores (Kadane's algorithm).
   *
   * @return its first and last index, or {-1, -1} when no score is positive
   */
  static int[] maxSum(double[] scores) {
    int bestStart = -1;
    int bestEnd = -1;
    double best = 0;
    double sum = 0;
    int start = 0;
    for (int i = 0; i < scores.length; i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += scores[i];
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    return new int[] {bestStart, bestEnd};
  }
}
