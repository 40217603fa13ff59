package dev.articleingest.parse.text;

import dev.articleingest.parse.learned.TreeEnsemble;
import java.util.List;

/** Line models of one small tree, written by hand, for tests that need a model to behave so. */
final class HandMadeLineModel {

  private HandMadeLineModel() {}

  /**
   * One tree: a line whose feature {@code first} is at most {@code firstAt} has log-odds {@code
   * low}; any other line has {@code middle} when its feature {@code second} is at most {@code
   * secondAt}, else {@code high}.
   */
  static TreeEnsemble of(
      String first, float firstAt, float low, String second, float secondAt, float middle,
      float high) {
    TreeEnsemble.Tree tree =
        new TreeEnsemble.Tree(
            new short[] {feature(first), -1, feature(second), -1, -1},
            new float[] {firstAt, 0, secondAt, 0, 0},
            new short[] {1, -1, 3, -1, -1},
            new short[] {2, -1, 4, -1, -1},
            new float[] {0, low, 0, middle, high});
    return new TreeEnsemble(LineFeatures.NAMES, 0, List.of(tree));
  }

  private static short feature(String name) {
    int index = LineFeatures.NAMES.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no line feature " + name);
    }
    return (short) index;
  }
}
