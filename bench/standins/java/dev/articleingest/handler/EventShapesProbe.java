package dev.articleingest.handler;

import dev.articleingest.json.JsonTrees;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One fresh JVM reading an S3 notification the function's way (JsonTrees, then EventShapes), for
 * {@code bench/standins.sh} against the Lambda runtime's serializer. Not a test.
 */
public final class EventShapesProbe {

  private EventShapesProbe() {}

  public static void main(String[] args) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      var messages = EventShapes.messages(JsonTrees.read(in));
      System.out.println(messages.get(0).changes().get(0));
    }
  }
}
