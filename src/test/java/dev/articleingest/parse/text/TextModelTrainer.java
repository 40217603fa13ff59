package dev.articleingest.parse.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.articleingest.evaluation.CorpusCase;
import dev.articleingest.evaluation.PageBenchmark;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.InputFormat;
import dev.articleingest.parse.RawInput;
import dev.articleingest.parse.learned.BoostedTreesTrainer;
import dev.articleingest.parse.learned.TreeEnsemble;
import dev.articleingest.parse.profile.SourceProfile;
import dev.articleingest.parse.profile.SourceProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Trains the text-dump line model from the development corpus and writes it as a resource. A build
 * tool, run by {@code bench/train-models.sh}; nothing in the function trains.
 *
 * <p>Usage: {@code TextModelTrainer CORPUS_DIR OUT_DIR [FOLDS]}, where CORPUS_DIR holds {@code
 * readability/} and {@code trafilatura/}, each with {@code text/} and {@code truth.json}. With
 * FOLDS, first reports cross-validated line figures (pages split into folds by id). With {@code
 * -Dcv.predictions=PREFIX} it writes each corpus's out-of-fold predictions as {@code
 * PREFIX-CORPUS.json} (for {@code score.py}); with {@code -Dcv.models=DIR}, each fold's models as
 * {@code DIR/fold-K/models/} (a page is in fold {@code floorMod(id.hashCode(), FOLDS)}), so that
 * a page's out-of-fold parse can be looked into with that folder first on the class path.
 */
