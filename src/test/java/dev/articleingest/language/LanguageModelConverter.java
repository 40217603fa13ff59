package dev.articleingest.language;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Build step: converts OpenNLP's language model ({@code langdetect-183.bin}, from the test-scope
 * {@code opennlp-models-langdetect}) into {@link LanguageModel}'s file form, so the function ships
 * neither OpenNLP nor its model format. The pom runs it in {@code process-test-classes} and writes
 * into the main classes directory, before the jar and the Lambda zip are packed; it lives with the
 * test code because OpenNLP is only on the test class path.
 *
 * <p>Usage: {@code LanguageModelConverter <output file>}
 */
public final class LanguageModelConverter {

  static final String OPENNLP_MODEL = "/langdetect-183.bin";

  private LanguageModelConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: LanguageModelConverter <output file>");
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

  /** OpenNLP's model in {@link LanguageModel}'s form. */
  static LanguageModel compact(LanguageDetectorModel openNlp) {
    Object[] parts = ((AbstractModel) openNlp.getMaxentModel()).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) parts[1];
    String[] languages = (String[]) parts[2];
    String[] ngrams = new String[features.size()];
    int[][] outcomes = new int[ngrams.length][];
    double[][] weights = new double[ngrams.length][];
    int i = 0;
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      ngrams[i] = feature.getKey();
      outcomes[i] = feature.getValue().getOutcomes();
      weights[i] = feature.getValue().getParameters();
      i++;
    }
    return LanguageModel.of(languages, ngrams, outcomes, weights);
  }
}
