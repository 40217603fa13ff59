package dev.articleingest.bench;

import dev.articleingest.ingest.Capacity;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.ingest.Timings;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.telemetry.Telemetry;

/**
 * In a fresh JVM: records one event (one structured log line, and with {@code metrics} one EMF
 * document), then exits. Run by {@code bench/telemetry-cold.sh}; not a test.
 */
public final class TelemetryColdProbe {

  private TelemetryColdProbe() {}

  public static void main(String[] args) {
    ObjectRef ref = new ObjectRef("bucket", "rt.com/a.txt", null, "etag", "01", 3403);
    IngestResult result =
        new IngestResult(
            Outcome.REJECTED,
            ref,
            "0123456789abcdef01234567",
            null,
            null,
            "EMPTY",
            "empty",
            "text",
            0,
            Timings.NONE,
            new Capacity(1, 1));
    Telemetry telemetry = "metrics".equals(args[0]) ? Telemetry.forLambda() : Telemetry.logsOnly();
    telemetry.record(result, "request");
  }
}
