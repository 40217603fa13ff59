package dev.articleingest.parse;

import dev.articleingest.model.ParserVersion;

import dev.articleingest.language.LanguageDetector;
import dev.articleingest.normalize.TextStats;
import dev.articleingest.parse.spi.Draft;
import dev.articleingest.parse.spi.ParseContext;

import dev.articleingest.model.Article;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.Published;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.Sha256;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import dev.articleingest.normalize.TextNormalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a format parser's {@link Draft} into an {@link Article}: the same normalization, counts,
 * language detection and quality warnings for every format, so consumers can filter on warnings
 * whatever the input was.
 */
final class ArticleAssembler {

  /** Below this many words, a body is flagged as suspiciously short. */
  static final int SHORT_BODY_WORDS = 50;

  /** Dates before this are not news dates (OCR noise, placeholder 0001-01-01, epoch zero). */
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1900, 1, 1, 0, 0);

  /** Dates after this are placeholders or typos whatever the upload time. */
  private static final LocalDateTime LATEST = LocalDateTime.of(2200, 1, 1, 0, 0);

  /** Clock skew and zone slack allowed before a date counts as in the future. */
  private static final Duration FUTURE_SLACK = Duration.ofDays(1);

  private final LanguageDetector languages;

  ArticleAssembler(LanguageDetector languages) {
    this.languages = languages;
  }

  Article finish(Draft draft, InputFormat format, ParseContext context) {
    List<String> paragraphs = new ArrayList<>(draft.paragraphs.size());
    for (String paragraph : draft.paragraphs) {
      // Equal paragraphs are kept: a table's equal cells, a refrain, a repeated line of a poem.
      String text = draft.normalized ? paragraph : TextNormalizer.paragraph(paragraph);
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (format != InputFormat.JSON) {
      // a publisher's JSON body is the story as the publisher stored it; a page's has a template
      List<String> tail = paragraphs.subList(BodyTail.start(paragraphs), paragraphs.size());
      for (String line : tail) {
        draft.boilerplate.add(Dropped.excerpt(line));
      }
      tail.clear();
    }
    List<Warning> warnings = new ArrayList<>(draft.warnings);
    String title = draft.title == null ? null : TextNormalizer.paragraph(draft.title);
    if (title == null || title.isEmpty()) {
      if (paragraphs.isEmpty()) {
        throw new InputRejectedException(
            RejectionReason.NO_BODY, "the " + format.label() + " has no headline and no body");
      }
      title = guessTitle(paragraphs.get(0));
      warnings.add(
          new Warning(
              WarningCode.TITLE_GUESSED,
              "no headline found; the title is the start of the first paragraph"));
    }
    if (paragraphs.isEmpty()) {
      throw new InputRejectedException(
          RejectionReason.NO_BODY,
          "the " + format.label() + " has a headline but no body paragraphs after it");
    }

    Published published = plausible(draft.published, "published", context, warnings);
    Published modified = plausible(draft.modified, "modified", context, warnings);
    if (published == null) {
      if (draft.published == null) {
        warnings.add(new Warning(WarningCode.NO_DATE, "no publication date was found"));
      }
    } else if (!published.zoneKnown()) {
      warnings.add(
          new Warning(
              WarningCode.ZONE_UNKNOWN,
              "the date has no offset and source "
                  + context.source()
                  + " has no zone in its profile; only the local time is known"));
    }
    if (published != null && draft.relativeDate != null) {
      warnings.add(
          new Warning(
              WarningCode.DATE_RELATIVE,
              "the page says \"" + draft.relativeDate + "\"; resolved against the upload time"));
    }

    warnings.addAll(QuoteBalance.check(paragraphs));
    TextStats.Counts counts = TextStats.count(paragraphs);
    if (counts.words() < SHORT_BODY_WORDS) {
      warnings.add(
          new Warning(WarningCode.SHORT_BODY, "the body has only " + counts.words() + " words"));
    }
    if (counts.mixedScriptWords() > 0) {
      warnings.add(
          new Warning(
              WarningCode.MIXED_SCRIPTS,
              counts.mixedScriptWords()
                  + " word(s) mix Latin, Cyrillic or Greek letters (look-alike characters?)"));
    }
    LanguageDetector.Detected language = languages.detect(paragraphs);
    if (language.unknown()) {
      warnings.add(
          new Warning(WarningCode.LANGUAGE_UNKNOWN, "the body's language was not recognised"));
    }
    String subtitle = draft.subtitle == null ? null : TextNormalizer.paragraph(draft.subtitle);
    title = Limits.headerField(title, "title", Article.MAX_TITLE_LENGTH, warnings);
    subtitle = Limits.headerField(subtitle, "standfirst", Limits.MAX_SUBTITLE_LENGTH, warnings);
    List<String> authors = Limits.authors(normalized(draft.authors), warnings);
    String url = Limits.indexKey(draft.url != null ? draft.url : context.url(), "URL", warnings);
    String source = Limits.indexKey(context.source(), "source", warnings);
    List<String> dropped = Limits.dropped(draft.boilerplate, warnings);
    return new Article(
        source == null ? Article.UNKNOWN_SOURCE : source,
        url,
        title,
        subtitle == null || subtitle.isEmpty() || subtitle.equals(title) ? null : subtitle,
        authors,
        published,
        modified,
        paragraphs,
        counts.words(),
        language.tag(),
        language.confidence(),
        Sha256.hex(String.join("\n\n", paragraphs)),
        ParserVersion.CURRENT,
        format.label(),
        Limits.warnings(warnings),
        new Dropped(dropped, draft.repeatedTitle));
  }

  /** The time, or {@code null} with a warning when it cannot be a news date. */
  private static Published plausible(
      Published time, String what, ParseContext context, List<Warning> warnings) {
    if (time == null) {
      return null;
    }
    if (time.local().isBefore(EARLIEST) || !time.local().isBefore(LATEST)) {
      warnings.add(
          new Warning(
              WarningCode.DATE_IMPLAUSIBLE,
              "the " + what + " date " + time.local() + " cannot be a news date; not used"));
      return null;
    }
    Instant uploaded = context.uploadedAt();
    if (uploaded != null) {
      Instant instant =
          time.zoneKnown() ? time.instant() : time.local().toInstant(ZoneOffset.ofHours(-14));
      if (instant.isAfter(uploaded.plus(FUTURE_SLACK))) {
        warnings.add(
            new Warning(
                WarningCode.DATE_IN_FUTURE,
                "the "
                    + what
                    + " date "
                    + time.local()
                    + " is after the upload ("
                    + uploaded
                    + ")"));
      }
    }
    return time;
  }

  /** The first sentence of a paragraph, cut at a word boundary; never adds characters. */
  static String guessTitle(String paragraph) {
    int end = paragraph.length();
    int sentenceEnd = paragraph.indexOf(". ");
    if (sentenceEnd > 0) {
      end = sentenceEnd + 1;
    }
    if (end > Article.MAX_TITLE_LENGTH) {
      int space = paragraph.lastIndexOf(' ', Article.MAX_TITLE_LENGTH);
      end = space > 0 ? space : Article.MAX_TITLE_LENGTH;
    }
    return paragraph.substring(0, end);
  }

  /**
   * Authors normalised as the title is (one space between words, where a parenthesis came out of
   * a name or the page had several), each once.
   */
  private static List<String> normalized(List<String> authors) {
    Set<String> names = new LinkedHashSet<>();
    for (String author : authors) {
      if (author != null) {
        names.add(TextNormalizer.paragraph(author));
      }
    }
    return List.copyOf(names);
  }
}
