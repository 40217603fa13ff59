package dev.articleingest.bench;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.S3Events;
import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.telemetry.Telemetry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Warm throughput through the handler, for {@code bench/cold-invoke.sh}: one JVM (run on one core),
 * WARMUP articles to warm up, then N new articles one event at a time; prints articles per second
 * and the split of handler time between S3 read, parse and DynamoDB (state read, duplicate lookup,
 * writes), from each result's timings; then the parse's share for each input kind (the files'
 * extensions), so that one kind's parse can be read against the invoke it is part of. Not a test.
 *
 * <p>Arguments: {@code WARMUP N FILE...}: the files are cycled through.
 */
public final class WarmThroughputProbe {

  private WarmThroughputProbe() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Dependencies deps =
        Dependencies.create(
            Config.fromEnv(env),
            URI.create(env.get("S3_ENDPOINT")),
            URI.create(env.get("DYNAMODB_ENDPOINT")),
            EnvironmentVariableCredentialsProvider.create());
    String bucket = env.get("BUCKET");
    int warmup = Integer.parseInt(args[0]);
    int n = Integer.parseInt(args[1]);
    List<byte[]> files = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Files.readAllBytes(Path.of(args[i])));
      names.add(Path.of(args[i]).getFileName().toString());
    }
    List<S3Events.Upload> uploads = new ArrayList<>();
    for (int i = 0; i < warmup + n; i++) {
      String key = "warm/" + System.nanoTime() + "/" + names.get(i % names.size());
      byte[] content = files.get(i % files.size());
      PutObjectResponse put =
          deps.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
      uploads.add(new S3Events.Upload(bucket, key, content.length, put.eTag(), null));
    }
    LocalLambda handler = new LocalLambda(deps);
    for (int i = 0; i < warmup; i++) {
      handler.results(S3Events.created(List.of(uploads.get(i))), "warmup");
    }
    double fetch = 0;
    double parse = 0;
    double store = 0;
    long bytes = 0;
    Map<String, double[]> byKind = new TreeMap<>(); // parse ms, total ms, articles, bytes
    int rejected = 0;
    long start = System.nanoTime();
    for (int i = warmup; i < warmup + n; i++) {
      for (IngestResult r : handler.results(S3Events.created(List.of(uploads.get(i))), "warm")) {
        if (r.outcome() == IngestResult.Outcome.REJECTED) {
          rejected++; // a page with no article: its invoke records why, and counts as one
        } else if (r.outcome() != IngestResult.Outcome.STORED) {
          throw new IllegalStateException("not stored: " + r);
        }
        fetch += r.timings().fetchMillis();
        parse += r.timings().parseMillis();
        store += r.timings().storeMillis();
        bytes += r.bytes();
        double[] kind =
            byKind.computeIfAbsent(kind(names.get(i % names.size())), k -> new double[4]);
        kind[0] += r.timings().parseMillis();
        kind[1] +=
            r.timings().fetchMillis() + r.timings().parseMillis() + r.timings().storeMillis();
        kind[2]++;
        kind[3] += r.bytes();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double total = fetch + parse + store;
    System.err.printf(
        Locale.ROOT,
        "RESULT %d articles in %.2f s: %.1f articles/s, %.2f MB/s of input; per article %.2f ms ="
            + " S3 read %.2f ms (%.0f%%), parse %.2f ms (%.0f%%), DynamoDB %.2f ms (%.0f%%);"
            + " %d rejected%n",
        n,
        seconds,
        n / seconds,
        bytes / 1e6 / seconds,
        total / n,
        fetch / n,
        100 * fetch / total,
        parse / n,
        100 * parse / total,
        store / n,
        100 * store / total,
        rejected);
    byKind.forEach(
        (kind, sums) ->
            System.err.printf(
                Locale.ROOT,
                "RESULT   %s: %.0f articles of %,.0f bytes on average: parse %.2f ms of %.2f ms per"
                    + " article (%.1f%%)%n",
                kind,
                sums[2],
                sums[3] / sums[2],
                sums[0] / sums[2],
                sums[1] / sums[2],
                100 * sums[0] / sums[1]));
    System.exit(0);
  }

  /** The input kind a file name says: its extension, less a ".gz". */
  private static String kind(String name) {
    String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    int dot = plain.lastIndexOf('.');
    return dot < 0 ? "(no extension)" : plain.substring(dot + 1);
  }
}
