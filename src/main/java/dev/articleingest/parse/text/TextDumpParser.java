package dev.articleingest.parse.text;

import dev.articleingest.parse.dates.Dates;

import dev.articleingest.model.Article;

import dev.articleingest.parse.authors.Bylines;
import dev.articleingest.parse.learned.TreeEnsemble;
import dev.articleingest.parse.decode.TextDecoder;
import dev.articleingest.parse.profile.SourceProfile;
import dev.articleingest.parse.spi.ArticleParser;
import dev.articleingest.parse.spi.Draft;
import dev.articleingest.parse.spi.ParseContext;

import dev.articleingest.model.Dropped;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import dev.articleingest.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parses plain-text dumps of scraped news pages, of any site.
 *
 * <p>The layout: a header of short lines in any order (page chrome, date lines, a byline, the
 * headline, a standfirst, sometimes the headline again as a caption), then body paragraphs
 * separated by blank lines. The header ends at the first line that is none of these. The standfirst
 * is the line after the headline when what follows it is header again (a date, a byline, the
 * headline repeated as a caption); otherwise that line is body. In the body, chrome, repeated
 * headlines, date lines (an "Updated:" line at the end) and pull quotes (a short line repeating a
 * sentence of the body) are dropped; a dateline alone on its line ({@code MOSCOW (Reuters) -}) is
 * joined to the paragraph it starts.
 */
public final class TextDumpParser implements ArticleParser {

  /** A line of icon-font labels: this many words containing "icon" at least... */
  private static final int ICON_LINE_MIN_WORDS = 5;

  /** ...and at least this share of the line's words. */
  private static final double ICON_LINE_MIN_SHARE = 0.3;

  /** A standfirst is a sentence or two, not a paragraph-long block. */
  private static final int MAX_STANDFIRST_LENGTH = 400;

  /** More short quoted paragraphs than this and none of them is taken for a pull quote. */
  private static final int MAX_PULL_QUOTE_CANDIDATES = 50;

  /** A pull quote is a short line. */
  private static final int MAX_PULL_QUOTE_LENGTH = 200;

  private static final Pattern DATELINE_ALONE =
      Pattern.compile("\\p{Lu}[\\p{Lu} .,'-]{1,40}(?:\\([\\p{L} .]{1,30}\\))?\\s*[-—–]");

  /** "Posted on March 14, 2024 by Hannah Liu": a date and a byline on one line. */
  static final Pattern DATE_BY_NAME =
      Pattern.compile("(.{6,80}?)\\s+by\\s+(.{3,100})", Pattern.CASE_INSENSITIVE);

  /** Markdown kept by a scraper: "# Title". */
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");

  /** A byline that says so, as opposed to a bare "Name, Agency". */
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^[*_]*(?:" + Bylines.BY_WORDS + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A headline-style standfirst is a sentence, not a label. */
  private static final int MIN_STANDFIRST_WORDS = 6;

  /** A line that ends as a sentence may, inside quotes or brackets: "„…“" and "»…«" too. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”»’')“«」』]$");

  /** A section label is a few words. */
  private static final int MAX_KICKER_WORDS = 4;

  /** The line model bundled in the jar (see {@code models/README.md}). */
  static final String MODEL_RESOURCE = "/models/text-lines.model";

  /** A byline or date the model left out is looked for this many lines past the header. */
  private static final int META_LINES = 12;

  /** Dates and bylines closing a story are looked for this many lines past the body. */
  private static final int TRAILER_LINES = 3;

  /**
   * A post's footer line naming its author ("Posted by Jane Doe on March 10, 2015") is looked for
   * this many lines past the body at most: under share buttons and labels, above the comments.
   */
  private static final int POSTED_BY_LINES = 8;

  /** The verbs of a post's footer before its author's name. */
  private static final Pattern POSTED_BY =
      Pattern.compile(
          "^(?:posted|written|published|submitted|gepostet|geschrieben|verfasst|veröffentlicht"
              + "|publicado|escrito|publié|écrit|pubblicato|scritto)\\s+(?:by|von|por|par|da)\\s",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A headline the model took for the body's first line is this short at most. */
  private static final int MAX_HEADLINE_WORDS = 16;

  /** At or above this probability a line is article text. */
  static final double BODY_THRESHOLD = 0.5;

  /** The bundled headline model. */
  static final String HEADLINE_RESOURCE = "/models/text-headline.model";

  /** Below this confidence the chosen headline is reported as uncertain. */
  static final double UNCERTAIN_HEADLINE = 0.3;

  /** The bundled date model. */
  static final String DATE_RESOURCE = "/models/text-dates.model";

  private final TreeEnsemble model;
  private final TreeEnsemble headlines;
  private final TreeEnsemble dates;

  /** A parser with the bundled models. */
  public TextDumpParser() {
    this(BundledModels.LINES, BundledModels.HEADLINES, BundledModels.DATES);
  }

  /** A parser with other models (the trainer's cross-validation); null models are not asked. */
  TextDumpParser(TreeEnsemble model, TreeEnsemble headlines, TreeEnsemble dates) {
    this.model = model;
    this.headlines = headlines;
    this.dates = dates;
  }

  /** Loaded once per process, when the first parser is made. */
  private static final class BundledModels {
    static final TreeEnsemble LINES = TreeEnsemble.resource(MODEL_RESOURCE, LineFeatures.NAMES);
    static final TreeEnsemble HEADLINES =
        TreeEnsemble.resource(HEADLINE_RESOURCE, HeadlineFeatures.NAMES);
    static final TreeEnsemble DATES = TreeEnsemble.resource(DATE_RESOURCE, DateChooser.NAMES);
  }

  @Override
  public Draft parse(byte[] content, ParseContext context) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content, context.profile().charset());
    Draft draft = parseText(decoded.text(), context);
    draft.noteEncoding(decoded);
    return draft;
  }

