package dev.articleingest.store;

import dev.articleingest.model.ParserVersion;

import static dev.articleingest.store.ArticleTable.BODY_PARTS;
import static dev.articleingest.store.ArticleTable.BODY_REVISION;
import static dev.articleingest.store.ArticleTable.BY_CONTENT_HASH_INDEX;
import static dev.articleingest.store.ArticleTable.CONTENT_HASH;
import static dev.articleingest.store.ArticleTable.ENTITY;
import static dev.articleingest.store.ArticleTable.ETAG;
import static dev.articleingest.store.ArticleTable.PARSER_VERSION;
import static dev.articleingest.store.ArticleTable.PK;
import static dev.articleingest.store.ArticleTable.SEQUENCER;
import static dev.articleingest.store.ArticleTable.SEQUENCER_ORDER;
import static dev.articleingest.store.ArticleTable.SK;
import static dev.articleingest.store.ArticleTable.VERSION_ID;

import dev.articleingest.ingest.ArticleStore;
import dev.articleingest.ingest.Capacity;
import dev.articleingest.ingest.KeyState;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.Sequencers;
import dev.articleingest.model.StoredArticle;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The article table writer. One META item per key holds its state (article, rejection or
 * tombstone); every change to it is one conditional put on the event's sequencer, never a
 * transaction (transactional writes cost double and a condition suffices). For an article:
 *
 * <ol>
 *   <li>put the body items of a new revision; a revision is named by the event's sequencer and the
 *       parser version, written once and never changed, so no two writers share one;
 *   <li>put the META item pointing at it, on condition that no newer event is stored;
 *   <li>delete the revision the old META item pointed at; or, when the condition failed because a
 *       newer event won, delete the revision just written.
 * </ol>
 *
 * <p>A reader that reads META and then finds every part of the revision it names has one consistent
 * article; see {@code ArticleQueries#getWithBody}.
 */
public final class DynamoArticleStore implements ArticleStore {

  /** How long a tombstone blocks late events for a deleted key before TTL removes it. */
  public static final Duration TOMBSTONE_TTL = Duration.ofDays(30);

  /** Newer event, or the same event re-parsed by a newer parser. */
  private static final String NEWER =
      "attribute_not_exists(#pk) OR #seq < :seq"
          + " OR (#seq = :seq AND (attribute_not_exists(#pv) OR #pv < :pv))";

  /** As {@link #NEWER}, or the same event re-parsed by the same parser (a forced re-process). */
  private static final String NEWER_OR_SAME =
      "attribute_not_exists(#pk) OR #seq < :seq"
          + " OR (#seq = :seq AND (attribute_not_exists(#pv) OR #pv <= :pv))";

  private static final Map<String, String> NEWER_NAMES =
      Map.of("#pk", PK, "#seq", SEQUENCER_ORDER, "#pv", PARSER_VERSION);

  private final DynamoDbClient dynamo;
  private final String tableName;

  public DynamoArticleStore(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.tableName = tableName;
  }

  @Override
  public Optional<KeyState> state(String id, Capacity.Meter meter) {
    GetItemResponse response =
        dynamo.getItem(
            b ->
                b.tableName(tableName)
                    .key(ArticleTable.metaKey(id))
                    .consistentRead(true)
                    .projectionExpression("#e, #seq, #pv, #v, #t, #s")
                    .expressionAttributeNames(
                        Map.of(
                            "#e", ENTITY,
                            "#seq", SEQUENCER_ORDER,
                            "#pv", PARSER_VERSION,
                            "#v", VERSION_ID,
                            "#t", ETAG,
                            "#s", SEQUENCER))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    meter.add(reads(response.consumedCapacity()));
    Map<String, AttributeValue> item = response.item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    KeyState.Kind kind =
        KeyState.Kind.valueOf(ArticleItems.str(item, ENTITY).toUpperCase(Locale.ROOT));
    int parserVersion =
        item.containsKey(PARSER_VERSION) ? ArticleItems.num(item, PARSER_VERSION) : 0;
    return Optional.of(
        new KeyState(
            kind,
            ArticleItems.str(item, SEQUENCER_ORDER),
            parserVersion,
            ArticleItems.str(item, VERSION_ID),
            ArticleItems.str(item, ETAG),
            ArticleItems.str(item, SEQUENCER)));
  }

  @Override
  public boolean put(StoredArticle article, boolean force, Capacity.Meter meter) {
    ArticleItems.EncodedBody body = ArticleItems.encodeBody(article);
    for (Map<String, AttributeValue> item : ArticleItems.bodyItems(article.id(), body)) {
      PutItemResponse response =
          dynamo.putItem(
              b ->
                  b.tableName(tableName)
                      .item(item)
                      .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
      meter.add(writes(response.consumedCapacity()));
    }
    boolean applied =
        putState(
            article.id(),
            ArticleItems.metadataItem(article, body),
            article.object(),
            article.article().parserVersion(),
            force ? NEWER_OR_SAME : NEWER,
            body.revision(),
            meter);
    if (!applied) {
      deleteBodyUnlessCurrent(article.id(), body, meter);
    }
    return applied;
  }

  @Override
  public boolean reject(
      String id,
      ObjectRef ref,
      InputRejectedException rejection,
      Instant at,
      boolean force,
      Capacity.Meter meter) {
    return putState(
        id,
        ArticleItems.rejectionItem(id, ref, rejection, ParserVersion.CURRENT, at),
        ref,
        ParserVersion.CURRENT,
        force ? NEWER_OR_SAME : NEWER,
        null,
        meter);
  }

  @Override
  public boolean remove(String id, ObjectRef ref, Instant at, Capacity.Meter meter) {
    return putState(
        id,
        ArticleItems.tombstoneItem(id, ref, at, at.plus(TOMBSTONE_TTL)),
        ref,
        0,
        "attribute_not_exists(#pk) OR #seq < :seq",
        null,
        meter);
  }

  @Override
  public Optional<String> findDuplicate(String id, String contentHash, Capacity.Meter meter) {
    QueryResponse response =
        dynamo.query(
            b ->
                b.tableName(tableName)
                    .indexName(BY_CONTENT_HASH_INDEX)
                    .keyConditionExpression("#h = :h")
                    .expressionAttributeNames(Map.of("#h", CONTENT_HASH))
                    .expressionAttributeValues(Map.of(":h", AttributeValue.fromS(contentHash)))
                    .limit(5)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    meter.add(reads(response.consumedCapacity()));
    String ownPk = ArticleTable.pk(id);
    return response.items().stream()
        .map(item -> item.get(PK).s())
        .filter(pk -> !pk.equals(ownPk))
        .findFirst()
        .map(ArticleItems::idOf);
  }

  /**
   * Puts a META item on a sequencer condition; when it applied, deletes the body revision the old
   * item pointed at (unless it is {@code keepRevision}).
   */
  private boolean putState(
      String id,
      Map<String, AttributeValue> item,
      ObjectRef ref,
      int parserVersion,
      String condition,
      String keepRevision,
      Capacity.Meter meter) {
    Map<String, AttributeValue> values =
        condition.contains(":pv")
            ? Map.of(
                ":seq", AttributeValue.fromS(Sequencers.order(ref.sequencer())),
                ":pv", AttributeValue.fromN(Integer.toString(parserVersion)))
            : Map.of(":seq", AttributeValue.fromS(Sequencers.order(ref.sequencer())));
    Map<String, String> names =
        condition.contains("#pv") ? NEWER_NAMES : Map.of("#pk", PK, "#seq", SEQUENCER_ORDER);
    PutItemResponse response;
    try {
      response =
          dynamo.putItem(
              b ->
                  b.tableName(tableName)
                      .item(item)
                      .conditionExpression(condition)
                      .expressionAttributeNames(names)
                      .expressionAttributeValues(values)
                      .returnValues(ReturnValue.ALL_OLD)
                      .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
    } catch (ConditionalCheckFailedException e) {
      // A newer state is stored. DynamoDB charges the failed write; it does not report it.
      return false;
    }
    meter.add(writes(response.consumedCapacity()));
    Map<String, AttributeValue> old = response.attributes();
    if (old != null && old.containsKey(BODY_REVISION)) {
      String oldRevision = old.get(BODY_REVISION).s();
      if (!oldRevision.equals(keepRevision)) {
        deleteParts(id, oldRevision, Integer.parseInt(old.get(BODY_PARTS).n()), meter);
      }
    }
    return true;
  }

  /** After losing to a newer event: remove the revision just written, unless META uses it. */
  private void deleteBodyUnlessCurrent(
      String id, ArticleItems.EncodedBody body, Capacity.Meter meter) {
    GetItemResponse current =
        dynamo.getItem(
            b ->
                b.tableName(tableName)
                    .key(ArticleTable.metaKey(id))
                    .consistentRead(true)
                    .projectionExpression("#r")
                    .expressionAttributeNames(Map.of("#r", BODY_REVISION))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    meter.add(reads(current.consumedCapacity()));
    AttributeValue revision = current.item() == null ? null : current.item().get(BODY_REVISION);
    if (revision == null || !revision.s().equals(body.revision())) {
      deleteParts(id, body.revision(), body.parts().size(), meter);
    }
  }

  private void deleteParts(String id, String revision, int parts, Capacity.Meter meter) {
    for (int part = 0; part < parts; part++) {
      String sk = ArticleTable.bodySk(revision, part);
      var response =
          dynamo.deleteItem(
              b ->
                  b.tableName(tableName)
                      .key(
                          Map.of(
                              PK, AttributeValue.fromS(ArticleTable.pk(id)),
                              SK, AttributeValue.fromS(sk)))
                      .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
      meter.add(writes(response.consumedCapacity()));
    }
  }

  /** Read units of a read call: the total over table and indexes. */
  private static Capacity reads(ConsumedCapacity consumed) {
    return new Capacity(units(consumed), 0);
  }

  /** Write units of a write call: the total over table and indexes. */
  private static Capacity writes(ConsumedCapacity consumed) {
    return new Capacity(0, units(consumed));
  }

  private static double units(ConsumedCapacity consumed) {
    return consumed == null || consumed.capacityUnits() == null ? 0 : consumed.capacityUnits();
  }
}
