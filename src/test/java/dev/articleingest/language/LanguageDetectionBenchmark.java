package dev.articleingest.language;

import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;

import dev.articleingest.bench.ParseThroughputBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Language detection alone, the largest fixed cost of a small article's parse: preparing the
 * sample as OpenNLP's normalisers do, and the model's evaluation of the prepared sample. The sample
 * is what the parse takes from each input's extracted body (its first 1,000 characters). Run by
 * {@code bench/language-detection.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageDetectionBenchmark {

  /** Inputs of {@link ParseThroughputBenchmark}: two text articles and an HTML page. */
  @Param({"text:rt-sample", "text:storm-report", "html:cms-jsonld"})
  public String input;

  private String sample;
  private String prepared;
  private LanguageModel model;

  @Setup
  public void load() throws IOException {
    ParseThroughputBenchmark parse = new ParseThroughputBenchmark();
    parse.input = input;
    parse.load();
    String key = input.startsWith("html:") ? "rt.com/bench.html" : "rt.com/bench.txt";
    sample =
        NgramLanguageDetector.sample(
            Extractor.withBundledProfiles()
                .extract(new RawInput(parse.bytes(), key, Map.of()))
                .paragraphs());
    prepared = LanguageText.prepare(sample);
    try (InputStream in =
        LanguageDetectionBenchmark.class.getResourceAsStream(NgramLanguageDetector.MODEL_RESOURCE)) {
      model = LanguageModel.read(in);
    }
  }

  @Benchmark
  public String prepare() {
    return LanguageText.prepare(sample);
  }

  @Benchmark
  public double[] evaluate() {
    return model.probabilities(prepared);
  }
}
