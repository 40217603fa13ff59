package dev.articleingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: keeps the local stack running for other processes (the AWS CLI, benchmarks,
 * another service under development) until interrupted.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run DynamoDB Local and s3proxy on loopback, with the bucket and table created, until"
          + " interrupted (Ctrl-C). Writes the endpoints to DIR/endpoints.env for scripts."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "local-data",
      description = "Where the data is kept (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--s3-port",
      defaultValue = "9090",
      description = "Loopback port of the S3 API, 0 for any (default: ${DEFAULT-VALUE}).")
  int s3Port;

  @Option(
      names = "--dynamodb-port",
      defaultValue = "8000",
      description = "Loopback port of the DynamoDB API, 0 for any (default: ${DEFAULT-VALUE}).")
  int dynamoPort;

  @Override
  public Integer call() throws Exception {
    LocalStack stack = LocalStack.start(dataDir, s3Port, dynamoPort);
    Path endpoints = dataDir.resolve("endpoints.env");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // first, so no script reads the endpoints of a stack that is going
                  try {
                    Files.deleteIfExists(endpoints);
                  } catch (IOException e) {
                    System.err.println("warning: could not remove " + endpoints + ": " + e);
                  }
                  stack.close();
                  stopped.countDown();
                }));
    String env =
        String.join(
            "\n",
            "S3_ENDPOINT=" + stack.s3Endpoint(),
            "DYNAMODB_ENDPOINT=" + stack.dynamoEndpoint(),
            "BUCKET=" + LocalStack.BUCKET,
            "ARTICLE_TABLE=" + LocalStack.TABLE,
            "AWS_REGION=" + LocalStack.REGION,
            "AWS_ACCESS_KEY_ID=" + LocalStack.accessKey(),
            "AWS_SECRET_ACCESS_KEY=" + LocalStack.secretKey(),
            "");
    Files.writeString(endpoints, env, StandardCharsets.UTF_8);
    System.out.print(env);
    System.out.println("Local stack running; Ctrl-C to stop.");
    stopped.await();
    return 0;
  }
}
