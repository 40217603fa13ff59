package dev.articleingest.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    Logger log = new JsonLogger("dev.articleingest.x", Level.INFO);

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
    Logger log = new JsonLogger("dev.articleingest.x", Level.INFO);

    String out =
        printed(() -> log.error("could not read {}", "a.txt", new IllegalStateException("boom")));

    JsonNode line = JSON.readTree(out);
    assertEquals("ERROR", line.get("level").asText());
    assertEquals("could not read a.txt", line.get("message").asText());
    assertTrue(line.get("stackTrace").asText().startsWith("java.lang.IllegalStateException: boom"));
  }

  @Test
  void eventsBelowTheThresholdPrintNothing() {
    Logger log = new JsonLogger("software.amazon.awssdk.x", Level.WARN);

    String out =
        printed(
            () -> {
              log.info("chatty");
              log.atDebug().addKeyValue("k", "v").log("chattier");
            });

    assertEquals("", out);
  }

  @Test
  void levelsByLoggerAndFromLambdasVariable() {
    assertEquals(Level.INFO, JsonLogProvider.applicationLevel(Map.of()));
    assertEquals(
        Level.DEBUG, JsonLogProvider.applicationLevel(Map.of("AWS_LAMBDA_LOG_LEVEL", "debug")));
    assertEquals(
        Level.ERROR, JsonLogProvider.applicationLevel(Map.of("AWS_LAMBDA_LOG_LEVEL", "FATAL")));
    assertEquals(
        Level.INFO, JsonLogProvider.applicationLevel(Map.of("AWS_LAMBDA_LOG_LEVEL", "loud")));
    assertEquals(Level.DEBUG, JsonLogProvider.levelFor("dev.articleingest.handler.X", Level.DEBUG));
    assertEquals(
        Level.WARN, JsonLogProvider.levelFor("software.amazon.awssdk.request", Level.DEBUG));
    assertEquals(
        Level.ERROR,
        JsonLogProvider.levelFor("software.amazon.dynamodb.services.local.X", Level.DEBUG));
  }
}
