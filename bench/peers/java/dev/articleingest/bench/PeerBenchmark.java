package dev.articleingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.articleingest.evaluation.PageBenchmark;
import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import dev.articleingest.parse.decode.Gzip;
import dev.articleingest.parse.decode.TextDecoder;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * This project's HTML extraction against the JVM's well-known extractors, over a folder of pages
 * with truth (the development corpus's form), in one JVM with interleaved passes: every system
 * parses every page once per pass, systems taking turns, so drift in the machine's speed falls on
 * all of them alike. Prints body F1/P/R (and snippet P/R/F1 for snippet truth), pages per second
 * and the time as a multiple of a bare {@code Jsoup.parse} of the same strings.
 *
 * <p>Every peer gets the page already decoded to a string (as this project decodes it); this
 * project gets the page's bytes as served (the corpus's gzip files unpacked beforehand, as the
 * peers' strings are), so its figure includes charset detection and decoding. A bench tool: run by {@code
 * bench/peers.sh}, never part of the build's tests or of the function.
 *
 * <p>Usage: {@code PeerBenchmark PAGES_DIR TRUTH_FILE [PASSES] [NODE_RESULTS]}, where NODE_RESULTS
 * is Readability.js's output ({@code bench/peers/readability.mjs}) to be scored alongside.
 */
public final class PeerBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private interface Peer {
    String name();

    /** The page's article text. */
    String extract(Page page) throws Exception;
  }

  private record Page(String id, byte[] bytes, String html, String key) {}

  private PeerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path pagesDir = Path.of(args[0]);
    Path truthFile = Path.of(args[1]);
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    PageBenchmark benchmark = PageBenchmark.of(pagesDir, truthFile);
    List<Page> pages = new ArrayList<>();
    for (String id : benchmark.ids()) {
      String key = benchmark.key(id);
      if (key.endsWith(".txt")) {
        continue;
      }
      byte[] bytes = benchmark.content(id);
      byte[] plain = Gzip.isGzip(bytes) ? Gzip.decompress(bytes, 64L << 20) : bytes;
      String html = TextDecoder.decodeHtml(plain, null, null).text();
      // the page as served, not the corpus's gzip file
      String served = key.endsWith(".gz") ? key.substring(0, key.length() - 3) : key;
      pages.add(new Page(id, plain, html, served));
    }
    Extractor extractor = Extractor.withBundledProfiles();
    List<Peer> peers =
        List.of(
            new Peer() {
              public String name() {
                return "this project";
              }

              public String extract(Page p) {
                try {
                  Article a = extractor.extract(new RawInput(p.bytes(), p.key(), Map.of()));
                  return a.body();
                } catch (InputRejectedException e) {
                  return "";
                }
              }
            },
            new Peer() {
              public String name() {
                return "Readability4J 1.0.8";
              }

              public String extract(Page p) {
                String text =
                    new Readability4J("https://example.org/" + p.id(), p.html())
                        .parse()
                        .getTextContent();
                return text == null ? "" : text;
              }
            },
            new Peer() {
              public String name() {
                return "boilerpipe 1.1.0 ArticleExtractor";
              }

              public String extract(Page p) throws Exception {
                String text = ArticleExtractor.INSTANCE.getText(p.html());
                return text == null ? "" : text;
              }
            },
            new Peer() {
              public String name() {
                return "Jsoup.parse(html).body().text()";
              }

              public String extract(Page p) {
                return Jsoup.parse(p.html()).body().text();
              }
            });
    Map<String, Map<String, String>> bodies = new LinkedHashMap<>();
    Map<String, Long> nanos = new LinkedHashMap<>();
    for (Peer peer : peers) {
      bodies.put(peer.name(), new LinkedHashMap<>());
      nanos.put(peer.name(), 0L);
    }
    // a first pass warms every system up and is not timed
    for (int pass = 0; pass <= passes; pass++) {
      for (Peer peer : peers) {
        long start = System.nanoTime();
        for (Page page : pages) {
          String body;
          try {
            body = peer.extract(page);
          } catch (Exception | StackOverflowError e) {
            body = "";
          }
          bodies.get(peer.name()).put(page.id(), body);
        }
        if (pass > 0) {
          nanos.merge(peer.name(), System.nanoTime() - start, Long::sum);
        }
      }
    }
    if (args.length > 3 && new File(args[3]).isFile()) {
      JsonNode node = JSON.readTree(new File(args[3]));
      Map<String, String> fromNode = new LinkedHashMap<>();
      node.path("bodies").fields().forEachRemaining(e -> fromNode.put(e.getKey(), e.getValue().asText()));
      bodies.put(node.path("name").asText("Readability.js"), fromNode);
      // node timed its own passes over the same pages, after a warm-up pass of its own: scaled
      // to as many passes as the JVM's systems ran
      double nodePasses = node.path("passes").asDouble(passes);
      nanos.put(
          node.path("name").asText("Readability.js"),
          (long) (node.path("ms").asDouble() * 1e6 * passes / nodePasses));
    }
    long floor = nanos.get("Jsoup.parse(html).body().text()");
    System.out.printf(
        Locale.ROOT,
        "%d pages, %d timed passes, java %s, %d cores%n",
        pages.size(),
        passes,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "| %-36s | %5s | %5s | %5s | %9s | %7s | %s |%n",
        "system",
        "F1",
        "P",
        "R",
        "pages/s",
        "x parse",
        "snippets P/R/F1");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (Map.Entry<String, Map<String, String>> e : bodies.entrySet()) {
      List<PageBenchmark.Prediction> predictions = new ArrayList<>();
      for (Page page : pages) {
        predictions.add(
            PageBenchmark.Prediction.body(page.id(), e.getValue().getOrDefault(page.id(), "")));
      }
      PageBenchmark.Figures f = benchmark.score(predictions);
      long ns = nanos.get(e.getKey());
      double seconds = ns / 1e9;
      double pagesPerSecond = pages.size() * (double) passes / seconds;
      String snippets =
          f.snippets()[0] + f.snippets()[1] + f.snippets()[2] + f.snippets()[3] == 0
              ? "-"
              : String.format(
                  Locale.ROOT,
                  "%.3f / %.3f / %.3f",
                  f.snippetPrecision(),
                  f.snippetRecall(),
                  f.snippetF1());
      System.out.printf(
          Locale.ROOT,
          "| %-36s | %5s | %5s | %5s | %9.1f | %7s | %s |%n",
          e.getKey(),
          f.bodyDocuments() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", f.body().f1()),
          f.bodyDocuments() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", f.body().precision()),
          f.bodyDocuments() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", f.body().recall()),
          pagesPerSecond,
          String.format(Locale.ROOT, "%.1f", ns / (double) floor),
          snippets);
    }
  }
}
