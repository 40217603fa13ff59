package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.Capacity;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.Sha256;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.store.DynamoArticleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readers run while one article is rewritten again and again: every read must be one version's
 * metadata with that same version's body, never a mix.
 */
@ExtendWith(LocalStackExtension.class)
class ConcurrentReaderTest {

  private final DynamoArticleStore store;
  private final ArticleQueries queries;

  ConcurrentReaderTest(LocalStack stack) {
    this.store = new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE);
    this.queries = stack.queries();
  }

  @Test
  void readersNeverSeeATornArticleWhileUpdatesRun() throws Exception {
    String key = "concurrent/reader";
    String id = ArticleId.of(Articles.BUCKET, key);
    store.put(Articles.stored(id, key, 1, "1"), false, new Capacity.Meter());
    AtomicBoolean writing = new AtomicBoolean(true);
    List<String> torn = new ArrayList<>();

    List<CompletableFuture<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      readers.add(
          CompletableFuture.supplyAsync(
              () -> {
                int reads = 0;
                while (writing.get()) {
                  Optional<StoredArticle> read = queries.getWithBody(id);
                  reads++;
                  String version =
                      read.orElseThrow().article().title().substring("Title ".length());
                  String body = String.join("\n\n", read.get().article().paragraphs());
                  boolean consistent =
                      read.get()
                              .article()
                              .paragraphs()
                              .get(0)
                              .equals("Body of variant " + version + ".")
                          && Sha256.hex(body).equals(read.get().article().contentHash());
                  if (!consistent) {
                    synchronized (torn) {
                      torn.add(version + " / " + body);
                    }
                  }
                }
                return reads;
              }));
    }
    for (int version = 2; version <= 150; version++) {
      store.put(
          Articles.stored(id, key, version, Integer.toString(version)),
          false,
          new Capacity.Meter());
    }
    writing.set(false);
    int reads = 0;
    for (CompletableFuture<Integer> reader : readers) {
      reads += reader.get();
    }

    assertEquals(List.of(), torn);
    assertTrue(reads >= 30, "readers overlapped the updates: " + reads + " reads");
    assertEquals("Title 150", queries.get(id).orElseThrow().title());
  }
}
