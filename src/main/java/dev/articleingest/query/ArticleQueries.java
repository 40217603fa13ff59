package dev.articleingest.query;

import static dev.articleingest.store.ArticleTable.BY_CONTENT_HASH_INDEX;
import static dev.articleingest.store.ArticleTable.BY_DAY_INDEX;
import static dev.articleingest.store.ArticleTable.BY_REJECTED_DAY_INDEX;
import static dev.articleingest.store.ArticleTable.BY_SOURCE_INDEX;
import static dev.articleingest.store.ArticleTable.BY_URL_INDEX;
import static dev.articleingest.store.ArticleTable.CONTENT_HASH;
import static dev.articleingest.store.ArticleTable.ENTITY;
import static dev.articleingest.store.ArticleTable.ENTITY_ARTICLE;
import static dev.articleingest.store.ArticleTable.PK;
import static dev.articleingest.store.ArticleTable.PUBLISHED_DAY;
import static dev.articleingest.store.ArticleTable.PUBLISHED_SORT;
import static dev.articleingest.store.ArticleTable.REJECTED_DAY;
import static dev.articleingest.store.ArticleTable.SK;
import static dev.articleingest.store.ArticleTable.SOURCE;
import static dev.articleingest.store.ArticleTable.URL;

import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.ArticleSummary;
import dev.articleingest.model.Rejection;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.store.ArticleItems;
import dev.articleingest.store.ArticleTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads articles from the article table, for this project's tools and for other JVM services.
 * Thread-safe; build one per {@link DynamoDbClient} and table and reuse it.
 *
 * <p>Only articles are returned: keys whose newest object was rejected or deleted have no article.
 * Listings by source and by day return {@link ArticleSummary}s: only the attributes their indexes
 * project ({@code ArticleTable.LISTING_ATTRIBUTES}); {@link #get} returns an article's whole
 * metadata, and a body is read only by {@link #getWithBody(String)}, which never returns one
 * version's metadata with another version's body.
 *
 * <pre>{@code
 * ArticleQueries queries = new ArticleQueries(DynamoDbClient.create(), "my-article-table");
 * Page<ArticleSummary> page = queries.listBySource("rt.com", from, to, 50, null);
 * while (page.nextPageToken() != null) {
 *   page = queries.listBySource("rt.com", from, to, 50, page.nextPageToken());
 * }
 * }</pre>
 */
public final class ArticleQueries {

  /** How often a body read is retried when the article is rewritten while being read. */
  private static final int BODY_READ_ATTEMPTS = 5;

  private final DynamoDbClient dynamo;
  private final String tableName;

  public ArticleQueries(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.tableName = tableName;
  }

  /** The article's metadata (strongly consistent), or empty when the key has no article. */
  public Optional<ArticleMetadata> get(String id) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(b -> b.tableName(tableName).consistentRead(true).key(ArticleTable.metaKey(id)))
            .item();
    return isArticle(item) ? Optional.of(ArticleItems.metadata(item)) : Optional.empty();
  }

  /**
   * The article with its body, or empty when the key has no article. The body is the revision the
   * metadata names, read in full; if the article is replaced between the two reads (its old
   * revision is then deleted), both are read again.
   *
   * @throws IllegalStateException if the article kept changing over several attempts
   */
  public Optional<StoredArticle> getWithBody(String id) {
    for (int attempt = 0; attempt < BODY_READ_ATTEMPTS; attempt++) {
      Optional<ArticleMetadata> metadata = get(id);
      if (metadata.isEmpty()) {
        return Optional.empty();
      }
      List<Map<String, AttributeValue>> parts = bodyItems(id, metadata.get().bodyRevision());
      if (parts.size() == metadata.get().bodyParts()) {
        return Optional.of(ArticleItems.withBody(metadata.get(), parts));
      }
    }
    throw new IllegalStateException("article " + id + " kept changing while being read; try again");
  }

  /**
   * A source's articles published in {@code [from, to]}, newest first. Articles whose zone is
   * unknown are placed by their local time (see {@link ArticleTable#PUBLISHED_SORT}).
   *
   * @param pageSize at most this many items; a page may hold fewer (DynamoDB stops a page at 1 MB)
   *     and still have a next page: follow {@link Page#nextPageToken()} until it is null
   * @param pageToken {@code null} for the first page, else the previous page's token
   */
  public Page<ArticleSummary> listBySource(
      String source, Instant from, Instant to, int pageSize, String pageToken) {
    return page(
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
        pageSize,
        pageToken,
        ArticleItems::summary);
  }

  /** Articles published on a UTC day, newest first; paging as {@link #listBySource}. */
  public Page<ArticleSummary> listByDay(LocalDate day, int pageSize, String pageToken) {
    return page(
        QueryRequest.builder()
            .indexName(BY_DAY_INDEX)
            .keyConditionExpression("#p = :p")
            .expressionAttributeNames(Map.of("#p", PUBLISHED_DAY))
            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(day.toString()))),
        pageSize,
        pageToken,
        ArticleItems::summary);
  }

  /**
   * Keys whose newest object was rejected on a UTC day, newest first: what went wrong, where.
   * Paging as {@link #listBySource}. A key leaves this list when a good object replaces the bad
   * one.
   */
  public Page<Rejection> listRejections(LocalDate day, int pageSize, String pageToken) {
    return page(
        QueryRequest.builder()
            .indexName(BY_REJECTED_DAY_INDEX)
            .keyConditionExpression("#p = :p")
            .expressionAttributeNames(Map.of("#p", REJECTED_DAY))
            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(day.toString()))),
        pageSize,
        pageToken,
        ArticleItems::rejection);
  }

  /** Every article whose normalized body has this SHA-256 (hex), oldest ingested first. */
  public List<ArticleMetadata> findByContentHash(String contentHash) {
    return byKeysOnlyIndex(BY_CONTENT_HASH_INDEX, CONTENT_HASH, contentHash);
  }

  /** Every article with this URL (from the objects' {@code url} metadata). */
  public List<ArticleMetadata> findByUrl(String url) {
    return byKeysOnlyIndex(BY_URL_INDEX, URL, url);
  }

  private <T> Page<T> page(
      QueryRequest.Builder query,
      int pageSize,
      String pageToken,
      Function<Map<String, AttributeValue>, T> mapper) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be at least 1, was " + pageSize);
    }
    QueryResponse response =
        dynamo.query(
            query
                .tableName(tableName)
                .scanIndexForward(false)
                .limit(pageSize)
                .exclusiveStartKey(PageTokens.decode(pageToken))
                .build());
    List<T> items = response.items().stream().map(mapper).toList();
    String next = PageTokens.encode(lastKey(response));
    return new Page<>(items, next);
  }

  private List<ArticleMetadata> byKeysOnlyIndex(String index, String attribute, String value) {
    List<Map<String, AttributeValue>> keys =
        dynamo
            .queryPaginator(
                QueryRequest.builder()
                    .tableName(tableName)
                    .indexName(index)
                    .keyConditionExpression("#a = :v")
                    .expressionAttributeNames(Map.of("#a", attribute))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value)))
                    .build())
            .items()
            .stream()
            .map(item -> Map.of(PK, item.get(PK), SK, item.get(SK)))
            .toList();
    List<ArticleMetadata> articles = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += 100) {
      articles.addAll(batchGet(keys.subList(i, Math.min(keys.size(), i + 100))));
    }
    articles.sort(
        Comparator.comparing(ArticleMetadata::ingestedAt).thenComparing(ArticleMetadata::id));
    return articles;
  }

  private List<ArticleMetadata> batchGet(List<Map<String, AttributeValue>> keys) {
    List<ArticleMetadata> articles = new ArrayList<>();
    Map<String, KeysAndAttributes> request =
        Map.of(tableName, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
    while (request != null && !request.isEmpty()) {
      Map<String, KeysAndAttributes> pending = request;
      BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
      response.responses().getOrDefault(tableName, List.of()).stream()
          .filter(ArticleQueries::isArticle)
          .map(ArticleItems::metadata)
          .forEach(articles::add);
      request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : null;
    }
    return articles;
  }

  private List<Map<String, AttributeValue>> bodyItems(String id, String revision) {
    return dynamo
        .queryPaginator(
            QueryRequest.builder()
                .tableName(tableName)
                .consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(
                    Map.of(
                        ":pk", AttributeValue.fromS(ArticleTable.pk(id)),
                        ":prefix", AttributeValue.fromS(ArticleTable.bodyPrefix(revision))))
                .build())
        .items()
        .stream()
        .toList();
  }

  /** Where the next page starts, or {@code null} after the last page. */
  private static Map<String, AttributeValue> lastKey(QueryResponse response) {
    return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
        ? response.lastEvaluatedKey()
        : null;
  }

  private static boolean isArticle(Map<String, AttributeValue> item) {
    return item != null && item.containsKey(ENTITY) && ENTITY_ARTICLE.equals(item.get(ENTITY).s());
  }
}
