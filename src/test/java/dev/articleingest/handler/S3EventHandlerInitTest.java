package dev.articleingest.handler;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class S3EventHandlerInitTest {

  @Test
  void failsAtInitNamingTheMissingVariable() {
    assumeTrue(System.getenv("ARTICLE_TABLE") == null, "the test JVM must not have ARTICLE_TABLE");

    IllegalStateException e = assertThrows(IllegalStateException.class, S3EventHandler::new);

    assertTrue(e.getMessage().contains("ARTICLE_TABLE"), e.getMessage());
  }
}
