package dev.articleingest.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.Published;
import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Scores the extractor over pages with known answers: the golden corpus ({@link CorpusCase}), or
 * any folder of {@code *.html} / {@code *.html.gz} pages with a ground-truth JSON file mapping each
 * page's id (its file name without extension) to at least an {@code articleBody}, the format of
 * public benchmark sets. Fields the truth does not give are not scored.
 */
public final class Evaluation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Evaluation() {}

  /**
   * One page's result; a field is {@code null} when the truth does not give it.
   *
   * @param modifiedAsPublished the stored published time is the page's modification time
   */
  public record CaseResult(
      String name,
      String format,
      String rejection,
      Boolean title,
      Boolean published,
      Boolean authors,
      boolean modifiedAsPublished,
      Shingles.Match body) {}

  /** Results of a run, with the summary table. */
  public record Report(List<CaseResult> cases) {

    /** Share of scored cases whose field was right, or NaN when none was scored. */
    public double accuracy(String format, java.util.function.Function<CaseResult, Boolean> field) {
      int right = 0;
      int scored = 0;
      for (CaseResult c : of(format)) {
        Boolean value = field.apply(c);
        if (value != null) {
          scored++;
          right += value ? 1 : 0;
        }
      }
      return scored == 0 ? Double.NaN : (double) right / scored;
    }

    public Shingles.Scores body(String format) {
      return Shingles.scores(of(format).stream().map(CaseResult::body).toList());
    }

    public long modifiedAsPublished() {
      return cases.stream().filter(CaseResult::modifiedAsPublished).count();
    }

    /** The cases of one format; {@code all} for every case. */
    public List<CaseResult> of(String format) {
      Predicate<CaseResult> match = c -> format.equals("all") || format.equals(c.format());
      return cases.stream().filter(match).toList();
    }

    /** The table printed by {@code eval}: one column per format, then the problem cases. */
    public String table() {
      List<String> columns = new ArrayList<>();
      columns.add("all");
      columns.addAll(new TreeSet<>(cases.stream().map(CaseResult::format).toList()));
      StringBuilder out = new StringBuilder();
      row(out, "", columns);
      row(out, "cases", columns.stream().map(f -> Integer.toString(of(f).size())).toList());
      row(
          out,
          "title accuracy",
          columns.stream().map(f -> fmt(accuracy(f, CaseResult::title))).toList());
      row(
          out,
          "published-time accuracy",
          columns.stream().map(f -> fmt(accuracy(f, CaseResult::published))).toList());
      row(
          out,
          "authors exact match",
          columns.stream().map(f -> fmt(accuracy(f, CaseResult::authors))).toList());
      row(out, "body precision", columns.stream().map(f -> fmt(body(f).precision())).toList());
      row(out, "body recall", columns.stream().map(f -> fmt(body(f).recall())).toList());
      row(out, "body F1", columns.stream().map(f -> fmt(body(f).f1())).toList());
      out.append(
          String.format(
             Locale.ROOT, "%-26s %d%n", "modified time as published", modifiedAsPublished()));
      long rejected = cases.stream().filter(c -> c.rejection() != null).count();
      out.append(String.format(Locale.ROOT, "%-26s %d%n", "rejected", rejected));
      for (CaseResult c : cases) {
        List<String> problems = new ArrayList<>();
        if (c.rejection() != null) {
          problems.add("rejected: " + c.rejection());
        }
        if (Boolean.FALSE.equals(c.title())) {
          problems.add("title");
        }
        if (Boolean.FALSE.equals(c.published())) {
          problems.add("published");
        }
        if (Boolean.FALSE.equals(c.authors())) {
          problems.add("authors");
        }
        if (c.body().precision() < 1 || c.body().recall() < 1) {
          problems.add(
              String.format(
                 Locale.ROOT, "body P=%.3f R=%.3f", c.body().precision(), c.body().recall()));
        }
        if (!problems.isEmpty()) {
          out.append("  ")
              .append(c.name())
              .append(": ")
              .append(String.join(", ", problems))
              .append('\n');
        }
      }
      return out.toString();
    }

    private static void row(StringBuilder out, String label, List<String> values) {
      out.append(String.format(Locale.ROOT, "%-26s", label));
      for (String v : values) {
        out.append(String.format(Locale.ROOT, " %8s", v));
      }
      out.append('\n');
    }

    private static String fmt(double value) {
      return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
  }

  /** Scores every case of a golden corpus folder. */
  public static Report corpus(Extractor extractor, Path root) {
    List<CaseResult> results = new ArrayList<>();
    for (CorpusCase c : CorpusCase.walk(root)) {
      results.add(score(extractor, c.name(), c.input(), c.truth()));
    }
    return new Report(results);
  }

  static CaseResult score(Extractor extractor, String name, RawInput input, JsonNode truth) {
    String truthBody = String.join("\n\n", strings(truth.path("paragraphs")));
    String format = truth.path("format").asText("unknown");
    Article article;
    try {
      article = extractor.extract(input);
    } catch (InputRejectedException e) {
      return new CaseResult(
          name,
          format,
          e.reason().name(),
          truth.has("title") ? false : null,
          truth.has("publishedAt") || truth.has("publishedLocal") ? false : null,
          truth.has("authors") ? false : null,
          false,
          Shingles.match(truthBody, ""));
    }
    Boolean title =
        truth.has("title")
            ? Objects.equals(clean(truth.get("title").asText(null)), clean(article.title()))
            : null;
    Boolean published = null;
    boolean modifiedAsPublished = false;
    Published p = article.published();
    String extractedInstant = p == null || !p.zoneKnown() ? null : p.instant().toString();
    if (truth.hasNonNull("publishedAt")) {
      published = truth.get("publishedAt").asText().equals(extractedInstant);
      modifiedAsPublished =
          truth.hasNonNull("modifiedAt")
              && !truth.get("modifiedAt").asText().equals(truth.get("publishedAt").asText())
              && truth.get("modifiedAt").asText().equals(extractedInstant);
    } else if (truth.has("publishedLocal")) {
      String local = truth.path("publishedLocal").asText(null);
      published = Objects.equals(local, p == null ? null : p.local().toString());
    }
    Boolean authors =
        truth.has("authors") ? strings(truth.get("authors")).equals(article.authors()) : null;
    return new CaseResult(
        name,
        article.format(),
        null,
        title,
        published,
        authors,
        modifiedAsPublished,
        Shingles.match(truthBody, article.body()));
  }

  private static String clean(String text) {
    return text == null ? null : TextNormalizer.paragraph(text);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
