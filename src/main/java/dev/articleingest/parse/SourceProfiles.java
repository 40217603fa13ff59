package dev.articleingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Per-source profiles, read from the bundled {@code source-profiles.json}. Lookup walks up the
 * domain: {@code news.rt.com} falls back to {@code rt.com}; unknown sites get the generic profile.
 * The file's {@code generic} boilerplate applies to every source, known or not.
 */
public final class SourceProfiles {

  /** The bundled profile file, on the classpath. */
  public static final String RESOURCE = "/source-profiles.json";

  private final Map<String, SourceProfile> bySource;
  private final SourceProfile generic;

  private SourceProfiles(Map<String, SourceProfile> bySource, SourceProfile generic) {
    this.bySource = Map.copyOf(bySource);
    this.generic = generic;
  }

  /** The bundled profiles. */
  public static SourceProfiles bundled() {
    try (InputStream in = SourceProfiles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads profiles in the bundled file's format.
   *
   * @throws IllegalArgumentException naming the source and field when an entry is invalid
   */
  public static SourceProfiles read(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<Pattern> genericBoilerplate = patterns("generic", root.path("generic"));
    Map<String, SourceProfile> profiles = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("sources").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String source = entry.getKey().toLowerCase(Locale.ROOT);
      profiles.put(source, profile(source, entry.getValue(), genericBoilerplate));
    }
    return new SourceProfiles(profiles, new SourceProfile(null, genericBoilerplate));
  }

  /** The profile for a source domain; the generic profile when none matches. */
  public SourceProfile forSource(String source) {
    String domain = source.toLowerCase(Locale.ROOT);
    while (true) {
      SourceProfile profile = bySource.get(domain);
      if (profile != null) {
        return profile;
      }
      int dot = domain.indexOf('.');
      if (dot < 0 || domain.indexOf('.', dot + 1) < 0) {
        return generic;
      }
      domain = domain.substring(dot + 1);
    }
  }

  private static SourceProfile profile(
      String source, JsonNode node, List<Pattern> genericBoilerplate) {
    ZoneId zone = null;
    if (node.hasNonNull("zone")) {
      try {
        zone = ZoneId.of(node.get("zone").asText());
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "source profile " + source + ": zone " + node.get("zone") + " is not a time zone id",
            e);
      }
    }
    List<Pattern> boilerplate = new ArrayList<>(genericBoilerplate);
    boilerplate.addAll(patterns(source, node));
    return new SourceProfile(zone, boilerplate);
  }

  private static List<Pattern> patterns(String profile, JsonNode node) {
    List<Pattern> patterns = new ArrayList<>();
    for (JsonNode pattern : node.path("boilerplate")) {
      try {
        patterns.add(Pattern.compile(pattern.asText(), Pattern.CASE_INSENSITIVE));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "source profile " + profile + ": boilerplate " + pattern + " is not a regex", e);
      }
    }
    return patterns;
  }
}
