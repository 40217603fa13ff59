package dev.articleingest.cli;

import dev.articleingest.model.ParserVersion;

import dev.articleingest.backfill.Backfill;
import dev.articleingest.backfill.Backfill.Progress;
import dev.articleingest.ingest.IngestResult.Outcome;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code backfill}: re-process what is already in the bucket. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest every object of the bucket (under --prefix) through the same pipeline as the"
          + " function, with bounded concurrency and a progress bar. Objects whose article was"
          + " made by the current parser version (or --below-version) are skipped unless --force."
          + " Ctrl-C stops after the objects in flight; run again to resume from the checkpoint.",
      "Without --region, --profile or an endpoint it works on the local stack."
    })
final class BackfillCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Target target;

  @Option(
      names = "--bucket",
      description = "The bucket (required for a real account; local: " + LocalStack.BUCKET + ").")
  String bucket;

  @Option(names = "--prefix", defaultValue = "", description = "Only keys under this prefix.")
  String prefix;

  @Option(
      names = "--concurrency",
      defaultValue = "8",
      description = "Objects processed at once, 1 to 64 (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--below-version",
      paramLabel = "N",
      description =
          "Re-process articles made by a parser version below N (default: the current version, "
              + ParserVersion.CURRENT
              + ", so only what is out of date).")
  Integer belowVersion;

  @Option(names = "--force", description = "Re-process every object.")
  boolean force;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description = "Where progress is kept (default: a file named after the bucket and prefix).")
  Path checkpoint;

  @Option(names = "--restart", description = "Ignore the checkpoint and start from the first key.")
  boolean restart;

  @Override
  public Integer call() throws Exception {
    if (concurrency < 1 || concurrency > 64) {
      throw new ParameterException(spec.commandLine(), "--concurrency must be 1 to 64");
    }
    if (!target.isLocal() && bucket == null) {
      throw new ParameterException(spec.commandLine(), "--bucket is required for a real account");
    }
    if (force && belowVersion != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--force and --below-version are alternatives: --force re-processes every object,"
              + " --below-version N those made by a parser older than N");
    }
    if (belowVersion != null && (belowVersion < 1 || belowVersion > ParserVersion.CURRENT)) {
      throw new ParameterException(
          spec.commandLine(),
          "--below-version must be 1 to "
              + ParserVersion.CURRENT
              + " (the current parser version): no article can be brought past the version this"
              + " build parses with; use --force to re-process every object anyway");
    }
    String bucketName = bucket == null ? LocalStack.BUCKET : bucket;
    Path checkpointFile =
        checkpoint != null
            ? checkpoint
            : (target.isLocal() ? target.dataDir : Path.of("."))
                .resolve(
                    "backfill-"
                        + bucketName
                        + (prefix.isEmpty() ? "" : "-" + Integer.toHexString(prefix.hashCode()))
                        + ".checkpoint");
    Backfill.Options options =
        new Backfill.Options(
            bucketName,
            prefix,
            concurrency,
            checkpointFile,
            restart);

    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              stop.set(true);
              try {
                finished.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    ProgressBar bar = new ProgressBar();
    Progress result;
    try {
      result = backfill(options, bar, stop);
    } finally {
      finished.countDown();
    }
    bar.end();
    Runtime.getRuntime().removeShutdownHook(onInterrupt);
    printSummary(bucketName, result, stop.get(), checkpointFile);
    return result.failed() == 0 && !stop.get() ? 0 : 1;
  }

  /**
   * Runs the backfill over a connection. Its own method, so the try-with-resources is not nested
   * in the caller's try-finally: SpotBugs' null-check analysis fails on that shape ("Can't get
   * stack offset 0") and then skips the method.
   */
  private Progress backfill(Backfill.Options options, ProgressBar bar, AtomicBoolean stop)
      throws Exception {
    try (Target.Connection connection = target.open(spec)) {
      LocalLambda function = new LocalLambda(connection.dependencies());
      int below = belowVersion == null ? ParserVersion.CURRENT : belowVersion;
      Backfill backfill =
          new Backfill(
              connection.dependencies().s3(), listed -> function.reprocess(listed, below, force));
      System.err.println(
          "Backfilling s3://"
              + options.bucket()
              + "/"
              + prefix
              + " (checkpoint "
              + options.checkpoint()
              + ")");
      return backfill.run(options, bar::show, stop::get);
    }
  }

  private void printSummary(String bucketName, Progress p, boolean stopped, Path checkpointFile) {
    System.out.printf(
       Locale.ROOT,
        "Backfill of s3://%s/%s: %d of %d objects in %.1f s (%.1f/s)%s%n",
        bucketName,
        prefix,
        p.done(),
        p.listed(),
        p.elapsed().toMillis() / 1000.0,
        p.rate(),
        p.resumedAfter() == null ? "" : ", resumed after " + p.resumedAfter());
    for (Outcome outcome : Outcome.values()) {
      String detail = "";
      if (outcome == Outcome.REJECTED && !p.rejectedByReason().isEmpty()) {
        detail =
            p.rejectedByReason().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", "  (", ")"));
      }
      System.out.printf(
          Locale.ROOT, "  %-9s %7d%s%n", outcome.name().toLowerCase(Locale.ROOT), p.count(outcome), detail);
    }
    System.out.printf(Locale.ROOT, "  %-9s %7d%n", "failed", p.failed());
    if (stopped || p.failed() > 0) {
      System.out.println(
          (stopped ? "Interrupted" : "Some objects failed")
              + ": run the same command again to resume from "
              + checkpointFile);
    }
  }

  /** A one-line progress bar on stderr; a plain line every few seconds when not a terminal. */
  private static final class ProgressBar {
    private final boolean terminal = System.console() != null;
    private long lastPlainLine;

    synchronized void show(Progress p) {
      String line = line(p);
      if (terminal) {
        System.err.print("\r" + line);
      } else if (System.nanoTime() - lastPlainLine > 5_000_000_000L || p.done() == p.listed()) {
        System.err.println(line);
        lastPlainLine = System.nanoTime();
      }
    }

    synchronized void end() {
      if (terminal) {
        System.err.println();
      }
    }

    private static String line(Progress p) {
      double fraction = p.listed() == 0 ? 1 : (double) p.done() / p.listed();
      int filled = (int) Math.round(fraction * 20);
      double rate = p.rate();
      long remaining = p.listed() - p.done();
      String eta = rate > 0 ? String.format(Locale.ROOT, "%ds", Math.round(remaining / rate)) : "?";
      return String.format(
         Locale.ROOT,
          "[%s%s] %d/%d %5.1f%% %6.1f/s  stored %d updated %d skipped %d rejected %d failed %d  ETA"
              + " %s ",
          "#".repeat(filled),
          "-".repeat(20 - filled),
          p.done(),
          p.listed(),
          fraction * 100,
          rate,
          p.count(Outcome.STORED),
          p.count(Outcome.UPDATED),
          p.count(Outcome.SKIPPED),
          p.count(Outcome.REJECTED),
          p.failed(),
          eta);
    }
  }
}
