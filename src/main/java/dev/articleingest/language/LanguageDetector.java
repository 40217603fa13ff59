package dev.articleingest.language;

import java.util.List;

/**
 * Tells which language a body is written in. Implementations are thread-safe.
 *
 * <p>The one in use is {@link NgramLanguageDetector}: Apache OpenNLP's model evaluated by our own
 * code. BENCHMARKS.md records why it stands in for OpenNLP's own detector, and when to go back.
 */
public interface LanguageDetector {

  /** Undetermined (BCP 47). */
  String UNDETERMINED = "und";

  /**
   * The language of some paragraphs of normalized text.
   *
   * @return the language, {@link #UNDETERMINED} with confidence 0 when there is too little text or
   *     no language is likely enough
   */
  Detected detect(List<String> paragraphs);

  /**
   * @param tag BCP 47 language tag, {@link #UNDETERMINED} when unknown
   * @param confidence the detector's probability for it, 0 to 1
   */
  record Detected(String tag, double confidence) {
    public boolean unknown() {
      return UNDETERMINED.equals(tag);
    }
  }
}
