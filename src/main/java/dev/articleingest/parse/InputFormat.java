package dev.articleingest.parse;

import java.util.function.Supplier;

/** The input formats the extractor understands, each with its parser. */
public enum InputFormat {
  /** Plain-text dumps of scraped news pages. */
  TEXT_DUMP("text", TextDumpParser::new);

  private final String label;
  private final Supplier<ArticleParser> parserFactory;

  InputFormat(String label, Supplier<ArticleParser> parserFactory) {
    this.label = label;
    this.parserFactory = parserFactory;
  }

  /** A short, stable name for logs and metrics. */
  public String label() {
    return label;
  }

  ArticleParser newParser() {
    return parserFactory.get();
  }
}
