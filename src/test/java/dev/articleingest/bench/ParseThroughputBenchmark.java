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
 * Parse throughput per format, one thread, each against the floor a parser of that format pays: for
 * text, decoding the UTF-8 and splitting it into lines; for HTML, jsoup's bare {@code Jsoup.parse}
 * of the same page (the target: extraction at most 2x that); for JSON, Jackson's {@code readTree}.
 * Run by {@code bench/parse-throughput.sh}, which turns operations per second into MB/s and
 * articles/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseThroughputBenchmark {

  /**
   * Text: the rt.com sample, the storm report, a long synthetic dump. HTML: two corpus pages (a CMS
   * page with JSON-LD, a WordPress page) and a long synthetic page. JSON: a corpus article.
   */
  @Param({
    "text:rt-sample",
    "text:storm-report",
    "text:long-100k",
    "html:cms-jsonld",
    "html:yoast-graph",
    "html:long-100k",
    "json:nested"
  })
  public String input;

  private byte[] bytes;
  private String key;
  private Extractor extractor;
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @Setup
  public void load() throws IOException {
    extractor = Extractor.withBundledProfiles();
    bytes =
        switch (input) {
          case "text:rt-sample" -> resource("/objects/rt-russia-issues-warning-to-us.txt");
          case "text:storm-report" -> resource("/objects/storm-report.txt");
          case "text:long-100k" -> longDump(100_000);
          case "html:cms-jsonld" ->
              resource("/golden/harbour-gazette.example/html-cms-jsonld/input.html");
          case "html:yoast-graph" ->
              resource("/golden/flood-watch.example/html-yoast-graph/input.html");
          case "html:long-100k" -> longPage(100_000);
          case "json:nested" -> resource("/golden/flood-watch.example/json-nested/input.json");
          default -> throw new IllegalArgumentException(input);
        };
    key = "rt.com/bench." + input.substring(0, input.indexOf(':')).replace("text", "txt");
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

  /** The input's bytes, once {@link #load} has run. */
  public byte[] bytes() {
    return bytes;
  }

  @Benchmark
  public Article extract() {
    return extractor.extract(new RawInput(bytes, key, Map.of()));
  }

  /** What any parser of the format pays: see the class comment. */
  @Benchmark
  public Object baseline() throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (input.startsWith("html:")) {
      return org.jsoup.Jsoup.parse(text);
    }
    if (input.startsWith("json:")) {
      return JSON.readTree(text);
    }
    return text.split("\n", -1).length;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ParseThroughputBenchmark.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  /** An HTML page of the corpus kind, with a body of about that many bytes. */
  public static byte[] longPage(int approxBytes) {
    String dump = new String(longDump(approxBytes), StandardCharsets.UTF_8);
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html><html><head><title>A long headline for the benchmark | Site</title>"
                + "</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>"
                + "<h1>A long headline for the benchmark</h1><div class=\"article-body\">");
    for (String paragraph : dump.split("\n\n")) {
      page.append("<p>")
          .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</p>\n");
    }
    page.append("</div></article><footer>© Site</footer></body></html>");
    return page.toString().getBytes(StandardCharsets.UTF_8);
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
