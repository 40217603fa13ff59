package dev.articleingest.parse.text;

import dev.articleingest.model.Article;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Parses a text dump written line by line in a test, as the bundled extractor parses an upload. */
final class Dumps {

  private static final Extractor EXTRACTOR = Extractor.withBundledProfiles();

  private Dumps() {}

  static Article parse(String key, String... lines) {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return EXTRACTOR.extract(new RawInput(bytes, key, Map.of()));
  }
}