public final class TextModelTrainer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The line model: 150 trees of depth 4. Each tree costs the parse about 0.06 us a line; 150
   * score as 200 did on the cross-validation (2026-12-02) at three quarters of the cost.
   */
  static final BoostedTreesTrainer.Params LINE_PARAMS =
      new BoostedTreesTrainer.Params(
          Integer.getInteger("train.trees", 150), 4, 0.13, 5, 1, 0.8, 42 + seedOffset());

  /**
   * {@code -Dtrain.seed=N} shifts every model's sampling seed by N (0, the default, trains the
   * shipped models). Retraining moves a few pages either way, so a change whose gain is within
   * that is judged over a few seeds: cross-validate it and its baseline under the same seeds.
   */
  private static int seedOffset() {
    return Integer.getInteger("train.seed", 0);
  }

  /** How much a clean copy of a page counts against the real page. */
  private static final double CLEAN_WEIGHT = Double.parseDouble(System.getProperty("train.cleanWeight", "0.3"));

  /**
   * With {@code -Dcv.layouts=true}, the cross-validation also scores each real page's dump as
   * other scrapers save text: flat (its blank lines taken out) and double-spaced (a blank line
   * between every two lines). It measures how well the parser's layout of such dumps ({@link
   * DumpLine#laidOut}) stands in for innerText's. The copies are never trained on.
   */
  private static final boolean LAYOUTS = Boolean.getBoolean("cv.layouts");

  /** The corpora of real pages; the rest of the training pages are made from them or written. */
  private static final Set<String> REAL = Set.of("readability", "trafilatura");

  static final SourceProfile GENERIC = SourceProfiles.bundled().forSource("unknown");

  /**
   * Each real page's headline as its HTML marks it, by corpus and id ({@link #htmlHeadline}): the
   * label the headline model learns from where the truth has no title in the dump.
   */
  private static final Map<String, String> HTML_HEADLINES = new HashMap<>();

  /**
   * The real pages whose text dump is empty (the page drew its text with scripts the dump ran
   * without), as corpus to ids: no text model trains on them, so cross-validation still predicts
   * their HTML, each in its id's fold, and the HTML figures cover the whole corpus as {@code eval}
   * does.
   */
  private static final Map<String, List<String>> HTML_ONLY = new HashMap<>();

  /**
   * Each real page's published day, the date model's label: the truth's where it has one, else the
   * day the HTML parser reads from the page's HTML (JSON-LD, meta tags, microdata, {@code <time>}),
   * which no text model decides.
   */
  private static final Map<String, LocalDate> DATE_LABELS = new HashMap<>();

  /**
   * The HTML parser whose dates label the pages: with no text models' second opinion, so that no
   * text model decides a label (and a change of their features needs no model first).
   */
  private static final dev.articleingest.parse.html.HtmlParser HTML_DATES =
      new dev.articleingest.parse.html.HtmlParser(null);

  private TextModelTrainer() {}

  static LocalDate labelDay(Path html, String id, JsonNode truth) {
    String stated = truth.path("publishedTime").asText("");
    if (stated.length() >= 10 && stated.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(stated.substring(0, 10));
    }
    if (!Files.exists(html)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
      dev.articleingest.parse.spi.Draft draft =
          HTML_DATES.parse(
              in.readAllBytes(),
              new dev.articleingest.parse.spi.ParseContext(
                  "unknown", null, GENERIC, null, null, SourceProfiles.bundled().jsonFields(),
                  id + ".html"));
      return draft.published == null ? null : draft.published.local().toLocalDate();
    } catch (IOException | InputRejectedException e) {
      return null;
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int folds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    List<TrainingPage> pages = load(corpus);
    System.out.printf(Locale.ROOT, "%d pages%n", pages.size());
    List<float[][]> features = new ArrayList<>();
    for (TrainingPage p : pages) {
      features.add(LineFeatures.of(p.lines(), GENERIC, null));
    }
    BoostedTreesTrainer.Params params = LINE_PARAMS;
    List<double[]> outOfFold = outOfFold(pages, features, params, 5);
    if (folds > 1) {
      crossValidate(corpus, pages, features, outOfFold, params, folds);
    }
    TreeEnsemble model = train(pages, features, LineFeatures.NAMES, params);
    TreeEnsemble headlines = trainHeadlines(pages, outOfFold, -1, folds);
    TreeEnsemble dates =
        trainDates(pages, outOfFold, outOfFoldHeadlines(pages, outOfFold, 5), -1, folds);
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve("text-lines.model"))) {
      model.write(o);
    }
    try (OutputStream o = Files.newOutputStream(out.resolve("text-headline.model"))) {
      headlines.write(o);
    }
    try (OutputStream o = Files.newOutputStream(out.resolve("text-dates.model"))) {
      dates.write(o);
    }
    System.out.printf(
        Locale.ROOT,
        "wrote %s: lines %d trees, headlines %d trees%n",
        out,
        model.size(),
        headlines.size());
  }

  static List<TrainingPage> load(Path corpus) {
    List<TrainingPage> pages = new ArrayList<>();
    for (String name : List.of("readability", "trafilatura")) {
      Path dir = corpus.resolve(name);
      PageBenchmark benchmark = PageBenchmark.of(dir.resolve("text"), dir.resolve("truth.json"));
      for (String id : benchmark.ids()) {
        byte[] content = benchmark.content(id);
        JsonNode truth = benchmark.truth(id);
        TrainingPage page = TrainingPage.of(name, id, benchmark.key(id), content, truth);
        if (page.lines().isEmpty()) {
          HTML_ONLY.computeIfAbsent(name, c -> new ArrayList<>()).add(id);
        } else {
          pages.add(page);
          String headline = htmlHeadline(dir.resolve("html").resolve(id + ".html.gz"), page);
          if (headline != null) {
            HTML_HEADLINES.put(name + "/" + id, headline);
          }
          LocalDate day = labelDay(dir.resolve("html").resolve(id + ".html.gz"), id, truth);
          if (day != null) {
            DATE_LABELS.put(name + "/" + id, day);
          }
        }
        if (!Boolean.getBoolean("train.noClean")
            && truth.hasNonNull("articleBody")
            && !truth.path("articleBody").asText().isBlank()) {
          pages.add(clean(id, truth));
        }
      }
    }
    for (CorpusCase c : CorpusCase.walk(Path.of("src/test/resources/golden"))) {
      if (c.input().key().endsWith(".txt")) {
        ObjectNode truth = JSON.createObjectNode();
        List<String> paragraphs = new ArrayList<>();
        c.truth().path("paragraphs").forEach(n -> paragraphs.add(n.asText()));
        truth.put("articleBody", String.join("\n\n", paragraphs));
        truth.put("title", c.truth().path("title").asText(""));
        pages.add(
            TrainingPage.of("golden", c.name(), c.input().key(), c.input().content(), truth));
      }
    }
    return pages;
  }

  /**
   * The page's headline as its HTML marks it: the text of an {@code <h1>} that is a whole line of
   * the dump and shares at least half its words with the page's {@code og:title} or {@code
   * <title>} (which rules out a logo or section name in an h1); null when no h1 qualifies, or when
   * two different ones do.
   */
  static String htmlHeadline(Path html, TrainingPage page) {
    if (!Files.exists(html)) {
      return null;
    }
    Document doc;
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(html))) {
      doc = Jsoup.parse(in, null, "");
    } catch (IOException e) {
      return null;
    }
    String pageTitle = doc.select("meta[property=og:title]").attr("content");
    if (pageTitle.isBlank()) {
      pageTitle = doc.title();
    }
    Set<String> titleWords = new HashSet<>();
    for (String w : LineFeatures.words(pageTitle.toLowerCase(Locale.ROOT))) {
      titleWords.add(w);
    }
    Set<String> dumpLines = new HashSet<>();
    for (DumpLine line : page.lines()) {
      dumpLines.add(TrainingPage.norm(line.text()));
    }
    String found = null;
    for (Element h1 : doc.select("h1")) {
      String text = TrainingPage.norm(h1.text());
      if (text.isEmpty() || !dumpLines.contains(text)) {
        continue;
      }
      String[] words = LineFeatures.words(text.toLowerCase(Locale.ROOT));
      long shared = Arrays.stream(words).filter(titleWords::contains).count();
      if (words.length == 0 || shared * 2 < words.length) {
        continue;
      }
      if (found != null && !found.equals(text)) {
        return null;
      }
      found = text;
    }
    return found;
  }

  /** The headline a page teaches: its truth title where the dump has it, else its HTML's. */
  static String headlineLabel(TrainingPage page) {
    String title = TrainingPage.norm(page.truth().path("title").asText(""));
    if (!title.isEmpty()) {
      for (DumpLine line : page.lines()) {
        if (TrainingPage.norm(line.text()).equals(title)) {
          return title;
        }
      }
    }
    if (Boolean.getBoolean("train.noHtmlHeadlines")) {
      return title;
    }
    return HTML_HEADLINES.getOrDefault(page.corpus() + "/" + page.id(), title);
  }

  /**
   * A clean dump of a page's article, as a plain article file would be: headline, byline, body
   * paragraphs between blank lines, no chrome. It teaches the model that a dump need not have
   * chrome, and that a short last paragraph is still the article's.
   */
  private static TrainingPage clean(String id, JsonNode truth) {
    StringBuilder text = new StringBuilder();
    String title = truth.path("title").asText("");
    if (!title.isBlank()) {
      text.append(title.strip()).append("\n\n");
    }
    String byline = truth.path("byline").asText("");
    if (!byline.isBlank() && byline.length() < 100) {
      text.append(byline.strip()).append("\n\n");
    }
    text.append(truth.path("articleBody").asText());
    return TrainingPage.of(
        "clean",
        id,
        id + ".txt",
        text.toString().getBytes(StandardCharsets.UTF_8),
        truth);
  }

  static int fold(TrainingPage page, int folds) {
    // a page's clean copy falls in the page's own fold
    return fold(page.id(), folds);
  }

  private static int fold(String id, int folds) {
    return Math.floorMod(id.hashCode(), folds);
  }

  /** Trains one ensemble on the given pages' labelled lines, with their features. */
  static TreeEnsemble train(
      List<TrainingPage> pages,
      List<float[][]> features,
      List<String> names,
      BoostedTreesTrainer.Params params) {
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      TrainingPage page = pages.get(p);
      float[][] f = features.get(p);
      // every page counts about the same, however many lines its menus have
      double pageWeight = 1 / Math.sqrt(Math.max(1, f.length));
      for (int i = 0; i < f.length; i++) {
        if (page.weight()[i] > 0) {
          x.add(f[i]);
          y.add(page.label()[i]);
          w.add(page.weight()[i] * pageWeight * 10 * (page.corpus().equals("clean") ? CLEAN_WEIGHT : 1));
        }
      }
    }
    float[][] xs = x.toArray(new float[0][]);
    int[] ys = y.stream().mapToInt(Integer::intValue).toArray();
    double[] ws = w.stream().mapToDouble(Double::doubleValue).toArray();
    return new BoostedTreesTrainer(params).train(names, xs, ys, ws);
  }

  /** Each page's line probabilities from a model that did not see the page. */
  static List<double[]> outOfFold(
      List<TrainingPage> pages,
      List<float[][]> features,
      BoostedTreesTrainer.Params params,
      int folds) {
    List<double[]> out = new ArrayList<>(java.util.Collections.nCopies(pages.size(), null));
    for (int k = 0; k < folds; k++) {
      List<TrainingPage> in = new ArrayList<>();
      List<float[][]> inFeatures = new ArrayList<>();
      for (int p = 0; p < pages.size(); p++) {
        if (innerFold(pages.get(p), folds) != k) {
          in.add(pages.get(p));
          inFeatures.add(features.get(p));
        }
      }
      TreeEnsemble model = train(in, inFeatures, LineFeatures.NAMES, params);
      for (int p = 0; p < pages.size(); p++) {
        if (innerFold(pages.get(p), folds) == k) {
          out.set(p, TextDumpParser.probabilities(model, features.get(p)));
        }
      }
    }
    return out;
  }

  static int innerFold(TrainingPage page, int folds) {
    return Math.floorMod(page.id().hashCode() * 31 + 7, folds);
  }

  /**
   * Trains the headline model on the candidates of every page whose truth title is one of its
   * candidates (a page whose title is not in its dump teaches nothing about which line it is).
   */
  static TreeEnsemble trainHeadlines(
      List<TrainingPage> pages, List<double[]> lineProbabilities, int heldOut, int folds) {
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      TrainingPage page = pages.get(p);
      String title = headlineLabel(page);
      if (title.isEmpty() || (heldOut >= 0 && fold(page, folds) == heldOut)) {
        continue;
      }
      List<float[]> candidates = new ArrayList<>();
      List<Integer> labels = new ArrayList<>();
      double[] body = lineProbabilities.get(p);
      int bodyStart = ArticleSpan.find(page.lines(), body, TextDumpParser.BODY_THRESHOLD)[0];
      dev.articleingest.parse.spi.ParseContext context = context(page);
      int from = Math.max(0, bodyStart - HeadlineChooser.WINDOW);
      int rank = 0;
      HeaderView view = new HeaderView(page.lines(), context);
      for (int j = Math.min(bodyStart, page.lines().size() - 1); j >= from; j--) {
        if (!HeadlineFeatures.candidate(view, j)
            || (j == bodyStart
                && !HeadlineFeatures.couldOpenBody(page.lines().get(j).text()))) {
          continue;
        }
        candidates.add(HeadlineFeatures.of(view, j, rank++, body, bodyStart));
        labels.add(TrainingPage.norm(page.lines().get(j).text()).equals(title) ? 1 : 0);
      }
      if (!labels.contains(1)) {
        continue;
      }
      double weight = page.corpus().equals("clean") ? CLEAN_WEIGHT : 1;
      for (int c = 0; c < candidates.size(); c++) {
        x.add(candidates.get(c));
        y.add(labels.get(c));
        w.add(weight);
      }
    }
    BoostedTreesTrainer.Params params =
        new BoostedTreesTrainer.Params(80, 3, 0.1, 2, 1, 0.9, 7 + seedOffset());
    return new BoostedTreesTrainer(params)
        .train(
            HeadlineFeatures.NAMES,
            x.toArray(new float[0][]),
            y.stream().mapToInt(Integer::intValue).toArray(),
            w.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * Each page's headline as a headline model that did not see the page chooses it (folds by
   * {@link #fold}), so that the date model learns from the headlines the parser will have.
   */
  static int[] outOfFoldHeadlines(
      List<TrainingPage> pages, List<double[]> lineProbabilities, int folds) {
    int[] chosen = new int[pages.size()];
    for (int k = 0; k < folds; k++) {
      TreeEnsemble model = trainHeadlines(pages, lineProbabilities, k, folds);
      for (int p = 0; p < pages.size(); p++) {
        TrainingPage page = pages.get(p);
        if (fold(page, folds) != k) {
          continue;
        }
        double[] body = lineProbabilities.get(p);
        int bodyStart = ArticleSpan.find(page.lines(), body, TextDumpParser.BODY_THRESHOLD)[0];
        chosen[p] =
            HeadlineChooser.choose(model, page.lines(), body, bodyStart, context(page)).index();
      }
    }
    return chosen;
  }

  /**
   * Trains the date model on the dates of every page with a label day ({@link #DATE_LABELS}) that
   * one of its lines gives: a candidate is right when its day is the label's.
   */
  static TreeEnsemble trainDates(
      List<TrainingPage> pages,
      List<double[]> lineProbabilities,
      int[] headlines,
      int heldOut,
      int folds) {
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      TrainingPage page = pages.get(p);
      LocalDate day = DATE_LABELS.get(page.corpus() + "/" + page.id());
      if (day == null || (heldOut >= 0 && fold(page, folds) == heldOut)) {
        continue;
      }
      double[] body = lineProbabilities.get(p);
      int[] span = ArticleSpan.find(page.lines(), body, TextDumpParser.BODY_THRESHOLD);
      List<DateChooser.Candidate> candidates = DateChooser.candidates(page.lines(), context(page));
      if (candidates.isEmpty()) {
        continue;
      }
      float[][] f = DateChooser.of(page.lines(), candidates, body, headlines[p], span[0], span[1]);
      // every page counts about the same, however many dates its comments have
      double weight = 1 / Math.sqrt(candidates.size());
      for (int c = 0; c < candidates.size(); c++) {
        x.add(f[c]);
        y.add(candidates.get(c).day().equals(day) ? 1 : 0);
        w.add(weight);
      }
    }
    BoostedTreesTrainer.Params params =
        new BoostedTreesTrainer.Params(80, 3, 0.1, 2, 1, 0.9, 11 + seedOffset());
    return new BoostedTreesTrainer(params)
        .train(
            DateChooser.NAMES,
            x.toArray(new float[0][]),
            y.stream().mapToInt(Integer::intValue).toArray(),
            w.stream().mapToDouble(Double::doubleValue).toArray());
  }

  static dev.articleingest.parse.spi.ParseContext context(TrainingPage page) {
    return context(page.key());
  }

  /** The context of an object of an unknown source, with no URL or upload time: a corpus page's. */
  static dev.articleingest.parse.spi.ParseContext context(String key) {
    return new dev.articleingest.parse.spi.ParseContext(
        "unknown", null, GENERIC, null, null, SourceProfiles.bundled().jsonFields(), key);
  }

  static PageBenchmark.Prediction predictHtml(Extractor extractor, String id, byte[] bytes) {
    try {
      RawInput input = new RawInput(bytes, id + ".html.gz", Map.of());
      return PageBenchmark.Prediction.of(id, extractor.extract(input), input);
    } catch (InputRejectedException e) {
      return PageBenchmark.Prediction.rejected(id, e.reason().name());
    }
  }

  static PageBenchmark.Prediction predict(Extractor extractor, TrainingPage page) {
    try {
      RawInput input = new RawInput(page.content(), page.key(), Map.of());
      return PageBenchmark.Prediction.of(page.id(), extractor.extract(input), input);
    } catch (InputRejectedException e) {
      return PageBenchmark.Prediction.rejected(page.id(), e.reason().name());
    }
  }

  /** The page's dump with its non-empty lines joined by {@code separator}. */
  private static TrainingPage relaidOut(TrainingPage page, String separator) {
    List<String> lines = new ArrayList<>();
    for (String line : new String(page.content(), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    byte[] text = String.join(separator, lines).getBytes(StandardCharsets.UTF_8);
    return TrainingPage.of(page.corpus(), page.id(), page.key(), text, page.truth());
  }

  /** Counts a prediction's title against the page's HTML headline, where it has one. */
  private static void countHeadline(
      Map<String, int[]> counts, String name, TrainingPage page, PageBenchmark.Prediction p) {
    String headline = HTML_HEADLINES.get(page.corpus() + "/" + page.id());
    if (headline == null) {
      return;
    }
    int[] n = counts.computeIfAbsent(name, k -> new int[2]);
    n[1]++;
    n[0] += p.title() != null && TrainingPage.norm(p.title()).equals(headline) ? 1 : 0;
  }

  /**
   * Counts one header field of a text dump against the value the extractor reads from the same
   * page's HTML (JSON-LD and meta tags first), where it finds one: a label for every corpus, where
   * only readability's truth has header fields. Per corpus: the same, the HTML has one, another.
   *
   * @param same whether the two are the same, asked only when both have one
   */
  private static void countAgainstHtml(
      Map<String, int[]> counts,
      String name,
      boolean htmlHasIt,
      boolean textHasIt,
      java.util.function.BooleanSupplier same) {
    if (!htmlHasIt) {
      return;
    }
    int[] n = counts.computeIfAbsent(name, k -> new int[3]);
    n[1]++;
    if (textHasIt) {
      n[same.getAsBoolean() ? 0 : 2]++;
    }
  }

  /** Prints {@link #countAgainstHtml}'s counts of one field, a line per corpus. */
  private static void printAgainstHtml(
      Map<String, int[]> counts, String field, String other, int folds) {
    counts.forEach(
        (name, n) ->
            System.out.printf(
                Locale.ROOT,
                "%s %s (its HTML's, where found), %d-fold: %d/%d, %s %d%n",
                name,
                field,
                folds,
                n[0],
                n[1],
                other,
                n[2]));
  }

  private static Set<String> lowerCase(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String name : names) {
      out.add(name.toLowerCase(Locale.ROOT).strip());
    }
    return out;
  }

  private static void crossValidate(
      Path corpusRoot,
      List<TrainingPage> pages,
      List<float[][]> features,
      List<double[]> outOfFold,
      BoostedTreesTrainer.Params params,
      int folds)
      throws IOException {
    long[][] confusion = new long[2][4]; // per corpus: tp fp fn tn
    Map<String, int[]> headlines = new TreeMap<>(); // per corpus and form: right, labelled
    Map<String, int[]> days = new TreeMap<>(); // per corpus: text day = HTML day, HTML has one
    Map<String, int[]> authors = new TreeMap<>(); // per corpus: the same, of the authors
    Map<String, List<PageBenchmark.Prediction>> predictions = new TreeMap<>();
    int[] headlineChoices = outOfFoldHeadlines(pages, outOfFold, 5);
    for (int k = 0; k < folds; k++) {
      List<TrainingPage> in = new ArrayList<>();
      List<float[][]> inFeatures = new ArrayList<>();
      for (int p = 0; p < pages.size(); p++) {
        if (fold(pages.get(p), folds) != k) {
          in.add(pages.get(p));
          inFeatures.add(features.get(p));
        }
      }
      TreeEnsemble foldLines = train(in, inFeatures, LineFeatures.NAMES, params);
      TreeEnsemble foldHeadlines = trainHeadlines(pages, outOfFold, k, folds);
      TreeEnsemble foldDates = trainDates(pages, outOfFold, headlineChoices, k, folds);
      if (System.getProperty("cv.models") != null) {
        // each fold's models, to look into a page's out-of-fold parse (fold = id hash mod folds)
        Path dir = Path.of(System.getProperty("cv.models"), "fold-" + k, "models");
        Files.createDirectories(dir);
        for (Map.Entry<String, TreeEnsemble> m :
            Map.of(
                    "text-lines.model", foldLines,
                    "text-headline.model", foldHeadlines,
                    "text-dates.model", foldDates)
                .entrySet()) {
          try (OutputStream o = Files.newOutputStream(dir.resolve(m.getKey()))) {
            m.getValue().write(o);
          }
        }
      }
      TextDumpParser parser = new TextDumpParser(foldLines, foldHeadlines, foldDates);
      Extractor extractor =
          Extractor.withParser(SourceProfiles.bundled(), InputFormat.TEXT_DUMP, parser);
      Extractor html =
          Extractor.withParser(
              SourceProfiles.bundled(),
              InputFormat.HTML,
              new dev.articleingest.parse.html.HtmlParser(parser));
      for (TrainingPage page : pages) {
        if (fold(page, folds) == k && REAL.contains(page.corpus()) && LAYOUTS) {
          predictions
              .computeIfAbsent(page.corpus() + "/flat", c -> new ArrayList<>())
              .add(predict(extractor, relaidOut(page, "\n")));
          predictions
              .computeIfAbsent(page.corpus() + "/spaced", c -> new ArrayList<>())
              .add(predict(extractor, relaidOut(page, "\n\n")));
        }
        if (fold(page, folds) == k && REAL.contains(page.corpus())) {
          PageBenchmark.Prediction text = predict(extractor, page);
          predictions.computeIfAbsent(page.corpus(), c -> new ArrayList<>()).add(text);
          countHeadline(headlines, page.corpus(), page, text);
          Path htmlFile =
              corpusRoot.resolve(page.corpus()).resolve("html").resolve(page.id() + ".html.gz");
          if (Files.exists(htmlFile)) {
            byte[] bytes = Files.readAllBytes(htmlFile);
            PageBenchmark.Prediction fromHtml = predictHtml(html, page.id(), bytes);
            predictions
                .computeIfAbsent(page.corpus() + "/html", c -> new ArrayList<>())
                .add(fromHtml);
            countHeadline(headlines, page.corpus() + "/html", page, fromHtml);
            countAgainstHtml(
                days,
                page.corpus(),
                fromHtml.published() != null,
                text.published() != null,
                () ->
                    text.published()
                        .toLocalDate()
                        .equals(fromHtml.published().toLocalDate()));
            countAgainstHtml(
                authors,
                page.corpus(),
                !fromHtml.authors().isEmpty(),
                !text.authors().isEmpty(),
                () -> lowerCase(text.authors()).equals(lowerCase(fromHtml.authors())));
          }
        }
      }
      for (Map.Entry<String, List<String>> e : HTML_ONLY.entrySet()) {
        for (String id : e.getValue()) {
          Path htmlFile = corpusRoot.resolve(e.getKey()).resolve("html").resolve(id + ".html.gz");
          if (fold(id, folds) == k && Files.exists(htmlFile)) {
            predictions
                .computeIfAbsent(e.getKey() + "/html", c -> new ArrayList<>())
                .add(predictHtml(html, id, Files.readAllBytes(htmlFile)));
          }
        }
      }
      for (int p = 0; p < pages.size(); p++) {
        TrainingPage page = pages.get(p);
        if (fold(page, folds) != k) {
          continue;
        }
        if (!REAL.contains(page.corpus())) {
          continue;
        }
        int c = page.corpus().equals("readability") ? 0 : 1;
        double[] prob = parser.probabilities(page.lines(), context(page));
        for (int i = 0; i < prob.length; i++) {
          if (page.weight()[i] == 0) {
            continue;
          }
          boolean predicted = prob[i] >= 0.5;
          boolean actual = page.label()[i] == 1;
          confusion[c][predicted ? (actual ? 0 : 1) : (actual ? 2 : 3)]++;
        }
      }
    }
    for (Map.Entry<String, List<PageBenchmark.Prediction>> e : predictions.entrySet()) {
      String name = e.getKey().replaceFirst("/(html|flat|spaced)$", "");
      Path dir = corpusRoot.resolve(name);
      PageBenchmark benchmark =
          PageBenchmark.of(
              dir.resolve(e.getKey().endsWith("/html") ? "html" : "text"),
              dir.resolve("truth.json"));
      System.out.print(benchmark.score(e.getValue()).table(e.getKey() + ", " + folds + "-fold"));
      String dump = System.getProperty("cv.predictions");
      if (dump != null) {
        JSON.writeValue(
            Path.of(dump + "-" + e.getKey().replace('/', '-') + ".json").toFile(),
            PageBenchmark.predictionsJson(e.getValue()));
      }
    }
    if (System.getProperty("cv.predictions") != null) {
      JSON.writeValue(
          Path.of(System.getProperty("cv.predictions") + "-h1.json").toFile(),
          new TreeMap<>(HTML_HEADLINES));
    }
    headlines.forEach(
        (name, n) ->
            System.out.printf(
                Locale.ROOT,
                "%s headline (its HTML's h1), %d-fold: %d/%d%n",
                name,
                folds,
                n[0],
                n[1]));
    printAgainstHtml(days, "published day", "another day", folds);
    printAgainstHtml(authors, "authors", "other names", folds);
    for (int c = 0; c < 2; c++) {
      long[] m = confusion[c];
      double precision = (double) m[0] / (m[0] + m[1]);
      double recall = (double) m[0] / (m[0] + m[2]);
      System.out.printf(
          Locale.ROOT,
          "%s lines, %d-fold: P %.3f R %.3f F1 %.3f accuracy %.3f (tp %d fp %d fn %d tn %d)%n",
          c == 0 ? "readability" : "trafilatura",
          folds,
          precision,
          recall,
          2 * precision * recall / (precision + recall),
          (double) (m[0] + m[3]) / (m[0] + m[1] + m[2] + m[3]),
          m[0],
          m[1],
          m[2],
          m[3]);
    }
  }
}
