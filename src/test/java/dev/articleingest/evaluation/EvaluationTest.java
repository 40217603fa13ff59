package dev.articleingest.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.parse.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark mode of {@code eval}: a folder of pages and a ground-truth file. */
class EvaluationTest {

  private static final String BODY =
      "The council voted on Wednesday night to fund a full repair of the old harbour bridge,"
          + " ending two years of argument over who should pay for the work.";

  private static String page(String title, String body, String chrome) {
    return "<html><head><title>"
        + title
        + " | Gazette</title></head><body><nav><a href=/>Home</a></nav><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p><p>"
        + chrome
        + "</p></article></body></html>";
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
