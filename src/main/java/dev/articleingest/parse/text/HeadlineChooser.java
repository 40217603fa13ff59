package dev.articleingest.parse.text;

import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.learned.TreeEnsemble;
import dev.articleingest.parse.spi.ParseContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the headline among the lines just above the body (and the body's first line, which the
 * line model may have taken for text): the candidate the headline model ({@link
 * HeadlineFeatures}) rates highest, supported by the words it shares with the object key's slug
 * ({@code rt-russia-issues-warning-to-us.txt}). A headline repeated lower down (as a caption) is
 * taken where it first appears.
 */
final class HeadlineChooser {

  /** Candidates are looked for this many lines above the body. */
  static final int WINDOW = 20;

  /**
   * How much a slug that repeats every word of the line adds to its log-odds. The corpus has no
   * slugs to learn it from, so it is set by hand: enough to decide between close candidates.
   */
  private static final double SLUG_WEIGHT = 3;

  /**
   * The chosen headline.
   *
   * @param index its line, or -1 when no line can be one
   * @param confidence its share of the candidates' odds: how sure the model is that it is this line
   *     and not another
   */
  record Choice(int index, double confidence) {
    static final Choice NONE = new Choice(-1, 0);
  }

  /** How much lower the line above may be rated and still be the headline of a standfirst. */
  private static final double STANDFIRST_MARGIN = 1;

  /** The fewest words of a headline over a standfirst (fewer is a kicker or a label). */
  private static final int HEADLINE_MIN_WORDS = 3;

  /** How many more words a standfirst has than its headline, at least. */
  private static final int STANDFIRST_EXTRA_WORDS = 3;

  private HeadlineChooser() {}

  static Choice choose(
      TreeEnsemble model, List<DumpLine> lines, double[] body, int bodyStart, ParseContext context) {
    Set<String> slug = slugWords(context);
    HeaderView view = new HeaderView(lines, context);
    int from = Math.max(0, bodyStart - WINDOW);
    int last = Math.min(bodyStart, lines.size() - 1);
    int best = -1;
    double bestLogit = Double.NEGATIVE_INFINITY;
    int rank = 0;
    List<Double> logits = new ArrayList<>();
    Map<Integer, Double> logitAt = new HashMap<>();
    for (int j = last; j >= from; j--) {
      if (!HeadlineFeatures.candidate(view, j)
          || (j == bodyStart && !HeadlineFeatures.couldOpenBody(lines.get(j).text()))) {
        continue;
      }
      double logit =
          model.logit(HeadlineFeatures.of(view, j, rank++, body, bodyStart))
              + SLUG_WEIGHT * slugShare(lines.get(j).text(), slug);
      logits.add(logit);
      logitAt.put(j, logit);
      if (logit > bestLogit) {
        best = j;
        bestLogit = logit;
      }
    }
    if (best < 0) {
      return Choice.NONE;
    }
    best = headlineOverStandfirst(lines, logitAt, from, best, bestLogit);
    for (int j = from; j < best; j++) {
      if (lines.get(j).text().equalsIgnoreCase(lines.get(best).text())) {
        best = j;
        break;
      }
    }
    double sum = 0;
    for (double logit : logits) {
      sum += Math.exp(logit - bestLogit);
    }
    return new Choice(best, 1 / sum);
  }

  /**
   * Of a headline and the standfirst below it, the model sometimes rates the standfirst a little
   * higher. The line just above the choice is taken instead when it is rated nearly as high, is
   * not a sentence, and is clearly shorter: a standfirst is the longer of the two. (Measured on
   * the corpus, it neither gains nor loses there; it keeps the headline when no slug helps.)
   */
  private static int headlineOverStandfirst(
      List<DumpLine> lines, Map<Integer, Double> logitAt, int from, int best, double bestLogit) {
    for (int j = best - 1; j >= from && j >= best - 2; j--) {
      if (lines.get(j).chrome()) {
        continue;
      }
      Double logit = logitAt.get(j);
      int words = lines.get(j).wordCount();
      boolean shorter =
          words >= HEADLINE_MIN_WORDS
              && lines.get(best).wordCount() >= words + STANDFIRST_EXTRA_WORDS;
      return logit != null
              && logit >= bestLogit - STANDFIRST_MARGIN
              && shorter
              && !TextNormalizer.endsSentence(lines.get(j).text())
          ? j
          : best;
    }
    return best;
  }

  private static double slugShare(String text, Set<String> slug) {
    if (slug.isEmpty()) {
      return 0;
    }
    String[] words = LineFeatures.words(text);
    int shared = 0;
    for (String w : words) {
      if (slug.contains(w)) {
        shared++;
      }
    }
    return (double) shared / Math.max(slug.size(), words.length);
  }

  /** The words of the key's last segment, less its extension; none for an id-like name. */
  private static Set<String> slugWords(ParseContext context) {
    Set<String> words = new HashSet<>();
    String key = context.key();
    if (key == null) {
      return words;
    }
    String name = key.substring(key.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    for (String w : LineFeatures.words(name.replace('-', ' ').replace('_', ' '))) {
      if (w.length() > 1 && !w.chars().allMatch(Character::isDigit)) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return words.size() >= 2 ? words : new HashSet<>();
  }
}
