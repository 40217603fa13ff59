package dev.articleingest.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 12,000 seeded inputs: random bytes, random text built from the pieces news pages are made of
 * (dates, icons, quotes, control characters, blank lines, very long lines, markup and JSON
 * fragments), random HTML trees, mutations of real and corpus samples in every format (bit flips,
 * cuts, splices), and gzip of any of these, whole or cut short. The extractor must return an
 * article or throw its one rejection type, finish each input quickly, and only return articles that
 * keep their invariants.
 */
class ExtractorFuzzTest {

  private static final int INPUTS = 12_000;
  private static final long MAX_MILLIS_PER_INPUT = 1_000;
  private static final String[] PIECES = {
    "12 Feb, 2022 16:59",
    "2022-02-12T16:59:00+03:00",
    "February 12, 2022 4:59 PM",
    "9999-12-31 23:59",
    "0000-01-01 00:00",
    "icon bookmarkicon cameraicon checkicon closeicon fbicon",
    "Share this article",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "„",
    "«",
    "»",
    "\u00A0",
    "\u200B",
    "\uFEFF",
    "\u0000",
    "\u0007",
    "\r",
    "\n",
    "\n\n",
    "\t",
    "\u2028",
    "\u2029",
    "é",
    "e\u0301",
    "Москва",
    "東京",
    "😀",
    "\uD83D",
    "The",
    "headline",
    "said",
    "Reuters",
    "—",
    "–",
    "...",
    ".",
    " ",
    "<p>",
    "</div>",
    "{\"title\":",
    "%",
    "<html>",
    "<body>",
    "<article>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":",
    "</script>",
    "<meta property=\"article:published_time\" content=\"",
    "\">",
    "<br>",
    "<time datetime=\"2022-02-12T16:59\">",
    "\"body\": [",
    "]",
    "}",
    "&amp;",
    "&#x0;",
    "<!--"
  };

  private static final String[] TAGS = {
    "div",
    "p",
    "article",
    "section",
    "span",
    "a",
    "h1",
    "h2",
    "ul",
    "li",
    "table",
    "td",
    "aside",
    "nav",
    "figure",
    "blockquote",
    "script",
    "b",
    "br"
  };

  private static final String[] CLASSES = {
    "article-body", "share", "related", "content", "byline", "ad", "story", "comments", ""
  };

  private static final String[] SAMPLES = {
    "/golden/rt.com/rt-russia-issues-warning-to-us/input.txt",
    "/golden/harbour-gazette.example/html-cms-jsonld/input.html",
    "/golden/flood-watch.example/html-yoast-graph/input.html",
    "/golden/harbour-gazette.example/json-flat/input.json",
    "/golden/flood-watch.example/json-nested/input.json"
  };

  private static byte[][] samples() throws IOException {
    byte[][] samples = new byte[SAMPLES.length][];
    for (int i = 0; i < SAMPLES.length; i++) {
      try (InputStream in = ExtractorFuzzTest.class.getResourceAsStream(SAMPLES[i])) {
        samples[i] = in.readAllBytes();
      }
    }
    return samples;
  }

  private static byte[] generate(Random random, byte[][] samples) {
    int kind = random.nextInt(7);
    if (kind == 5) {
      return randomHtml(random).getBytes(StandardCharsets.UTF_8);
    }
    if (kind == 6) {
      byte[] inner = generate(random, samples);
      byte[] gzipped = gzip(inner);
      return random.nextBoolean()
          ? gzipped
          : Arrays.copyOf(gzipped, random.nextInt(gzipped.length + 1));
    }
    byte[] sample = samples[random.nextInt(samples.length)];
    switch (kind) {
      case 0 -> {
        byte[] bytes = new byte[random.nextInt(2_000)];
        random.nextBytes(bytes);
        return bytes;
      }
      case 1 -> {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(400);
        for (int i = 0; i < pieces; i++) {
          text.append(PIECES[random.nextInt(PIECES.length)]);
          if (random.nextInt(10) == 0) {
            text.append("x".repeat(random.nextInt(20_000)));
          }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
      }
      case 2 -> {
        byte[] bytes = sample.clone();
        for (int flips = random.nextInt(20); flips > 0; flips--) {
          bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      default -> {
        int from = random.nextInt(sample.length);
        int to = from + random.nextInt(sample.length - from);
        byte[] spliced = new byte[sample.length + (to - from)];
        System.arraycopy(sample, 0, spliced, 0, to);
        System.arraycopy(sample, from, spliced, to, sample.length - from);
        return spliced;
      }
    }
  }

  /** A random tree of common tags and classes with sentences, some deeply nested. */
  private static String randomHtml(Random random) {
    StringBuilder html = new StringBuilder("<html><head><title>Fuzz page</title></head><body>");
    int depth = 0;
    for (int i = random.nextInt(600); i > 0; i--) {
      int action = random.nextInt(4);
      if (action == 0 && depth > 0) {
        html.append("</").append(TAGS[random.nextInt(TAGS.length)]).append('>');
        depth--;
      } else if (action == 1) {
        html.append('<')
            .append(TAGS[random.nextInt(TAGS.length)])
            .append(" class=\"")
            .append(CLASSES[random.nextInt(CLASSES.length)])
            .append("\">");
        depth++;
      } else {
        html.append(PIECES[random.nextInt(PIECES.length)])
            .append(" The council said the bridge, closed since spring, would reopen. ");
      }
    }
    return html.append("</body></html>").toString();
  }

  private static byte[] gzip(byte[] bytes) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void tenThousandGeneratedInputsEitherParseOrAreRejected() throws IOException {
    Extractor extractor = Extractor.withBundledProfiles();
    byte[][] samples = samples();
    Random random = new Random(20_261_124);
    int articles = 0;
    int rejected = 0;
    for (int i = 0; i < INPUTS; i++) {
      byte[] input = generate(random, samples);
      String[] keys = {
        "rt.com/fuzz.txt", "fuzz/" + i + ".txt", "fuzz/" + i + ".html", "f/" + i + ".json"
      };
      String key = keys[random.nextInt(keys.length)];
      long start = System.nanoTime();
      try {
        Article article = extractor.extract(new RawInput(input, key, Map.of()));
        assertFalse(article.title().isBlank(), "input " + i);
        assertFalse(article.paragraphs().isEmpty(), "input " + i);
        for (String paragraph : article.paragraphs()) {
          assertFalse(paragraph.isBlank(), "input " + i);
          assertTrue(
              paragraph
                  .chars()
                  .noneMatch(c -> c == '\n' || Character.getType(c) == Character.CONTROL),
              "input " + i + ": control character in a paragraph");
        }
        articles++;
      } catch (InputRejectedException e) {
        rejected++;
      } catch (RuntimeException | StackOverflowError e) {
        fail("input " + i + " (" + input.length + " bytes) threw " + e, e);
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(millis < MAX_MILLIS_PER_INPUT, "input " + i + " took " + millis + " ms");
    }
    assertTrue(
        articles > 1_000 && rejected > 1_000, articles + " articles, " + rejected + " rejected");
  }
}
