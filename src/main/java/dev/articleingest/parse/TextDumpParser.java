package dev.articleingest.parse;

import dev.articleingest.model.Article;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.Published;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.Sha256;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import dev.articleingest.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses plain-text dumps of scraped news pages.
 *
 * <p>The layout: a header of short lines (page chrome, a date line, the headline, a standfirst,
 * sometimes the headline again as a caption), then body paragraphs separated by blank lines. The
 * header ends at the first line that is not chrome, not the date, not the title or its repeat, and
 * not the standfirst. The standfirst is recognised when the headline repeats right after it, the
 * caption pattern of many news templates; otherwise that line is body.
 */
final class TextDumpParser implements ArticleParser {

  /** Longer than this, a first line is a paragraph, not a headline. */
  static final int MAX_TITLE_LENGTH = 250;

  /** Below this many words, a body is flagged as suspiciously short. */
  static final int SHORT_BODY_WORDS = 50;

  /** A line of icon-font labels: this many words containing "icon" at least... */
  private static final int ICON_LINE_MIN_WORDS = 5;

  /** ...and at least this share of the line's words. */
  private static final double ICON_LINE_MIN_SHARE = 0.3;

  private record Line(String text, int block) {}

  @Override
  public Article parse(String text, ParseContext context) {
    List<Line> lines = lines(TextNormalizer.normalize(text));
    if (lines.isEmpty()) {
      throw new InputRejectedException(
          RejectionReason.EMPTY, "the object holds only white space or invisible characters");
    }
    SourceProfile profile = context.profile();
    List<String> boilerplate = new ArrayList<>();
    Published published = null;
    String title = null;
    String subtitle = null;
    String repeatedTitle = null;

    int i = 0;
    for (; i < lines.size(); i++) {
      String line = lines.get(i).text();
      if (isBoilerplate(line, profile)) {
        boilerplate.add(Dropped.excerpt(line));
        continue;
      }
      if (published == null) {
        Optional<Published> date = DateLines.parse(line, profile.zone());
        if (date.isPresent()) {
          published = date.get();
          continue;
        }
      }
      if (title == null) {
        if (line.length() > MAX_TITLE_LENGTH) {
          break;
        }
        title = line;
      } else if (line.equalsIgnoreCase(title)) {
        repeatedTitle = line;
      } else if (subtitle == null && nextIsRepeatOf(lines, i + 1, title, profile)) {
        subtitle = line;
      } else {
        break;
      }
    }

    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int block = -1;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (isBoilerplate(line.text(), profile)) {
        boilerplate.add(Dropped.excerpt(line.text()));
        continue;
      }
      if (title != null && line.text().equalsIgnoreCase(title)) {
        repeatedTitle = line.text();
        continue;
      }
      if (line.block() != block && paragraph.length() > 0) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
      block = line.block();
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(line.text());
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }

    List<Warning> warnings = new ArrayList<>();
    if (title == null) {
      if (paragraphs.isEmpty()) {
        throw new InputRejectedException(
            RejectionReason.NO_BODY, "the text has no headline and no body paragraphs");
      }
      title = guessTitle(paragraphs.get(0));
      warnings.add(
          new Warning(
              WarningCode.TITLE_GUESSED,
              "no headline line; the title is the start of the first paragraph"));
    }
    if (paragraphs.isEmpty()) {
      throw new InputRejectedException(
          RejectionReason.NO_BODY,
          "the text has a headline but no body paragraphs after it (expected blank-line-separated"
              + " paragraphs)");
    }
    if (published == null) {
      warnings.add(new Warning(WarningCode.NO_DATE, "no publication date line was found"));
    } else if (!published.zoneKnown()) {
      warnings.add(
          new Warning(
              WarningCode.ZONE_UNKNOWN,
              "the date has no offset and source "
                  + context.source()
                  + " has no zone in its"
                  + " profile; only the local time is known"));
    }
    warnings.addAll(QuoteBalance.check(paragraphs));
    TextStats.Counts counts = TextStats.count(paragraphs);
    int words = counts.words();
    if (words < SHORT_BODY_WORDS) {
      warnings.add(new Warning(WarningCode.SHORT_BODY, "the body has only " + words + " words"));
    }
    String language = counts.language();
    if ("und".equals(language)) {
      warnings.add(new Warning(WarningCode.LANGUAGE_UNKNOWN, "the body does not read as English"));
    }

    return new Article(
        context.source(),
        context.url(),
        title,
        subtitle,
        published,
        paragraphs,
        words,
        language,
        Sha256.hex(String.join("\n\n", paragraphs)),
        Extractor.PARSER_VERSION,
        warnings,
        new Dropped(boilerplate, repeatedTitle));
  }

  /** Non-empty lines, each with the number of the blank-line-separated block it belongs to. */
  private static List<Line> lines(String normalized) {
    List<Line> lines = new ArrayList<>();
    int block = 0;
    boolean inBlock = false;
    for (String line : TextNormalizer.lines(normalized)) {
      if (line.isEmpty()) {
        if (inBlock) {
          block++;
          inBlock = false;
        }
      } else {
        lines.add(new Line(line, block));
        inBlock = true;
      }
    }
    return lines;
  }

  private static boolean nextIsRepeatOf(
      List<Line> lines, int from, String title, SourceProfile profile) {
    for (int j = from; j < lines.size(); j++) {
      String line = lines.get(j).text();
      if (!isBoilerplate(line, profile)) {
        return line.equalsIgnoreCase(title);
      }
    }
    return false;
  }

  static boolean isBoilerplate(String line, SourceProfile profile) {
    return profile.isBoilerplate(line) || isIconLabelLine(line);
  }

  /** Page chrome from icon fonts: "icon bookmark-bicon bookmarkicon cameraicon ...". */
  static boolean isIconLabelLine(String line) {
    String[] words = line.split(" ");
    int icons = 0;
    for (String word : words) {
      if (word.contains("icon")) {
        icons++;
      }
    }
    return icons >= ICON_LINE_MIN_WORDS && icons >= ICON_LINE_MIN_SHARE * words.length;
  }

  /** The first sentence of a paragraph, cut at a word boundary; never adds characters. */
  private static String guessTitle(String paragraph) {
    int end = paragraph.length();
    int sentenceEnd = paragraph.indexOf(". ");
    if (sentenceEnd > 0) {
      end = sentenceEnd + 1;
    }
    if (end > MAX_TITLE_LENGTH) {
      int space = paragraph.lastIndexOf(' ', MAX_TITLE_LENGTH);
      end = space > 0 ? space : MAX_TITLE_LENGTH;
    }
    return paragraph.substring(0, end);
  }
}
