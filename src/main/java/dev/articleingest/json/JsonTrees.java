package dev.articleingest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Reads JSON into Jackson's tree nodes as {@code ObjectMapper.readTree} does (first value only,
 * {@link MissingNode} for no content, integers as int, long or big integer, other numbers as
 * double, last duplicate key wins), and writes plain values. The streaming parser enforces
 * Jackson's limits on nesting depth and token sizes, so hostile input cannot exhaust the stack.
 */
public final class JsonTrees {

  private static final JsonFactory STRICT = new JsonFactory();

  /** For JSON embedded in web pages, which is often hand-written: comments, trailing commas. */
  private static final JsonFactory LENIENT =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * @throws JsonProcessingException when the text is not JSON
   */
  public static JsonNode read(String json) throws JsonProcessingException {
    return inMemory(() -> STRICT.createParser(json));
  }

  /**
   * @throws JsonProcessingException when the bytes are not JSON
   */
  public static JsonNode read(byte[] json) throws JsonProcessingException {
    return inMemory(() -> STRICT.createParser(json));
  }

  /** Reads one value from the stream, and closes it (as {@code ObjectMapper.readTree} does). */
  public static JsonNode read(InputStream json) throws IOException {
    try (JsonParser parser = STRICT.createParser(json)) {
      return root(parser);
    }
  }

  /** As {@link #read(String)}, also allowing comments, trailing commas and single quotes. */
  public static JsonNode readLenient(String json) throws JsonProcessingException {
    return inMemory(() -> LENIENT.createParser(json));
  }

  /** A parser over text already in memory. */
  @FunctionalInterface
  private interface InMemory {
    JsonParser open() throws IOException;
  }

  private static JsonNode inMemory(InMemory source) throws JsonProcessingException {
    try (JsonParser parser = source.open()) {
      return root(parser);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no I/O in memory
    }
  }

  private static JsonNode root(JsonParser parser) throws IOException {
    return parser.nextToken() == null ? MissingNode.getInstance() : value(parser);
  }

  private static JsonNode value(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, value(parser));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      default:
        return NODES.nullNode();
    }
  }

  /** Writes a plain value (see {@link #writeValue(JsonGenerator, Object)}) to the stream. */
  public static void write(OutputStream out, Object value) throws IOException {
    try (JsonGenerator json = generator(out)) {
      writeValue(json, value);
    }
  }

  /** A UTF-8 generator over the stream, from the factory every JSON read and write here uses. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return STRICT.createGenerator(out);
  }

  /**
   * Writes a plain value: text, number, boolean, null, a map (as an object), an iterable (as an
   * array), anything else as its string form.
   */
  public static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      json.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      json.writeNumber(i);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof Iterable<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        writeValue(json, item);
      }
      json.writeEndArray();
    } else {
      json.writeString(value.toString());
    }
  }
}
