package dev.articleingest.ingest;

import dev.articleingest.model.ParserVersion;

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
    ObjectRef ref;
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

    IngestResult result(IngestResult.Effect effect) {
      return new IngestResult(
          ref,
          id,
          effect,
          format,
          bytes,
          new Timings(fetchNanos / 1e6, parseNanos / 1e6, storeNanos / 1e6),
          meter.total());
    }

    IngestResult skipped(String why) {
      return result(new IngestResult.Skipped(why));
    }
  }

  /** Applies an object-created event. */
  public IngestResult ingest(ObjectRef ref) {
    Run run = new Run(ref);
    Optional<KeyState> state = readState(run);
    if (state.isPresent() && covers(state.get(), Sequencers.order(ref.sequencer()))) {
      tidy(run, state.get());
      return run.skipped("already applied, or older than the stored state");
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
   * @param listed the object as listed: bucket and key, with its ETag and size when the listing
   *     gave them (without an ETag, the object is read first and its ETag compared)
   */
  public IngestResult reprocess(ObjectRef listed, int belowVersion, boolean force) {
    Run run = new Run(listed);
    Optional<KeyState> state = readState(run);
    if (state.isEmpty()) {
      return parseAndStore(run, state, false);
    }
    KeyState current = state.get();
    if (!force && current.parserVersion() >= belowVersion) {
      return run.skipped("up to date (parser version " + current.parserVersion() + ")");
    }
    String eTag = listed.eTag();
    Optional<FetchedObject> fetched = Optional.empty();
    if (eTag == null) {
      try {
        fetched = fetch(run, listed);
      } catch (InputRejectedException rejection) {
        return reject(run, rejection, force);
      }
      if (fetched.isEmpty()) {
        return run.skipped("object is gone (deleted meanwhile)");
      }
      eTag = fetched.get().eTag();
    }
    if (current.eTag() == null || !current.eTag().equals(eTag)) {
      return run.skipped(
          "the table holds another version of this key; that version's event decides");
    }
    Run again =
        new Run(
            new ObjectRef(
                listed.bucket(),
                listed.key(),
                current.versionId(),
                eTag,
                current.sequencer(),
                listed.size()));
    again.meter.add(run.meter.total());
    again.storeNanos = run.storeNanos;
    again.fetchNanos = run.fetchNanos;
    return fetched.isPresent()
        ? parseAndStore(again, fetched.get(), state, force)
        : parseAndStore(again, state, force);
  }

  /** A retry's way out: whatever an earlier attempt left of bodies is deleted. */
  private void tidy(Run run, KeyState state) {
    long start = System.nanoTime();
    store.tidy(run.id, state, run.meter);
    run.storeNanos += System.nanoTime() - start;
  }

  private Optional<KeyState> readState(Run run) {
    long start = System.nanoTime();
    Optional<KeyState> state = store.state(run.id, run.meter);
    run.storeNanos += System.nanoTime() - start;
    return state;
  }

  private Optional<FetchedObject> fetch(Run run, ObjectRef ref) {
    if (ref.size() > maxObjectBytes) {
      throw InputRejectedException.tooLarge(ref.size(), maxObjectBytes);
    }
    long start = System.nanoTime();
    try {
      return source.fetch(ref, maxObjectBytes);
    } finally {
      run.fetchNanos += System.nanoTime() - start;
    }
  }

  private IngestResult parseAndStore(Run run, Optional<KeyState> state, boolean force) {
    Optional<FetchedObject> fetched;
    try {
      fetched = fetch(run, run.ref);
    } catch (InputRejectedException rejection) {
      return reject(run, rejection, force);
    }
    if (fetched.isEmpty()) {
      return run.skipped("object version is gone (deleted or overwritten)");
    }
    return parseAndStore(run, fetched.get(), state, force);
  }

  private IngestResult parseAndStore(
      Run run, FetchedObject object, Optional<KeyState> state, boolean force) {
    // An event without an ETag (a Batch Operations task) stores the ETag of what was read, so a
    // later backfill can tell whether the table holds this very object.
    if (run.ref.eTag() == null && object.eTag() != null) {
      run.ref =
          new ObjectRef(
              run.ref.bucket(),
              run.ref.key(),
              run.ref.versionId(),
              object.eTag(),
              run.ref.sequencer(),
              run.ref.size());
    }
    ObjectRef ref = run.ref;
    try {
      run.bytes = object.content().length;
      long start = System.nanoTime();
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
        return run.skipped("a newer event was stored meanwhile");
      }
      boolean replaced = state.isPresent() && state.get().kind() == KeyState.Kind.ARTICLE;
      return run.result(new IngestResult.Stored(article, replaced, duplicateOf));
    } catch (InputRejectedException rejection) {
      if (rejection.format() != null) {
        run.format = rejection.format();
      }
      return reject(run, rejection, force);
    }
  }

  /**
   * Applies an object-removed event. A delete marker, or a delete in an unversioned bucket, removes
   * the article. A version permanently deleted from a versioned bucket says nothing by itself about
   * what the key now holds (an older version may be current again, or a newer one may be), so S3 is
   * asked: the key's current version, when there is one, is parsed and stored in the place of this
   * event (re-parsed when it is already the stored one, so that the stored state carries this
   * event's place in the order); with none, the article is removed. Whatever order the events come in, the table ends
   * with what the bucket holds.
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
          tidy(run, current);
          return run.skipped("a newer event is stored");
        }
      }
      if (!deleteMarker && ref.versionId() != null) {
        long asked = System.nanoTime();
        Optional<ObjectRef> now = source.current(ref.bucket(), ref.key());
        run.fetchNanos += System.nanoTime() - asked;
        if (now.isPresent()) {
          ObjectRef current = now.get();
          // the current version takes this event's place in the order, even when it is the one
          // already stored: an older event (a delete marker since removed) must not undo it
          Run again =
              new Run(
                  new ObjectRef(
                      ref.bucket(),
                      ref.key(),
                      current.versionId(),
                      current.eTag(),
                      ref.sequencer(),
                      current.size()));
          again.meter.add(run.meter.total());
          again.fetchNanos = run.fetchNanos;
          run.storeNanos += System.nanoTime() - start;
          again.storeNanos = run.storeNanos;
          start = System.nanoTime();
          return parseAndStore(again, state, false);
        }
      }
      boolean applied = store.remove(run.id, ref, clock.instant(), run.meter);
      return applied
          ? run.result(new IngestResult.Deleted())
          : run.skipped("a newer event was stored meanwhile");
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
        ? run.result(new IngestResult.Rejected(rejection.reason(), rejection.getMessage()))
        : run.skipped("a newer event was stored meanwhile");
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
