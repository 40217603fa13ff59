package dev.articleingest.language;

import dev.articleingest.parse.Corpus;
import dev.articleingest.parse.Generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our evaluation of OpenNLP's language model against OpenNLP's own: the same prepared text and the
 * same probability for every language, on every corpus text and on generated text full of what
 * OpenNLP's normalisers rewrite.
 */
class LanguageModelTest {

  /** The normaliser chain of OpenNLP's LanguageDetectorFactory, in its order. */
  private static final CharSequenceNormalizer OPENNLP_NORMALISERS =
      new AggregateCharSequenceNormalizer(
          EmojiCharSequenceNormalizer.getInstance(),
          UrlCharSequenceNormalizer.getInstance(),
          TwitterCharSequenceNormalizer.getInstance(),
          NumberCharSequenceNormalizer.getInstance(),
          ShrinkCharSequenceNormalizer.getInstance());

  /** Pieces that each of OpenNLP's regular expressions rewrites, and near misses of them. */
  private static final String[] PIECES = {
    "word",
    "Word",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\u000B",
    "\f",
    "\u00A0",
    "north-east",
    "-",
    "--",
    "http://example.com/a?b=1&c=2#x",
    "https://x.y",
    "http:/",
    "HTTP://A.B",
    "mail@example.org",
    "a.b+c@d-e.f",
    "@user",
    "#tag",
    "#",
    "@",
    "rt ",
    "RT:",
    "rt",
    "art ",
    "_rt ",
    "9rt:",
    "(rt ",
    "\u00e9rt ",
    "\u0436rt:",
    "Rt: rt ",
    ":-)",
    ";p",
    "xD",
    "XO",
    "x-p",
    ":(",
    "x",
    "hahaha",
    "JAJAJA",
    "hehe",
    "hoho",
    "jhajha",
    "ha",
    "h",
    "aaa",
    "AAa",
    "aAA",
    "...",
    "!!!",
    "\u00e9\u00e9\u00e9",
    "\u00c9\u00e9\u00e9",
    "123",
    "4",
    "3.14",
    "\u0661\u0662",
    "\uD83D\uDE00",
    "\uD83D\uDE00\uD83D\uDE01",
    "\uD800",
    "\uDFFF",
    "\uE000",
    "\uFF21\uFF22",
    "\uFB01",
    "\uFFFD",
    "\u00df",
    "\u0130",
    "\u03a3",
    "\uD801\uDC00",
    "\u041f\u0440\u0438",
    "\u4e2d\u6587",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u0915\u093f",
    "\u0301",
    "e\u0301"
  };

  private static LanguageDetectorModel openNlpModel;

  /** OpenNLP's model with every weight as it is: its evaluation is what is checked. */
  private static LanguageModel exact;

  /** The bundled model the function reads, with its weights quantized. */
  private static LanguageModel model;

  @BeforeAll
  static void loadModels() throws IOException {
    openNlpModel = LanguageModelConverter.openNlpModel();
    exact = LanguageModelConverter.exact(openNlpModel);
    try (InputStream in =
        LanguageModelTest.class.getResourceAsStream(NgramLanguageDetector.MODEL_RESOURCE)) {
      // the committed file the function reads
      model = LanguageModel.read(in);
    }
  }

  @Test
  void preparesEveryCorpusTextAsOpenNlpDoes() throws IOException {
    List<String> texts = corpusTexts();
    assertTrue(texts.size() > 50, "corpus found: " + texts.size());
    for (String text : texts) {
      assertPreparedAsOpenNlp(text);
      for (int from = 0; from < text.length(); from += 1000) {
        assertPreparedAsOpenNlp(text.substring(from, Math.min(text.length(), from + 1000)));
      }
    }
  }

  @Test
  void preparesGeneratedTextAsOpenNlpDoes() {
    Random random = new Random(20261125);
    for (int i = 0; i < 20_000; i++) {
      assertPreparedAsOpenNlp(generated(random));
    }
  }

  /**
   * Pieces of prose without what sends text to the expressions (no URL, mail, hash, retweet or
   * laugh), so the text takes the two-pass path: faces, hyphens, digits, white space of every kind,
   * repeated characters in any case, line terminators, characters that lower-case specially.
   */
  private static final String[] PROSE_PIECES = {
    "word", "Word", "WORD", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "-", "--",
    "north-east", "expect", "EXPECT", "box", "xo", "XD", "x", "X", ":", ";", ":)", ";(", ":-)",
    "x-p", "(", ")", "d", "o", "p", "O", "1", "42", "3.14", "\u0661", "aaa", "AAa", "aAA", "aA",
    "...", "!!!", "\u00e9\u00e9\u00e9", "\u00c9\u00e9\u00e9", "\u00e9\u00c9", "\u0085\u0085\u0085",
    "\u2028\u2028\u2028", "\u2029", "\r\r\r", "\u0001\u0001\u0001", "\uE000", "\uFF21\uFF21\uFF41",
    "\u0130", "\u03a3", "\u212a", "\u041f\u0440\u0438", "\u4e2d\u6587", "e\u0301", "art ", "ha"
  };

  @Test
  void preparesGeneratedProseAsOpenNlpDoes() {
    Random random = new Random(20261130);
    for (int i = 0; i < 20_000; i++) {
      assertPreparedAsOpenNlp(Generated.text(random, PROSE_PIECES, 1, 16));
    }
  }

  @Test
  void givesEveryLanguageOpenNlpsProbabilityOnTheCorpus() throws IOException {
    LanguageDetectorME openNlp = new LanguageDetectorME(openNlpModel);
    Map<String, Integer> decided = new HashMap<>();
    for (String text : corpusTexts()) {
      String sample = text.substring(0, Math.min(text.length(), 1000));
      Language[] expected = openNlp.predictLanguages(sample);
      assertSameProbabilities(expected, sample);
      decided.merge(expected[0].getLang(), 1, Integer::sum);
    }
    // the corpus is in several languages, so the comparison covers more than one decision
    assertTrue(decided.keySet().containsAll(List.of("eng", "deu", "rus")), decided.toString());
  }

