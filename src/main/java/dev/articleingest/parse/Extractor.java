package dev.articleingest.parse;

import dev.articleingest.language.NgramLanguageDetector;
import dev.articleingest.parse.decode.Gzip;
import dev.articleingest.parse.decode.TextDecoder;
import dev.articleingest.parse.profile.SourceProfiles;
import dev.articleingest.parse.spi.ArticleParser;
import dev.articleingest.parse.spi.Draft;
import dev.articleingest.parse.spi.ParseContext;

import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The parsing core's entry point: decompresses an object's bytes when they are gzip, works out its
 * source and format, and hands the bytes to that format's parser; {@link ArticleAssembler} gives
 * every format the same normalization, counts and warnings. Thread-safe; build one and reuse it.
 */
public final class Extractor {

  /** Default cap on decompressed size: far above any article, far below a zip bomb. */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 32L * 1024 * 1024;

  private final SourceProfiles profiles;
  private final long maxDecompressedBytes;
  private final Map<InputFormat, ArticleParser> parsers = new EnumMap<>(InputFormat.class);
  private final ArticleAssembler assembler = new ArticleAssembler(new NgramLanguageDetector());

  public Extractor(SourceProfiles profiles, long maxDecompressedBytes) {
    this(profiles, maxDecompressedBytes, Map.of());
  }

  private Extractor(
      SourceProfiles profiles, long maxDecompressedBytes, Map<InputFormat, ArticleParser> given) {
    this.profiles = profiles;
    this.maxDecompressedBytes = maxDecompressedBytes;
    for (InputFormat format : InputFormat.values()) {
      parsers.put(format, given.containsKey(format) ? given.get(format) : format.newParser());
    }
    NgramLanguageDetector.preload();
  }

  public Extractor(SourceProfiles profiles) {
    this(profiles, DEFAULT_MAX_DECOMPRESSED_BYTES);
  }

  /**
   * Starts loading what parsing needs that is slow to load (the language model) on a background
   * thread, once per process; returns at once. Call it early in start-up.
   */
  public static void preload() {
    NgramLanguageDetector.preload();
  }

  /**
   * An extractor that reads one format with another parser: for measuring a parser before it
   * ships (the model trainers' cross-validation).
   */
  public static Extractor withParser(
      SourceProfiles profiles, InputFormat format, ArticleParser parser) {
    return new Extractor(profiles, DEFAULT_MAX_DECOMPRESSED_BYTES, Map.of(format, parser));
  }

  /** An extractor with the profiles bundled in the jar. */
  public static Extractor withBundledProfiles() {
    return new Extractor(SourceProfiles.bundled());
  }

  /**
   * Parses one object.
   *
   * @throws InputRejectedException when the bytes cannot become an article; its reason and message
   *     say why, and its format says how the object was read when that was decided
   */
  public Article extract(RawInput input) {
    byte[] content = input.content();
    if (Gzip.isGzip(content)) {
      content = Gzip.decompress(content, maxDecompressedBytes);
    }
    TextDecoder.requireText(content);
    InputFormat format = FormatSniffer.sniff(content, input.key(), input.contentType());
    String source = SourceResolver.source(input.key(), input.metadata());
    ParseContext context =
        new ParseContext(
            source,
            SourceResolver.url(input.metadata()),
            profiles.forSource(source),
            input.contentType(),
            input.uploadedAt(),
            profiles.jsonFields(),
            input.key());
    try {
      Draft draft = parsers.get(format).parse(content, context);
      return assembler.finish(draft, format, context);
    } catch (InputRejectedException e) {
      throw e.inFormat(format.label());
    }
  }
}
