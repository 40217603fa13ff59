package dev.articleingest.model;

import java.util.List;
import java.util.Objects;

/**
 * A parsed, normalized article: what the parsing core produces from one object's text. It knows
 * nothing of where it will be stored; see {@link StoredArticle} for that.
 *
 * @param source the publishing site as a lower-case domain ({@code rt.com}), or {@code unknown}
 * @param url the article's URL when known, else {@code null}
 * @param title the headline, never blank
 * @param subtitle the standfirst, or {@code null}
 * @param authors the authors' names in byline order, possibly empty; never UI text or job titles
 * @param published when it was published, or {@code null} when no date was found
 * @param modified when it was last updated, as the page said, or {@code null}; never taken for
 *     {@code published}
 * @param paragraphs body paragraphs, normalized, at least one
 * @param wordCount words in the body
 * @param language BCP 47 language tag, {@code und} when unknown
 * @param languageConfidence the language detector's probability for {@code language}, 0 to 1 (0
 *     when unknown)
 * @param contentHash SHA-256 (hex) of the normalized body: paragraphs joined by blank lines
 * @param parserVersion version of the parser that produced this; bumped when output changes
 * @param format the input format's label ({@code text}, {@code html}, {@code json})
 * @param warnings quality warnings, possibly empty
 * @param dropped what was removed as page chrome
 */
public record Article(
    String source,
    String url,
    String title,
    String subtitle,
    List<String> authors,
    Published published,
    Published modified,
    List<String> paragraphs,
    int wordCount,
    String language,
    double languageConfidence,
    String contentHash,
    int parserVersion,
    String format,
    List<Warning> warnings,
    Dropped dropped) {

  /** Longer than this, a line is a paragraph, not a headline; titles are cut to it. */
  public static final int MAX_TITLE_LENGTH = 250;

  /** The source used when nothing says where an article came from. */
  public static final String UNKNOWN_SOURCE = "unknown";

  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(dropped, "dropped");
    Objects.requireNonNull(format, "format");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("an article has at least one paragraph");
    }
  }

  /** The normalized body as one string: paragraphs separated by a blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
