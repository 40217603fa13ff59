package dev.articleingest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every JSON file of the test resources: corpus articles, expectations, profiles, events. */
  static Stream<Path> jsonFiles() throws IOException {
    return Files.walk(Path.of("src/test/resources")).filter(p -> p.toString().endsWith(".json"));
  }

  @ParameterizedTest
  @MethodSource("jsonFiles")
  void readsEveryFileAsObjectMapperDoes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);

    JsonNode expected = MAPPER.readTree(bytes);

    assertEquals(expected, JsonTrees.read(bytes));
    assertEquals(expected, JsonTrees.read(new String(bytes, StandardCharsets.UTF_8)));
    assertEquals(expected, JsonTrees.read(new ByteArrayInputStream(bytes)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "null",
        "17",
        "-3000000000",
        "123456789012345678901234567890",
        "1.5e3",
        "\"\\u00e9t\\u00e9\"",
        "[true, false, null, [], {}]",
        "{\"a\": 1, \"a\": 2}",
        "{\"a\": {\"b\": [1, {\"c\": \"d\"}]}} trailing"
      })
  void readsEdgeCasesAsObjectMapperDoes(String json) throws IOException {
    assertEquals(MAPPER.readTree(json), JsonTrees.read(json));
  }

  @Test
  void lenientReadingAcceptsHandWrittenJson() throws IOException {
    String json =
        "{'@type': 'NewsArticle', /* a comment */ \"headline\": \"A\tB\", \"x\": [1,2,],}";
    ObjectMapper lenient =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    assertEquals(lenient.readTree(json), JsonTrees.readLenient(json));
    assertThrows(JsonProcessingException.class, () -> JsonTrees.read(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"title\": \"cut", "{\"title\": Secret}", "[1, 2", "{\"a\" 1}"})
  void brokenJsonThrowsJacksonsException(String json) {
    assertThrows(JsonProcessingException.class, () -> JsonTrees.read(json));
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThrows(JsonProcessingException.class, () -> JsonTrees.read(deep));
  }

  @Test
  void writesPlainValues() throws IOException {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("batchItemFailures", List.of(Map.of("itemIdentifier", "m-1")));
    value.put("n", 3);
    value.put("x", 2.5);
    value.put("ok", true);
    value.put("none", null);
    value.put("quote", "say \"hi\"\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JsonTrees.write(out, value);

    JsonNode written = MAPPER.readTree(out.toByteArray());
    assertEquals(MAPPER.valueToTree(value), written);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"batchItemFailures\":"));
  }
}
