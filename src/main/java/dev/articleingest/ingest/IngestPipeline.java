package dev.articleingest.ingest;

import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Fetch, parse, store. Bad input becomes a rejection record and a normal return; transient
 * infrastructure failures propagate so the platform retries. Thread-safe.
 */
public final class IngestPipeline {

  private final ObjectSource source;
  private final Extractor extractor;
  private final ArticleStore store;
  private final Clock clock;
  private final long maxObjectBytes;

  public IngestPipeline(
      ObjectSource source,
      Extractor extractor,
      ArticleStore store,
      Clock clock,
      long maxObjectBytes) {
    this.source = source;
    this.extractor = extractor;
    this.store = store;
    this.clock = clock;
    this.maxObjectBytes = maxObjectBytes;
  }

  /** Ingests one object version. */
  public IngestResult ingest(ObjectRef ref) {
    String id = ArticleId.of(ref);
    try {
      if (ref.size() > maxObjectBytes) {
        throw tooLarge(ref.size(), maxObjectBytes);
      }
      Optional<FetchedObject> fetched = source.fetch(ref, maxObjectBytes);
      if (fetched.isEmpty()) {
        return new IngestResult(
            Outcome.SKIPPED, ref, id, null, "object version is gone (deleted or overwritten)");
      }
      Article article =
          extractor.extract(
              new RawInput(fetched.get().content(), ref.key(), fetched.get().metadata()));
      store.put(new StoredArticle(id, article, ref, now()));
      return new IngestResult(Outcome.STORED, ref, id, article, null);
    } catch (InputRejectedException rejection) {
      return reject(id, ref, rejection);
    }
  }

  /** Records a rejection for an object that could not even be named (a key that won't decode). */
  public IngestResult reject(String id, ObjectRef ref, InputRejectedException rejection) {
    store.putRejection(id, ref, rejection, now());
    return new IngestResult(
        Outcome.REJECTED, ref, id, null, rejection.reason() + ": " + rejection.getMessage());
  }

  /** The rejection for an object over the limit. */
  public static InputRejectedException tooLarge(long size, long maxBytes) {
    return new InputRejectedException(
        RejectionReason.TOO_LARGE,
        "the object is " + size + " bytes; the limit is " + maxBytes + " (MAX_OBJECT_BYTES)");
  }

  private Instant now() {
    return clock.instant();
  }
}
