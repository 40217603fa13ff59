package dev.articleingest.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a body is stored: the paragraphs as UTF-8 separated by a line feed (normalized paragraphs
 * never contain one), gzip-compressed, cut into slices that each fit one item far below the 400 KB
 * limit. Gzip costs fewer write units than plain text on every body measured (BENCHMARKS.md), and
 * it is what the AWS guidance recommends for large attributes.
 */
final class BodyCodec {

  /**
   * Compressed bytes per body item, leaving room for the keys and for the diagnostics the first
   * part carries: at most 14 codes of 4 warnings of 300 characters and 201 dropped lines of 60, 115
   * KB in UTF-8 at 4 bytes a character.
   */
  static final int MAX_PART_BYTES = 280_000;

  private BodyCodec() {}

  static byte[] encode(List<String> paragraphs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(String.join("\n", paragraphs).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  static List<String> decode(byte[] gzipped) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      throw new IllegalStateException("a stored body is not valid gzip", e);
    }
  }

  /** Cuts bytes into consecutive slices of at most {@code maxBytes}. */
  static List<byte[]> split(byte[] bytes, int maxBytes) {
    List<byte[]> slices = new ArrayList<>();
    for (int start = 0; start < bytes.length; start += maxBytes) {
      slices.add(Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + maxBytes)));
    }
    return slices;
  }

  /** Concatenates slices in order. */
  static byte[] join(List<byte[]> slices) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    slices.forEach(bytes::writeBytes);
    return bytes.toByteArray();
  }
}
