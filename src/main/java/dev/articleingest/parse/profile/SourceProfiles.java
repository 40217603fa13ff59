package dev.articleingest.parse.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.articleingest.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Per-source profiles, read from the bundled {@code source-profiles.json} and, optionally, a file
 * of the same format that extends it (sources added or replaced, generic boilerplate and JSON field
 * paths added): users teach the parser new sites without recompiling. Lookup walks up the domain:
 * {@code news.rt.com} falls back to {@code rt.com}; unknown sites get the generic profile. The
 * {@code generic} boilerplate applies to every source, known or not.
 */
public final class SourceProfiles {

  /** The bundled profile file, on the classpath. */
  public static final String RESOURCE = "/source-profiles.json";

  private final Map<String, SourceProfile> bySource;
  private final SourceProfile generic;
  private final JsonFieldMap jsonFields;

  private SourceProfiles(
      Map<String, SourceProfile> bySource, SourceProfile generic, JsonFieldMap jsonFields) {
    this.bySource = Map.copyOf(bySource);
    this.generic = generic;
    this.jsonFields = jsonFields;
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
   * The bundled profiles extended by a user's file (none when {@code extension} is null).
   *
   * @throws IllegalArgumentException naming the file, source and field when an entry is invalid
   */
  public static SourceProfiles bundledWith(Path extension) {
    if (extension == null) {
      return bundled();
    }
    try (InputStream bundled = SourceProfiles.class.getResourceAsStream(RESOURCE)) {
      JsonNode base = JsonTrees.read(bundled);
      JsonNode extra = JsonTrees.read(Files.readAllBytes(extension));
      try {
        return of(base, extra);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(extension + ": " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profiles " + extension, e);
    }
  }

  /**
   * Reads profiles in the bundled file's format.
   *
   * @throws IllegalArgumentException naming the source and field when an entry is invalid
   */
  public static SourceProfiles read(InputStream json) throws IOException {
    return of(JsonTrees.read(json), null);
  }

  private static SourceProfiles of(JsonNode root, JsonNode extension) {
    Map<Pattern, List<String>> needs = new HashMap<>();
    List<Pattern> genericBoilerplate =
        new ArrayList<>(patterns("generic", root.path("generic"), needs));
    Map<String, List<String>> jsonPaths = jsonPaths(root.path("json"), new LinkedHashMap<>());
    Map<String, JsonNode> sources = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("sources").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      sources.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
    }
    if (extension != null) {
      genericBoilerplate.addAll(patterns("generic", extension.path("generic"), needs));
      jsonPaths = jsonPaths(extension.path("json"), jsonPaths);
      for (Iterator<Map.Entry<String, JsonNode>> it = extension.path("sources").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        sources.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
      }
    }
    Map<String, SourceProfile> profiles = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : sources.entrySet()) {
      profiles.put(
          entry.getKey(), profile(entry.getKey(), entry.getValue(), genericBoilerplate, needs));
    }
    return new SourceProfiles(
        profiles,
        new SourceProfile(null, genericBoilerplate, needs, null, false),
        new JsonFieldMap(jsonPaths));
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

  /** Where JSON articles keep their fields. */
  public JsonFieldMap jsonFields() {
    return jsonFields;
  }

  /** Paths from {@code node} tried before the ones already known, per field. */
  private static Map<String, List<String>> jsonPaths(
      JsonNode node, Map<String, List<String>> known) {
    Map<String, List<String>> paths = new LinkedHashMap<>(known);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().startsWith("_")) {
        continue;
      }
      if (!JsonFieldMap.FIELDS.contains(entry.getKey()) || !entry.getValue().isArray()) {
        throw new IllegalArgumentException(
            "json."
                + entry.getKey()
                + ": expected one of "
                + JsonFieldMap.FIELDS
                + " with a list of paths");
      }
      List<String> list = new ArrayList<>();
      entry.getValue().forEach(path -> list.add(path.asText()));
      list.addAll(paths.getOrDefault(entry.getKey(), List.of()));
      paths.put(entry.getKey(), List.copyOf(list.stream().distinct().toList()));
    }
    return paths;
  }

  private static SourceProfile profile(
      String source,
      JsonNode node,
      List<Pattern> genericBoilerplate,
      Map<Pattern, List<String>> needs) {
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
    String charset = null;
    if (node.hasNonNull("charset")) {
      charset = node.get("charset").asText();
      if (!Charset.isSupported(charset)) {
        throw new IllegalArgumentException(
            "source profile " + source + ": charset " + node.get("charset") + " is not known");
      }
    }
    String dateOrder = node.path("dateOrder").asText("DMY");
    if (!dateOrder.equals("DMY") && !dateOrder.equals("MDY")) {
      throw new IllegalArgumentException(
          "source profile "
              + source
              + ": dateOrder "
              + node.get("dateOrder")
              + " is not DMY or MDY");
    }
    List<Pattern> boilerplate = new ArrayList<>(genericBoilerplate);
    boilerplate.addAll(patterns(source, node, needs));
    return new SourceProfile(zone, boilerplate, needs, charset, dateOrder.equals("MDY"));
  }

  /**
   * A profile's boilerplate patterns: each a regex, or an object with the regex as {@code pattern}
   * and as {@code needs} words of which a line must hold one (any case) for the regex to match; the
   * needed words go into {@code needs}, keyed by pattern.
   */
  private static List<Pattern> patterns(
      String profile, JsonNode node, Map<Pattern, List<String>> needs) {
    List<Pattern> patterns = new ArrayList<>();
    for (JsonNode entry : node.path("boilerplate")) {
      JsonNode regex = entry.isObject() ? entry.path("pattern") : entry;
      if (!regex.isTextual()) {
        throw new IllegalArgumentException(
            "source profile " + profile + ": boilerplate " + entry + " has no pattern");
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "source profile " + profile + ": boilerplate " + regex + " is not a regex", e);
      }
      patterns.add(pattern);
      if (entry.has("needs")) {
        List<String> words = new ArrayList<>();
        entry.path("needs").forEach(word -> words.add(word.asText().toLowerCase(Locale.ROOT)));
        if (words.isEmpty() || words.contains("")) {
          throw new IllegalArgumentException(
              "source profile " + profile + ": boilerplate " + regex + " needs no words");
        }
        needs.put(pattern, List.copyOf(words));
      }
    }
    return patterns;
  }
}
