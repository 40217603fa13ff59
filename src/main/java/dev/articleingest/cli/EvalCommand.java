package dev.articleingest.cli;

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
      "Either a golden corpus folder (<source>/<case>/input.* + expected.json), or --pages with"
          + " *.html / *.html.gz files and --truth, a JSON file mapping each file id to at least"
          + " {\"articleBody\": ...}."
    })
final class EvalCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "CORPUS",
      arity = "0..1",
      description = "A golden corpus folder, such as src/test/resources/golden.")
  Path corpus;

  @Option(names = "--pages", paramLabel = "DIR", description = "A folder of HTML pages.")
  Path pages;

  @Option(names = "--truth", paramLabel = "FILE", description = "Ground truth for --pages.")
  Path truth;

  @Mixin ProfilesOption profiles;

  @Override
  public Integer call() {
    Extractor extractor = new Extractor(profiles.profiles());
    Evaluation.Report report;
    if (pages != null || truth != null) {
      if (pages == null || truth == null || corpus != null) {
        System.err.println("give --pages and --truth together, or a corpus folder alone");
        return 2;
      }
      report = Evaluation.benchmark(extractor, pages, truth);
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
