package dev.articleingest.ingest;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.StoredArticle;
import java.time.Instant;

/** Where articles and rejections are written. Implementations must make writes idempotent. */
public interface ArticleStore {

  /** Stores an article: body first, then the metadata that points at it. */
  void put(StoredArticle article);

  /** Records that an object can never become an article. */
  void putRejection(String id, ObjectRef ref, InputRejectedException rejection, Instant at);
}