  /**
   * Finds the article in text already decoded: a dump's, or a page's visible text laid out as a
   * browser lays it out.
   *
   * @throws InputRejectedException when the text is empty
   */
  public Draft parseText(String visible, ParseContext context) {
    return parseText(visible, context, true);
  }

  /**
   * The body paragraphs of a page's visible text laid out as a browser lays it out: the HTML
   * parser's second opinion, which takes its header fields from the markup, so no date is chosen
   * among the text's.
   *
   * @throws InputRejectedException when the text is empty
   */
  public List<String> paragraphs(String visible, ParseContext context) {
    return parseText(visible, context, false).paragraphs;
  }

  /**
   * @param dump whether the text is a scraper's dump, whose layout may differ from innerText's
   *     ({@link DumpLine#laidOut}) and whose date is chosen among its lines; else the HTML parser's
   *     own innerText-like rendering of a page, whose header fields come from the markup
   */
  private Draft parseText(String visible, ParseContext context, boolean dump) {
    List<DumpLine> read = DumpLine.of(TextNormalizer.normalize(visible), context.profile());
    List<DumpLine> lines = dump ? DumpLine.laidOut(read) : read;
    if (lines.isEmpty()) {
      throw new InputRejectedException(
          RejectionReason.EMPTY, "the object holds only white space or invisible characters");
    }
    Draft draft = new Draft();
    SourceProfile profile = context.profile();

    double[] body = probabilities(lines, context);
    ArticleSpan.keepIntroducedLists(lines, body, BODY_THRESHOLD);
    int[] span = ArticleSpan.find(lines, body, BODY_THRESHOLD);
    int bodyStart = span[0];
    int bodyEnd = span[1];
    HeadlineChooser.Choice headline =
        headlines == null
            ? HeadlineChooser.Choice.NONE
            : HeadlineChooser.choose(headlines, lines, body, bodyStart, context);
    // a lead paragraph the model believes, set above the stretch by a share row or a caption
    bodyStart = ArticleSpan.leadAbove(lines, body, bodyStart, headline.index(), BODY_THRESHOLD);
    int headerStart = headerStart(lines, headline.index(), bodyStart, context);
    for (int j = 0; j < headerStart; j++) {
      draft.boilerplate.add(Dropped.excerpt(lines.get(j).text()));
    }
    if (headline.index() >= 0 && headline.confidence() < UNCERTAIN_HEADLINE) {
      draft.warnings.add(
          new Warning(
              WarningCode.TITLE_UNCERTAIN,
              String.format(
                  Locale.ROOT,
                  "the headline was chosen among the lines above the body with confidence %.2f",
                  headline.confidence())));
    }

    // The header: from the headline on, dates, bylines, the headline repeated and a standfirst;
    // it may run into what the model took for the body's first lines (a standfirst, a byline),
    // and ends at the first line past the body's start that is none of these.
    List<Integer> names = new ArrayList<>();
    int i = headerStart;
    for (; i < lines.size(); i++) {
      String line = lines.get(i).text();
      boolean chrome = lines.get(i).chrome();
      boolean inBody = i >= bodyStart;
      if (i + 1 >= bodyStart && i != headline.index() && DATELINE_ALONE.matcher(line).matches()) {
        break; // "LONDON —" on its own line starts the body's first paragraph
      }
      if (i == headline.index()) {
        draft.title = MARKDOWN_HEADING.matcher(line).replaceFirst("");
        continue;
      }
      if (chrome
          && draft.authors.isEmpty()
          && BYLINE_PREFIX.matcher(line).find()
          && takeByline(line, draft, context)) {
        continue; // a byline that mentions a newsletter is a byline, not a sign-up line
      }
      if (chrome) {
        draft.boilerplate.add(Dropped.excerpt(line));
        continue;
      }
      if (takeDateLine(line, draft, context)) {
        continue;
      }
      if (draft.authors.isEmpty() && takeByline(line, draft, context)) {
        continue;
      }
      if (draft.title != null
          && draft.authors.isEmpty()
          && isWholeBlockOrShort(lines, i)
          && Bylines.isPersonName(unwrapped(line))) {
        names.add(i); // a name alone below the headline: an author only on further evidence
        continue;
      }
      if (draft.title == null && headline.index() >= 0) {
        // above the chosen headline: a section label, a masthead; not the header yet
        if (inBody) {
          break;
        }
        draft.boilerplate.add(Dropped.excerpt(line));
        continue;
      }
      if (draft.title == null) {
        boolean headlineShaped =
            line.length() <= Article.MAX_TITLE_LENGTH
                && (!inBody
                    // the body's first line, or the first past the dates and bylines it opens with
                    || (!TextNormalizer.endsSentence(line)
                        && lines.get(i).wordCount() <= MAX_HEADLINE_WORDS
                        && isWholeBlock(lines, i)));
        if (!headlineShaped) {
          if (inBody) {
            break;
          }
          draft.boilerplate.add(Dropped.excerpt(line));
          continue;
        }
        if (isKicker(lines, i, context)) {
          draft.boilerplate.add(Dropped.excerpt(line));
          continue;
        }
        draft.title = MARKDOWN_HEADING.matcher(line).replaceFirst("");
      } else if (line.equalsIgnoreCase(draft.title)) {
        draft.repeatedTitle = line;
      } else if (draft.subtitle == null
          && line.length() <= MAX_STANDFIRST_LENGTH
          && (nextIsHeader(lines, i + 1, draft.title, context)
              || isHeadlineStyleBlock(lines, i, profile)
              || isLeadOverHighlights(lines, body, i, bodyStart))) {
        draft.subtitle = line;
      } else if (inBody) {
        break;
      } else {
        draft.boilerplate.add(Dropped.excerpt(line));
      }
    }
    bodyStart = Math.max(bodyStart, i);
    int headerNames = names.size();
    int metaEnd = Math.min(bodyEnd, bodyStart + META_LINES);

    List<String> paragraphs = new ArrayList<>();
    double[] kept =
        ArticleSpan.withSandwiched(
            lines,
            body,
            BODY_THRESHOLD,
            metaEnd + 1,
            k -> isDateLine(lines.get(k).text(), context));
    i = collectBody(lines, kept, i, bodyEnd, metaEnd, draft, names, context, paragraphs);
    if (paragraphs.isEmpty() && i < lines.size()) {
      // the stretch the model found was all header (a standfirst, a byline): a recipe's steps or a
      // list's items the model is less sure of, further down, are the article rather than nothing
      int from = i;
      int[] rest =
          ArticleSpan.rescue(
              lines.subList(from, lines.size()),
              Arrays.copyOfRange(body, from, lines.size()),
              BODY_THRESHOLD);
      for (; i < from + rest[0]; i++) {
        draft.boilerplate.add(Dropped.excerpt(lines.get(i).text()));
      }
      bodyEnd = from + rest[1];
      i = collectBody(lines, kept, i, bodyEnd, metaEnd, draft, names, context, paragraphs);
    }
    // after the body: an "Updated:" line or the author's name closing the story, else chrome
    for (; i < lines.size(); i++) {
      String text = lines.get(i).text();
      boolean closing = i <= bodyEnd + TRAILER_LINES && isWholeBlock(lines, i);
      if (i <= bodyEnd + POSTED_BY_LINES
          && draft.authors.isEmpty()
          && POSTED_BY.matcher(text).find()) {
        // a post's footer: "Posted by Jane Doe on March 10, 2015", "Posted by Jane at 8:05 AM"
        String footer = unwrapped(text);
        Optional<List<String>> byline =
            Bylines.line(footer).or(() -> Bylines.dated(footer).map(Bylines.Dated::names));
        if (byline.isPresent()) {
          draft.authors = byline.get();
          if (closing) {
            takeDates(text, draft, context);
          }
          continue;
        }
      }
      if (closing && takeDates(text, draft, context)) {
        continue;
      }
      if (closing && draft.authors.isEmpty() && BYLINE_PREFIX.matcher(text).find()) {
        Optional<List<String>> byline = Bylines.line(unwrapped(text));
        if (byline.isPresent()) {
          draft.authors = byline.get();
          continue;
        }
      }
      draft.boilerplate.add(Dropped.excerpt(text));
    }
    if (draft.authors.isEmpty()) {
      takeBylineAbove(lines, Math.min(headline.index() < 0 ? bodyStart : headline.index(),
          bodyStart), draft, names, context);
    }
    if (draft.authors.isEmpty()) {
      draft.authors = soleAuthor(lines, names, context);
    }
    for (int k = 0; k < headerNames; k++) {
      String name = unwrapped(lines.get(names.get(k)).text());
      if (!draft.authors.equals(List.of(name))) {
        draft.boilerplate.add(Dropped.excerpt(name)); // a label or menu item, not the author
      }
    }
    if (dump && draft.published == null && dates != null) {
      // no date line in the header: the date the page's other lines most likely give
      DateChooser.Choice date =
          DateChooser.choose(
              dates,
              lines,
              DateChooser.candidates(lines, context),
              body,
              headline.index(),
              span[0],
              bodyEnd);
      if (date.candidate() != null) {
        draft.takeDates(List.of(date.candidate().date()));
        if (date.probability() < DateChooser.CERTAIN) {
          draft.warnings.add(
              new Warning(
                  WarningCode.DATE_UNCERTAIN,
                  String.format(
                      Locale.ROOT,
                      "no header line gave the date; it was chosen among the page's dates"
                          + " (non-empty line %d) with confidence %.2f",
                      date.candidate().line() + 1,
                      date.probability())));
        }
      }
    }
    draft.paragraphs.addAll(withoutPullQuotes(joinDatelines(paragraphs), draft));
    draft.normalized = true;
    return draft;
  }

