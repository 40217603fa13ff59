package dev.articleingest.parse;

import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;

/** Parses one input format. Implementations are stateless and thread-safe. */
public interface ArticleParser {

  /**
   * Parses decoded, not yet normalized text.
   *
   * @throws InputRejectedException when the text cannot become an article
   */
  Article parse(String text, ParseContext context);
}
