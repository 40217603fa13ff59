package dev.articleingest.store;

import dev.articleingest.model.ParserVersion;

import static dev.articleingest.store.ArticleTable.BODY_PARTS;
import static dev.articleingest.store.ArticleTable.BODY_REVISION;
import static dev.articleingest.store.ArticleTable.BODY_SK_PREFIX;
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
                    .projectionExpression("#e, #seq, #pv, #v, #t, #s, #r")
                    .expressionAttributeNames(
                        Map.of(
                            "#e", ENTITY,
                            "#seq", SEQUENCER_ORDER,
                            "#pv", PARSER_VERSION,
                            "#v", VERSION_ID,
                            "#t", ETAG,
                            "#s", SEQUENCER,
                            "#r", BODY_REVISION))
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
            ArticleItems.str(item, SEQUENCER),
            ArticleItems.str(item, BODY_REVISION)));
  }

  @Override
  public boolean put(StoredArticle article, boolean force, Capacity.Meter meter) {
    ArticleItems.EncodedBody body = ArticleItems.encodeBody(article);
    for (Map<String, AttributeValue> item :
        ArticleItems.bodyItems(article.id(), body, article.article())) {
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
    if (applied) {
      sweep(article.id(), Sequencers.order(article.object().sequencer()), body.revision(), meter);
      return true;
    }
    return afterLosing(article, body, meter);
  }

  @Override
  public boolean reject(
      String id,
      ObjectRef ref,
      InputRejectedException rejection,
      Instant at,
      boolean force,
      Capacity.Meter meter) {
    return sweptAfter(
        id,
        ref,
        putState(
            id,
            ArticleItems.rejectionItem(id, ref, rejection, ParserVersion.CURRENT, at),
            ref,
            ParserVersion.CURRENT,
            force ? NEWER_OR_SAME : NEWER,
            null,
            meter),
        meter);
  }

  @Override
  public boolean remove(String id, ObjectRef ref, Instant at, Capacity.Meter meter) {
    return sweptAfter(
        id,
        ref,
        putState(
            id,
            ArticleItems.tombstoneItem(id, ref, at, at.plus(TOMBSTONE_TTL)),
            ref,
            0,
            "attribute_not_exists(#pk) OR #seq < :seq",
            null,
            meter),
        meter);
  }

  /**
   * After a body-less state put (rejection, tombstone): no body revision is named any more if it
   * applied; otherwise sweep by whatever state the key now has.
   */
  private boolean sweptAfter(String id, ObjectRef ref, boolean applied, Capacity.Meter meter) {
    if (applied) {
      sweep(id, Sequencers.order(ref.sequencer()), null, meter);
    } else {
      state(id, meter).ifPresent(state -> tidy(id, state, meter));
    }
    return applied;
  }

  @Override
  public void tidy(String id, KeyState state, Capacity.Meter meter) {
    sweep(id, state.sequencerOrder(), state.bodyRevision(), meter);
  }

  /**
   * Deletes the body revisions of a key that its state no longer names: every revision sorting
   * before {@code order}'s (a revision's name starts with its event's padded sequencer), and any
   * other of the same event, but never {@code keep}. A revision of a newer event sorts after and is
   * left to its writer, which may still be making it. Two key-range queries that read nothing of
   * the kept revision, so when there is nothing to delete the sweep costs two minimal reads.
   */
  private void sweep(String id, String order, String keep, Capacity.Meter meter) {
    String pk = ArticleTable.pk(id);
    String lowest = BODY_SK_PREFIX;
    String highest = BODY_SK_PREFIX + order + "w"; // past "<order>v<n>#..." of every parser version
    if (keep == null) {
      deleteRange(pk, lowest, highest, meter);
    } else {
      String kept = ArticleTable.bodyPrefix(keep);
      deleteRange(pk, lowest, kept.substring(0, kept.length() - 1), meter);
      deleteRange(pk, kept + "~", highest, meter);
    }
  }

  private void deleteRange(String pk, String from, String to, Capacity.Meter meter) {
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> exclusiveStart = start;
      QueryResponse response =
          dynamo.query(
              b -> {
                b.tableName(tableName)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                    .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                    .expressionAttributeValues(
                        Map.of(
                            ":pk", AttributeValue.fromS(pk),
                            ":from", AttributeValue.fromS(from),
                            ":to", AttributeValue.fromS(to)))
                    .projectionExpression("#sk")
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
                if (exclusiveStart != null) {
                  b.exclusiveStartKey(exclusiveStart);
                }
              });
      meter.add(reads(response.consumedCapacity()));
      for (Map<String, AttributeValue> item : response.items()) {
        // the range lies within BODY#, so every item found is a body part
        String sk = item.get(SK).s();
        var deleted =
            dynamo.deleteItem(
                b ->
                    b.tableName(tableName)
                        .key(Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk)))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        meter.add(writes(deleted.consumedCapacity()));
      }
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
          ? response.lastEvaluatedKey()
          : null;
    } while (start != null);
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

  /**
   * After the conditional put failed: either a newer event won, and the revision just written goes
   * (with anything else the winner's state does not name), or the put had applied on an earlier
   * attempt whose response was lost (META names this very revision with this very content), and it
   * counts as applied. A redelivery of the stored event finds its revision named but is not the
   * writer of it unless its content is the same; either way the named revision stays.
   *
   * @return whether this article is what the key's state now names
   */
  private boolean afterLosing(
      StoredArticle article, ArticleItems.EncodedBody body, Capacity.Meter meter) {
    String id = article.id();
    GetItemResponse current =
        dynamo.getItem(
            b ->
                b.tableName(tableName)
                    .key(ArticleTable.metaKey(id))
                    .consistentRead(true)
                    .projectionExpression("#r, #seq, #h")
                    .expressionAttributeNames(
                        Map.of("#r", BODY_REVISION, "#seq", SEQUENCER_ORDER, "#h", CONTENT_HASH))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    meter.add(reads(current.consumedCapacity()));
    Map<String, AttributeValue> item = current.item();
    String revision = item == null ? null : ArticleItems.str(item, BODY_REVISION);
    String order = item == null ? null : ArticleItems.str(item, SEQUENCER_ORDER);
    if (body.revision().equals(revision)) {
      sweep(id, order, revision, meter);
      return article.article().contentHash().equals(ArticleItems.str(item, CONTENT_HASH));
    }
    deleteParts(id, body.revision(), body.parts().size(), meter);
    if (order != null) {
      sweep(id, order, revision, meter);
    }
    return false;
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
