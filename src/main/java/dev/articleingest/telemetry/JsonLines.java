package dev.articleingest.telemetry;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.articleingest.json.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * One JSON object per line on standard output, for logs and metrics alike. Written with Jackson's
 * streaming generator (no data binding: a fresh JVM pays about 30 ms for it, where logback with the
 * logstash encoder and AWS's EMF library paid about 500; bench/telemetry-cold.sh). Each line goes
 * out in one write, so lines from concurrent threads never interleave. Lambda's JSON log format
 * passes such lines through as they are.
 */
final class JsonLines {

  private JsonLines() {}

  /** Writes the fields of one object (the braces are written around them). */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator json) throws IOException;
  }

  /** The object as one UTF-8 line, newline included. */
  static byte[] render(Fields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator json = JsonTrees.generator(out)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** Prints a rendered line to the current standard output. */
  static void print(byte[] line) {
    PrintStream out = System.out;
    out.write(line, 0, line.length);
    out.flush();
  }

  /** A field of any plain value (see {@link JsonTrees#writeValue}). */
  static void writeField(JsonGenerator json, String name, Object value) throws IOException {
    json.writeFieldName(name);
    JsonTrees.writeValue(json, value);
  }
}
