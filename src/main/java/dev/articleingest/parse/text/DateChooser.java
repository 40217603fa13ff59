package dev.articleingest.parse.text;

import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.dates.Dates;
import dev.articleingest.parse.learned.TreeEnsemble;
import dev.articleingest.parse.spi.ParseContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the published date of a dump whose header gave none, among every date its short lines
 * hold: the one the date model ({@link #NAMES}) rates highest, when it rates it high enough. What
 * tells the article's date from a masthead's date of the day, a comment's, a teaser's or a
 * footer's is where the line stands (against the headline, the body's start and end), its shape
 * (a date alone, a date beside a name, a label), and how the page's dates relate: how many lines
 * give the same day, whether it is the page's earliest or latest day and how far from either.
 * Nothing here names a site. A date labelled as an update is never a candidate.
 */
final class DateChooser {

  /** Lines with more words than this are sentences that mention dates, not date lines. */
  static final int MAX_WORDS = 25;

  /** A line of this many words that ends like a sentence is a sentence that mentions a date. */
  static final int SENTENCE_WORDS = 8;

  /**
   * The signature line of a post the article quotes ("— Jane Quill (@jquill) January 24, 2020"):
   * its date is the post's.
   */
  private static final Pattern EMBEDDED_POST = Pattern.compile("\\(@\\w{1,30}\\)");

  /** At or above this probability the best candidate is taken as the published date. */
  static final double ACCEPT = 0.5;

  /**
   * Below this probability a taken date is reported as uncertain. Cross-validated on the corpus
   * (2026-12-07), the dates taken at 0.7 or more were the HTML's day nine times in ten, as the
   * header's date lines are; those between 0.5 and 0.7 six times in ten.
   */
  static final double CERTAIN = 0.7;

  /** Distances in lines are clamped to this. */
  private static final int FAR = 60;

  static final List<String> NAMES =
      List.of(
          "from_headline",
          "from_body_start",
          "from_body_end",
          "in_body",
          "words",
          "whole_line",
          "labelled_published",
          "update_too",
          "has_time",
          "same_day_lines",
          "distinct_days",
          "rank",
          "candidates",
          "earliest",
          "latest",
          "days_from_earliest",
          "days_to_latest",
          "p_body",
          "block_lines",
          "byline_shape",
          "position",
          "repeats",
          "prev_words",
          "next_words",
          "next_p_body",
          "no_headline");

  /**
   * One date a line gives.
   *
   * @param line the line's index
   * @param date the first date on it that is not labelled an update
   * @param whole whether the line is wholly dates and their labels
   * @param labelled whether a publication label stands before the date
   * @param updateToo whether the line also gives a date labelled as an update
   */
  record Candidate(int line, Dates.Found date, boolean whole, boolean labelled, boolean updateToo) {
    LocalDate day() {
      return date.time().local().toLocalDate();
    }
  }

  /**
   * The chosen date.
   *
   * @param candidate the date and its line, or {@code null} when none was rated high enough
   * @param probability the model's probability that it is the page's published date
   */
  record Choice(Candidate candidate, double probability) {
    static final Choice NONE = new Choice(null, 0);
  }

  private DateChooser() {}

  /** Every date the dump's short lines give, top to bottom, one per line. */
  static List<Candidate> candidates(List<DumpLine> lines, ParseContext context) {
    List<Candidate> found = new ArrayList<>();
    for (DumpLine line : lines) {
      String text = line.text();
      if (line.chrome()
          || EMBEDDED_POST.matcher(text).find()
          || line.wordCount() > MAX_WORDS
          || (context.uploadedAt() == null
              ? !Dates.hasYear(text)
              : !TextDumpParser.hasDigit(text))
          || (line.wordCount() >= SENTENCE_WORDS && TextNormalizer.endsSentence(text))) {
        continue;
      }
      List<Dates.Found> dates = Dates.line(text, context.profile(), context.uploadedAt());
      boolean whole = !dates.isEmpty();
      if (!whole) {
        dates = TextDumpParser.dateLed(text, context);
      }
      if (dates.isEmpty()) {
        dates = Dates.within(text, context.profile());
      }
      Dates.Found first = null;
      boolean updateToo = false;
      for (Dates.Found date : dates) {
        if (date.kind() == Dates.Kind.UPDATED) {
          updateToo = true;
        } else if (first == null) {
          first = date;
        }
      }
      if (first != null) {
        found.add(
            new Candidate(
                line.index(), first, whole, first.kind() == Dates.Kind.PUBLISHED, updateToo));
      }
    }
    return found;
  }

  /**
   * The candidate the model rates highest, when it reaches {@link #ACCEPT}.
   *
   * @param headline the chosen headline's line, or -1
   * @param body each line's probability of being article text
   */
  static Choice choose(
      TreeEnsemble model,
      List<DumpLine> lines,
      List<Candidate> candidates,
      double[] body,
      int headline,
      int bodyStart,
      int bodyEnd) {
    float[][] features = of(lines, candidates, body, headline, bodyStart, bodyEnd);
    Choice best = Choice.NONE;
    for (int c = 0; c < candidates.size(); c++) {
      double p = model.probability(features[c]);
      if (p >= ACCEPT && p > best.probability()) {
        best = new Choice(candidates.get(c), p);
      }
    }
    return best;
  }

  /** The features of every candidate, in {@link #NAMES} order. */
  static float[][] of(
      List<DumpLine> lines,
      List<Candidate> candidates,
      double[] body,
      int headline,
      int bodyStart,
      int bodyEnd) {
    Map<LocalDate, Integer> perDay = new HashMap<>();
    LocalDate earliest = null;
    LocalDate latest = null;
    for (Candidate c : candidates) {
      perDay.merge(c.day(), 1, Integer::sum);
      earliest = earliest == null || c.day().isBefore(earliest) ? c.day() : earliest;
      latest = latest == null || c.day().isAfter(latest) ? c.day() : latest;
    }
    Map<String, Integer> texts = new HashMap<>();
    for (Candidate c : candidates) {
      texts.merge(lines.get(c.line()).text().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    int anchor = headline >= 0 ? headline : bodyStart;
    float[][] out = new float[candidates.size()][];
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      int i = c.line();
      DumpLine line = lines.get(i);
      float[] f = new float[NAMES.size()];
      int n = 0;
      f[n++] = clamp(i - anchor);
      f[n++] = clamp(i - bodyStart);
      f[n++] = clamp(i - bodyEnd);
      f[n++] = flag(i >= bodyStart && i <= bodyEnd);
      f[n++] = line.wordCount();
      f[n++] = flag(c.whole());
      f[n++] = flag(c.labelled());
      f[n++] = flag(c.updateToo());
      f[n++] = flag(!c.date().time().local().toLocalTime().equals(LocalTime.MIDNIGHT));
      f[n++] = Math.min(20, perDay.get(c.day()));
      f[n++] = Math.min(20, perDay.size());
      f[n++] = Math.min(50, k);
      f[n++] = Math.min(50, candidates.size());
      f[n++] = flag(c.day().equals(earliest));
      f[n++] = flag(c.day().equals(latest));
      f[n++] = (float) Math.log1p(ChronoUnit.DAYS.between(earliest, c.day()));
      f[n++] = (float) Math.log1p(ChronoUnit.DAYS.between(c.day(), latest));
      f[n++] = (float) body[i];
      f[n++] = Math.min(50, blockLines(lines, i));
      f[n++] = flag(TextDumpParser.looksLikeByline(line.text()));
      f[n++] = lines.size() <= 1 ? 0 : (float) i / (lines.size() - 1);
      f[n++] = texts.get(line.text().toLowerCase(Locale.ROOT)) - 1;
      f[n++] = i > 0 ? Math.min(30, lines.get(i - 1).wordCount()) : -1;
      f[n++] = i + 1 < lines.size() ? Math.min(30, lines.get(i + 1).wordCount()) : -1;
      f[n++] = i + 1 < lines.size() ? (float) body[i + 1] : -1;
      f[n++] = flag(headline < 0);
      out[k] = f;
    }
    return out;
  }

  private static int blockLines(List<DumpLine> lines, int i) {
    int from = i;
    while (from > 0 && lines.get(from - 1).block() == lines.get(i).block()) {
      from--;
    }
    int to = i;
    while (to + 1 < lines.size() && lines.get(to + 1).block() == lines.get(i).block()) {
      to++;
    }
    return to - from + 1;
  }

  private static float clamp(int distance) {
    return Math.max(-FAR, Math.min(FAR, distance));
  }

  private static float flag(boolean value) {
    return value ? 1 : 0;
  }
}
