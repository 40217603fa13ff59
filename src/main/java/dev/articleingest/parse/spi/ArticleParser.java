package dev.articleingest.parse.spi;

import dev.articleingest.model.InputRejectedException;

/** Parses one input format. Implementations are stateless and thread-safe. */
public interface ArticleParser {

  /**
   * Finds an article's parts in an object's (decompressed) bytes.
   *
   * @throws InputRejectedException when the bytes cannot become an article
   */
  Draft parse(byte[] content, ParseContext context);
}
