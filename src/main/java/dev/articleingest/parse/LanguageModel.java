package dev.articleingest.parse;

import java.util.Objects;

/**
 * A character n-gram maximum-entropy language model in a compact form, evaluated the way Apache
 * OpenNLP's {@code LanguageDetectorME} evaluates its own model (each distinct 1- to 3-gram of the
 * normalised, lower-cased text adds its weights once; softmax over the sums), but an order of
 * magnitude faster: n-grams are packed into a {@code long} and found in an open-addressing table,
 * weights sit in flat arrays, and no string is made per n-gram. LanguageModelTest checks it against
 * OpenNLP's own evaluation of the same model.
 */
final class LanguageModel {

  /** The most languages a model may have: outcome indices are stored as bytes. */
  static final int MAX_LANGUAGES = 256;

  private static final long EMPTY = 0L;

  private final String[] languages;
  private final long[] slots;
  private final int[] slotFeature;
  private final int mask;
  private final int[] starts;
  private final byte[] outcomes;
  private final double[] weights;

  /**
   * @param languages the outcomes (ISO 639-3 codes in OpenNLP's model)
   * @param ngrams the features, one to three characters each
   * @param featureOutcomes per feature, the indices into {@code languages} it has a weight for
   * @param featureWeights per feature, the weights, in the order of {@code featureOutcomes}
   */
  LanguageModel(
      String[] languages, String[] ngrams, int[][] featureOutcomes, double[][] featureWeights) {
    if (languages.length == 0 || languages.length > MAX_LANGUAGES) {
      throw new IllegalArgumentException("a model needs 1 to 256 languages: " + languages.length);
    }
    if (ngrams.length != featureOutcomes.length || ngrams.length != featureWeights.length) {
      throw new IllegalArgumentException("n-grams, outcomes and weights differ in number");
    }
    this.languages = languages.clone();
    int capacity = Integer.highestOneBit(Math.max(ngrams.length, 1) * 2 - 1) << 1;
    this.slots = new long[capacity];
    this.slotFeature = new int[capacity];
    this.mask = capacity - 1;
    this.starts = new int[ngrams.length + 1];
    int total = 0;
    for (int feature = 0; feature < ngrams.length; feature++) {
      if (featureOutcomes[feature].length != featureWeights[feature].length) {
        throw new IllegalArgumentException("n-gram " + feature + ": outcomes and weights differ");
      }
      starts[feature] = total;
      total += featureOutcomes[feature].length;
    }
    starts[ngrams.length] = total;
    this.outcomes = new byte[total];
    this.weights = new double[total];
    for (int feature = 0; feature < ngrams.length; feature++) {
      insert(key(ngrams[feature]), feature);
      int start = starts[feature];
      for (int i = 0; i < featureOutcomes[feature].length; i++) {
        int outcome = featureOutcomes[feature][i];
        Objects.checkIndex(outcome, languages.length);
        outcomes[start + i] = (byte) outcome;
        weights[start + i] = featureWeights[feature][i];
      }
    }
  }

  /** The language at an index of {@link #probabilities}. */
  String language(int index) {
    return languages[index];
  }

  /**
   * The probability of each language (by index, see {@link #language}) for text already normalised
   * and lower-cased ({@link LanguageText#prepare}).
   */
  double[] probabilities(CharSequence prepared) {
    double[] sums = new double[languages.length];
    int length = prepared.length();
    int[] seen = new int[Integer.highestOneBit(Math.max(3 * length, 1) * 2 - 1) << 1];
    int seenMask = seen.length - 1;
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= length; i++) {
        long key = n == 1 ? key(prepared.charAt(i)) : key(prepared, i, n);
        int feature = find(key);
        if (feature >= 0 && markSeen(seen, seenMask, feature)) {
          for (int p = starts[feature], end = starts[feature + 1]; p < end; p++) {
            sums[outcomes[p] & 0xff] += weights[p];
          }
        }
      }
    }
    double normal = 0;
    for (int i = 0; i < sums.length; i++) {
      sums[i] = StrictMath.exp(sums[i]);
      normal += sums[i];
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= normal;
    }
    return sums;
  }

  /** Records a feature in a per-call set (ids stored plus one, so zero means empty). */
  private static boolean markSeen(int[] seen, int seenMask, int feature) {
    int slot = mix(feature) & seenMask;
    while (seen[slot] != 0) {
      if (seen[slot] == feature + 1) {
        return false;
      }
      slot = (slot + 1) & seenMask;
    }
    seen[slot] = feature + 1;
    return true;
  }

  private int find(long key) {
    int slot = mix(key) & mask;
    long held;
    while ((held = slots[slot]) != EMPTY) {
      if (held == key) {
        return slotFeature[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private void insert(long key, int feature) {
    int slot = mix(key) & mask;
    while (slots[slot] != EMPTY) {
      if (slots[slot] == key) {
        throw new IllegalArgumentException("n-gram listed twice in the model");
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = key;
    slotFeature[slot] = feature;
  }

  /** Length in the top bits, so the key is never zero and "a" differs from "a\0". */
  private static long key(char c) {
    return (1L << 48) | c;
  }

  private static long key(CharSequence text, int from, int n) {
    long key = (long) n << 48;
    for (int i = 0; i < n; i++) {
      key |= (long) text.charAt(from + i) << (16 * i);
    }
    return key;
  }

  private static long key(String ngram) {
    if (ngram.isEmpty() || ngram.length() > 3) {
      throw new IllegalArgumentException("n-grams have one to three characters: " + ngram.length());
    }
    return key(ngram, 0, ngram.length());
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static int mix(int value) {
    int h = value * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "LanguageModel[" + languages.length + " languages, " + (starts.length - 1) + " n-grams]";
  }
}
