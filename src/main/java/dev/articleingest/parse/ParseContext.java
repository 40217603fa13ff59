package dev.articleingest.parse;

import java.util.Objects;

/**
 * What a format parser knows besides the text.
 *
 * @param source the resolved source domain, or {@code unknown}
 * @param url the article URL when known, else {@code null}
 * @param profile the source's profile (the generic one for unknown sources)
 */
public record ParseContext(String source, String url, SourceProfile profile) {

  public ParseContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(profile, "profile");
  }
}
