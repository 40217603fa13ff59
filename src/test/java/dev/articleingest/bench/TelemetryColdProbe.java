package dev.articleingest.bench;

import dev.articleingest.ingest.Capacity;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.ingest.Timings;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.RejectionReason;
import java.time.Clock;
import java.util.Map;
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
            ref,
            "0123456789abcdef01234567",
            new IngestResult.Rejected(RejectionReason.EMPTY, "empty"),
            "text",
            0,
            Timings.NONE,
            new Capacity(1, 1));
    Telemetry telemetry = "metrics".equals(args[0]) ? Telemetry.forLambda(Map.of(), Clock.systemUTC())
            : Telemetry.logsOnly(Clock.systemUTC());
    telemetry.record(result, "request");
  }
}
