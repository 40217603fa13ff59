package dev.articleingest.bench;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Text-dump parse throughput over a folder of dumps (the development corpus's {@code text/}
 * folders, or any), one thread: one operation parses every dump once, so operations per second
 * times the folder's bytes is its MB/s, averaged over the pages as the corpus weighs them. The
 * baseline is what any parser of a dump pays: decoding the UTF-8 and splitting it into lines. Run
 * by {@code bench/text-corpus-throughput.sh}; the corpus is never part of the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CorpusTextThroughputBenchmark {

  /** Folders of {@code .txt} dumps, separated by commas. */
  @Param("")
  public String dirs;

  private final List<byte[]> pages = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private Extractor extractor;

  @Setup
  public void load() {
    extractor = Extractor.withBundledProfiles();
    for (String dir : dirs.split(",")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          pages.add(Files.readAllBytes(file));
          keys.add(file.getFileName().toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no .txt dumps in " + dirs);
    }
  }

  /** Prints the dumps' count and total bytes ({@code pages bytes}), for the script's MB/s. */
  public static void main(String[] args) {
    CorpusTextThroughputBenchmark state = new CorpusTextThroughputBenchmark();
    state.dirs = args[0];
    state.load();
    long bytes = state.pages.stream().mapToLong(p -> p.length).sum();
    System.out.println(state.pages.size() + " " + bytes);
  }

  @Benchmark
  public int extract() {
    int words = 0;
    for (int i = 0; i < pages.size(); i++) {
      try {
        words += extractor.extract(new RawInput(pages.get(i), keys.get(i), Map.of())).wordCount();
      } catch (InputRejectedException e) {
        words--; // a page with no article is parsed as far as that
      }
    }
    return words;
  }

  /** What any parser of a dump pays: see the class comment. */
  @Benchmark
  public int baseline() {
    int lines = 0;
    for (byte[] page : pages) {
      lines += new String(page, StandardCharsets.UTF_8).split("\n", -1).length;
    }
    return lines;
  }
}
