package dev.articleingest.evaluation;

import dev.articleingest.model.Article;
import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.RawInput;
import dev.articleingest.parse.decode.Gzip;
import dev.articleingest.parse.decode.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The text an evaluation scores as an article's body: the standfirst when the page shows it, then
 * the paragraphs.
 *
 * <p>The parser keeps a standfirst apart from the body ({@link Article#subtitle()}), yet a reader,
 * and the annotators of the trafilatura corpus, take a lead the page shows below its headline for
 * the article's text. A standfirst the page does not show (an HTML page's meta description) is not
 * its text and is not scored.
 */
public final class ScoredText {

  /** Larger inputs are not looked into: an evaluation's pages are far smaller. */
  private static final long MAX_PAGE_BYTES = 64L << 20;

  private ScoredText() {}

  /** The standfirst, when {@code input} shows it, and the body, separated by a blank line. */
  public static String of(Article article, RawInput input) {
    String standfirst = article.subtitle();
    if (standfirst == null || standfirst.isBlank() || !shows(input, standfirst, article.format())) {
      return article.body();
    }
    return standfirst + "\n\n" + article.body();
  }

  /** Whether the page's own text (a dump's, or an HTML page's {@code <body>}) holds {@code text}. */
  static boolean shows(RawInput input, String text, String format) {
    byte[] content = input.content();
    if (Gzip.isGzip(content)) {
      content = Gzip.decompress(content, MAX_PAGE_BYTES);
    }
    String page;
    if ("html".equals(format)) {
      String html = TextDecoder.decodeHtml(content, input.contentType(), null).text();
      Document doc = Jsoup.parse(html);
      page = doc.body() == null ? "" : doc.body().text();
    } else if ("text".equals(format)) {
      page = TextDecoder.decode(content, null).text();
    } else {
      return false; // a JSON record's fields are not a page
    }
    return squeezed(page).contains(squeezed(text));
  }

  private static String squeezed(String text) {
    return TextNormalizer.paragraph(text).toLowerCase(java.util.Locale.ROOT);
  }
}
