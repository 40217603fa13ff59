package dev.articleingest.parse;

import dev.articleingest.parse.html.HtmlParser;
import dev.articleingest.parse.json.JsonArticleParser;
import dev.articleingest.parse.spi.ArticleParser;
import dev.articleingest.parse.text.TextDumpParser;

import java.util.function.Supplier;

/** The input formats the extractor understands, each with its parser. */
public enum InputFormat {
  /** Plain-text dumps of scraped news pages. */
  TEXT_DUMP("text", TextDumpParser::new),
  /** HTML pages. */
  HTML("html", HtmlParser::new),
  /** JSON articles as scrapers emit them. */
  JSON("json", JsonArticleParser::new);

  private final String label;
  private final Supplier<ArticleParser> parserFactory;

  InputFormat(String label, Supplier<ArticleParser> parserFactory) {
    this.label = label;
    this.parserFactory = parserFactory;
  }

  /** A short, stable name for logs, metrics and the stored {@code format} attribute. */
  public String label() {
    return label;
  }

  ArticleParser newParser() {
    return parserFactory.get();
  }
}
