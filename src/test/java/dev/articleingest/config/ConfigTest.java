package dev.articleingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

  @Test
  void readsTheTemplatesVariables() {
    Config config =
        Config.fromEnv(
            Map.of(
                "ARTICLE_TABLE", "articles", "AWS_REGION", "eu-west-1", "MAX_OBJECT_BYTES", "42"));
    assertEquals(new Config("articles", "eu-west-1", 42, false), config);
  }

  @Test
  void tracingIsOnOnlyWhenTheTemplateSaysSo() {
    Map<String, String> base = Map.of("ARTICLE_TABLE", "t", "AWS_REGION", "eu-west-1");
    assertFalse(Config.fromEnv(base).tracing());
    Map<String, String> on = new HashMap<>(base);
    on.put("TRACING_ENABLED", "true");
    assertTrue(Config.fromEnv(on).tracing());
    on.put("TRACING_ENABLED", "false");
    assertFalse(Config.fromEnv(on).tracing());
  }

  @Test
  void defaultsTheSizeLimit() {
    Config config = Config.fromEnv(Map.of("ARTICLE_TABLE", "t", "AWS_REGION", "eu-west-1"));
    assertEquals(Config.DEFAULT_MAX_OBJECT_BYTES, config.maxObjectBytes());
  }

  @Test
  void aMissingVariableFailsNamingIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Config.fromEnv(Map.of("AWS_REGION", "x")));
    assertTrue(e.getMessage().contains("ARTICLE_TABLE"), e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class, () -> Config.fromEnv(Map.of("ARTICLE_TABLE", "t")));
    assertTrue(e.getMessage().contains("AWS_REGION"), e.getMessage());
  }

  @Test
  void anInvalidSizeLimitFailsNamingIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Config.fromEnv(
                    Map.of("ARTICLE_TABLE", "t", "AWS_REGION", "x", "MAX_OBJECT_BYTES", "10MB")));
    assertTrue(e.getMessage().contains("MAX_OBJECT_BYTES"), e.getMessage());
  }
}
