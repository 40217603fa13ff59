package dev.articleingest.parse.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.decode.TextDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text dump of the development corpus with a label for each of its lines, made from the page's
 * truth: in readability's form, a line is article text when most of its token 4-grams are in the
 * truth's articleBody (or, when shorter, it is a whole paragraph of it); in trafilatura's form, a
 * line holding a "with" snippet is article text, one holding a "without" snippet is not, and the
 * rest are unknown (weight 0). Lines that are neither clearly in nor clearly out are left out.
 *
 * @param corpus which corpus the page is from
 * @param id the page's id
 * @param key the key it is parsed under
 * @param lines its lines
 * @param label 1 for article text, 0 for not, per line
 * @param weight how much each line counts in training (0: unknown)
 * @param truth the page's truth entry
 */
record TrainingPage(
    String corpus,
    String id,
    String key,
    byte[] content,
    List<DumpLine> lines,
    int[] label,
    double[] weight,
    JsonNode truth) {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  static TrainingPage of(String corpus, String id, String key, byte[] content, JsonNode truth) {
    String text = TextNormalizer.normalize(TextDecoder.decode(content, null).text());
    List<DumpLine> lines = DumpLine.of(text, TextModelTrainer.GENERIC);
    int[] label = new int[lines.size()];
    double[] weight = new double[lines.size()];
    if (truth.has("articleBody")) {
      labelFromBody(lines, truth.get("articleBody").asText(""), label, weight);
    } else {
      labelFromSnippets(lines, truth, label, weight);
    }
    return new TrainingPage(corpus, id, key, content, lines, label, weight, truth);
  }

  private static void labelFromBody(List<DumpLine> lines, String body, int[] label, double[] w) {
    List<String> truthTokens = tokens(body);
    Set<List<String>> grams = new HashSet<>();
    for (int i = 0; i + 4 <= truthTokens.size(); i++) {
      grams.add(List.copyOf(truthTokens.subList(i, i + 4)));
    }
    Set<String> paragraphs = new HashSet<>();
    for (String p : body.split("\n\\s*\n")) {
      paragraphs.add(norm(p));
    }
    String flat = norm(body);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).text();
      List<String> t = tokens(line);
      if (t.size() >= 4) {
        int in = 0;
        for (int j = 0; j + 4 <= t.size(); j++) {
          if (grams.contains(t.subList(j, j + 4))) {
            in++;
          }
        }
        double share = (double) in / (t.size() - 3);
        label[i] = share >= 0.5 ? 1 : 0;
        w[i] = share >= 0.5 || share < 0.2 ? 1 : 0;
      } else {
        String n = norm(line);
        if (paragraphs.contains(n)) {
          label[i] = 1;
          w[i] = 1;
        } else {
          label[i] = 0;
          w[i] = !n.isEmpty() && flat.contains(n) ? 0 : 1;
        }
      }
    }
  }

  private static void labelFromSnippets(
      List<DumpLine> lines, JsonNode truth, int[] label, double[] w) {
    List<String> with = new ArrayList<>();
    truth.path("with").forEach(s -> with.add(norm(s.asText())));
    List<String> without = new ArrayList<>();
    truth.path("without").forEach(s -> without.add(norm(s.asText())));
    for (int i = 0; i < lines.size(); i++) {
      String line = norm(lines.get(i).text());
      boolean in = false;
      boolean out = false;
      for (String s : with) {
        in |= !s.isEmpty() && (line.contains(s) || (s.contains(line) && line.length() >= 20));
      }
      for (String s : without) {
        out |= !s.isEmpty() && (line.contains(s) || (s.contains(line) && line.length() >= 20));
      }
      if (in && !out) {
        label[i] = 1;
        w[i] = 1;
      } else if (out && !in) {
        label[i] = 0;
        w[i] = 1;
      }
    }
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  static String norm(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** Counts of labelled lines: positives, negatives. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < label.length; i++) {
      if (weight[i] > 0) {
        counts.merge(label[i] == 1 ? "in" : "out", 1, Integer::sum);
      }
    }
    return counts;
  }
}