  /** Whether the text is wholly dates (a time stamp, a comment's date): never article text. */
  private static boolean isDateLine(String text, ParseContext context) {
    return !Dates.line(text, context.profile(), context.uploadedAt()).isEmpty();
  }

  /**
   * Takes lines {@code from} to {@code to} as the body: the lines the model takes for text, joined
   * into paragraphs by block, less the byline and date lines among them, which go to the draft.
   *
   * @return the index past {@code to}
   */
  private static int collectBody(
      List<DumpLine> lines,
      double[] body,
      int from,
      int to,
      int metaEnd,
      Draft draft,
      List<Integer> names,
      ParseContext context,
      List<String> paragraphs) {
    int i = from;
    StringBuilder paragraph = new StringBuilder();
    int block = -1;
    for (; i <= to; i++) {
      DumpLine line = lines.get(i);
      String text = line.text();
      boolean dateline = text.length() <= 60 && DATELINE_ALONE.matcher(text).matches();
      if (i <= metaEnd
          && !line.chrome()
          && body[i] < BODY_THRESHOLD
          && isWholeBlockOrShort(lines, i)
          && takeLateMeta(lines, i, draft, names, context)) {
        continue; // a byline or date line the model left out, just past the header
      }
      if ((body[i] < BODY_THRESHOLD && !dateline) || line.chrome()) {
        draft.boilerplate.add(Dropped.excerpt(text));
        continue;
      }
      if (draft.title != null && text.equalsIgnoreCase(draft.title)) {
        draft.repeatedTitle = text;
        continue;
      }
      boolean newBlock = line.block() != block || !continues(lines, i);
      if (newBlock && paragraph.length() > 0) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
      block = line.block();
      if (newBlock
          && isWholeBlock(lines, i)
          && text.length() <= MAX_DATE_BYLINE_LINE
          && takeDates(text, draft, context)) {
        continue;
      }
      if (newBlock
          && isWholeBlock(lines, i)
          && draft.authors.isEmpty()
          && BYLINE_PREFIX.matcher(text).find()) {
        // "Автор: ...", "By ..." at the end of the story; the prefix is checked first because
        // this runs for every one-line paragraph of the body
        Optional<List<String>> byline = Bylines.line(unwrapped(text));
        if (byline.isPresent()) {
          draft.authors = byline.get();
          continue;
        }
      }
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(text);
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    return i;
  }

  /** Whether a line reads as a byline: it says "By", or it is a name with a date after it. */
  static boolean looksLikeByline(String line) {
    String bare = unwrapped(line);
    return BYLINE_PREFIX.matcher(bare).find() || Bylines.dated(bare).isPresent();
  }

  /**
   * Takes a line just past the header that the model left out of the body when it is the byline
   * or the date the header lacks; a person's name alone is remembered as a candidate author.
   */
  private static boolean takeLateMeta(
      List<DumpLine> lines, int i, Draft draft, List<Integer> names, ParseContext context) {
    String text = lines.get(i).text();
    if (text.length() > MAX_DATE_BYLINE_LINE) {
      return false;
    }
    if (draft.published == null && takeDateLine(text, draft, context)) {
      return true;
    }
    if (draft.authors.isEmpty() && takeByline(text, draft, context)) {
      return true;
    }
    if (draft.authors.isEmpty() && Bylines.isPersonName(unwrapped(text))) {
      names.add(i);
    }
    return false;
  }

  /**
   * Takes the dates of a header's date line: a date line ({@link #takeDates}), segments of bylines
   * and dates ({@link #takeMetaLine}), or a line that begins with a date ({@link #dateLed}); false
   * when the line is none of these.
   */
  private static boolean takeDateLine(String line, Draft draft, ParseContext context) {
    if (takeDates(line, draft, context) || takeMetaLine(line, draft, context)) {
      return true;
    }
    List<Dates.Found> led = dateLed(line, context);
    if (led.isEmpty()) {
      led = agencyLed(line, context);
    }
    if (!led.isEmpty()) {
      draft.takeDates(led);
      takeNameBesideDate(line, draft);
      return true;
    }
    List<Dates.Found> embedded = embeddedDates(line, context);
    if (embedded.isEmpty()) {
      // a header's date with a two-digit year ("19.10.19, 08:00 Uhr"), read only here
      List<Dates.Found> shortYear = Dates.shortYearLine(line, context.profile());
      draft.takeDates(shortYear);
      return !shortYear.isEmpty();
    }
    // a byline with its date ("By A, 3 March 2015") gives its names too; the byline rules read
    // the date where they can, the date found inside the line where they cannot
    if (draft.authors.isEmpty() && !takeByline(line, draft, context)) {
      Bylines.after(unwrapped(line)).ifPresent(names -> draft.authors = names);
      takeNameBesideDate(line, draft);
    }
    if (draft.published == null) {
      draft.takeDates(embedded);
    }
    return true;
  }

  /** The author of a date line that names one in a segment of its own ("1. Mai 2022, Jane Doe"). */
  private static void takeNameBesideDate(String line, Draft draft) {
    if (draft.authors.isEmpty()) {
      Bylines.besideDate(unwrapped(line)).ifPresent(names -> draft.authors = names);
    }
  }

  /** The most words a line may have and still be a meta line with a date inside it. */
  private static final int MAX_EMBEDDED_DATE_WORDS = 14;

  /**
   * The dates inside a short line that is not a sentence ({@code von Redaktion, 24. Januar 2022},
   * {@code Martina Berg 19. Juni 2019}, {@code Veröffentlicht am 6. Juli 2015 von Mark Hosak}):
   * the shapes of header meta lines that no label or segment rule reads. Empty otherwise.
   */
  static List<Dates.Found> embeddedDates(String line, ParseContext context) {
    if (!Dates.hasYear(line)
        || TextNormalizer.endsSentence(line)
        || LineFeatures.words(line).length > MAX_EMBEDDED_DATE_WORDS) {
      return List.of();
    }
    return Dates.within(line, context.profile());
  }

  /**
   * The dates of a wire story's date line, the agency's name before the date ({@code AFP 30 avril
   * 2015 à 07:19}, {@code Reuters March 9, 2017}); empty when the line is not one.
   */
  private static List<Dates.Found> agencyLed(String line, ParseContext context) {
    if (line.length() > MAX_DATE_LED_LINE || !hasDigit(line)) {
      return List.of();
    }
    int space = -1;
    for (int words = 0; words < 3; words++) {
      space = line.indexOf(' ', space + 1);
      if (space < 0) {
        return List.of();
      }
      if (Bylines.isAgency(line.substring(0, space))) {
        String rest = line.substring(space + 1).strip();
        List<Dates.Found> dates = Dates.line(rest, context.profile(), context.uploadedAt());
        return dates.isEmpty() ? dateLed(rest, context) : dates;
      }
    }
    return List.of();
  }

  /**
   * A byline above the headline ({@code By Jane Doe March 18 at 3:57 PM} over a photo gallery, a
   * name and a reading time over the title): a line that says "By", or a name with a date after
   * it, among the lines just above; a person's name alone there is remembered as a candidate.
   */
  private static void takeBylineAbove(
      List<DumpLine> lines, int top, Draft draft, List<Integer> names, ParseContext context) {
    for (int j = Math.max(0, top - META_LINES); j < top && draft.authors.isEmpty(); j++) {
      String text = lines.get(j).text();
      if (text.length() > MAX_DATE_BYLINE_LINE) {
        continue;
      }
      String bare = unwrapped(text);
      // only the names: a date up there may be the day's; and only a name set apart from its
      // date ("Jane Doe - May 3, 2019"): a name glued to a date may be a caption's
      Optional<List<String>> byline =
          BYLINE_PREFIX.matcher(bare).find()
              ? Bylines.longLine(bare).or(() -> Bylines.dated(bare).map(Bylines.Dated::names))
              : Bylines.dated(bare).map(Bylines.Dated::names);
      if (byline.isPresent()) {
        draft.authors = byline.get();
      } else if (Bylines.isPersonName(bare)) {
        names.add(j);
      }
    }
  }

  /**
   * The author when no byline said "By": the first person's name standing alone in the header
   * whose neighbour is a date, a reading time or a relative time ("Jane Doe" over "May 20, 2019"),
   * as a name in a byline block is laid out. A name with no such neighbour is a menu item or a
   * label as often as an author ("Read Later", "New York") and is left out.
   */
  private static List<String> soleAuthor(
      List<DumpLine> lines, List<Integer> names, ParseContext context) {
    for (int i : names) {
      if (isDateNeighbour(lines, i - 1, context)) {
        return List.of(unwrapped(lines.get(i).text()));
      }
      // below the name: the date, past a "Follow" button or the author's title on its own line
      for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
        if (isDateNeighbour(lines, j, context)) {
          return List.of(unwrapped(lines.get(i).text()));
        }
        if (lines.get(j).wordCount() > MAX_KICKER_WORDS) {
          break;
        }
      }
    }
    return List.of();
  }

