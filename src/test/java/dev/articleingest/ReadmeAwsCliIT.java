package dev.articleingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.cli.LocalLambda;
import dev.articleingest.model.ObjectRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Runs the README's {@code aws dynamodb} examples against the local stack, so they stay true. Needs
 * the AWS CLI on the PATH; without it the test is skipped (and says so).
 */
class ReadmeAwsCliIT {

  @Test
  void theReadmesAwsCliExamplesReturnTheSample(@TempDir Path work) throws Exception {
    assumeTrue(onPath("aws"), "the AWS CLI is not installed");
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("# A source's articles in February 2022");
    String block = readme.substring(start, readme.indexOf("```", start));
    List<String> commands = new ArrayList<>();
    for (String command : block.split("\n\n")) {
      commands.add(command.strip());
    }
    assertEquals(3, commands.size(), block);

    try (LocalStack stack = LocalStack.start(null)) {
      String key = "rt.com/rt-russia-issues-warning-to-us.txt";
      byte[] sample = Files.readAllBytes(Path.of("samples/" + key));
      String etag =
          stack
              .s3()
              .putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(sample))
              .eTag();
      new LocalLambda(stack.dependencies())
          .result(S3Events.notification(S3Events.Kind.CREATED, new ObjectRef(LocalStack.BUCKET, key, null, etag, "01", sample.length)), "test");

      for (String command : commands) {
        String script = command.replace("http://127.0.0.1:8000", stack.dynamoEndpoint().toString());
        ProcessBuilder builder =
            new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("out").toFile());
        builder.environment().put("AWS_ACCESS_KEY_ID", LocalStack.accessKey());
        builder.environment().put("AWS_SECRET_ACCESS_KEY", LocalStack.secretKey());
        builder.environment().put("AWS_CONFIG_FILE", work.resolve("none").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("none").toString());
        builder.environment().put("AWS_PAGER", "");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command);
        String out = Files.readString(work.resolve("out"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), command + "\n" + out);
        assertTrue(out.contains("Russia issues warning to US"), command + "\n" + out);
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
