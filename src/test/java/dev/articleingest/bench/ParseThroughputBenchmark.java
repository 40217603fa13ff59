package dev.articleingest.bench;

import dev.articleingest.model.Article;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
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
 * Parse throughput of text dumps, one thread, against the floor any parser pays: decoding the UTF-8
 * and splitting it into lines. Run by {@code bench/parse-throughput.sh}, which turns operations per
 * second into MB/s and articles/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseThroughputBenchmark {

  /** The rt.com sample, the storm report, and a long synthetic dump of the same layout. */
  @Param({"rt-sample", "storm-report", "long-100k"})
  public String input;

  private byte[] bytes;
  private Extractor extractor;

  @Setup
  public void load() throws IOException {
    extractor = Extractor.withBundledProfiles();
    bytes =
        switch (input) {
          case "rt-sample" -> resource("/objects/rt-russia-issues-warning-to-us.txt");
          case "storm-report" -> resource("/objects/storm-report.txt");
          default -> longDump(100_000);
        };
  }

  /** Prints each input's size in bytes ({@code name size} per line), for the script's MB/s. */
  public static void main(String[] args) throws Exception {
    for (String name :
        ParseThroughputBenchmark.class.getField("input").getAnnotation(Param.class).value()) {
      ParseThroughputBenchmark state = new ParseThroughputBenchmark();
      state.input = name;
      state.load();
      System.out.println(name + " " + state.bytes.length);
    }
  }

  @Benchmark
  public Article extract() {
    return extractor.extract(new RawInput(bytes, "rt.com/bench.txt", Map.of()));
  }

  @Benchmark
  public int baselineDecodeAndSplitLines() {
    return new String(bytes, StandardCharsets.UTF_8).split("\n", -1).length;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ParseThroughputBenchmark.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  public static byte[] longDump(int approxBytes) {
    Random random = new Random(1);
    String[] words = {
      "the", "minister", "said", "on", "Saturday", "that", "talks", "would", "continue",
      "“officials", "warned”", "Russia’s", "build-up", "–", "according", "to", "a", "statement"
    };
    StringBuilder text =
        new StringBuilder("icon bookmarkicon cameraicon checkicon closeicon fbicon\n");
    text.append("12 Feb, 2022 16:59\n\nA long headline for the benchmark\n\n");
    while (text.length() < approxBytes) {
      for (int w = 20 + random.nextInt(80); w > 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      text.append("end.\u00A0 \n\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
