package dev.articleingest.parse.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {

  private static final List<String> NAMES = List.of("x", "y");

  /** Points inside a circle are positive: no single threshold separates them. */
  private static int label(float x, float y) {
    return x * x + y * y < 0.5 ? 1 : 0;
  }

  @Test
  void learnsANonLinearBoundaryAndSurvivesItsBinaryForm() throws IOException {
    Random random = new Random(1);
    int n = 4000;
    float[][] xs = new float[n][];
    int[] ys = new int[n];
    double[] ws = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = new float[] {random.nextFloat() * 2 - 1, random.nextFloat() * 2 - 1};
      ys[i] = label(xs[i][0], xs[i][1]);
      ws[i] = 1;
    }
    TreeEnsemble model =
        new BoostedTreesTrainer(BoostedTreesTrainer.Params.defaults()).train(NAMES, xs, ys, ws);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    TreeEnsemble read = TreeEnsemble.read(new ByteArrayInputStream(out.toByteArray()), NAMES);

    int right = 0;
    for (int i = 0; i < 1000; i++) {
      float x = random.nextFloat() * 2 - 1;
      float y = random.nextFloat() * 2 - 1;
      float[] f = {x, y};
      assertEquals(model.logit(f), read.logit(f), 0, "the binary form is exact");
      right += (read.probability(f) >= 0.5 ? 1 : 0) == label(x, y) ? 1 : 0;
    }
    assertTrue(right > 930, "held-out accuracy " + right / 10.0 + "%");
  }

  @Test
  void refusesAModelTrainedOnOtherFeatures() throws IOException {
    TreeEnsemble model = new TreeEnsemble(NAMES, 0.5, List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> TreeEnsemble.read(new ByteArrayInputStream(out.toByteArray()), List.of("x")));
    assertTrue(e.getMessage().contains("retrain"), e.getMessage());
  }
}
