package dev.articleingest.language;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Makes the function's language model ({@code src/main/resources/langdetect-183.ngrams}) from
 * OpenNLP's ({@code langdetect-183.bin}, in the test-scope {@code opennlp-models-langdetect}), so
 * the function ships neither OpenNLP nor its model format. A developer's command, not a build
 * step: the output is committed, and LanguageModelTest checks the committed file is what this
 * makes. Weights are quantized to {@link #LEVELS} levels (one byte each) and weights smaller than
 * {@link #MIN_WEIGHT} are left out; {@code --report} measures what that costs against OpenNLP.
 *
 * <pre>
 * LanguageModelConverter OUTPUT                    write the model
 * LanguageModelConverter --report TEXTS... write nothing; compare variants on text files (.txt, .gz)
 * </pre>
 */
public final class LanguageModelConverter {

  static final String OPENNLP_MODEL = "/langdetect-183.bin";

  /**
   * Weights of smaller magnitude are left out: none, since leaving out even those below 0.01
   * changes more decisions than quantizing all of them (--report, models/README.md).
   */
  static final double MIN_WEIGHT = 0;

  /**
   * Distinct weights kept. 32 levels deflate to 1.5 MB (2.0 MB at 256, 5.4 MB for floats) and
   * leave the decisions on 1,000-character samples OpenNLP's (--report, models/README.md).
   */
  static final int LEVELS = 32;

  private LanguageModelConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("--report")) {
      report(Arrays.asList(args).subList(1, args.length));
      return;
    }
    if (args.length != 1) {
      throw new IllegalArgumentException(
          "usage: LanguageModelConverter <output file> | --report <text file or folder>...");
    }
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      compact(openNlpModel()).write(out);
    }
  }

  /** OpenNLP's model, as OpenNLP reads it. */
  static LanguageDetectorModel openNlpModel() throws IOException {
    try (InputStream in = LanguageModelConverter.class.getResourceAsStream(OPENNLP_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(OPENNLP_MODEL + " is missing from the class path");
      }
      return new LanguageDetectorModel(new BufferedInputStream(in, 1 << 16));
    }
  }

  /** OpenNLP's model in {@link LanguageModel}'s form, every weight as it is (not writable). */
  static LanguageModel exact(LanguageDetectorModel openNlp) {
    return compact(openNlp, 0, 0);
  }

  /** OpenNLP's model in {@link LanguageModel}'s form, as the function ships it. */
  static LanguageModel compact(LanguageDetectorModel openNlp) {
    return compact(openNlp, MIN_WEIGHT, LEVELS);
  }

  /**
   * OpenNLP's model with weights below {@code minWeight} in magnitude left out, the rest
   * quantized to {@code levels} values (0: kept as they are, a model that cannot be written but
   * evaluates exactly as OpenNLP's).
   */
  static LanguageModel compact(LanguageDetectorModel openNlp, double minWeight, int levels) {
    Object[] parts = ((AbstractModel) openNlp.getMaxentModel()).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) parts[1];
    String[] languages = (String[]) parts[2];
    List<String> ngrams = new ArrayList<>();
    List<int[]> outcomes = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      int[] featureOutcomes = feature.getValue().getOutcomes();
      double[] featureWeights = feature.getValue().getParameters();
      int kept = 0;
      int[] keptOutcomes = new int[featureOutcomes.length];
      double[] keptWeights = new double[featureWeights.length];
      for (int i = 0; i < featureOutcomes.length; i++) {
        if (Math.abs(featureWeights[i]) >= minWeight) {
          keptOutcomes[kept] = featureOutcomes[i];
          keptWeights[kept++] = featureWeights[i];
        }
      }
      if (kept > 0) {
        ngrams.add(feature.getKey());
        outcomes.add(Arrays.copyOf(keptOutcomes, kept));
        weights.add(Arrays.copyOf(keptWeights, kept));
      }
    }
    if (levels > 0) {
      quantize(weights, levels);
    }
    return LanguageModel.of(
        languages,
        ngrams.toArray(String[]::new),
        outcomes.toArray(int[][]::new),
        weights.toArray(double[][]::new));
  }

  /**
   * Replaces every weight by the nearest of {@code levels} values, chosen by Lloyd's algorithm
   * (one-dimensional k-means, started from quantiles): the levels sit where the weights are dense.
   * Levels are rounded to float first, so the file keeps exactly these values.
   */
  static void quantize(List<double[]> weights, int levels) {
    double[] all = weights.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
    double[] centres = new double[levels];
    for (int i = 0; i < levels; i++) {
      centres[i] = all[(int) ((i + 0.5) * all.length / levels)];
    }
    for (int round = 0; round < 30; round++) {
      double[] sums = new double[levels];
      int[] counts = new int[levels];
      for (double w : all) {
        int c = nearest(centres, w);
        sums[c] += w;
        counts[c]++;
      }
      for (int i = 0; i < levels; i++) {
        if (counts[i] > 0) {
          centres[i] = sums[i] / counts[i];
        }
      }
      Arrays.sort(centres);
    }
    for (int i = 0; i < levels; i++) {
      centres[i] = (float) centres[i];
    }
    for (double[] featureWeights : weights) {
      for (int i = 0; i < featureWeights.length; i++) {
        featureWeights[i] = centres[nearest(centres, featureWeights[i])];
      }
    }
  }

  private static int nearest(double[] sortedCentres, double w) {
    int at = Arrays.binarySearch(sortedCentres, w);
    if (at >= 0) {
      return at;
    }
    int above = -at - 1;
    if (above == 0) {
      return 0;
    }
    if (above == sortedCentres.length) {
      return above - 1;
    }
    return w - sortedCentres[above - 1] <= sortedCentres[above] - w ? above - 1 : above;
  }

  /**
   * Per variant (weights left out below a magnitude, quantized or not): the file's size and
   * deflated size, and on samples of each text (its first 200 and 1,000 characters) how often the
   * decision (the language, or undetermined below the detector's confidence) is OpenNLP's.
   */
  static void report(List<String> inputs) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          texts.add(read(file));
        }
      }
    }
    LanguageDetectorModel openNlp = openNlpModel();
    LanguageDetectorME reference = new LanguageDetectorME(openNlp);
    List<String> samples = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String text : texts) {
      for (int length : new int[] {200, 1000}) {
        String sample = text.substring(0, Math.min(length, text.length()));
        Language best = reference.predictLanguage(sample);
        samples.add(sample);
        expected.add(
            best.getConfidence() < NgramLanguageDetector.MIN_CONFIDENCE ? "und" : best.getLang());
      }
    }
    System.out.printf(
        Locale.ROOT, "%d texts, %d samples%n%-10s %-7s %9s %9s %9s %9s%n", texts.size(),
        samples.size(), "minWeight", "levels", "bytes", "deflated", "agree200", "agree1000");
    for (double minWeight : new double[] {0, 0.01}) {
      for (int levels : new int[] {16, 32, 64, LanguageModel.MAX_LEVELS}) {
        if (minWeight > 0 && levels != LanguageModel.MAX_LEVELS) {
          continue;
        }
        LanguageModel model = compact(openNlp, minWeight, levels);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        model.write(file);
        int[] agree = new int[2];
        for (int i = 0; i < samples.size(); i++) {
          double[] p = model.probabilities(LanguageText.prepare(samples.get(i)));
          int best = 0;
          for (int j = 1; j < p.length; j++) {
            best = p[j] > p[best] ? j : best;
          }
          String decided =
              p[best] < NgramLanguageDetector.MIN_CONFIDENCE ? "und" : model.language(best);
          agree[i % 2] += decided.equals(expected.get(i)) ? 1 : 0;
        }
        System.out.printf(
            Locale.ROOT, "%-10.2f %-7d %9d %9d %8.2f%% %8.2f%%%n", minWeight, levels,
            file.size(), deflated(file.toByteArray()), 200.0 * agree[0] / samples.size(),
            200.0 * agree[1] / samples.size());
      }
    }
  }

  private static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        bytes = in.readAllBytes();
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int deflated(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater =
        new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      deflater.write(bytes);
    }
    return out.size();
  }
}
