package dev.articleingest.parse.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link TreeEnsemble} by gradient boosting with the logistic loss (Newton steps, as
 * XGBoost and LightGBM do): each round fits one tree of at most {@code depth} levels to the
 * gradients, splitting on histograms of at most 64 quantile bins per feature, on a seeded random
 * share of the rows. Deterministic for a given seed. A build tool: nothing in the function trains.
 */
public final class BoostedTreesTrainer {

  /**
   * @param trees boosting rounds
   * @param depth levels of each tree
   * @param learningRate shrinkage of each tree's leaves
   * @param minLeafWeight the least summed hessian a leaf may hold
   * @param lambda L2 regularisation of leaf values
   * @param rowShare share of rows each tree sees
   * @param seed the random seed of the row sampling
   */
  public record Params(
      int trees,
      int depth,
      double learningRate,
      double minLeafWeight,
      double lambda,
      double rowShare,
      long seed) {

    public static Params defaults() {
      return new Params(200, 4, 0.1, 5, 1, 0.8, 42);
    }
  }

  private static final int BINS = 64;

  private final Params params;

  public BoostedTreesTrainer(Params params) {
    this.params = params;
  }

  /**
   * Trains on rows of features.
   *
   * @param x one feature vector per row, all of {@code names.size()}
   * @param y the label of each row, 0 or 1
   * @param w the weight of each row (0 leaves it out)
   */
  public TreeEnsemble train(List<String> names, float[][] x, int[] y, double[] w) {
    int n = x.length;
    int features = names.size();
    float[][] edges = new float[features][];
    byte[][] bins = new byte[features][n];
    for (int f = 0; f < features; f++) {
      edges[f] = edges(x, f);
      for (int i = 0; i < n; i++) {
        bins[f][i] = (byte) bin(edges[f], x[i][f]);
      }
    }
    double positive = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      positive += w[i] * y[i];
      total += w[i];
    }
    double prior = Math.min(Math.max(positive / total, 1e-6), 1 - 1e-6);
    double bias = Math.log(prior / (1 - prior));
    double[] score = new double[n];
    Arrays.fill(score, bias);
    double[] g = new double[n];
    double[] h = new double[n];
    Random random = new Random(params.seed());
    List<TreeEnsemble.Tree> trees = new ArrayList<>();
    for (int t = 0; t < params.trees(); t++) {
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        double p = 1 / (1 + Math.exp(-score[i]));
        g[i] = (p - y[i]) * w[i];
        h[i] = Math.max(p * (1 - p), 1e-6) * w[i];
        if (w[i] > 0 && random.nextDouble() < params.rowShare()) {
          rows.add(i);
        }
      }
      Builder builder = new Builder(bins, edges, g, h);
      builder.grow(toArray(rows), 0);
      TreeEnsemble.Tree tree = builder.tree();
      trees.add(tree);
      for (int i = 0; i < n; i++) {
        score[i] += tree.evaluate(x[i]);
      }
    }
    return new TreeEnsemble(names, bias, trees);
  }

  private static int[] toArray(List<Integer> rows) {
    int[] out = new int[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i);
    }
    return out;
  }

  /** Upper edges of up to {@value #BINS} quantile bins of one feature. */
  private static float[] edges(float[][] x, int f) {
    float[] values = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      values[i] = x[i][f];
    }
    Arrays.sort(values);
    List<Float> edges = new ArrayList<>();
    for (int b = 1; b <= BINS; b++) {
      int index = (int) Math.min(values.length - 1, (long) b * values.length / BINS);
      float edge = values[index];
      if (edges.isEmpty() || edge > edges.get(edges.size() - 1)) {
        edges.add(edge);
      }
    }
    float[] out = new float[edges.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = edges.get(i);
    }
    return out;
  }

  private static int bin(float[] edges, float value) {
    int lo = 0;
    int hi = edges.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (value <= edges[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Grows one tree into parallel node lists. */
  private final class Builder {
    private final byte[][] bins;
    private final float[][] edges;
    private final double[] g;
    private final double[] h;
    private final List<Short> feature = new ArrayList<>();
    private final List<Float> threshold = new ArrayList<>();
    private final List<Short> left = new ArrayList<>();
    private final List<Short> right = new ArrayList<>();
    private final List<Float> value = new ArrayList<>();

    Builder(byte[][] bins, float[][] edges, double[] g, double[] h) {
      this.bins = bins;
      this.edges = edges;
      this.g = g;
      this.h = h;
    }

    private int newNode() {
      feature.add((short) -1);
      threshold.add(0f);
      left.add((short) -1);
      right.add((short) -1);
      value.add(0f);
      return feature.size() - 1;
    }

    int grow(int[] rows, int level) {
      int node = newNode();
      double gSum = 0;
      double hSum = 0;
      for (int i : rows) {
        gSum += g[i];
        hSum += h[i];
      }
      double lambda = params.lambda();
      value.set(node, (float) (-gSum / (hSum + lambda) * params.learningRate()));
      if (level >= params.depth() || hSum < 2 * params.minLeafWeight()) {
        return node;
      }
      double parent = gSum * gSum / (hSum + lambda);
      double bestGain = 1e-9;
      int bestFeature = -1;
      int bestBin = -1;
      double[] gHist = new double[BINS];
      double[] hHist = new double[BINS];
      for (int f = 0; f < bins.length; f++) {
        int binCount = edges[f].length;
        if (binCount < 2) {
          continue;
        }
        Arrays.fill(gHist, 0, binCount, 0);
        Arrays.fill(hHist, 0, binCount, 0);
        byte[] column = bins[f];
        for (int i : rows) {
          gHist[column[i]] += g[i];
          hHist[column[i]] += h[i];
        }
        double gLeft = 0;
        double hLeft = 0;
        for (int b = 0; b < binCount - 1; b++) {
          gLeft += gHist[b];
          hLeft += hHist[b];
          double hRight = hSum - hLeft;
          if (hLeft < params.minLeafWeight() || hRight < params.minLeafWeight()) {
            continue;
          }
          double gRight = gSum - gLeft;
          double gain =
              gLeft * gLeft / (hLeft + lambda) + gRight * gRight / (hRight + lambda) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = f;
            bestBin = b;
          }
        }
      }
      if (bestFeature < 0) {
        return node;
      }
      int leftCount = 0;
      for (int i : rows) {
        if (bins[bestFeature][i] <= bestBin) {
          leftCount++;
        }
      }
      int[] leftRows = new int[leftCount];
      int[] rightRows = new int[rows.length - leftCount];
      int l = 0;
      int r = 0;
      for (int i : rows) {
        if (bins[bestFeature][i] <= bestBin) {
          leftRows[l++] = i;
        } else {
          rightRows[r++] = i;
        }
      }
      feature.set(node, (short) bestFeature);
      threshold.set(node, edges[bestFeature][bestBin]);
      int leftNode = grow(leftRows, level + 1);
      int rightNode = grow(rightRows, level + 1);
      left.set(node, (short) leftNode);
      right.set(node, (short) rightNode);
      return node;
    }

    TreeEnsemble.Tree tree() {
      int n = feature.size();
      short[] f = new short[n];
      float[] t = new float[n];
      short[] l = new short[n];
      short[] r = new short[n];
      float[] v = new float[n];
      for (int i = 0; i < n; i++) {
        f[i] = feature.get(i);
        t[i] = threshold.get(i);
        l[i] = left.get(i);
        r[i] = right.get(i);
        v[i] = value.get(i);
      }
      return new TreeEnsemble.Tree(f, t, l, r, v);
    }
  }
}
