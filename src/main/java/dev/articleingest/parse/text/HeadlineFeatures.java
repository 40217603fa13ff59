package dev.articleingest.parse.text;

import dev.articleingest.model.Article;
import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.spi.ParseContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What tells a dump's headline from the other lines just above its body: how far it is from the
 * body and how many candidates are nearer, its shape (words, sentence punctuation, capitals,
 * digits, a year, a leading "by"), whether it repeats on the page, whether a date or byline line
 * sits between it and the body, whether it stands among menu items, what the line model thought
 * of it and of the line after, and how many of its words the start of the body shares. Candidates
 * are the lines that could be a headline at all ({@link #candidate}).
 */
final class HeadlineFeatures {

  static final List<String> NAMES =
      List.of(
          "distance",
          "rank_from_body",
          "words",
          "chars",
          "ends_sentence",
          "ends_question",
          "cap_share",
          "digit_share",
          "has_year",
          "starts_by",
          "separators",
          "repeats",
          "meta_between",
          "next_is_meta",
          "prev_short",
          "next_short",
          "alone",
          "block_lines",
          "p_body",
          "p_next",
          "stop_share",
          "markdown_heading",
          "position",
          "body_word_share",
          "tail_of_near",
          "ends_with_near",
          "credit");

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  /**
   * A picture's caption or credit: "Photo: ...", "Photograph: ...", "© AFP / Name", "Name/Reuters",
   * "Media caption ...", "(Symbolbild)". A caption often stands between the headline and the body
   * and reads like a headline.
   */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)©|^media caption|\\bcredit(?:s)?\\s*:|\\bcredit(?-i:\\p{Lu})"
              + "|\\b(?:photo(?:graph)?s?|fotos?|image|picture|bild|imagen|фото|video)\\s*(?:by\\s*)?:"
              + "|\\((?:photo|foto|symbolbild|archivbild|archive|file|image|bild)[^)]{0,60}\\)"
              + "|[/|]\\s*(?:getty(?: images)?|reuters|afp|ap|epa(?:-efe)?|dpa|shutterstock|alamy"
              + "|imago|picture alliance|istock(?:photo)?|keystone|anp|ansa|efe|xinhua)\\b");

  private static final Pattern BY = Pattern.compile("^(?i)(by|von|par|por|de|от|posted|written)\\b");

  private HeadlineFeatures() {}

  /** Whether a line can be a headline at all: not chrome, not a date or byline, 1 to 30 words. */
  static boolean candidate(HeaderView view, int j) {
    List<DumpLine> lines = view.lines();
    ParseContext context = view.context();
    String text = lines.get(j).text();
    if (text.length() > Article.MAX_TITLE_LENGTH
        || lines.get(j).chrome()) {
      return false;
    }
    int words = lines.get(j).wordCount();
    return words >= 1
        && words <= 30
        && !view.isMeta(j)
        && !TextDumpParser.isKicker(lines, j, context);
  }

  /**
   * Whether the body's first line may be the headline after all: short, and not a sentence (the
   * line model sometimes takes a headline standing right above the text for text).
   */
  static boolean couldOpenBody(String text) {
    return !TextNormalizer.endsSentence(text) && LineFeatures.words(text).length <= 16;
  }

  /** The features of candidate {@code j}, with the body starting at {@code bodyStart}. */
  static float[] of(HeaderView view, int j, int rank, double[] body, int bodyStart) {
    List<DumpLine> lines = view.lines();
    String text = lines.get(j).text();
    String[] words = lines.get(j).words();
    float[] f = new float[NAMES.size()];
    int k = 0;
    f[k++] = bodyStart - j;
    f[k++] = rank;
    f[k++] = words.length;
    f[k++] = (float) Math.log1p(text.length());
    f[k++] = TextNormalizer.endsSentence(text) && !text.endsWith("?") && !text.endsWith("!") ? 1 : 0;
    f[k++] = text.endsWith("?") || text.endsWith("!") ? 1 : 0;
    int capitalised = 0;
    int letterWords = 0;
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        wordStart = true;
        continue;
      }
      if (wordStart && Character.isLetter(c)) {
        letterWords++;
        if (Character.isUpperCase(c)) {
          capitalised++;
        }
      }
      wordStart = false;
    }
    f[k++] = letterWords == 0 ? 0 : (float) capitalised / letterWords;
    long digits = text.chars().filter(Character::isDigit).count();
    f[k++] = (float) digits / text.length();
    f[k++] = YEAR.matcher(text).find() ? 1 : 0;
    f[k++] = BY.matcher(text).find() ? 1 : 0;
    f[k++] = (float) text.chars().filter(c -> "|›»•·/–—-:".indexOf(c) >= 0).count();
    f[k++] = Math.min(view.repeats(j), 5);
    boolean metaBetween = false;
    for (int i = j + 1; i < Math.min(bodyStart, lines.size()) && !metaBetween; i++) {
      metaBetween = view.isMeta(i);
    }
    f[k++] = metaBetween ? 1 : 0;
    f[k++] = j + 1 < lines.size() && view.isMeta(j + 1) ? 1 : 0;
    f[k++] = j > 0 ? Math.min(lines.get(j - 1).wordCount(), 20) : -1;
    f[k++] =
        j + 1 < lines.size() ? Math.min(lines.get(j + 1).wordCount(), 20) : -1;
    boolean alone =
        (j == 0 || lines.get(j - 1).block() != lines.get(j).block())
            && (j + 1 == lines.size() || lines.get(j + 1).block() != lines.get(j).block());
    f[k++] = alone ? 1 : 0;
    f[k++] = Math.min(view.blockLines(j), 50);
    f[k++] = (float) body[j];
    f[k++] = j + 1 < body.length ? (float) body[j + 1] : -1;
    f[k++] = (float) stopShare(words);
    f[k++] = text.startsWith("# ") ? 1 : 0;
    f[k++] = lines.size() <= 1 ? 0 : (float) j / (lines.size() - 1);
    f[k++] = (float) view.bodyWordShare(j, body, bodyStart);
    f[k++] = endsNear(lines, j, true) ? 1 : 0;
    f[k++] = endsNear(lines, j, false) ? 1 : 0;
    f[k++] = CREDIT.matcher(text).find() ? 1 : 0;
    return f;
  }

  /** How far apart a breadcrumb and the headline it ends with are looked for. */
  private static final int NEAR = 3;

  /**
   * Whether line {@code j} ends a longer line near it ({@code tail}: "Home » News » Headline"
   * above the headline), or ends with a shorter one near it (not {@code tail}: it is that
   * breadcrumb). A breadcrumb's last item is the page's own title.
   */
  private static boolean endsNear(List<DumpLine> lines, int j, boolean tail) {
    String text = lines.get(j).text();
    if (lines.get(j).wordCount() < 2) {
      return false;
    }
    for (int i = Math.max(0, j - NEAR); i <= Math.min(lines.size() - 1, j + NEAR); i++) {
      String other = lines.get(i).text();
      if (i == j || lines.get(i).wordCount() < 2) {
        continue;
      }
      String longer = tail ? other : text;
      String shorter = tail ? text : other;
      if (longer.length() > shorter.length() + 1 && longer.endsWith(shorter)) {
        return true;
      }
    }
    return false;
  }

  private static double stopShare(String[] words) {
    if (words.length == 0) {
      return 0;
    }
    int small = 0;
    for (String w : words) {
      if (w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT))) {
        small++;
      }
    }
    return (double) small / words.length;
  }
}
