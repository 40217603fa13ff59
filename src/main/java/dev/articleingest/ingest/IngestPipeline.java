package dev.articleingest.ingest;

import dev.articleingest.ingest.IngestResult.Outcome;
import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.Sequencers;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import java.time.Clock;
import java.util.Optional;

/**
 * Applies S3 events to the table: fetch, parse, store (or record a rejection, or remove). Events
 * may come late, twice, or out of order: the key's stored state is read first (cheap), so an event
 * that is already applied or older than what is stored is skipped without reading S3, and the
 * store's conditional writes settle races. Bad input becomes a rejection and a normal return;
 * transient infrastructure failures propagate so the platform retries. Thread-safe.
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

  /** Applies an object-created event. */
  public IngestResult ingest(ObjectRef ref) {
    String id = ArticleId.of(ref);
    Capacity.Meter meter = new Capacity.Meter();
    Optional<KeyState> state = store.state(id, meter);
    if (state.isPresent() && covers(state.get(), Sequencers.order(ref.sequencer()))) {
      return result(
          Outcome.SKIPPED,
          ref,
          id,
          null,
          null,
          "already applied, or older than the stored state",
          meter);
    }
    try {
      if (ref.size() > maxObjectBytes) {
        throw tooLarge(ref.size(), maxObjectBytes);
      }
      Optional<FetchedObject> fetched = source.fetch(ref, maxObjectBytes);
      if (fetched.isEmpty()) {
        return result(
            Outcome.SKIPPED,
            ref,
            id,
            null,
            null,
            "object version is gone (deleted or overwritten)",
            meter);
      }
      Article article =
          extractor.extract(
              new RawInput(fetched.get().content(), ref.key(), fetched.get().metadata()));
      String duplicateOf = store.findDuplicate(id, article.contentHash(), meter).orElse(null);
      boolean applied =
          store.put(new StoredArticle(id, article, ref, clock.instant(), duplicateOf), meter);
      return applied
          ? result(Outcome.STORED, ref, id, article, duplicateOf, null, meter)
          : result(
              Outcome.SKIPPED, ref, id, null, null, "a newer event was stored meanwhile", meter);
    } catch (InputRejectedException rejection) {
      return reject(id, ref, rejection, meter);
    }
  }

  /**
   * Applies an object-removed event. In a versioned bucket, removing a version other than the one
   * the article was parsed from (an old version) leaves the article alone.
   *
   * @param deleteMarker true for {@code ObjectRemoved:DeleteMarkerCreated}: the object is gone
   *     whatever version the article came from
   */
  public IngestResult remove(ObjectRef ref, boolean deleteMarker) {
    String id = ArticleId.of(ref);
    Capacity.Meter meter = new Capacity.Meter();
    Optional<KeyState> state = store.state(id, meter);
    if (state.isPresent()) {
      KeyState current = state.get();
      if (current.sequencerOrder().compareTo(Sequencers.order(ref.sequencer())) >= 0) {
        return result(Outcome.SKIPPED, ref, id, null, null, "a newer event is stored", meter);
      }
      if (!deleteMarker
          && ref.versionId() != null
          && current.versionId() != null
          && !current.versionId().equals(ref.versionId())) {
        return result(
            Outcome.SKIPPED,
            ref,
            id,
            null,
            null,
            "an older version was removed; the article's stays",
            meter);
      }
    }
    boolean applied = store.remove(id, ref, clock.instant(), meter);
    return applied
        ? result(Outcome.DELETED, ref, id, null, null, null, meter)
        : result(Outcome.SKIPPED, ref, id, null, null, "a newer event was stored meanwhile", meter);
  }

  /** Records a rejection for an object that could not even be named (a key that won't decode). */
  public IngestResult reject(String id, ObjectRef ref, InputRejectedException rejection) {
    return reject(id, ref, rejection, new Capacity.Meter());
  }

  /** The rejection for an object over the limit. */
  public static InputRejectedException tooLarge(long size, long maxBytes) {
    return new InputRejectedException(
        RejectionReason.TOO_LARGE,
        "the object is " + size + " bytes; the limit is " + maxBytes + " (MAX_OBJECT_BYTES)");
  }

  private IngestResult reject(
      String id, ObjectRef ref, InputRejectedException rejection, Capacity.Meter meter) {
    boolean applied = store.reject(id, ref, rejection, clock.instant(), meter);
    return applied
        ? result(
            Outcome.REJECTED,
            ref,
            id,
            null,
            null,
            rejection.reason() + ": " + rejection.getMessage(),
            meter)
        : result(Outcome.SKIPPED, ref, id, null, null, "a newer event was stored meanwhile", meter);
  }

  /** Whether the stored state already covers an event with this sequencer order. */
  private static boolean covers(KeyState state, String order) {
    int cmp = state.sequencerOrder().compareTo(order);
    if (cmp != 0) {
      return cmp > 0;
    }
    return state.kind() == KeyState.Kind.TOMBSTONE
        || state.parserVersion() >= Extractor.PARSER_VERSION;
  }

  private static IngestResult result(
      Outcome outcome,
      ObjectRef ref,
      String id,
      Article article,
      String duplicateOf,
      String detail,
      Capacity.Meter meter) {
    return new IngestResult(outcome, ref, id, article, duplicateOf, detail, meter.total());
  }
}
