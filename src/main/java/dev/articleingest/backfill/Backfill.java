package dev.articleingest.backfill;

import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.ObjectRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists a bucket (under a prefix) and hands every object to a {@link Reprocessor}: the local tool's
 * sends it to the function as an S3 Batch Operations task would, so it goes through the handler and
 * {@code IngestPipeline.reprocess}. Objects are listed in key order; a checkpoint file keeps the
 * last key up to which every object is done, so an interrupted run resumes after it.
 */
public final class Backfill {

  private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

  /**
   * What to backfill.
   *
   * @param bucket the bucket
   * @param prefix only keys under this prefix ({@code ""} for all)
   * @param concurrency objects in flight at once
   * @param checkpoint where progress is kept between runs
   * @param restart ignore an existing checkpoint and start from the first key
   */
  public record Options(
      String bucket, String prefix, int concurrency, Path checkpoint, boolean restart) {

    public Options {
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(checkpoint, "checkpoint");
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
      }
    }
  }

  /**
   * Counts so far.
   *
   * @param listed objects listed for this run
   * @param done objects finished (any outcome, failures included)
   * @param outcomes finished objects by outcome
   * @param rejectedByReason rejections by reason
   * @param failed objects that failed (transient errors; a later run retries them)
   * @param elapsed time since the run started
   * @param resumedAfter the checkpoint key this run started after, or {@code null}
   */
  public record Progress(
      long listed,
      long done,
      Map<Outcome, Long> outcomes,
      Map<String, Long> rejectedByReason,
      long failed,
      Duration elapsed,
      String resumedAfter) {

    /** Objects per second so far. */
    public double rate() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds <= 0 ? 0 : done / seconds;
    }

    public long count(Outcome outcome) {
      return outcomes.getOrDefault(outcome, 0L);
    }
  }

  /** Parses one listed object again, or says why not. */
  @FunctionalInterface
  public interface Reprocessor {
    /**
     * @param listed the object as listed: bucket, key, ETag and size
     * @throws RuntimeException for a transient failure: the object counts as failed and the
     *     checkpoint stays before it, so a later run retries it
     */
    IngestResult reprocess(ObjectRef listed);
  }

  private final S3Client s3;
  private final Reprocessor reprocessor;

  public Backfill(S3Client s3, Reprocessor reprocessor) {
    this.s3 = s3;
    this.reprocessor = reprocessor;
  }

  /**
   * Runs the backfill.
   *
   * @param onProgress called about twice a second, and once at the end, from another thread
   * @param stop polled between objects: when true, no new object starts and the run ends after the
   *     ones in flight, keeping the checkpoint
   * @return the final counts
   */
  public Progress run(Options options, Consumer<Progress> onProgress, BooleanSupplier stop)
      throws InterruptedException {
    String startAfter = options.restart() ? null : readCheckpoint(options.checkpoint());
    List<S3Object> objects = list(options, startAfter);
    State state = new State(objects, startAfter, System.nanoTime());
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(
        () -> {
          onProgress.accept(state.snapshot());
          writeCheckpoint(options.checkpoint(), state.watermark());
        },
        500,
        500,
        TimeUnit.MILLISECONDS);
    ExecutorService workers = Executors.newFixedThreadPool(options.concurrency());
    Semaphore inFlight = new Semaphore(options.concurrency() * 2);
    try {
      for (int i = 0; i < objects.size() && !stop.getAsBoolean(); i++) {
        inFlight.acquire();
        int index = i;
        S3Object object = objects.get(i);
        workers.execute(
            () -> {
              try {
                state.finished(index, process(options, object), null);
              } catch (RuntimeException e) {
                LOG.error(
                    "backfill failed for s3://{}/{}: {}",
                    options.bucket(),
                    object.key(),
                    e.toString());
                state.finished(index, null, e);
              } finally {
                inFlight.release();
              }
            });
      }
    } finally {
      workers.shutdown();
      workers.awaitTermination(1, TimeUnit.HOURS);
      ticker.shutdownNow();
      ticker.awaitTermination(10, TimeUnit.SECONDS);
    }
    Progress last = state.snapshot();
    if (last.done() == objects.size() && last.failed() == 0) {
      deleteCheckpoint(options.checkpoint());
    } else {
      writeCheckpoint(options.checkpoint(), state.watermark());
    }
    onProgress.accept(last);
    return last;
  }

  private IngestResult process(Options options, S3Object object) {
    ObjectRef listed =
        new ObjectRef(options.bucket(), object.key(), null, object.eTag(), null, object.size());
    return reprocessor.reprocess(listed);
  }

  private List<S3Object> list(Options options, String startAfter) {
    ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(options.bucket());
    if (!options.prefix().isEmpty()) {
      // s3proxy lists nothing for an empty prefix parameter; S3 treats it as absent anyway.
      request.prefix(options.prefix());
    }
    if (startAfter != null) {
      request.startAfter(startAfter);
    }
    List<S3Object> objects = new ArrayList<>();
    s3.listObjectsV2Paginator(request.build()).contents().forEach(objects::add);
    return objects;
  }

  /** Counts and the watermark, shared by the workers. */
  private static final class State {
    private final List<S3Object> objects;
    private final boolean[] finished;
    private final String resumedAfter;
    private final long startNanos;
    private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    private final Map<String, Long> rejected = new TreeMap<>();
    private long done;
    private long failed;
    private int contiguous;
    private boolean blocked;

    State(List<S3Object> objects, String resumedAfter, long startNanos) {
      this.objects = objects;
      this.finished = new boolean[objects.size()];
      this.resumedAfter = resumedAfter;
      this.startNanos = startNanos;
    }

    synchronized void finished(int index, IngestResult result, RuntimeException error) {
      done++;
      if (error != null) {
        failed++;
        return; // the watermark stops before it: a later run retries from here
      }
      outcomes.merge(result.outcome(), 1L, Long::sum);
      result.reason().ifPresent(reason -> rejected.merge(reason.name(), 1L, Long::sum));
      finished[index] = true;
      while (contiguous < finished.length && finished[contiguous]) {
        contiguous++;
      }
    }

    /** The last key up to which every object is done, or where the previous run stopped. */
    synchronized String watermark() {
      return contiguous == 0 ? resumedAfter : objects.get(contiguous - 1).key();
    }

    synchronized Progress snapshot() {
      return new Progress(
          objects.size(),
          done,
          Map.copyOf(outcomes),
          Map.copyOf(rejected),
          failed,
          Duration.ofNanos(System.nanoTime() - startNanos),
          resumedAfter);
    }
  }

  private static String readCheckpoint(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file, e);
    }
  }

  private static void writeCheckpoint(Path file, String key) {
    if (key == null) {
      return;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, "checkpoint", ".tmp");
      Files.writeString(temp, key, StandardCharsets.UTF_8);
      Files.move(
          temp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint " + file, e);
    }
  }

  private static void deleteCheckpoint(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the checkpoint " + file, e);
    }
  }
}
