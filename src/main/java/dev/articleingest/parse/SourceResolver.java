package dev.articleingest.parse;

import dev.articleingest.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which site an object came from: the {@code source} user metadata first, then the host of
 * the {@code url} metadata, then the key's first path segment when it looks like a domain ({@code
 * rt.com/2022/02/12/x.txt}), else {@link Article#UNKNOWN_SOURCE}.
 */
public final class SourceResolver {

  /** User-metadata key naming the source domain. */
  public static final String SOURCE_METADATA = "source";

  /** User-metadata key carrying the article URL. */
  public static final String URL_METADATA = "url";

  private static final Pattern DOMAIN =
      Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  private SourceResolver() {}

  /** The source domain for an object, lower-case, without a leading {@code www.}. */
  public static String source(String key, Map<String, String> metadata) {
    String declared = domainOrNull(metadata.get(SOURCE_METADATA));
    if (declared != null) {
      return declared;
    }
    String url = url(metadata);
    if (url != null) {
      try {
        String host = domainOrNull(new URI(url).getHost());
        if (host != null) {
          return host;
        }
      } catch (URISyntaxException e) {
        // not a usable URL: fall through to the key
      }
    }
    int slash = key.indexOf('/');
    String firstSegment = domainOrNull(slash < 0 ? null : key.substring(0, slash));
    return firstSegment != null ? firstSegment : Article.UNKNOWN_SOURCE;
  }

  /** The article URL from metadata, or {@code null}. */
  public static String url(Map<String, String> metadata) {
    String url = metadata.get(URL_METADATA);
    return url == null || url.isBlank() ? null : url.strip();
  }

  private static String domainOrNull(String candidate) {
    if (candidate == null) {
      return null;
    }
    String domain = candidate.strip().toLowerCase(Locale.ROOT);
    if (domain.startsWith("www.")) {
      domain = domain.substring(4);
    }
    return DOMAIN.matcher(domain).matches() ? domain : null;
  }
}
