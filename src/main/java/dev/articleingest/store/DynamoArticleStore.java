package dev.articleingest.store;

import static dev.articleingest.store.ArticleTable.BODY_PARTS;
import static dev.articleingest.store.ArticleTable.BODY_REVISION;
import static dev.articleingest.store.ArticleTable.PK;
import static dev.articleingest.store.ArticleTable.SK;

import dev.articleingest.ingest.ArticleStore;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.parse.Extractor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Writes articles to the table in an order that never leaves metadata pointing at a missing body:
 *
 * <ol>
 *   <li>put the body items of the new revision (a revision is named by the content hash, so a
 *       re-delivery rewrites the same items rather than adding new ones);
 *   <li>put the metadata item, which points at that revision, returning the old item;
 *   <li>delete the previous revision's body items if the revision changed.
 * </ol>
 *
 * <p>Plain puts, no transactions: each write is idempotent, and transactional writes cost double.
 */
public final class DynamoArticleStore implements ArticleStore {

  private final DynamoDbClient dynamo;
  private final String tableName;

  public DynamoArticleStore(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.tableName = tableName;
  }

  @Override
  public void put(StoredArticle article) {
    List<Map<String, AttributeValue>> bodyItems = ArticleItems.bodyItems(article);
    for (Map<String, AttributeValue> item : bodyItems) {
      dynamo.putItem(b -> b.tableName(tableName).item(item));
    }
    Map<String, AttributeValue> metadata = ArticleItems.metadataItem(article, bodyItems.size());
    PutItemResponse previous =
        dynamo.putItem(
            b -> b.tableName(tableName).item(metadata).returnValues(ReturnValue.ALL_OLD));
    deleteSupersededBody(article.id(), previous.attributes(), metadata.get(BODY_REVISION).s());
  }

  @Override
  public void putRejection(String id, ObjectRef ref, InputRejectedException rejection, Instant at) {
    Map<String, AttributeValue> item =
        ArticleItems.rejectionItem(id, ref, rejection, Extractor.PARSER_VERSION, at);
    dynamo.putItem(b -> b.tableName(tableName).item(item));
  }

  private void deleteSupersededBody(
      String id, Map<String, AttributeValue> previous, String currentRevision) {
    if (previous == null || !previous.containsKey(BODY_REVISION)) {
      return;
    }
    String oldRevision = previous.get(BODY_REVISION).s();
    if (oldRevision.equals(currentRevision)) {
      return;
    }
    int oldParts = Integer.parseInt(previous.get(BODY_PARTS).n());
    for (int part = 0; part < oldParts; part++) {
      String sk = ArticleTable.bodySk(oldRevision, part);
      dynamo.deleteItem(
          b ->
              b.tableName(tableName)
                  .key(
                      Map.of(
                          PK, AttributeValue.fromS(ArticleTable.pk(id)),
                          SK, AttributeValue.fromS(sk))));
    }
  }
}
