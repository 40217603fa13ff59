package dev.articleingest.parse.json;

import dev.articleingest.parse.authors.Bylines;
import dev.articleingest.parse.dates.Dates;
import dev.articleingest.parse.html.ContentExtractor;

import dev.articleingest.parse.decode.TextDecoder;
import dev.articleingest.parse.profile.JsonFieldMap;
import dev.articleingest.parse.profile.SourceProfile;
import dev.articleingest.parse.spi.ArticleParser;
import dev.articleingest.parse.spi.Draft;
import dev.articleingest.parse.spi.ParseContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.articleingest.json.JsonTrees;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.Published;
import dev.articleingest.model.RejectionReason;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses JSON articles as scrapers emit them: one object, flat or nested, or a one-element array of
 * it, or an object wrapping it ({@code {"article": {...}}}). Each field is looked up by the paths
 * of the {@link JsonFieldMap}. A body may be a string (paragraphs split at blank lines, or at line
 * breaks when there are none), HTML (its text blocks), or a list of strings or of objects with a
 * {@code text}. Authors may be a string byline, or a list of strings or of objects with a {@code
 * name}. Dates may be strings in any form {@link Dates} reads, or epoch numbers.
 */
public final class JsonArticleParser implements ArticleParser {

  /**
   * HTML bodies are only split into paragraphs here; the source's chrome rules are applied to every
   * paragraph, whatever its form, in {@link #parse}.
   */
  private static final SourceProfile NO_CHROME_RULES = new SourceProfile(null, List.of(), null);

  private static final Pattern HTML_TAG = Pattern.compile("(?is)<(?:p|div|br|h[1-6]|li)\\b[^>]*>");

  @Override
  public Draft parse(byte[] content, ParseContext context) {
    TextDecoder.Decoded decoded = TextDecoder.decode(content, context.profile().charset());
    JsonNode root;
    try {
      root = JsonTrees.read(decoded.text());
    } catch (JsonProcessingException e) {
      throw new InputRejectedException(RejectionReason.MALFORMED_JSON, malformed(e));
    }
    JsonFieldMap fields = context.jsonFields();
    JsonNode article = articleNode(root, fields);
    Draft draft = new Draft();
    draft.noteEncoding(decoded);
    draft.title = string(find(article, fields.get("title")));
    draft.subtitle = string(find(article, fields.get("subtitle")));
    draft.url = string(find(article, fields.get("url")));
    draft.authors = authors(find(article, fields.get("authors")));
    draft.published = time(find(article, fields.get("published")), context);
    draft.modified = time(find(article, fields.get("modified")), context);
    for (String paragraph : body(find(article, fields.get("body")))) {
      if (context.profile().isBoilerplate(paragraph.strip())) {
        draft.boilerplate.add(dev.articleingest.model.Dropped.excerpt(paragraph.strip()));
      } else {
        draft.paragraphs.add(paragraph);
      }
    }
    return draft;
  }

  /**
   * Where and how the JSON breaks, in words of our own: Jackson's messages quote the offending
   * tokens, which would put article text into the table and the logs.
   */
  private static String malformed(JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    String original = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
    String why;
    if (original.contains("end-of-input")) {
      why = "it ends before the JSON is complete (truncated?)";
    } else if (original.contains("nesting depth") || original.contains("depth")) {
      why = "it is nested deeper than the parser allows";
    } else {
      why = "unexpected content there (not JSON syntax)";
    }
    return "the JSON does not parse" + where + ": " + why;
  }

  /** The object holding the article, or a WRONG_SHAPE rejection saying what was found. */
  private static JsonNode articleNode(JsonNode root, JsonFieldMap fields) {
    JsonNode node = root;
    if (node.isArray()) {
      if (node.size() != 1) {
        throw new InputRejectedException(
            RejectionReason.WRONG_SHAPE,
            "the JSON is a list of " + node.size() + " items; upload one article per object");
      }
      node = node.get(0);
    }
    if (!node.isObject()) {
      throw new InputRejectedException(
          RejectionReason.WRONG_SHAPE,
          "the JSON is a bare "
              + node.getNodeType().name().toLowerCase(Locale.ROOT)
              + ", not an article object");
    }
    if (find(node, fields.get("body")) == null) {
      // {"article": {...}} or {"data": {...}}: one level of wrapping
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        JsonNode child = it.next();
        if (child.isObject() && find(child, fields.get("body")) != null) {
          return child;
        }
      }
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      throw new InputRejectedException(
          RejectionReason.WRONG_SHAPE,
          "the JSON object has no article body (looked for "
              + String.join(", ", fields.get("body"))
              + "); its fields are: "
              + String.join(", ", names.subList(0, Math.min(names.size(), 20)))
              + ". Add its body field to the profiles' json.body paths");
    }
    return node;
  }

  /** The first non-empty value at any of the paths, or null. */
  private static JsonNode find(JsonNode node, List<String> paths) {
    for (String path : paths) {
      JsonNode value = node;
      for (String part : path.split("\\.")) {
        value = value == null ? null : value.get(part);
      }
      if (value != null
          && !value.isNull()
          && !(value.isTextual() && value.asText().isBlank())
          && !(value.isContainerNode() && value.isEmpty())) {
        return value;
      }
    }
    return null;
  }

  private static String string(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isArray()) {
      return value.isEmpty() ? null : string(value.get(0));
    }
    if (value.isObject()) {
      return value.hasNonNull("text") ? value.get("text").asText() : null;
    }
    String text = value.asText();
    return HTML_TAG.matcher(text).find() || text.contains("&") ? Jsoup.parse(text).text() : text;
  }

  private static List<String> authors(JsonNode value) {
    if (value == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode item : value) {
        values.add(item.isObject() ? item.path("name").asText("") : item.asText());
      }
    } else if (value.isObject()) {
      values.add(value.path("name").asText(""));
    } else {
      values.add(value.asText());
    }
    return Bylines.names(values);
  }

  private static Published time(JsonNode value, ParseContext context) {
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      long n = value.asLong();
      return Dates.epoch(n > 100_000_000_000L ? n : n * 1000);
    }
    return Dates.value(value.asText(), context.profile()).orElse(null);
  }

  private static List<String> body(JsonNode value) {
    List<String> paragraphs = new ArrayList<>();
    if (value == null) {
      return paragraphs;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        String text = item.isObject() ? item.path("text").asText("") : item.asText();
        paragraphs.addAll(splitText(text));
      }
      return paragraphs;
    }
    if (value.isObject()) {
      return body(value.get("text"));
    }
    return splitText(value.asText());
  }

  private static List<String> splitText(String text) {
    if (HTML_TAG.matcher(text).find()) {
      Document doc = Jsoup.parseBodyFragment(text);
      return ContentExtractor.extract(doc, null, null, List.of(), NO_CHROME_RULES);
    }
    String[] parts = text.contains("\n\n") ? text.split("\\n\\s*\\n") : text.split("\\n");
    List<String> paragraphs = new ArrayList<>(parts.length);
    for (String part : parts) {
      if (!part.isBlank()) {
        paragraphs.add(part);
      }
    }
    return paragraphs;
  }
}