  /** "5 min read", "11 min", a date line, "1 day ago", "1:39 PM ET". */
  private static final Pattern READING_TIME =
      Pattern.compile("(?i)\\d+\\s*(?:min(?:ute)?s?|hours?|h)\\b.{0,12}");

  private static boolean isDateNeighbour(List<DumpLine> lines, int j, ParseContext context) {
    if (j < 0 || j >= lines.size() || lines.get(j).text().length() > MAX_DATE_LED_LINE) {
      return false;
    }
    String text = lines.get(j).text();
    if (READING_TIME.matcher(text).matches()
        || Dates.isRelative(text)
        || !dateLed(text, context).isEmpty()
        || !Dates.shortYearLine(text, context.profile()).isEmpty()) {
      return true;
    }
    // the date, or the date after a source's name ("Associated PressDecember 2, 2016")
    for (int k = 0; k < text.length() - 5; k++) {
      boolean starts =
          k == 0
              || Character.isWhitespace(text.charAt(k - 1))
              || Character.isLowerCase(text.charAt(k - 1)) && Character.isUpperCase(text.charAt(k));
      if (starts && isDateLine(text.substring(k), context)) {
        return true;
      }
    }
    return false;
  }

  /** Each line's probability of being article text, by the line model. */
  double[] probabilities(List<DumpLine> lines, ParseContext context) {
    return probabilities(model, LineFeatures.of(lines, context.profile(), context.uploadedAt()));
  }

