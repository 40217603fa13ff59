package dev.articleingest.ingest;

import dev.articleingest.model.ParserVersion;

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

  private static final String NONE = "none";

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

  /** One event's bookkeeping while it runs. */
  private static final class Run {
    final ObjectRef ref;
    final String id;
    final Capacity.Meter meter = new Capacity.Meter();
    long bytes;
    String format = NONE;
    long fetchNanos;
    long parseNanos;
    long storeNanos;

    Run(ObjectRef ref) {
      this.ref = ref;
      this.id = ArticleId.of(ref);
      this.bytes = Math.max(ref.size(), 0);
    }

    IngestResult result(
        Outcome outcome, Article article, String duplicateOf, String reason, String detail) {
      return new IngestResult(
          outcome,
          ref,
          id,
          article,
          duplicateOf,
          reason,
          detail,
          format,
          bytes,
          new Timings(fetchNanos / 1e6, parseNanos / 1e6, storeNanos / 1e6),
          meter.total());
    }
  }

  /** Applies an object-created event. */
  public IngestResult ingest(ObjectRef ref) {
    Run run = new Run(ref);
    Optional<KeyState> state = readState(run);
    if (state.isPresent() && covers(state.get(), Sequencers.order(ref.sequencer()))) {
      return run.result(
          Outcome.SKIPPED, null, null, null, "already applied, or older than the stored state");
    }
    return parseAndStore(run, state, false);
  }

  /**
   * Re-processes an object found by listing the bucket (a backfill), which has no event and so no
   * sequencer of its own. It is parsed only when the table has no state for its key, or the state
   * is of this very object (same ETag) and was made by a parser older than {@code belowVersion} (or
   * {@code force}); it then takes that state's place in the event order. An object whose stored
   * state is of another version is left to its own event.
   *
   * @param listed the object as listed: bucket, key, ETag and size
   */
  public IngestResult reprocess(ObjectRef listed, int belowVersion, boolean force) {
    Run run = new Run(listed);
    Optional<KeyState> state = readState(run);
    if (state.isEmpty()) {
      return parseAndStore(run, state, false);
    }
    KeyState current = state.get();
    if (current.eTag() == null || !current.eTag().equals(listed.eTag())) {
      return run.result(
          Outcome.SKIPPED,
          null,
          null,
          null,
          "the table holds another version of this key; that version's event decides");
    }
    if (!force && current.parserVersion() >= belowVersion) {
      return run.result(
          Outcome.SKIPPED,
          null,
          null,
          null,
          "up to date (parser version " + current.parserVersion() + ")");
    }
    Run again =
        new Run(
            new ObjectRef(
                listed.bucket(),
                listed.key(),
                current.versionId(),
                listed.eTag(),
                current.sequencer(),
                listed.size()));
    again.meter.add(run.meter.total());
    again.storeNanos = run.storeNanos;
    return parseAndStore(again, state, force);
  }

  private Optional<KeyState> readState(Run run) {
    long start = System.nanoTime();
    Optional<KeyState> state = store.state(run.id, run.meter);
    run.storeNanos += System.nanoTime() - start;
    return state;
  }

  private IngestResult parseAndStore(Run run, Optional<KeyState> state, boolean force) {
    ObjectRef ref = run.ref;
    try {
      if (ref.size() > maxObjectBytes) {
        throw InputRejectedException.tooLarge(ref.size(), maxObjectBytes);
      }
      long start = System.nanoTime();
      Optional<FetchedObject> fetched = source.fetch(ref, maxObjectBytes);
      run.fetchNanos = System.nanoTime() - start;
      if (fetched.isEmpty()) {
        return run.result(
            Outcome.SKIPPED, null, null, null, "object version is gone (deleted or overwritten)");
      }
      FetchedObject object = fetched.get();
      run.bytes = object.content().length;
      start = System.nanoTime();
      Article article;
      try {
        article =
            extractor.extract(
                new RawInput(
                    object.content(),
                    ref.key(),
                    object.metadata(),
                    object.contentType(),
                    object.lastModified()));
      } finally {
        run.parseNanos = System.nanoTime() - start;
      }
      run.format = article.format();

      start = System.nanoTime();
      String duplicateOf =
          store.findDuplicate(run.id, article.contentHash(), run.meter).orElse(null);
      boolean applied =
          store.put(
              new StoredArticle(run.id, article, ref, clock.instant(), duplicateOf),
              force,
              run.meter);
      run.storeNanos += System.nanoTime() - start;
      if (!applied) {
        return run.result(Outcome.SKIPPED, null, null, null, "a newer event was stored meanwhile");
      }
      boolean replaced = state.isPresent() && state.get().kind() == KeyState.Kind.ARTICLE;
      return run.result(
          replaced ? Outcome.UPDATED : Outcome.STORED, article, duplicateOf, null, null);
    } catch (InputRejectedException rejection) {
      if (rejection.format() != null) {
        run.format = rejection.format();
      }
      return reject(run, rejection, force);
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
    Run run = new Run(ref);
    long start = System.nanoTime();
    try {
      Optional<KeyState> state = store.state(run.id, run.meter);
      if (state.isPresent()) {
        KeyState current = state.get();
        if (current.sequencerOrder().compareTo(Sequencers.order(ref.sequencer())) >= 0) {
          return run.result(Outcome.SKIPPED, null, null, null, "a newer event is stored");
        }
        if (!deleteMarker
            && ref.versionId() != null
            && current.versionId() != null
            && !current.versionId().equals(ref.versionId())) {
          return run.result(
              Outcome.SKIPPED,
              null,
              null,
              null,
              "an older version was removed; the article's stays");
        }
      }
      boolean applied = store.remove(run.id, ref, clock.instant(), run.meter);
      return applied
          ? run.result(Outcome.DELETED, null, null, null, null)
          : run.result(Outcome.SKIPPED, null, null, null, "a newer event was stored meanwhile");
    } finally {
      run.storeNanos += System.nanoTime() - start;
    }
  }

  /** Records a rejection for an object that could not even be named (a key that won't decode). */
  public IngestResult reject(ObjectRef ref, InputRejectedException rejection) {
    return reject(new Run(ref), rejection, false);
  }

  private IngestResult reject(Run run, InputRejectedException rejection, boolean force) {
    long start = System.nanoTime();
    boolean applied = store.reject(run.id, run.ref, rejection, clock.instant(), force, run.meter);
    run.storeNanos += System.nanoTime() - start;
    return applied
        ? run.result(
            Outcome.REJECTED, null, null, rejection.reason().name(), rejection.getMessage())
        : run.result(Outcome.SKIPPED, null, null, null, "a newer event was stored meanwhile");
  }

  /** Whether the stored state already covers an event with this sequencer order. */
  private static boolean covers(KeyState state, String order) {
    int cmp = state.sequencerOrder().compareTo(order);
    if (cmp != 0) {
      return cmp > 0;
    }
    return state.kind() == KeyState.Kind.TOMBSTONE
        || state.parserVersion() >= ParserVersion.CURRENT;
  }
}
