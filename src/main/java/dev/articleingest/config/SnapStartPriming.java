package dev.articleingest.config;

import dev.articleingest.model.Article;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import dev.articleingest.store.ArticleItems;
import dev.articleingest.store.ArticleTable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run the code an invocation
 * runs, without side effects, so the snapshot holds loaded classes, a loaded language model and
 * warmed-up SDK marshalling. Parses one bundled article per format, maps each to its table items,
 * and makes one read-only DynamoDB GetItem of a key no article has. Nothing is written anywhere.
 *
 * <p>Nothing is kept that must differ per execution environment: article ids derive from bucket and
 * key, no random seed or unique id is made during init, and credentials come from the
 * container-credentials endpoint (see {@link Dependencies#lambdaCredentials}). Pooled HTTP
 * connections opened by the priming call may be dead after restore; the SDK reconnects (and
 * retries) on first use, so {@link #afterRestore} has nothing to do.
 */
public final class SnapStartPriming implements Resource {

  private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

  /** Bundled inputs, one per format, written for the extraction corpus. */
  static final List<String> INPUTS =
      List.of("priming/article.txt", "priming/article.html", "priming/article.json");

  /** No article has this id: ids are 24 hex digits. */
  static final String PRIMING_ID = "snapstart-priming";

  /** CRaC holds resources weakly: these keep registered primings alive. */
  private static final List<SnapStartPriming> REGISTERED = new ArrayList<>();

  private final Extractor extractor;
  private final DynamoDbClient dynamo;
  private final String table;

  SnapStartPriming(Extractor extractor, DynamoDbClient dynamo, String table) {
    this.extractor = extractor;
    this.dynamo = dynamo;
    this.table = table;
  }

  /** Registers priming with the runtime's checkpoint coordinator (a no-op without CRaC). */
  static synchronized SnapStartPriming register(
      Extractor extractor, DynamoDbClient dynamo, String table) {
    SnapStartPriming priming = new SnapStartPriming(extractor, dynamo, table);
    REGISTERED.add(priming);
    Core.getGlobalContext().register(priming);
    return priming;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    int parsed = prime();
    LOG.info("SnapStart priming done: {} articles parsed, one table read", parsed);
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: see the class comment.
  }

  /**
   * Runs the priming work; failures are logged, never thrown, so a priming problem cannot stop the
   * function from being published.
   *
   * @return how many bundled articles were parsed
   */
  int prime() {
    int parsed = 0;
    for (String resource : INPUTS) {
      try (InputStream in = SnapStartPriming.class.getResourceAsStream("/" + resource)) {
        Article article =
            extractor.extract(new RawInput(in.readAllBytes(), "priming/" + resource, Map.of()));
        StoredArticle stored =
            new StoredArticle(
                PRIMING_ID,
                article,
                new ObjectRef("priming", resource, null, null, null, 0),
                Instant.EPOCH,
                null);
        ArticleItems.EncodedBody body = ArticleItems.encodeBody(stored);
        ArticleItems.metadataItem(stored, body);
        ArticleItems.bodyItems(PRIMING_ID, body);
        parsed++;
      } catch (IOException | RuntimeException e) {
        LOG.warn("SnapStart priming could not parse {}: {}", resource, e.toString());
      }
    }
    try {
      dynamo.getItem(b -> b.tableName(table).key(ArticleTable.metaKey(PRIMING_ID)));
    } catch (RuntimeException e) {
      LOG.warn("SnapStart priming read failed: {}", e.toString());
    }
    return parsed;
  }
}
