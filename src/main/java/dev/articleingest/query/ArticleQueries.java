package dev.articleingest.query;

import static dev.articleingest.store.ArticleTable.BY_DAY_INDEX;
import static dev.articleingest.store.ArticleTable.BY_SOURCE_INDEX;
import static dev.articleingest.store.ArticleTable.PK;
import static dev.articleingest.store.ArticleTable.PUBLISHED_DAY;
import static dev.articleingest.store.ArticleTable.PUBLISHED_SORT;
import static dev.articleingest.store.ArticleTable.SK;
import static dev.articleingest.store.ArticleTable.SOURCE;

import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.store.ArticleItems;
import dev.articleingest.store.ArticleTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads articles from the table. Thread-safe. Listings read only metadata items; bodies are read
 * only by {@link #getWithBody(String)}.
 */
public final class ArticleQueries {

  /** How often a body read is retried when the article is rewritten while being read. */
  private static final int BODY_READ_ATTEMPTS = 3;

  private final DynamoDbClient dynamo;
  private final String tableName;

  public ArticleQueries(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.tableName = tableName;
  }

  /** The article's metadata, or empty when there is no such article. Strongly consistent. */
  public Optional<ArticleMetadata> get(String id) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                b ->
                    b.tableName(tableName)
                        .consistentRead(true)
                        .key(key(ArticleTable.pk(id), ArticleTable.META_SK)))
            .item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(ArticleItems.metadata(item));
  }

  /**
   * The article with its body, or empty when there is no such article. The body is the revision the
   * metadata points at, so metadata and body always belong together.
   */
  public Optional<StoredArticle> getWithBody(String id) {
    for (int attempt = 0; attempt < BODY_READ_ATTEMPTS; attempt++) {
      Optional<ArticleMetadata> metadata = get(id);
      if (metadata.isEmpty()) {
        return Optional.empty();
      }
      List<Map<String, AttributeValue>> parts = bodyItems(id, metadata.get().bodyRevision());
      if (parts.size() == metadata.get().bodyParts()) {
        return Optional.of(metadata.get().withBody(ArticleItems.paragraphs(parts)));
      }
      // The article was rewritten between the two reads: its old body is gone. Read again.
    }
    throw new IllegalStateException("article " + id + " kept changing while being read; try again");
  }

  /**
   * A source's articles published in {@code [from, to]}, newest first, at most {@code limit}.
   * Articles whose zone is unknown are placed by their local time (see {@link
   * ArticleTable#PUBLISHED_SORT}).
   */
  public List<ArticleMetadata> listBySource(String source, Instant from, Instant to, int limit) {
    return list(
        QueryRequest.builder()
            .indexName(BY_SOURCE_INDEX)
            .keyConditionExpression("#p = :p AND #s BETWEEN :from AND :to")
            .expressionAttributeNames(Map.of("#p", SOURCE, "#s", PUBLISHED_SORT))
            .expressionAttributeValues(
                Map.of(
                    ":p", AttributeValue.fromS(source),
                    ":from", AttributeValue.fromS(ArticleItems.sortKey(from)),
                    // "~" sorts after every character of a time stamp: the whole last second.
                    ":to", AttributeValue.fromS(ArticleItems.sortKey(to) + "~"))),
        limit);
  }

  /** Articles published on a UTC day, newest first, at most {@code limit}. */
  public List<ArticleMetadata> listByDay(LocalDate day, int limit) {
    return list(
        QueryRequest.builder()
            .indexName(BY_DAY_INDEX)
            .keyConditionExpression("#p = :p")
            .expressionAttributeNames(Map.of("#p", PUBLISHED_DAY))
            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(day.toString()))),
        limit);
  }

  private List<ArticleMetadata> list(QueryRequest.Builder query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<ArticleMetadata> result = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page =
          dynamo.query(
              query
                  .tableName(tableName)
                  .scanIndexForward(false)
                  .limit(limit - result.size())
                  .exclusiveStartKey(start)
                  .build());
      page.items().forEach(item -> result.add(ArticleItems.metadata(item)));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null && result.size() < limit);
    return result;
  }

  private List<Map<String, AttributeValue>> bodyItems(String id, String revision) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page =
          dynamo.query(
              QueryRequest.builder()
                  .tableName(tableName)
                  .consistentRead(true)
                  .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                  .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                  .expressionAttributeValues(
                      Map.of(
                          ":pk", AttributeValue.fromS(ArticleTable.pk(id)),
                          ":prefix", AttributeValue.fromS(ArticleTable.bodyPrefix(revision))))
                  .exclusiveStartKey(start)
                  .build());
      items.addAll(page.items());
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return items;
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
  }
}
