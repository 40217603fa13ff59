package dev.articleingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The body's language, by Apache OpenNLP's 103-language model ({@code langdetect-183.bin})
 * evaluated by {@link LanguageModel} on text prepared by {@link LanguageText}: the same decision as
 * OpenNLP's own detector, in a fraction of its time. The model is loaded once per process on a
 * background thread started by {@link #preload()} (the Lambda init phase calls it), so the load
 * overlaps other start-up work; BENCHMARKS.md has its cost.
 */
public final class NgramLanguageDetector implements LanguageDetector {

  /**
   * Enough text to decide; more only costs time (detection takes about 0.1 ms per 1,000 characters,
   * OpenNLP's own evaluation 0.5 ms; on the rt.com sample the probability is 0.97 at 1,000, 0.37 at
   * 600).
   */
  private static final int SAMPLE_CHARS = 1000;

  /** Fewer letters than this cannot be told apart reliably. */
  private static final int MIN_LETTERS = 20;

  /**
   * Below this probability the detector is guessing. The model spreads probability over 103
   * languages, so a clear decision on a paragraph is already well under 0.5.
   */
  static final double MIN_CONFIDENCE = 0.05;

  /** OpenNLP's langdetect-183.bin in {@link LanguageModel}'s form. */
  static final String MODEL_RESOURCE = "/models/langdetect-183.ngrams";

  /** ISO 639-3 codes the model uses that have no ISO 639-1 code of the same language. */
  private static final Map<String, String> MACRO_LANGUAGES =
      Map.of(
          "cmn", "zh", "ekk", "et", "lvs", "lv", "nob", "nb", "nno", "nn", "pes", "fa", "zsm", "ms",
          "plt", "mg", "pnb", "pa", "swh", "sw");

  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private static volatile CompletableFuture<LanguageModel> model;

  /** Starts loading the model in the background, once per process. Returns at once. */
  public static void preload() {
    model();
  }

  @Override
  public Detected detect(List<String> paragraphs) {
    String sample = sample(paragraphs);
    if (!hasLetters(sample, MIN_LETTERS)) {
      return new Detected(UNDETERMINED, 0);
    }
    LanguageModel languageModel = model().join();
    double[] probabilities = languageModel.probabilities(LanguageText.prepare(sample));
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    String tag = toTag(languageModel.language(best));
    if (tag == null || probabilities[best] < MIN_CONFIDENCE) {
      return new Detected(UNDETERMINED, probabilities[best]);
    }
    return new Detected(tag, probabilities[best]);
  }

  /** What the language is told from: the paragraphs' first {@link #SAMPLE_CHARS} characters. */
  static String sample(List<String> paragraphs) {
    StringBuilder sample = new StringBuilder(SAMPLE_CHARS);
    for (String paragraph : paragraphs) {
      if (sample.length() >= SAMPLE_CHARS) {
        break;
      }
      sample.append(paragraph, 0, Math.min(paragraph.length(), SAMPLE_CHARS - sample.length()));
      sample.append('\n');
    }
    return sample.toString();
  }

  /** Whether the text holds at least that many letters (UTF-16 units, as it always counted). */
  private static boolean hasLetters(CharSequence text, int wanted) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < wanted; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters >= wanted;
  }

  /** The shortest BCP 47 tag for an ISO 639-3 code, or {@code null} when unknown. */
  static String toTag(String iso3) {
    String macro = MACRO_LANGUAGES.get(iso3);
    if (macro != null) {
      return macro;
    }
    return TWO_LETTER.getOrDefault(iso3, iso3.length() == 3 ? iso3 : null);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        codes.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known to the JDK: the model cannot name it either
      }
    }
    return codes;
  }

  private static CompletableFuture<LanguageModel> model() {
    CompletableFuture<LanguageModel> loading = model;
    if (loading == null) {
      synchronized (NgramLanguageDetector.class) {
        loading = model;
        if (loading == null) {
          loading = new CompletableFuture<>();
          model = loading;
          CompletableFuture<LanguageModel> target = loading;
          Thread thread =
              new Thread(
                  () -> {
                    try {
                      target.complete(load());
                    } catch (RuntimeException | Error e) {
                      target.completeExceptionally(e);
                    }
                  },
                  "language-model-load");
          thread.setDaemon(true);
          thread.start();
        }
      }
    }
    return loading;
  }

  private static LanguageModel load() {
    try (InputStream in = NgramLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        // made by LanguageModelConverter and committed (models/README.md)
        throw new IllegalStateException(MODEL_RESOURCE + " is missing from the classpath");
      }
      return LanguageModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language model " + MODEL_RESOURCE, e);
    }
  }
}