  static double[] probabilities(TreeEnsemble model, float[][] features) {
    double[] p = new double[features.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = model.probability(features[i]);
    }
    return p;
  }

  /**
   * Whether a line goes on the paragraph of the line before it in the same block: a hard-wrapped
   * line (the one before ends without sentence punctuation and this one starts in lower case).
   * innerText puts block elements and line breaks on lines of their own, so otherwise each line is
   * a paragraph.
   */
  private static boolean continues(List<DumpLine> lines, int i) {
    if (i == 0 || lines.get(i - 1).block() != lines.get(i).block()) {
      return false;
    }
    String before = lines.get(i - 1).text();
    String text = lines.get(i).text();
    return !SENTENCE_END.matcher(before).find()
        && !before.endsWith(":")
        && Character.isLowerCase(text.codePointAt(0));
  }

  /**
   * Where the header begins: the chosen headline, less the date and byline lines right above it
   * (or the body's start when there is no headline). Everything before is page chrome.
   */
  private static int headerStart(
      List<DumpLine> lines, int title, int bodyStart, ParseContext context) {
    if (title < 0) {
      return bodyStart;
    }
    int start = title;
    for (int j = title - 1; j >= Math.max(0, title - 3); j--) {
      String line = lines.get(j).text();
      if (lines.get(j).chrome()) {
        continue;
      }
      if (isMetaLine(line, context)) {
        start = j;
      } else {
        break;
      }
    }
    return start;
  }

