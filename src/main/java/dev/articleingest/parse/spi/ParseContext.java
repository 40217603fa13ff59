package dev.articleingest.parse.spi;

import dev.articleingest.parse.profile.JsonFieldMap;
import dev.articleingest.parse.profile.SourceProfile;

import java.time.Instant;
import java.util.Objects;

/**
 * What a format parser knows besides the bytes.
 *
 * @param source the resolved source domain, or {@code unknown}
 * @param url the article URL when known, else {@code null}
 * @param profile the source's profile (the generic one for unknown sources)
 * @param contentType the object's Content-Type, or {@code null}
 * @param uploadedAt the object's upload time, or {@code null}
 * @param jsonFields where JSON articles keep each field
 * @param key the object key, or {@code null} (its slug often repeats the headline)
 */
public record ParseContext(
    String source,
    String url,
    SourceProfile profile,
    String contentType,
    Instant uploadedAt,
    JsonFieldMap jsonFields,
    String key) {

  public ParseContext {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(jsonFields, "jsonFields");
  }
}
