package dev.articleingest.parse;

import java.util.function.Supplier;

/** The input formats the extractor understands, each with its parser. */
public enum InputFormat {
  /** Plain-text dumps of scraped news pages. */
  TEXT_DUMP(TextDumpParser::new);

  private final Supplier<ArticleParser> parserFactory;

  InputFormat(Supplier<ArticleParser> parserFactory) {
    this.parserFactory = parserFactory;
  }

  ArticleParser newParser() {
    return parserFactory.get();
  }
}
