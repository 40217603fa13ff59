package dev.articleingest.parse.text;

import java.util.List;

/**
 * Where the article is in a dump: the stretch of lines that holds the most article text by the line
 * model, each line counting by how sure the model is (its probability less the threshold) and by
 * its length, so a long paragraph outweighs a few short lines of chrome between two parts of the
 * body, while a comment thread after a long block of chrome stays out.
 */
final class ArticleSpan {

  /** Lines of chrome that may stand between the stretch and one more article line. */
  private static final int MAX_GAP = 1;

  private ArticleSpan() {}

  /**
   * @return the first and last line of the stretch; when no line reaches the threshold, every line
   *     (the dump is taken as it is, as a plain article file would be)
   */
  static int[] find(List<DumpLine> lines, double[] p, double threshold) {
    double[] scores = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      scores[i] = (p[i] - threshold) * Math.log(2 + lines.get(i).wordCount());
    }
    int[] span = maxSum(scores);
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
    return new int[] {span[0], bestEnd};
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
