package dev.articleingest.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static final double EPSILON = 1e-9;

  @Test
  void identicalTextsScoreOne() {
    Shingles.Match m = Shingles.match("one two three four five six", "one two three four five six");
    assertEquals(1, m.precision(), EPSILON);
    assertEquals(1, m.recall(), EPSILON);
  }

  @Test
  void extraTextCostsPrecisionAndMissingTextCostsRecall() {
    // truth: 6 tokens -> 3 shingles; prediction adds 2 tokens -> 5 shingles, 3 shared.
    Shingles.Match extra = Shingles.match("a b c d e f", "a b c d e f g h");
    assertEquals(3.0 / 5, extra.precision(), EPSILON);
    assertEquals(1, extra.recall(), EPSILON);
    Shingles.Match missing = Shingles.match("a b c d e f g h", "a b c d e f");
    assertEquals(1, missing.precision(), EPSILON);
    assertEquals(3.0 / 5, missing.recall(), EPSILON);
  }

  @Test
  void countsRepeatedShinglesAsAMultiset() {
    // "x y z w" twice in the prediction (5 shingles), once in the truth: 4 false positives.
    Shingles.Match m = Shingles.match("x y z w", "x y z w x y z w");
    assertEquals(1.0 / 5, m.precision(), EPSILON);
  }

  @Test
  void tokensAreWordCharactersOfAnyScript() {
    assertEquals(
        List.of("Москва", "2024", "café", "x_y"), Shingles.tokens("Москва, 2024 — café! x_y"));
  }

  @Test
  void f1IsTheHarmonicMeanOfTheAveragedPrecisionAndRecall() {
    Shingles.Scores s =
        Shingles.scores(
            List.of(
                Shingles.match("a b c d e f", "a b c d e f g h"),
                Shingles.match("a b c d e f g h", "a b c d e f")));
    double p = (0.6 + 1) / 2;
    double r = (1 + 0.6) / 2;
    assertEquals(p, s.precision(), EPSILON);
    assertEquals(r, s.recall(), EPSILON);
    assertEquals(2 * p * r / (p + r), s.f1(), EPSILON);
  }

  @Test
  void anEmptyPredictionScoresZeroRecallAndIsLeftOutOfPrecision() {
    Shingles.Scores s = Shingles.scores(List.of(Shingles.match("a b c d e", "")));
    assertEquals(0, s.recall(), EPSILON);
    assertEquals(0, s.precision(), EPSILON);
  }
}
