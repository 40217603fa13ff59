package dev.articleingest.store;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The article table's layout: every key format, attribute name and index name. This is the public
 * contract other services query; the README documents it and a test checks that {@code
 * template.yaml} declares the same.
 *
 * <pre>
 * item           pk            sk                        holds
 * key state      ARTICLE#{id}  META                      entity = article | rejection | tombstone
 * body part      ARTICLE#{id}  BODY#{revision}#{part:3}  bodyGz: a slice of the gzipped body
 *
 * index          partition key  sort key       holds
 * bySource       source         publishedSort  articles with a published time
 * byDay          publishedDay   publishedSort  articles with a published time
 * byContentHash  contentHash    ingestedAt     articles (keys only)
 * byUrl          url            -              articles with a URL (keys only)
 * byRejectedDay  rejectedDay    rejectedAt     rejections (keys whose newest object was bad)
 * </pre>
 *
 * <p>The META item is the one place a key's state lives, so every event for the key is ordered by
 * one conditional write on {@link #SEQUENCER_ORDER}. Only article META items carry index
 * attributes, so index queries never see bodies, rejections or tombstones.
 */
public final class ArticleTable {

  private ArticleTable() {}

  // ---- keys
  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String ARTICLE_PREFIX = "ARTICLE#";
  public static final String META_SK = "META";
  public static final String BODY_SK_PREFIX = "BODY#";

  // ---- indexes
  /** Articles of one source by published time: {@code source} = :s, {@code publishedSort}. */
  public static final String BY_SOURCE_INDEX = "bySource";

  /** Articles published on one UTC day: {@code publishedDay} = :d, {@code publishedSort}. */
  public static final String BY_DAY_INDEX = "byDay";

  /** Articles with one body: {@code contentHash} = :h, oldest {@code ingestedAt} first. */
  public static final String BY_CONTENT_HASH_INDEX = "byContentHash";

  /** Articles with one URL: {@code url} = :u. */
  public static final String BY_URL_INDEX = "byUrl";

  /** Rejections recorded on one UTC day: {@code rejectedDay} = :d, newest {@code rejectedAt}. */
  public static final String BY_REJECTED_DAY_INDEX = "byRejectedDay";

  // ---- attributes of every item kind
  public static final String ENTITY = "entity";
  public static final String ID = "id";

  // ---- the key's state (every META item)
  /**
   * The S3 sequencer of the event that set this state, upper-case and left-padded with zeros to
   * {@value dev.articleingest.model.Sequencers#WIDTH} hex digits, so string order is event order
   * (as S3 documents for sequencers of one key). All zeros when the event had no sequencer.
   */
  public static final String SEQUENCER_ORDER = "sequencerOrder";

  // ---- metadata item
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String SUBTITLE = "subtitle";

  /** List of author names (L of S); absent when the article names no author. */
  public static final String AUTHORS = "authors";

  public static final String PUBLISHED_LOCAL = "publishedLocal";
  public static final String PUBLISHED_ZONE = "publishedZone";
  public static final String PUBLISHED_AT = "publishedAt";

  /**
   * Sort key of both indexes: the UTC instant as {@code yyyy-MM-ddTHH:mm:ssZ}; for an article whose
   * zone is unknown, its local time as {@code yyyy-MM-ddTHH:mm:ss} (no Z), which sorts within ±14
   * hours of its true place. Such items have no {@code publishedAt}.
   */
  public static final String PUBLISHED_SORT = "publishedSort";

  /** UTC day {@code yyyy-MM-dd} of {@code publishedAt}; the local day when the zone is unknown. */
  public static final String PUBLISHED_DAY = "publishedDay";

  /** Last-update time as the page stated it; same forms as the published attributes. */
  public static final String MODIFIED_LOCAL = "modifiedLocal";

  public static final String MODIFIED_ZONE = "modifiedZone";
  public static final String MODIFIED_AT = "modifiedAt";
  public static final String LANGUAGE = "language";

  /** The language detector's probability for {@code language}, 0 to 1. */
  public static final String LANGUAGE_CONFIDENCE = "languageConfidence";

  /** Input format: {@code text}, {@code html} or {@code json}. */
  public static final String FORMAT = "format";

  public static final String WORD_COUNT = "wordCount";
  public static final String PARAGRAPH_COUNT = "paragraphCount";
  public static final String CONTENT_HASH = "contentHash";
  public static final String PARSER_VERSION = "parserVersion";
  public static final String WARNINGS = "warnings";
  public static final String WARNING_CODE = "code";
  public static final String WARNING_DETAIL = "detail";
  /** In META, how many warnings of the code the article has (absent when one). */
  public static final String WARNING_COUNT = "count";
  public static final String DROPPED_BOILERPLATE = "droppedBoilerplate";
  public static final String DROPPED_REPEATED_TITLE = "droppedRepeatedTitle";
  public static final String BODY_REVISION = "bodyRevision";
  public static final String BODY_PARTS = "bodyParts";
  public static final String BODY_BYTES = "bodyBytes";
  public static final String INGESTED_AT = "ingestedAt";

  /** Id of an earlier article with the same content hash, when there was one at ingest time. */
  public static final String DUPLICATE_OF = "duplicateOf";

  // ---- the S3 object an item came from (metadata and rejection items)
  public static final String BUCKET = "bucket";
  public static final String OBJECT_KEY = "objectKey";
  public static final String VERSION_ID = "versionId";
  public static final String ETAG = "eTag";
  public static final String SEQUENCER = "sequencer";
  public static final String OBJECT_SIZE = "objectSize";

  // ---- body item
  public static final String REVISION = "revision";
  public static final String PART = "part";

  /**
   * A slice of the body: the paragraphs as UTF-8, separated by a line feed, gzip-compressed; the
   * parts' slices concatenated in part order are one gzip stream.
   */
  public static final String BODY_GZ = "bodyGz";

  // ---- rejection state
  public static final String REASON = "reason";
  public static final String MESSAGE = "message";
  public static final String REJECTED_AT = "rejectedAt";

  /** UTC day {@code yyyy-MM-dd} of {@code rejectedAt}: the rejection index's partition key. */
  public static final String REJECTED_DAY = "rejectedDay";

  // ---- tombstone state
  public static final String DELETED_AT = "deletedAt";

  /** Epoch seconds after which DynamoDB's TTL removes the tombstone. */
  public static final String EXPIRES_AT = "expiresAt";

  // ---- entity values
  public static final String ENTITY_ARTICLE = "article";
  public static final String ENTITY_BODY = "body";
  public static final String ENTITY_REJECTION = "rejection";
  public static final String ENTITY_TOMBSTONE = "tombstone";

  /** Partition key of every item of one article. */
  public static String pk(String articleId) {
    return ARTICLE_PREFIX + articleId;
  }

  /** The key of an article's META item (its state). */
  public static Map<String, AttributeValue> metaKey(String articleId) {
    return Map.of(PK, AttributeValue.fromS(pk(articleId)), SK, AttributeValue.fromS(META_SK));
  }

  /** Sort-key prefix of one body revision's parts. */
  public static String bodyPrefix(String revision) {
    return BODY_SK_PREFIX + revision + "#";
  }

  /** Sort key of one body part. */
  public static String bodySk(String revision, int part) {
    return bodyPrefix(revision) + String.format(Locale.ROOT, "%03d", part);
  }

  /**
   * The attributes, besides keys (and, for byDay, the source), the two time indexes project:
   * what a listing returns ({@code model.ArticleSummary}). An index item is then a few hundred bytes, one write unit,
   * where projecting the whole META item cost as many units as META itself.
   */
  public static final List<String> LISTING_ATTRIBUTES =
      List.of(
          ENTITY,
          ID,
          URL,
          TITLE,
          PUBLISHED_LOCAL,
          PUBLISHED_ZONE,
          PUBLISHED_AT,
          LANGUAGE,
          WORD_COUNT,
          FORMAT,
          BUCKET,
          OBJECT_KEY,
          INGESTED_AT,
          DUPLICATE_OF);

  /** byDay's projection: the listing attributes and the source, which is bySource's key. */
  private static List<String> withSource(List<String> attributes) {
    List<String> all = new java.util.ArrayList<>(attributes);
    all.add(SOURCE);
    return all;
  }

  /** The index definitions, as declared in the template. */
  public static List<GlobalSecondaryIndex> indexes() {
    return List.of(
        index(BY_SOURCE_INDEX, SOURCE, PUBLISHED_SORT, LISTING_ATTRIBUTES),
        index(BY_DAY_INDEX, PUBLISHED_DAY, PUBLISHED_SORT, withSource(LISTING_ATTRIBUTES)),
        index(BY_CONTENT_HASH_INDEX, CONTENT_HASH, INGESTED_AT, ProjectionType.KEYS_ONLY),
        index(BY_URL_INDEX, URL, null, ProjectionType.KEYS_ONLY),
        index(BY_REJECTED_DAY_INDEX, REJECTED_DAY, REJECTED_AT, ProjectionType.ALL));
  }

  /** Every attribute that is a table or index key, with its type (all strings). */
  public static List<AttributeDefinition> keyAttributes() {
    return List.of(
            PK,
            SK,
            SOURCE,
            PUBLISHED_DAY,
            PUBLISHED_SORT,
            CONTENT_HASH,
            INGESTED_AT,
            URL,
            REJECTED_DAY,
            REJECTED_AT)
        .stream()
        .map(
            name ->
                AttributeDefinition.builder()
                    .attributeName(name)
                    .attributeType(ScalarAttributeType.S)
                    .build())
        .toList();
  }

  /** The table as the local stack creates it; {@code template.yaml} declares the same. */
  public static CreateTableRequest createTableRequest(String tableName) {
    return CreateTableRequest.builder()
        .tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(keyAttributes())
        .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
        .globalSecondaryIndexes(indexes())
        .build();
  }

  private static GlobalSecondaryIndex index(
      String name, String partitionKey, String sortKey, List<String> included) {
    return index(
        name,
        partitionKey,
        sortKey,
        Projection.builder()
            .projectionType(ProjectionType.INCLUDE)
            .nonKeyAttributes(included)
            .build());
  }

  private static GlobalSecondaryIndex index(
      String name, String partitionKey, String sortKey, ProjectionType projection) {
    return index(
        name, partitionKey, sortKey, Projection.builder().projectionType(projection).build());
  }

  private static GlobalSecondaryIndex index(
      String name, String partitionKey, String sortKey, Projection projection) {
    List<KeySchemaElement> keys =
        sortKey == null
            ? List.of(key(partitionKey, KeyType.HASH))
            : List.of(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE));
    return GlobalSecondaryIndex.builder()
        .indexName(name)
        .keySchema(keys)
        .projection(projection)
        .build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
