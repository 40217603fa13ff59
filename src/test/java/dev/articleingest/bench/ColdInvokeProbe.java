package dev.articleingest.bench;

import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.telemetry.Telemetry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The function's cold invoke, for {@code bench/cold-invoke.sh}: in a fresh JVM on the Lambda
 * artifact's class path, build the handler as Lambda does (the same {@code Dependencies}, only the
 * endpoints point at the local stack), hand it one S3 notification through its stream entry point
 * (get object, parse, write), and exit. Not a test.
 *
 * <p>{@code setup DIR N FILE}: upload FILE under N keys, each copy with a closing sentence of its
 * own so that each is a new article and not a duplicate, and write one notification per key to DIR
 * (not timed). {@code invoke EVENT}: the timed cold invoke.
 */
public final class ColdInvokeProbe {

  private ColdInvokeProbe() {}

  public static void main(String[] args) throws Exception {
    long main = System.nanoTime();
    Map<String, String> env = System.getenv();
    Dependencies deps =
        Dependencies.create(
            Config.fromEnv(env),
            URI.create(env.get("S3_ENDPOINT")),
            URI.create(env.get("DYNAMODB_ENDPOINT")),
            EnvironmentVariableCredentialsProvider.create());
    if (args[0].equals("setup")) {
      setup(
          deps.s3(),
          env.get("BUCKET"),
          Path.of(args[1]),
          Integer.parseInt(args[2]),
          Path.of(args[3]));
      return;
    }
    S3EventHandler handler =
        new S3EventHandler(
            deps.withTelemetry(
                Telemetry.forLambda(deps.config().runtime().metricProperties(), Clock.systemUTC())));
    if (args[0].equals("primed")) {
      deps.registerPriming(S3EventHandler.primingSteps(deps));
      primed(handler, java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    long built = System.nanoTime();
    try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
      handler.handleRequest(event, OutputStream.nullOutputStream(), null);
    }
    long done = System.nanoTime();
    // The JVM's own uptime, read only now (its management classes are not part of the invoke).
    // The process start time the OS reports is no use here: Linux gives the boot time in whole
    // seconds, so it was off by up to a second.
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    long mainAt = uptime - (System.nanoTime() - main) / 1_000_000;
    System.err.printf(
        "TIMES main %d ms, handler built %d ms, event done %d ms after JVM start%n",
        mainAt, mainAt + (built - main) / 1_000_000, mainAt + (done - main) / 1_000_000);
  }

  /**
   * {@code primed EVENT...}: what a SnapStart restore leaves for the first invoke. The handler is
   * built and priming runs as before a checkpoint, in this JVM; then the first event is invoked
   * (a new article, end to end), counting the classes it loads that priming did not, and the
   * others warm. Prints one {@code PRIMED} line.
   */
  private static void primed(S3EventHandler handler, String[] events) throws Exception {
    java.lang.management.ClassLoadingMXBean classes =
        java.lang.management.ManagementFactory.getClassLoadingMXBean();
    classes.getTotalLoadedClassCount();
    dev.articleingest.config.SnapStartPrimingAccess.beforeCheckpoint();
    long loadedAfterPriming = classes.getTotalLoadedClassCount();
    // markers on stdout, for reading -Xlog:class+load around the first invoke
    System.out.println("MARK priming done");
    long first = invokeNanos(handler, events[0]);
    long newClasses = classes.getTotalLoadedClassCount() - loadedAfterPriming;
    System.out.println("MARK first invoke done");
    long[] warm = new long[events.length - 1];
    for (int i = 1; i < events.length; i++) {
      warm[i - 1] = invokeNanos(handler, events[i]);
    }
    java.util.Arrays.sort(warm);
    long warmMedian = warm[warm.length / 2];
    System.err.printf(
        java.util.Locale.ROOT,
        "PRIMED first %.1f ms, %d classes priming did not load; warm median %.1f ms of %d; first"
            + " / warm %.2fx%n",
        first / 1e6, newClasses, warmMedian / 1e6, warm.length, (double) first / warmMedian);
  }

  private static long invokeNanos(S3EventHandler handler, String event) throws Exception {
    long start = System.nanoTime();
    try (InputStream in = Files.newInputStream(Path.of(event))) {
      handler.handleRequest(in, OutputStream.nullOutputStream(), null);
    }
    return System.nanoTime() - start;
  }

  private static void setup(S3Client s3, String bucket, Path dir, int n, Path file)
      throws java.io.IOException {
    Files.createDirectories(dir);
    String text = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
    for (int i = 0; i < n; i++) {
      String key = "rt.com/cold/" + i + "-" + file.getFileName();
      // a body of its own per copy: the same body twice is a duplicate, which takes another path
      // (and fewer writes) than the new article each invoke is meant to be
      byte[] content =
          (text
                  + "\n\nThis is copy number "
                  + i
                  + " of the article above, uploaded for the benchmark with a sentence of its"
                  + " own.\n")
              .getBytes(StandardCharsets.UTF_8);
      PutObjectResponse put =
          s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
      String sequencer = String.format("%016X", System.nanoTime());
      String event =
          """
          {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
          "eventTime":"2026-01-01T00:00:00.000Z","eventName":"ObjectCreated:Put",
          "s3":{"s3SchemaVersion":"1.0","configurationId":"bench",
          "bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},
          "object":{"key":"%s","size":%d,"eTag":"%s","sequencer":"%s"}}}]}
          """
              .formatted(
                  bucket,
                  bucket,
                  key.replace(" ", "+"),
                  content.length,
                  put.eTag().replace("\"", ""),
                  sequencer);
      Files.writeString(dir.resolve(i + ".json"), event, StandardCharsets.UTF_8);
    }
  }
}
