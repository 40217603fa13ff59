package dev.articleingest.parse.profile;

import java.util.List;
import java.util.Map;

/**
 * Where JSON articles keep each field: for every field, the paths tried in order. A path is a field
 * name or a dotted path into nested objects ({@code meta.title}). Read from the {@code json}
 * section of the profiles file, so users add their scrapers' shapes without recompiling.
 *
 * @param paths field ({@code title}, {@code subtitle}, {@code body}, {@code url}, {@code
 *     published}, {@code modified}, {@code authors}) to the paths tried for it
 */
public record JsonFieldMap(Map<String, List<String>> paths) {

  static final List<String> FIELDS =
      List.of("title", "subtitle", "body", "url", "published", "modified", "authors");

  public JsonFieldMap {
    paths = Map.copyOf(paths);
  }

  public List<String> get(String field) {
    return paths.getOrDefault(field, List.of());
  }
}
