package dev.articleingest.ingest;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.StoredArticle;
import java.time.Instant;
import java.util.Optional;

/**
 * Where each key's state is kept. Every state change is conditional on the S3 sequencer, so an
 * older event never overwrites a newer one, whatever order events arrive in; every change is
 * idempotent, so a re-delivered event changes nothing. Each call adds what it consumed to the
 * meter.
 */
public interface ArticleStore {

  /** The key's current state (strongly consistent). */
  Optional<KeyState> state(String id, Capacity.Meter meter);

  /**
   * Stores an article unless a newer event (or the same event by the same or a newer parser) is
   * already stored. Readers never see its metadata without its body.
   *
   * @param force also replace the same event stored by the same parser version (re-processing)
   * @return false when a newer state won and nothing of this article remains
   */
  boolean put(StoredArticle article, boolean force, Capacity.Meter meter);

  /**
   * Records that the key's newest object can never become an article (removing an older article),
   * unless a newer state exists.
   */
  boolean reject(
      String id,
      ObjectRef ref,
      InputRejectedException rejection,
      Instant at,
      boolean force,
      Capacity.Meter meter);

  /** Removes the key's article, leaving a tombstone that blocks older events, unless newer. */
  boolean remove(String id, ObjectRef ref, Instant at, Capacity.Meter meter);

  /**
   * Finishes what an earlier attempt at the key may have left: deletes every body revision the
   * stored state does not name and no newer writer can still be making. A retry calls it on its
   * way out, so after any faults and retries no body outlives its META. Cheap when there is
   * nothing to do.
   */
  void tidy(String id, KeyState state, Capacity.Meter meter);

  /** The oldest other article with this content hash, if any (eventually consistent). */
  Optional<String> findDuplicate(String id, String contentHash, Capacity.Meter meter);
}
