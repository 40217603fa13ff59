package dev.articleingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.ArticleSummary;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.Published;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.model.Warning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON view of an article printed by {@code parse}: the field names of the expected files
 * ({@code title}, {@code subtitle}, {@code publishedLocal}, {@code publishedZone}, {@code
 * publishedAt}, {@code language}, {@code paragraphs}) plus the rest of the record. Absent values
 * are printed as {@code null}, so every article has the same fields.
 */
public final class ArticleJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ArticleJson() {}

  /** The article as an ordered map of JSON values. */
  public static Map<String, Object> toMap(Article article) {
    return toMap(null, article);
  }

  /** The article with its id (omitted when {@code null}) as an ordered map of JSON values. */
  public static Map<String, Object> toMap(String id, Article article) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (id != null) {
      json.put("id", id);
    }
    json.put("source", article.source());
    json.put("url", article.url());
    json.put("title", article.title());
    json.put("subtitle", article.subtitle());
    json.put("authors", article.authors());
    putPublished(json, article.published());
    putModified(json, article.modified());
    json.put("language", article.language());
    json.put("languageConfidence", round(article.languageConfidence()));
    json.put("format", article.format());
    json.put("paragraphs", article.paragraphs());
    json.put("wordCount", article.wordCount());
    json.put("contentHash", article.contentHash());
    json.put("parserVersion", article.parserVersion());
    json.put("warnings", warnings(article.warnings()));
    Map<String, Object> dropped = new LinkedHashMap<>();
    dropped.put("boilerplate", article.dropped().boilerplate());
    dropped.put("repeatedTitle", article.dropped().repeatedTitle());
    json.put("dropped", dropped);
    return json;
  }

  /** Stored metadata (no body) as an ordered map of JSON values. */
  public static Map<String, Object> toMap(ArticleMetadata metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", metadata.id());
    json.put("source", metadata.source());
    json.put("url", metadata.url());
    json.put("title", metadata.title());
    json.put("subtitle", metadata.subtitle());
    json.put("authors", metadata.authors());
    putPublished(json, metadata.published());
    putModified(json, metadata.modified());
    json.put("language", metadata.language());
    json.put("languageConfidence", round(metadata.languageConfidence()));
    json.put("format", metadata.format());
    json.put("wordCount", metadata.wordCount());
    json.put("paragraphCount", metadata.paragraphCount());
    json.put("contentHash", metadata.contentHash());
    json.put("parserVersion", metadata.parserVersion());
    json.put("warnings", warnings(metadata.warnings()));
    json.put("duplicateOf", metadata.duplicateOf());
    json.put("ingestedAt", metadata.ingestedAt().toString());
    json.put("object", object(metadata.object()));
    return json;
  }

  /** A listing's item as an ordered map of JSON values: what the time indexes project. */
  public static Map<String, Object> toMap(ArticleSummary summary) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", summary.id());
    json.put("source", summary.source());
    json.put("url", summary.url());
    json.put("title", summary.title());
    putPublished(json, summary.published());
    json.put("language", summary.language());
    json.put("format", summary.format());
    json.put("wordCount", summary.wordCount());
    json.put("duplicateOf", summary.duplicateOf());
    json.put("ingestedAt", summary.ingestedAt().toString());
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("bucket", summary.bucket());
    object.put("key", summary.key());
    json.put("object", object);
    return json;
  }

  /** A stored article with its body and the object it came from. */
  public static Map<String, Object> toMap(StoredArticle stored) {
    Map<String, Object> json = toMap(stored.id(), stored.article());
    json.put("duplicateOf", stored.duplicateOf());
    json.put("ingestedAt", stored.ingestedAt().toString());
    json.put("object", object(stored.object()));
    return json;
  }

  /**
   * The published time for a person: the UTC instant, or the local time when the zone is unknown.
   */
  public static String describe(Published published) {
    if (published == null) {
      return "(no date)";
    }
    return published.zoneKnown()
        ? published.instant().toString()
        : published.local() + " (zone unknown)";
  }

  private static void putPublished(Map<String, Object> json, Published published) {
    boolean zoned = published != null && published.zoneKnown();
    json.put("publishedLocal", published == null ? null : published.local().toString());
    json.put("publishedZone", zoned ? published.zone().getId() : null);
    json.put("publishedAt", zoned ? published.instant().toString() : null);
  }

  private static void putModified(Map<String, Object> json, Published modified) {
    boolean zoned = modified != null && modified.zoneKnown();
    json.put("modifiedLocal", modified == null ? null : modified.local().toString());
    json.put("modifiedAt", zoned ? modified.instant().toString() : null);
  }

  /** Two decimals are all a reader needs of a probability, and keep the golden files stable. */
  private static double round(double probability) {
    return Math.round(probability * 100) / 100.0;
  }

  private static Map<String, Object> object(ObjectRef ref) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bucket", ref.bucket());
    json.put("key", ref.key());
    json.put("versionId", ref.versionId());
    json.put("eTag", ref.eTag());
    json.put("sequencer", ref.sequencer());
    json.put("size", ref.size());
    return json;
  }

  /** Pretty-printed JSON of a value made of maps, lists, strings and numbers. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not representable as JSON", e);
    }
  }

  private static List<Map<String, String>> warnings(List<Warning> warnings) {
    return warnings.stream().map(ArticleJson::warning).toList();
  }

  private static Map<String, String> warning(Warning warning) {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("code", warning.code().name());
    json.put("detail", warning.detail());
    return json;
  }
}
