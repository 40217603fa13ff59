package dev.articleingest.parse;

import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The parsing core's entry point: decodes an object's bytes, works out its source and format, and
 * hands the text to that format's parser. Thread-safe; build one and reuse it.
 */
public final class Extractor {

  /**
   * Version of the parsing rules. Bump it whenever the same input would parse differently, so
   * stored articles can be found and re-processed.
   */
  public static final int PARSER_VERSION = 1;

  private final SourceProfiles profiles;
  private final Map<InputFormat, ArticleParser> parsers = new EnumMap<>(InputFormat.class);

  public Extractor(SourceProfiles profiles) {
    this.profiles = profiles;
    for (InputFormat format : InputFormat.values()) {
      parsers.put(format, format.newParser());
    }
  }

  /** An extractor with the profiles bundled in the jar. */
  public static Extractor withBundledProfiles() {
    return new Extractor(SourceProfiles.bundled());
  }

  /**
   * Parses one object.
   *
   * @throws InputRejectedException when the bytes cannot become an article; its reason and message
   *     say why
   */
  public Article extract(RawInput input) {
    InputFormat format = sniff(input.content());
    String text = TextDecoder.decode(input.content());
    String source = SourceResolver.source(input.key(), input.metadata());
    ParseContext context =
        new ParseContext(source, SourceResolver.url(input.metadata()), profiles.forSource(source));
    return parsers.get(format).parse(text, context);
  }

  /** The format an object's bytes are in. Plain-text dumps are the only format so far. */
  public InputFormat sniff(byte[] content) {
    return InputFormat.TEXT_DUMP;
  }
}
