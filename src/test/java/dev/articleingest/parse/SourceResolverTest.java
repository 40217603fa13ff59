package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceResolverTest {

  @Test
  void prefersTheSourceMetadata() {
    assertEquals(
        "example.org",
        SourceResolver.source(
            "rt.com/a.txt", Map.of("source", "Example.org", "url", "https://www.rt.com/x")));
  }

  @Test
  void thenTheHostOfTheUrlMetadata() {
    assertEquals(
        "rt.com", SourceResolver.source("a.txt", Map.of("url", "https://www.rt.com/news/1/")));
  }

  @Test
  void thenTheKeysFirstSegmentWhenItIsADomain() {
    assertEquals("rt.com", SourceResolver.source("rt.com/2022/02/12/a.txt", Map.of()));
    assertEquals("rt.com", SourceResolver.source("WWW.RT.COM/a.txt", Map.of()));
  }

  @Test
  void otherwiseUnknown() {
    assertEquals("unknown", SourceResolver.source("uploads/2022/a.txt", Map.of()));
    assertEquals("unknown", SourceResolver.source("rt.com.txt", Map.of()));
    assertEquals("unknown", SourceResolver.source("a.txt", Map.of("source", "not a domain")));
  }

  @Test
  void urlIsTakenFromMetadataOnly() {
    assertEquals("https://rt.com/a", SourceResolver.url(Map.of("url", " https://rt.com/a ")));
    assertNull(SourceResolver.url(Map.of()));
  }
}
