package dev.articleingest.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores extraction over a folder of pages with ground truth, exactly as the development corpus's
 * {@code score.py} does: the pages are {@code <id>.txt} text dumps or {@code <id>.html},
 * {@code .htm}, {@code .html.gz} pages; the truth maps each id to {@code articleBody}, {@code
 * title}, {@code byline} and {@code publishedTime} (the readability form) or to {@code with} and
 * {@code without} snippets (the trafilatura form), or both.
 *
 * <ul>
 *   <li>body: token 4-gram shingles as multisets, per-document tp/fp/fn normalised to sum 1, P and
 *       R averaged over documents, F1 of the two averages;
 *   <li>title: exact after white-space normalisation;
 *   <li>byline: exact (authors joined by ", "), and loose (the same set of names, case ignored, a
 *       leading "by" dropped);
 *   <li>published: the same calendar day (the page's local date);
 *   <li>snippets: trafilatura's measure, each "with" snippet found a true positive, each "without"
 *       found a false positive, over all snippets of all pages.
 * </ul>
 */
public final class PageBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What Python's {@code \s} matches in a str: ASCII white space, separators, 0x1c-0x1f, 0x85. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\x1c-\\x1f\\x85]+");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:[,;&|]|\\band\\b)\\s*");
  private static final Pattern DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

  /**
   * One page's prediction: what an extractor gave, or why it gave nothing.
   *
   * @param id the page
   * @param body the body text, paragraphs between blank lines ({@code ""} for none)
   * @param title the title, or {@code null}
   * @param authors the authors, possibly empty
   * @param published the published time as the page gave it, or {@code null}
   * @param rejection why nothing was extracted, or {@code null}
   */
  public record Prediction(
      String id,
      String body,
      String title,
      List<String> authors,
      java.time.LocalDateTime published,
      String rejection) {

    public Prediction {
      authors = List.copyOf(authors);
    }

    /** What this project's extractor gave for {@code input}: its body as {@link ScoredText}. */
    public static Prediction of(String id, Article article, RawInput input) {
      return new Prediction(
          id,
          ScoredText.of(article, input),
          article.title(),
          article.authors(),
          article.published() == null ? null : article.published().local(),
          null);
    }

    /** A body alone (a peer extractor that gives nothing else). */
    public static Prediction body(String id, String body) {
      return new Prediction(id, body == null ? "" : body, null, List.of(), null, null);
    }

    public static Prediction rejected(String id, String reason) {
      return new Prediction(id, "", null, List.of(), null, reason);
    }
  }

  /**
   * The figures, each over the pages whose truth has the field.
   *
   * @param pages pages scored
   * @param body body scores (documents with an {@code articleBody})
   * @param bodyDocuments documents with an {@code articleBody}
   * @param titles titles right, of {@code titleCount}
   * @param bylines bylines exactly right, of {@code bylineCount}
   * @param bylinesLoose bylines right by the loose measure
   * @param days published days right, of {@code dayCount}
   * @param snippets true positives, false positives, false negatives, true negatives
   * @param rejected pages the extractor rejected
   */
  public record Figures(
      int pages,
      Shingles.Scores body,
      int bodyDocuments,
      int titles,
      int titleCount,
      int bylines,
      int bylinesLoose,
      int bylineCount,
      int days,
      int dayCount,
      long[] snippets,
      int rejected) {

    public double snippetPrecision() {
      return ratio(snippets[0], snippets[0] + snippets[1]);
    }

    public double snippetRecall() {
      return ratio(snippets[0], snippets[0] + snippets[2]);
    }

    public double snippetF1() {
      return ratio(2 * snippets[0], 2 * snippets[0] + snippets[1] + snippets[2]);
    }

    private static double ratio(double a, double b) {
      return b == 0 ? 0 : a / b;
    }

    /** The figures as score.py prints them. */
    public String table(String name) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%s: %d documents, %d rejected%n", name, pages, rejected));
      if (bodyDocuments > 0) {
        out.append(
            String.format(
                Locale.ROOT,
                "body      F1 %.3f  P %.3f  R %.3f  (N %d)%n",
                body.f1(),
                body.precision(),
                body.recall(),
                bodyDocuments));
      }
      if (titleCount > 0) {
        out.append(String.format(Locale.ROOT, "title     accuracy %s%n", share(titles, titleCount)));
      }
      if (bylineCount > 0) {
        out.append(
            String.format(
                Locale.ROOT,
                "byline    accuracy exact %s, loose %s%n",
                share(bylines, bylineCount),
                share(bylinesLoose, bylineCount)));
      }
      if (dayCount > 0) {
        out.append(String.format(Locale.ROOT, "published same day %s%n", share(days, dayCount)));
      }
      if (snippets[0] + snippets[1] + snippets[2] + snippets[3] > 0) {
        out.append(
            String.format(
                Locale.ROOT,
                "snippets  P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)%n",
                snippetPrecision(),
                snippetRecall(),
                snippetF1(),
                snippets[0],
                snippets[1],
                snippets[2],
                snippets[3]));
      }
      return out.toString();
    }

    private static String share(int hit, int n) {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", (double) hit / n, hit, n);
    }
  }

  private final Map<String, Path> pages;
  private final JsonNode truth;

  private PageBenchmark(Map<String, Path> pages, JsonNode truth) {
    this.pages = pages;
    this.truth = truth;
  }

  /**
   * A folder of pages and its truth file; only ids in both are scored.
   *
   * @throws UncheckedIOException when either cannot be read
   */
  public static PageBenchmark of(Path pagesDir, Path truthFile) {
    Map<String, Path> pages = new TreeMap<>();
    try (Stream<Path> list = Files.list(pagesDir)) {
      list.forEach(
          p -> {
            String name = p.getFileName().toString();
            for (String ext : List.of(".html.gz", ".html", ".htm", ".txt")) {
              if (name.endsWith(ext)) {
                pages.put(name.substring(0, name.length() - ext.length()), p);
                break;
              }
            }
          });
      return new PageBenchmark(pages, JSON.readTree(truthFile.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pagesDir + " or " + truthFile, e);
    }
  }

  /** The ids of the pages that have truth. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (String id : pages.keySet()) {
      if (truth.has(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The bytes of one page. */
  public byte[] content(String id) {
    try {
      return Files.readAllBytes(pages.get(id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pages.get(id), e);
    }
  }

  /** The key a page is parsed under: its file name. */
  public String key(String id) {
    return pages.get(id).getFileName().toString();
  }

  public JsonNode truth(String id) {
    return truth.get(id);
  }

  /** Runs the extractor over every page. */
  public List<Prediction> predict(Extractor extractor) {
    return predict(extractor::extract);
  }

  /**
   * Runs an extraction function over every page, read once as the input it is given and scored
   * against ({@link ScoredText}); a rejection is an empty prediction.
   */
  public List<Prediction> predict(Function<RawInput, Article> extract) {
    List<Prediction> predictions = new ArrayList<>();
    for (String id : ids()) {
      RawInput input = new RawInput(content(id), key(id), Map.of());
      try {
        predictions.add(Prediction.of(id, extract.apply(input), input));
      } catch (InputRejectedException e) {
        predictions.add(Prediction.rejected(id, e.reason().name()));
      }
    }
    return predictions;
  }

  /** Scores predictions against the truth. */
  public Figures score(List<Prediction> predictions) {
    List<Shingles.Match> body = new ArrayList<>();
    int titles = 0;
    int titleCount = 0;
    int bylines = 0;
    int loose = 0;
    int bylineCount = 0;
    int days = 0;
    int dayCount = 0;
    int rejected = 0;
    long[] snippets = new long[4];
    for (Prediction p : predictions) {
      JsonNode t = truth.get(p.id());
      if (p.rejection() != null) {
        rejected++;
      }
      if (t.has("articleBody")) {
        body.add(Shingles.match(t.path("articleBody").asText(""), p.body()));
      }
      String title = norm(t.path("title").asText(""));
      if (!title.isEmpty()) {
        titleCount++;
        titles += p.title() != null && norm(p.title()).equals(title) ? 1 : 0;
      }
      String byline = norm(t.path("byline").asText(""));
      if (!byline.isEmpty()) {
        bylineCount++;
        String predicted = norm(String.join(", ", p.authors()));
        boolean exact = predicted.equals(byline);
        bylines += exact ? 1 : 0;
        loose += exact || (!predicted.isEmpty() && names(predicted).equals(names(byline))) ? 1 : 0;
      }
      String day = day(t.path("publishedTime").asText(""));
      if (day != null) {
        dayCount++;
        days +=
            p.published() != null && day.equals(p.published().toLocalDate().toString()) ? 1 : 0;
      }
      if (t.has("with") || t.has("without")) {
        String b = norm(p.body());
        for (JsonNode w : t.path("with")) {
          snippets[b.contains(norm(w.asText())) ? 0 : 2]++;
        }
        for (JsonNode w : t.path("without")) {
          snippets[b.contains(norm(w.asText())) ? 1 : 3]++;
        }
      }
    }
    return new Figures(
        predictions.size(),
        Shingles.scores(body),
        body.size(),
        titles,
        titleCount,
        bylines,
        loose,
        bylineCount,
        days,
        dayCount,
        snippets,
        rejected);
  }

  /** Predictions in score.py's input form: id to articleBody, title, authors, publishedAt. */
  public static ObjectNode predictionsJson(List<Prediction> predictions) {
    ObjectNode out = JSON.createObjectNode();
    for (Prediction p : predictions) {
      ObjectNode one = out.putObject(p.id());
      one.put("articleBody", p.body());
      if (p.title() != null) {
        one.put("title", p.title());
      }
      one.putPOJO("authors", p.authors());
      if (p.published() != null) {
        one.put("publishedAt", p.published().toString());
      }
    }
    return out;
  }

  static String norm(String text) {
    return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static Set<String> names(String byline) {
    String s = norm(byline).toLowerCase(Locale.ROOT).replaceFirst("^by\\b[:\\s]*", "");
    Set<String> names = new LinkedHashSet<>();
    for (String part : NAME_SPLIT.split(s)) {
      String name = part.strip().replaceAll("^[ .]+|[ .]+$", "");
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static String day(String value) {
    Matcher m = DAY.matcher(value);
    return m.find() ? m.group(1) : null;
  }
}