  /** Takes the dates on a date line into the draft; false when the line is not a date line. */
  private static boolean takeDates(String line, Draft draft, ParseContext context) {
    List<Dates.Found> dates = Dates.line(line, context.profile(), context.uploadedAt());
    if (dates.isEmpty()) {
      if (!hasByAfterDateLength(line)) {
        return false;
      }
      java.util.regex.Matcher m = DATE_BY_NAME.matcher(line);
      if (!m.matches()) {
        return false;
      }
      dates = Dates.line(dateBeforeBy(m.group(1)), context.profile(), context.uploadedAt());
      List<String> names = Bylines.names(m.group(2));
      if (dates.isEmpty() || names.isEmpty() && !Bylines.isHandle(m.group(2))) {
        return false;
      }
      if (draft.authors.isEmpty()) {
        draft.authors = names;
      }
    }
    draft.takeDates(dates);
    return true;
  }

  /** Where a date line's segments part: a bar, a dot, a bullet, a slash, an update label. */
  private static final Pattern DATE_SEGMENTS =
      Pattern.compile(
          "\\s*[|·•]\\s*|\\s+/\\s+|\\s+(?=\\(?(?i:last modified|modified|updated|aktualisiert"
              + "|mis à jour|actualizado)\\b)");

  /** Longer than this, a line is neither a date line nor "Posted on DATE by NAME". */
  private static final int MAX_DATE_BYLINE_LINE = 200;

  /** Longer than this, a line is not a date line with extras. */
  private static final int MAX_DATE_LED_LINE = 120;

  /**
   * The dates of a line that begins with a date and carries more ({@code Oct 18, 2019 · 8 min
   * read}, {@code April 5, 2018 | 6:00 PM}, {@code Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7,
   * 2024}): its first segment (with the next, when that is the time) and any later segment that
   * is a date. Empty when the line does not begin with a date.
   */
  static List<Dates.Found> dateLed(String line, ParseContext context) {
    if (line.length() > MAX_DATE_LED_LINE || !hasDigit(line)) {
      return List.of();
    }
    String[] segments = DATE_SEGMENTS.split(spaced(line));
    if (segments.length < 2) {
      return List.of();
    }
    List<Dates.Found> found = new ArrayList<>();
    List<Dates.Found> first =
        Dates.line(segments[0] + " " + segments[1], context.profile(), context.uploadedAt());
    int next = 2;
    if (first.isEmpty()) {
      first = Dates.line(segments[0], context.profile(), context.uploadedAt());
      next = 1;
    }
    if (first.isEmpty()) {
      return List.of();
    }
    found.addAll(first);
    for (int k = next; k < segments.length; k++) {
      String segment = segments[k].replaceFirst("^\\((.*)\\)$", "$1");
      found.addAll(Dates.line(segment, context.profile(), context.uploadedAt()));
    }
    return found;
  }

  /**
   * A line with its no-break spaces as spaces, for splitting at separators: a date line's "Dec. 6,
   * 2024&nbsp;/&nbsp;Updated" parts at its slash as one with spaces does.
   */
  private static String spaced(String line) {
    return line.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
  }

