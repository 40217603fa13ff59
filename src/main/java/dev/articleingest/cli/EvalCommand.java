package dev.articleingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleingest.evaluation.PageBenchmark;
import java.util.List;

import dev.articleingest.evaluation.Evaluation;
import dev.articleingest.parse.Extractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval}: extraction quality over the golden corpus or a benchmark folder. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the extractor against pages with known answers and print per-field accuracy and"
          + " body precision/recall/F1 (token 4-gram shingles, per-document averages, F1 of the"
          + " averages, as public article-extraction benchmarks compute it).",
      "Either a golden corpus folder (<source>/<case>/input.* + expected.json), or --pages, a"
          + " folder of <id>.txt text dumps or <id>.html / .htm / .html.gz pages, and --truth, a"
          + " JSON file mapping each id to {\"articleBody\", \"title\", \"byline\","
          + " \"publishedTime\"} (readability's form) or {\"with\": [...], \"without\": [...]}"
          + " snippets (trafilatura's form). --pages prints the figures the development corpus's"
          + " score.py prints: body F1/P/R, title and byline accuracy, published day, snippet"
          + " P/R/F1."
    })
final class EvalCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(
      paramLabel = "CORPUS",
      arity = "0..1",
      description = "A golden corpus folder, such as src/test/resources/golden.")
  Path corpus;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description = "A folder of text dumps (.txt) and/or HTML pages (.html, .htm, .html.gz).")
  Path pages;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "With --pages: also write the predictions as score.py reads them.")
  Path predictions;

  @Option(names = "--truth", paramLabel = "FILE", description = "Ground truth for --pages.")
  Path truth;

  @Mixin ProfilesOption profiles;

  @Override
  public Integer call() throws java.io.IOException {
    Extractor extractor = new Extractor(profiles.profiles());
    Evaluation.Report report;
    if (pages != null || truth != null) {
      if (pages == null || truth == null || corpus != null) {
        System.err.println("give --pages and --truth together, or a corpus folder alone");
        return 2;
      }
      PageBenchmark benchmark = PageBenchmark.of(pages, truth);
      List<PageBenchmark.Prediction> predicted = benchmark.predict(extractor);
      System.out.print(benchmark.score(predicted).table(pages.toString()));
      if (predictions != null) {
        JSON.writerWithDefaultPrettyPrinter()
            .writeValue(predictions.toFile(), PageBenchmark.predictionsJson(predicted));
      }
      return 0;
    } else if (corpus != null && Files.isDirectory(corpus)) {
      report = Evaluation.corpus(extractor, corpus);
    } else {
      System.err.println("give a corpus folder, or --pages and --truth");
      return 2;
    }
    System.out.print(report.table());
    return 0;
  }
}
