package dev.articleingest.language;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Locale;

/**
 * One fresh JVM's load of the bundled language model, as the function does it during init:
 * prints the wall time of {@link LanguageModel#read} from the class path, and the heap it holds.
 * {@code bench/language-load.sh} runs it in several JVMs with Lambda's flags.
 */
public final class LanguageModelLoadProbe {

  private LanguageModelLoadProbe() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    LanguageModel model;
    try (InputStream in =
        new BufferedInputStream(
            LanguageModelLoadProbe.class.getResourceAsStream(NgramLanguageDetector.MODEL_RESOURCE),
            1 << 16)) {
      model = LanguageModel.read(in);
    }
    long elapsed = System.nanoTime() - start;
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "load %.1f ms, heap after %.1f MB (%s)%n",
        elapsed / 1e6,
        (runtime.totalMemory() - runtime.freeMemory()) / 1e6,
        model.language(0));
  }
}
