package dev.articleingest.parse.learned;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Gradient-boosted regression trees for a binary decision: the sum of every tree's leaf for a
 * feature vector is a log-odds, {@link #probability} its logistic. Immutable and thread-safe.
 *
 * <p>Each tree is stored as parallel arrays over its nodes: an inner node tests {@code
 * features[feature] <= threshold} and goes to {@code left} or {@code right}; a leaf has feature -1
 * and holds its value. The binary form ({@link #write}, {@link #read}) is a magic number, the
 * feature names (so a model trained for other features is refused), the bias and the trees.
 */
public final class TreeEnsemble {

  private static final int MAGIC = 0x41495442; // "AITB"
  private static final int VERSION = 1;

  /** One tree, as parallel node arrays. */
  public record Tree(short[] feature, float[] threshold, short[] left, short[] right, float[] value) {
    public Tree {
      int n = feature.length;
      if (threshold.length != n || left.length != n || right.length != n || value.length != n) {
        throw new IllegalArgumentException("a tree's node arrays differ in length");
      }
    }

    double evaluate(float[] features) {
      int node = 0;
      while (feature[node] >= 0) {
        node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
      }
      return value[node];
    }
  }

  private final List<String> featureNames;
  private final double bias;
  private final Tree[] trees;

  // Every tree laid out as a complete binary tree of the ensemble's depth, all in one set of
  // arrays: tree t's inner node i at t * inner + i, its children at 2i + 1 and 2i + 2, its leaves
  // after the inner nodes. A leaf above the full depth is padded with inner nodes that always go
  // left to copies of it. Evaluation is then a fixed number of steps without a data-dependent
  // branch, which is several times faster than following pointers on branchy data.
  private final int depth;
  private final int inner;
  private final short[] splitFeature;
  private final float[] splitThreshold;
  private final float[] leafValue;

  public TreeEnsemble(List<String> featureNames, double bias, List<Tree> trees) {
    this.featureNames = List.copyOf(featureNames);
    this.bias = bias;
    this.trees = trees.toArray(new Tree[0]);
    int d = 0;
    for (Tree tree : this.trees) {
      d = Math.max(d, depth(tree, 0));
    }
    this.depth = d;
    this.inner = (1 << d) - 1;
    int leaves = 1 << d;
    splitFeature = new short[this.trees.length * Math.max(inner, 1)];
    splitThreshold = new float[splitFeature.length];
    leafValue = new float[this.trees.length * leaves];
    for (int t = 0; t < this.trees.length; t++) {
      lay(this.trees[t], 0, 0, 0, t * Math.max(inner, 1), t * leaves);
    }
  }

  private static int depth(Tree tree, int node) {
    if (tree.feature()[node] < 0) {
      return 0;
    }
    return 1 + Math.max(depth(tree, tree.left()[node]), depth(tree, tree.right()[node]));
  }

  /** Copies the subtree at {@code node} to complete position {@code at} of level {@code level}. */
  private void lay(Tree tree, int node, int at, int level, int innerBase, int leafBase) {
    if (level == depth) {
      leafValue[leafBase + at - inner] = tree.value()[node];
      return;
    }
    boolean leaf = tree.feature()[node] < 0;
    splitFeature[innerBase + at] = leaf ? 0 : tree.feature()[node];
    splitThreshold[innerBase + at] = leaf ? Float.POSITIVE_INFINITY : tree.threshold()[node];
    lay(tree, leaf ? node : tree.left()[node], 2 * at + 1, level + 1, innerBase, leafBase);
    lay(tree, leaf ? node : tree.right()[node], 2 * at + 2, level + 1, innerBase, leafBase);
  }

  /** The features the model reads, in vector order. */
  public List<String> featureNames() {
    return featureNames;
  }

  public int size() {
    return trees.length;
  }

  /** The log-odds of the positive class. */
  public double logit(float[] features) {
    double sum = bias;
    int stride = Math.max(inner, 1);
    int leaves = 1 << depth;
    for (int t = 0, base = 0; t < trees.length; t++, base += stride) {
      int node = 0;
      for (int level = 0; level < depth; level++) {
        int i = base + node;
        node = 2 * node + (features[splitFeature[i]] > splitThreshold[i] ? 2 : 1);
      }
      sum += leafValue[t * leaves + node - inner];
    }
    return sum;
  }

  /** The probability of the positive class, 0 to 1. */
  public double probability(float[] features) {
    return 1 / (1 + Math.exp(-logit(features)));
  }

  /** Writes the binary form. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(featureNames.size());
    for (String name : featureNames) {
      data.writeUTF(name);
    }
    data.writeDouble(bias);
    data.writeInt(trees.length);
    for (Tree tree : trees) {
      int n = tree.feature().length;
      data.writeShort(n);
      for (int i = 0; i < n; i++) {
        data.writeShort(tree.feature()[i]);
        if (tree.feature()[i] >= 0) {
          data.writeFloat(tree.threshold()[i]);
          data.writeShort(tree.left()[i]);
          data.writeShort(tree.right()[i]);
        } else {
          data.writeFloat(tree.value()[i]);
        }
      }
    }
    data.flush();
  }

  /**
   * Reads the binary form.
   *
   * @param expectedFeatures the features the caller computes; the model must have been trained on
   *     exactly these
   * @throws IllegalStateException when the model is for other features, or not a model
   */
  public static TreeEnsemble read(InputStream in, List<String> expectedFeatures) {
    try {
      DataInputStream data = new DataInputStream(in);
      if (data.readInt() != MAGIC || data.readInt() != VERSION) {
        throw new IllegalStateException("not a tree-ensemble model of this version");
      }
      int count = data.readInt();
      String[] names = new String[count];
      for (int i = 0; i < count; i++) {
        names[i] = data.readUTF();
      }
      if (!Arrays.asList(names).equals(expectedFeatures)) {
        throw new IllegalStateException(
            "the model was trained on other features than these; retrain it (bench/train-models.sh)");
      }
      double bias = data.readDouble();
      int treeCount = data.readInt();
      Tree[] trees = new Tree[treeCount];
      for (int t = 0; t < treeCount; t++) {
        int n = data.readShort();
        short[] feature = new short[n];
        float[] threshold = new float[n];
        short[] left = new short[n];
        short[] right = new short[n];
        float[] value = new float[n];
        for (int i = 0; i < n; i++) {
          feature[i] = data.readShort();
          if (feature[i] >= 0) {
            threshold[i] = data.readFloat();
            left[i] = data.readShort();
            right[i] = data.readShort();
          } else {
            value[i] = data.readFloat();
          }
        }
        trees[t] = new Tree(feature, threshold, left, right, value);
      }
      return new TreeEnsemble(Arrays.asList(names), bias, Arrays.asList(trees));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a tree-ensemble model", e);
    }
  }

  /** Reads a bundled model resource. */
  public static TreeEnsemble resource(String name, List<String> expectedFeatures) {
    try (InputStream in = TreeEnsemble.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, () -> "no model resource " + name + " on the class path");
      return read(in, expectedFeatures);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + name, e);
    }
  }
}
