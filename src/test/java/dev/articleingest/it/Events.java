package dev.articleingest.it;

import dev.articleingest.cli.LocalLambda;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.ObjectRef;

/**
 * The function over the local stack, driven with the one-record S3 notifications S3 would send for
 * a change to the object a reference names: through the handler's stream entry point, as in
 * Lambda.
 */
final class Events {

  private final LocalLambda function;

  Events(LocalStack stack) {
    this.function = new LocalLambda(stack.dependencies());
  }

  /** {@code ObjectCreated:Put} for the object {@code ref} names, with its sequencer. */
  IngestResult ingest(ObjectRef ref) {
    return function.result(S3Events.notification(S3Events.Kind.CREATED, ref), "test");
  }

  /**
   * {@code ObjectRemoved:Delete} (a version permanently deleted), or {@code
   * ObjectRemoved:DeleteMarkerCreated} when {@code deleteMarker}.
   */
  IngestResult remove(ObjectRef ref, boolean deleteMarker) {
    S3Events.Kind kind = deleteMarker ? S3Events.Kind.DELETE_MARKER : S3Events.Kind.REMOVED;
    return function.result(S3Events.notification(kind, ref), "test");
  }
}