  @Test
  void givesEveryLanguageOpenNlpsProbabilityOnGeneratedText() {
    LanguageDetectorME openNlp = new LanguageDetectorME(openNlpModel);
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      String text = generated(random);
      assertSameProbabilities(openNlp.predictLanguages(text), text);
    }
  }

  /**
   * The bundled model's weights are quantized (32 levels): on every corpus text's first 1,000
   * characters, what the detector reads, it decides as OpenNLP does, and its probability of the
   * decided language stays within a few points of OpenNLP's.
   */
  @Test
  void theBundledModelDecidesAsOpenNlpOnTheCorpus() throws IOException {
    LanguageDetectorME openNlp = new LanguageDetectorME(openNlpModel);
    double worst = 0;
    for (String text : corpusTexts()) {
      String sample = text.substring(0, Math.min(text.length(), 1000));
      Language expected = openNlp.predictLanguage(sample);
      double[] p = model.probabilities(LanguageText.prepare(sample));
      int best = 0;
      for (int i = 1; i < p.length; i++) {
        best = p[i] > p[best] ? i : best;
      }
      if (expected.getConfidence() >= NgramLanguageDetector.MIN_CONFIDENCE) {
        assertEquals(expected.getLang(), model.language(best), () -> escaped(sample));
      }
      worst = Math.max(worst, Math.abs(expected.getConfidence() - p[best]));
    }
    assertTrue(worst < 0.05, "probability moved by " + worst);
  }

  @Test
  void bundledFileIsTheConversionOfOpenNlpsModel() throws IOException {
    ByteArrayOutputStream converted = new ByteArrayOutputStream();
    LanguageModelConverter.compact(openNlpModel).write(converted);
    ByteArrayOutputStream bundled = new ByteArrayOutputStream();
    model.write(bundled);
    assertArrayEquals(converted.toByteArray(), bundled.toByteArray());
  }

  @Test
  void readsBackWhatItWrites() throws IOException {
    LanguageModel small =
        LanguageModel.of(
            new String[] {"eng", "deu"},
            new String[] {"th", "ch", "e", "sch"},
            new int[][] {{0}, {0, 1}, {1, 0}, {1}},
            new double[][] {{0.5}, {-0.1, 0.3}, {0.01, 0.02}, {0.25}});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    small.write(out);
    LanguageModel read = LanguageModel.read(new ByteArrayInputStream(out.toByteArray()));
    for (String text : List.of("the", "schach", "", "xyz", "the schach e")) {
      assertArrayEquals(small.probabilities(text), read.probabilities(text), text);
    }
    double[] schach = read.probabilities("sch");
    // of s, c, h, sc, ch, sch only ch (eng -0.1, deu 0.3) and sch (deu 0.25) are features
    assertEquals(Math.exp(-0.1) / (Math.exp(-0.1) + Math.exp(0.55)), schach[0], 1e-7);
    assertEquals("deu", read.language(1));
  }

  @Test
  void refusesAFileThatIsNotAModel() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    byte[] whole = out.toByteArray();
    assertThrows(
        IOException.class,
        () -> LanguageModel.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))));
    byte[] longer = Arrays.copyOf(whole, whole.length + 1);
    assertThrows(IOException.class, () -> LanguageModel.read(new ByteArrayInputStream(longer)));
    assertThrows(
        IOException.class,
        () ->
            LanguageModel.read(
                new ByteArrayInputStream(
                    "PK\u0003\u0004 a zip".getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void refusesAModelItCannotHold() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LanguageModel.of(
                new String[] {"eng"},
                new String[] {"abcd"},
                new int[][] {{0}},
                new double[][] {{1}}));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LanguageModel.of(
                new String[] {"eng"},
                new String[] {"ab", "ab"},
                new int[][] {{0}, {0}},
                new double[][] {{1}, {1}}));
    assertThrows(
        IndexOutOfBoundsException.class,
        () ->
            LanguageModel.of(
                new String[] {"eng"},
                new String[] {"ab"},
                new int[][] {{1}},
                new double[][] {{1}}));
  }

  private static void assertPreparedAsOpenNlp(String text) {
    String expected =
        StringUtil.toLowerCaseCharBuffer(OPENNLP_NORMALISERS.normalize(text)).toString();
    assertEquals(expected, LanguageText.prepare(text), () -> "for " + escaped(text));
  }

  private static void assertSameProbabilities(Language[] expected, String text) {
    double[] actual = exact.probabilities(LanguageText.prepare(text));
    assertEquals(expected.length, actual.length);
    Map<String, Double> byLanguage = new HashMap<>();
    for (int i = 0; i < actual.length; i++) {
      byLanguage.put(exact.language(i), actual[i]);
    }
    for (Language language : expected) {
      // float weights (OpenNLP's are double) summed in another order: 4e-9 at most on the corpus
      assertEquals(
          language.getConfidence(),
          byLanguage.get(language.getLang()),
          1e-7,
          () -> language.getLang() + " for " + escaped(text));
    }
  }

  private static String generated(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(12);
    for (int p = 0; p < pieces; p++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }

  /** Every corpus input, sample and the benchmark's long dump, read as UTF-8. */
  private static List<String> corpusTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : Corpus.files(name -> name.startsWith("input.") || name.endsWith(".txt"))) {
      texts.add(Corpus.utf8(file));
    }
    texts.add(Corpus.longDump());
    return texts;
  }
}
