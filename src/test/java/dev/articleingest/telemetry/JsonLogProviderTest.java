package dev.articleingest.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

class JsonLogProviderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs the action with standard output captured; returns what was printed. */
  private static String printed(Runnable action) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      action.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void slf4jFindsThisProvider() {
    assertTrue(
        LoggerFactory.getLogger("dev.articleingest.x") instanceof JsonLogger,
        "the only SLF4J provider on the class path is ours");
  }

  @Test
  void keyValuePairsBecomeTopLevelFieldsOfOneJsonLine() throws Exception {
    Logger log = new JsonLogger("dev.articleingest.x");

    String out =
        printed(
            () ->
                log.atInfo()
                    .addKeyValue("outcome", "STORED")
                    .addKeyValue("bytes", 3403)
                    .addKeyValue("parseMs", 3.25)
                    .addKeyValue("key", "rt.com/\"quoted\"\nkey")
                    .addKeyValue("list", List.of("a", "b"))
                    .log("article {}", "stored"));

    assertTrue(out.endsWith("\n"));
    assertEquals(1, out.split("\n").length, "one line: " + out);
    JsonNode line = JSON.readTree(out);
    assertEquals("INFO", line.get("level").asText());
    assertEquals("dev.articleingest.x", line.get("logger").asText());
    assertEquals("article stored", line.get("message").asText());
    assertEquals("STORED", line.get("outcome").asText());
    assertEquals(3403, line.get("bytes").asInt());
    assertEquals(3.25, line.get("parseMs").asDouble());
    assertEquals("rt.com/\"quoted\"\nkey", line.get("key").asText());
    assertEquals("[\"a\",\"b\"]", line.get("list").toString());
    assertTrue(line.get("timestamp").asText().endsWith("Z"));
  }

  @Test
  void plainCallsFormatTheirArgumentsAndPrintTheStackTrace() throws Exception {
    Logger log = new JsonLogger("dev.articleingest.x");

    String out =
        printed(() -> log.error("could not read {}", "a.txt", new IllegalStateException("boom")));

    JsonNode line = JSON.readTree(out);
    assertEquals("ERROR", line.get("level").asText());
    assertEquals("could not read a.txt", line.get("message").asText());
    assertTrue(line.get("stackTrace").asText().startsWith("java.lang.IllegalStateException: boom"));
  }

  @Test
  void eventsBelowTheThresholdPrintNothing() {
    Logger log = new JsonLogger("software.amazon.awssdk.x");

    String out =
        printed(
            () -> {
              log.info("chatty");
              log.atDebug().addKeyValue("k", "v").log("chattier");
            });

    assertEquals("", out);
  }

  @Test
  void levelsByLoggerAndFromTheConfiguredName() {
    assertEquals(Level.INFO, LogSettings.levelOf(null));
    assertEquals(Level.DEBUG, LogSettings.levelOf("debug"));
    assertEquals(Level.ERROR, LogSettings.levelOf("FATAL"));
    assertEquals(Level.INFO, LogSettings.levelOf("loud"));
    try {
      LogSettings.configure("DEBUG", Clock.systemUTC());
      assertEquals(Level.DEBUG, new JsonLogger("dev.articleingest.handler.X").threshold());
      assertEquals(Level.WARN, new JsonLogger("software.amazon.awssdk.request").threshold());
      assertEquals(
          Level.ERROR, new JsonLogger("software.amazon.dynamodb.services.local.X").threshold());
    } finally {
      LogSettings.configure("INFO", Clock.systemUTC());
    }
  }

  @Test
  void timestampsComeFromTheConfiguredClock() throws Exception {
    Instant fixed = Instant.parse("2022-02-12T13:59:00Z");
    try {
      LogSettings.configure("INFO", Clock.fixed(fixed, ZoneOffset.UTC));
      String out = printed(() -> new JsonLogger("dev.articleingest.x").info("hello"));
      assertEquals("2022-02-12T13:59:00Z", JSON.readTree(out).get("timestamp").asText());
    } finally {
      LogSettings.configure("INFO", Clock.systemUTC());
    }
  }
}
