package dev.articleingest.parse;

import dev.articleingest.bench.ParseThroughputBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The test corpus: the files under src/test/resources and samples, as the parse tests read it. */
public final class Corpus {

  private static final List<Path> ROOTS =
      List.of(Path.of("src/test/resources"), Path.of("samples"));

  private Corpus() {}

  /** The corpus files whose names pass the test, in path order. */
  public static List<Path> files(Predicate<String> name) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(Files::isRegularFile)
            .filter(file -> name.test(file.getFileName().toString()))
            .sorted()
            .forEach(found::add);
      }
    }
    return found;
  }

  public static String utf8(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /** The parse benchmark's synthetic 100 KB text dump. */
  public static String longDump() {
    return new String(ParseThroughputBenchmark.longDump(100_000), StandardCharsets.UTF_8);
  }

  /** Every line of the files whose names pass the test, stripped, read as UTF-8. */
  public static List<String> lines(Predicate<String> name) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path file : files(name)) {
      addLines(utf8(file), lines);
    }
    return lines;
  }

  public static void addLines(String text, List<String> lines) {
    for (String line : text.split("\n")) {
      lines.add(line.strip());
    }
  }
}
