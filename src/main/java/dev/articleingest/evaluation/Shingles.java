package dev.articleingest.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body scoring as the public article-extraction benchmarks do it (scrapinghub's
 * article-extraction-benchmark): texts are cut into word tokens ({@code \w+}), tokens into
 * overlapping 4-grams ("shingles"), and the shingle multisets compared. Per document, true
 * positives, false positives and false negatives are normalised to sum to one, so long articles
 * weigh no more than short ones; precision and recall are averaged over documents, and F1 is
 * computed from those averages.
 */
public final class Shingles {

  /** Shingle length. */
  public static final int N = 4;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private Shingles() {}

  /** One document's normalised true positives, false positives and false negatives. */
  public record Match(double tp, double fp, double fn) {

    /** 1 when nothing was wrong, 0 when nothing was predicted right. */
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /**
   * Averages over documents.
   *
   * @param precision mean precision over documents that predicted something
   * @param recall mean recall over documents whose truth has something
   * @param f1 harmonic mean of the two averages
   */
  public record Scores(double precision, double recall, double f1) {}

  public static Match match(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Match(tp / sum, fp / sum, fn / sum) : new Match(0, 0, 0);
  }

  public static Scores scores(List<Match> matches) {
    double precision = mean(matches, true);
    double recall = mean(matches, false);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(precision, recall, f1);
  }

  private static double mean(List<Match> matches, boolean precision) {
    double sum = 0;
    int n = 0;
    for (Match m : matches) {
      if (precision ? m.tp() + m.fp() > 0 : m.tp() + m.fn() > 0) {
        sum += precision ? m.precision() : m.recall();
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The text's shingles with their counts; texts of fewer than N tokens are one shingle. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