  static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #DATE_BY_NAME} can match: white space starting 6 to 80 characters in, then "by"
   * (any case) and white space. Every one-line paragraph of a body comes here, and the regular
   * expression's lazy start is slow to fail on prose (a tenth of a long dump's parse).
   */
  static boolean hasByAfterDateLength(String line) {
    for (int i = 6; i <= 80 && i < line.length(); i++) {
      if (TextNormalizer.isAsciiSpace(line.charAt(i))) {
        int j = i + 1;
        while (j < line.length() && TextNormalizer.isAsciiSpace(line.charAt(j))) {
          j++;
        }
        if (j + 2 < line.length()
            && (line.charAt(j) | 0x20) == 'b'
            && (line.charAt(j + 1) | 0x20) == 'y'
            && TextNormalizer.isAsciiSpace(line.charAt(j + 2))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A line of segments that are each a byline or a date ({@code By Jane Doe | Published Oct 15,
   * 2023}, {@code *By Jane Doe* · 2024-11-05 07:15}): takes them all, or nothing.
   */
  private static boolean takeMetaLine(String line, Draft draft, ParseContext context) {
    if (!Dates.containsAny(line, "|·•")) {
      return false; // one segment: the separator needs one of its marks
    }
    String[] segments = Bylines.SEGMENT_SEPARATOR.split(spaced(line));
    if (segments.length < 2) {
      return false;
    }
    List<String> authors = null;
    List<Dates.Found> dates = new ArrayList<>();
    for (String segment : segments) {
      String bare = unwrapped(segment);
      Optional<List<String>> byline = Bylines.line(bare);
      List<Dates.Found> found = Dates.line(bare, context.profile(), context.uploadedAt());
      if (byline.isPresent() && authors == null) {
        authors = byline.get();
      } else if (!found.isEmpty()) {
        dates.addAll(found);
      } else {
        return false;
      }
    }
    if (authors == null || dates.isEmpty()) {
      return false;
    }
    if (draft.authors.isEmpty()) {
      draft.authors = authors;
    }
    draft.takeDates(dates);
    return true;
  }

  /**
   * Whether a line is header metadata: a date line, a byline, "Posted on DATE by NAME", or
   * segments of those ("By A | 12 May 2024").
   */
  static boolean isMetaLine(String line, ParseContext context) {
    if (isDateLine(line, context)
        || Bylines.line(unwrapped(line)).isPresent()
        || hasMetaSegment(line, context)
        || !dateLed(line, context).isEmpty()) {
      return true;
    }
    if (!hasByAfterDateLength(line)) {
      return false;
    }
    java.util.regex.Matcher m = DATE_BY_NAME.matcher(line);
    return m.matches()
        && isDateLine(dateBeforeBy(m.group(1)), context);
  }

  /** "Posted on", "Published", "on" before the date of "Posted on DATE by NAME". */
  private static final Pattern DATE_LEAD =
      Pattern.compile("^(?i:(?:posted|published|written)\\s+(?:on\\s+)?|on\\s+)");

  /** The date of "Posted on DATE by NAME", without its lead words. */
  private static String dateBeforeBy(String lead) {
    return DATE_LEAD.matcher(lead).replaceFirst("");
  }

  /**
   * Takes a byline into the draft: {@code By A and B}, or one followed by a date ({@code By A
   * March 18, 2015 3:57 PM}), whose date is taken too when it reads as one.
   */
  private static boolean takeByline(String line, Draft draft, ParseContext context) {
    String bare = unwrapped(line);
    Optional<List<String>> byline = Bylines.longLine(bare);
    if (byline.isPresent()) {
      draft.authors = byline.get();
      return true;
    }
    Predicate<String> isDate = rest -> isDateLine(withoutCount(withoutLead(rest)), context);
    Optional<Bylines.Dated> dated = Bylines.dated(bare, isDate);
    if (dated.isEmpty()) {
      // "By Jane DoeStaff Writer": read again with the title set apart, when it was run in
      String unglued = Bylines.unglued(bare);
      byline = unglued.equals(bare) ? Optional.empty() : Bylines.line(unglued);
      byline.ifPresent(names -> draft.authors = names);
      return byline.isPresent();
    }
    draft.authors = dated.get().names();
    takeDates(withoutCount(withoutLead(dated.get().rest())), draft, context);
    return true;
  }

  /** The word that leads a date after a name: "Jane Doe am 4. Februar 2022", "Jane Doe on May 3". */
  private static final Pattern DATE_LEAD_WORD =
      Pattern.compile("^(?i:am|on|le|el|il|den|vom|at)\\s+");

  private static String withoutLead(String date) {
    return DATE_LEAD_WORD.matcher(date).replaceFirst("");
  }

  /** A count after a date's year: the comments bubble of "Sarah Gooding March 9, 2017 13". */
  private static final Pattern COUNT_AFTER_YEAR = Pattern.compile("(.*\\d{4})\\s+\\d{1,4}");

  private static String withoutCount(String date) {
    java.util.regex.Matcher m = COUNT_AFTER_YEAR.matcher(date);
    return m.matches() ? m.group(1) : date;
  }

  /** A line alone in its block, or in a block of a few short lines (a header's meta lines). */
  private static boolean isWholeBlockOrShort(List<DumpLine> lines, int i) {
    return isWholeBlock(lines, i) || lines.get(i).wordCount() <= 4;
  }

  /** Whether a line has a segment ("By A | 12 May 2024") that is a date or a byline. */
  static boolean hasMetaSegment(String line, ParseContext context) {
    if (!Dates.containsAny(line, "|·•")) {
      return false;
    }
    for (String segment : Bylines.SEGMENT_SEPARATOR.split(spaced(line))) {
      String bare = unwrapped(segment);
      if (isDateLine(bare, context) || Bylines.line(bare).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line without the emphasis marks a Markdown-keeping scraper leaves around it: what {@code
   * line.replaceAll("^[*_]+|[*_]+$", "").strip()} gives for a line (no line terminator in it).
   */
  static String unwrapped(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isEmphasis(line.charAt(start))) {
      start++;
    }
    while (end > start && isEmphasis(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end).strip();
  }

  private static boolean isEmphasis(char c) {
    return c == '*' || c == '_';
  }

  /**
   * A section label above the headline ("Новости Москвы", "World news"): a few words with no
   * sentence punctuation, followed by a date line and then the real headline: longer, and without
   * the full stop a first body paragraph would end with.
   */
  static boolean isKicker(List<DumpLine> lines, int i, ParseContext context) {
    String line = lines.get(i).text();
    char last = line.charAt(line.length() - 1);
    if (lines.get(i).wordCount() > MAX_KICKER_WORDS
        || last == '.'
        || last == '!'
        || last == '?'
        || last == ':') {
      return false;
    }
    int j = i + 1;
    while (j < lines.size() && lines.get(j).chrome()) {
      j++;
    }
    if (j >= lines.size()
        || !isDateLine(lines.get(j).text(), context)) {
      return false;
    }
    j++;
    while (j < lines.size() && lines.get(j).chrome()) {
      j++;
    }
    if (j >= lines.size()) {
      return false;
    }
    // The real headline after the date: no full stop at its end (a body paragraph has one).
    String next = lines.get(j).text();
    return next.length() <= Article.MAX_TITLE_LENGTH
        && !SENTENCE_END.matcher(next).find()
        && next.length() > 2 * line.length()
        && !isDateLine(next, context)
        && Bylines.line(next).isEmpty()
        && j + 1 < lines.size();
  }

  /** A lead over highlights is a sentence of at least this many words... */
  private static final int LEAD_MIN_WORDS = 10;

  /** ...over at most this many short lines (the highlights, a picture's credit)... */
  private static final int HIGHLIGHT_LINES = 6;

  /** ...of at most this many words each. */
  private static final int HIGHLIGHT_WORDS = 12;

  /**
   * A standfirst over a story's highlights: a sentence the model takes for text, in the header
   * under the headline, with only a few short lines between it and the body (bulleted
   * highlights, "Das Wichtigste in Kürze", a picture's credit). Such a lead is neither followed by
   * header lines nor written like a headline, and the short lines keep it out of the body.
   */
  private static boolean isLeadOverHighlights(
      List<DumpLine> lines, double[] body, int i, int bodyStart) {
    if (i >= bodyStart
        || body[i] < BODY_THRESHOLD
        || lines.get(i).wordCount() < LEAD_MIN_WORDS
        || !TextNormalizer.endsSentence(lines.get(i).text())
        || bodyStart - i - 1 > HIGHLIGHT_LINES) {
      return false;
    }
    for (int j = i + 1; j < bodyStart; j++) {
      if (lines.get(j).wordCount() > HIGHLIGHT_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * A standfirst written like a headline: one line on its own of at least {@value
   * #MIN_STANDFIRST_WORDS} words with no sentence punctuation at the end, followed by a prose
   * paragraph (which does end with it). Short unpunctuated lines are left to the body.
   */
  private static boolean isHeadlineStyleBlock(List<DumpLine> lines, int i, SourceProfile profile) {
    String line = lines.get(i).text();
    boolean alone =
        (i == 0 || lines.get(i - 1).block() != lines.get(i).block()) && isWholeBlock(lines, i);
    if (!alone
        || i + 1 >= lines.size()
        || lines.get(i).wordCount() < MIN_STANDFIRST_WORDS
        || SENTENCE_END.matcher(line).find()) {
      return false;
    }
    // the last line of the next block that is not page chrome (a photo credit may come between)
    int next = i + 1;
    while (next < lines.size() && lines.get(next).chrome()) {
      next++;
    }
    if (next >= lines.size()) {
      return false;
    }
    int j = next;
    while (j + 1 < lines.size() && lines.get(j + 1).block() == lines.get(next).block()) {
      j++;
    }
    return SENTENCE_END.matcher(lines.get(j).text()).find();
  }

  /** Whether the next meaningful line belongs to the header: a date, byline or title repeat. */
  private static boolean nextIsHeader(
      List<DumpLine> lines, int from, String title, ParseContext context) {
    for (int j = from; j < lines.size(); j++) {
      String line = lines.get(j).text();
      if (lines.get(j).chrome()) {
        continue;
      }
      return line.equalsIgnoreCase(title)
          || isDateLine(line, context)
          || Bylines.line(line).isPresent();
    }
    return false;
  }

  private static boolean isWholeBlock(List<DumpLine> lines, int i) {
    return i + 1 >= lines.size() || lines.get(i + 1).block() != lines.get(i).block();
  }

  /** "MOSCOW (Reuters) -" on a line of its own starts the next paragraph. */
  private static List<String> joinDatelines(List<String> paragraphs) {
    List<String> joined = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (i + 1 < paragraphs.size() && DATELINE_ALONE.matcher(p).matches()) {
        joined.add(p + " " + paragraphs.get(++i));
      } else {
        joined.add(p);
      }
    }
    return joined;
  }

  /** Drops short paragraphs whose text is repeated inside another paragraph (pull quotes). */
  private static List<String> withoutPullQuotes(List<String> paragraphs, Draft draft) {
    if (paragraphs.size() < 3) {
      return paragraphs;
    }
    // each candidate is looked for in every paragraph: a body of hundreds of short quotations
    // (a transcript, a list of sayings) has no pull quotes to find, and would cost its square
    long candidates = paragraphs.stream().filter(TextDumpParser::isPullQuoteCandidate).count();
    if (candidates > MAX_PULL_QUOTE_CANDIDATES) {
      return paragraphs;
    }
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      boolean pullQuote = false;
      // A pull quote is a quotation: only short paragraphs that open with a quotation mark are
      // looked for in the rest of the body.
      String core = isPullQuoteCandidate(p) ? quoteCore(p) : "";
      if (core.length() >= 20) {
        for (int j = 0; j < paragraphs.size() && !pullQuote; j++) {
          String other = paragraphs.get(j);
          pullQuote = j != i && other.length() > p.length() && other.contains(core);
        }
      }
      if (pullQuote) {
        draft.boilerplate.add(Dropped.excerpt(p));
      } else {
        kept.add(p);
      }
    }
    return kept;
  }

  private static boolean isPullQuoteCandidate(String p) {
    return p.length() <= MAX_PULL_QUOTE_LENGTH && "\"“”„«»'‘’".indexOf(p.charAt(0)) >= 0;
  }

  /** A pull quote's words without its quotation marks and attribution dash. */
  private static String quoteCore(String p) {
    String core = p.replaceAll("^[\"“”„«»'‘’\\s]+|[\"“”„«»'‘’\\s]+$", "");
    int dash = Math.max(core.lastIndexOf(" — "), core.lastIndexOf(" - "));
    if (dash > 0 && core.length() - dash < 60) {
      core = core.substring(0, dash).replaceAll("[\"“”„«»'‘’\\s]+$", "");
    }
    return core.replaceAll("[.!?,]+$", "");
  }

  static boolean isBoilerplate(String line, SourceProfile profile) {
    return profile.isBoilerplate(line) || isIconLabelLine(line);
  }

  /** Page chrome from icon fonts: "icon bookmark-bicon bookmarkicon cameraicon ...". */
  static boolean isIconLabelLine(String line) {
    if (line.indexOf("icon") < 0) {
      return false;
    }
    String[] words = line.split(" ");
    int icons = 0;
    for (String word : words) {
      if (word.toLowerCase(Locale.ROOT).contains("icon")) {
        icons++;
      }
    }
    return icons >= ICON_LINE_MIN_WORDS && icons >= ICON_LINE_MIN_SHARE * words.length;
  }
}
