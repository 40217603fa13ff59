package dev.articleingest.store;

import static dev.articleingest.store.ArticleTable.*;

import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.Published;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The explicit mapping between articles and DynamoDB items (no reflection, no schema building at
 * start-up). Attribute names come from {@link ArticleTable}.
 */
public final class ArticleItems {

  private static final DateTimeFormatter SORT_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SORT_LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private ArticleItems() {}

  /** The body revision of an article: derived from its content, so equal bodies share one. */
  public static String revision(Article article) {
    return article.contentHash().substring(0, 16);
  }

  /** The metadata item. */
  public static Map<String, AttributeValue> metadataItem(StoredArticle stored, int bodyParts) {
    Article article = stored.article();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(pk(stored.id())));
    item.put(SK, s(META_SK));
    item.put(ENTITY, s(ENTITY_ARTICLE));
    item.put(ID, s(stored.id()));
    item.put(SOURCE, s(article.source()));
    putIfPresent(item, URL, article.url());
    item.put(TITLE, s(article.title()));
    putIfPresent(item, SUBTITLE, article.subtitle());
    Published published = article.published();
    if (published != null) {
      item.put(PUBLISHED_LOCAL, s(published.local().toString()));
      if (published.zoneKnown()) {
        Instant instant = published.instant();
        item.put(PUBLISHED_ZONE, s(published.zone().getId()));
        item.put(PUBLISHED_AT, s(instant.toString()));
        item.put(PUBLISHED_SORT, s(SORT_INSTANT.format(instant)));
        item.put(PUBLISHED_DAY, s(instant.atOffset(ZoneOffset.UTC).toLocalDate().toString()));
      } else {
        item.put(PUBLISHED_SORT, s(SORT_LOCAL.format(published.local())));
        item.put(PUBLISHED_DAY, s(published.local().toLocalDate().toString()));
      }
    }
    item.put(LANGUAGE, s(article.language()));
    item.put(WORD_COUNT, n(article.wordCount()));
    item.put(PARAGRAPH_COUNT, n(article.paragraphs().size()));
    item.put(CONTENT_HASH, s(article.contentHash()));
    item.put(PARSER_VERSION, n(article.parserVersion()));
    item.put(
        WARNINGS,
        AttributeValue.fromL(article.warnings().stream().map(ArticleItems::warning).toList()));
    item.put(DROPPED_BOILERPLATE, strings(article.dropped().boilerplate()));
    putIfPresent(item, DROPPED_REPEATED_TITLE, article.dropped().repeatedTitle());
    item.put(BODY_REVISION, s(revision(article)));
    item.put(BODY_PARTS, n(bodyParts));
    item.put(INGESTED_AT, s(stored.ingestedAt().toString()));
    putObject(item, stored.object());
    return item;
  }

  /** The body items of an article, in part order. */
  public static List<Map<String, AttributeValue>> bodyItems(StoredArticle stored) {
    String revision = revision(stored.article());
    List<BodyParts.Part> parts =
        BodyParts.split(stored.article().paragraphs(), BodyParts.MAX_PART_BYTES);
    List<Map<String, AttributeValue>> items = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Map<String, AttributeValue> item = new HashMap<>();
      item.put(PK, s(pk(stored.id())));
      item.put(SK, s(bodySk(revision, i)));
      item.put(ENTITY, s(ENTITY_BODY));
      item.put(ID, s(stored.id()));
      item.put(REVISION, s(revision));
      item.put(PART, n(i));
      item.put(PARAGRAPHS, strings(parts.get(i).paragraphs()));
      item.put(CONTINUES, AttributeValue.fromBool(parts.get(i).continues()));
      items.add(item);
    }
    return items;
  }

  /** The rejection item for an object that cannot become an article. */
  public static Map<String, AttributeValue> rejectionItem(
      String id, ObjectRef ref, InputRejectedException rejection, int parserVersion, Instant at) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(pk(id)));
    item.put(SK, s(REJECTION_SK));
    item.put(ENTITY, s(ENTITY_REJECTION));
    item.put(ID, s(id));
    item.put(REASON, s(rejection.reason().name()));
    item.put(MESSAGE, s(rejection.getMessage()));
    item.put(PARSER_VERSION, n(parserVersion));
    item.put(REJECTED_AT, s(at.toString()));
    putObject(item, ref);
    return item;
  }

  /** Reads a metadata item. */
  public static ArticleMetadata metadata(Map<String, AttributeValue> item) {
    Published published = null;
    if (item.containsKey(PUBLISHED_LOCAL)) {
      ZoneId zone = item.containsKey(PUBLISHED_ZONE) ? ZoneId.of(str(item, PUBLISHED_ZONE)) : null;
      published = new Published(LocalDateTime.parse(str(item, PUBLISHED_LOCAL)), zone);
    }
    List<Warning> warnings = new ArrayList<>();
    for (AttributeValue w : item.getOrDefault(WARNINGS, AttributeValue.fromL(List.of())).l()) {
      warnings.add(
          new Warning(
              WarningCode.valueOf(w.m().get(WARNING_CODE).s()), w.m().get(WARNING_DETAIL).s()));
    }
    List<String> boilerplate = new ArrayList<>();
    for (AttributeValue line :
        item.getOrDefault(DROPPED_BOILERPLATE, AttributeValue.fromL(List.of())).l()) {
      boilerplate.add(line.s());
    }
    return new ArticleMetadata(
        str(item, ID),
        str(item, SOURCE),
        str(item, URL),
        str(item, TITLE),
        str(item, SUBTITLE),
        published,
        str(item, LANGUAGE),
        num(item, WORD_COUNT),
        num(item, PARAGRAPH_COUNT),
        str(item, CONTENT_HASH),
        num(item, PARSER_VERSION),
        warnings,
        new Dropped(boilerplate, str(item, DROPPED_REPEATED_TITLE)),
        object(item),
        Instant.parse(str(item, INGESTED_AT)),
        str(item, BODY_REVISION),
        num(item, BODY_PARTS));
  }

  /** Joins body items (in part order) back into paragraphs. */
  public static List<String> paragraphs(List<Map<String, AttributeValue>> bodyItems) {
    List<BodyParts.Part> parts = new ArrayList<>();
    for (Map<String, AttributeValue> item : bodyItems) {
      List<String> paragraphs = item.get(PARAGRAPHS).l().stream().map(AttributeValue::s).toList();
      parts.add(new BodyParts.Part(paragraphs, Boolean.TRUE.equals(item.get(CONTINUES).bool())));
    }
    return BodyParts.join(parts);
  }

  /** The sort-key value for an instant, for range conditions on the indexes. */
  public static String sortKey(Instant instant) {
    return SORT_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void putObject(Map<String, AttributeValue> item, ObjectRef ref) {
    item.put(BUCKET, s(ref.bucket()));
    item.put(OBJECT_KEY, s(ref.key()));
    putIfPresent(item, VERSION_ID, ref.versionId());
    putIfPresent(item, ETAG, ref.eTag());
    putIfPresent(item, SEQUENCER, ref.sequencer());
    item.put(OBJECT_SIZE, n(ref.size()));
  }

  private static ObjectRef object(Map<String, AttributeValue> item) {
    return new ObjectRef(
        str(item, BUCKET),
        str(item, OBJECT_KEY),
        str(item, VERSION_ID),
        str(item, ETAG),
        str(item, SEQUENCER),
        Long.parseLong(item.get(OBJECT_SIZE).n()));
  }

  private static AttributeValue warning(Warning warning) {
    return AttributeValue.fromM(
        Map.of(WARNING_CODE, s(warning.code().name()), WARNING_DETAIL, s(warning.detail())));
  }

  private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, s(value));
    }
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static AttributeValue strings(List<String> values) {
    return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
  }

  private static String str(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  private static int num(Map<String, AttributeValue> item, String name) {
    return Integer.parseInt(item.get(name).n());
  }
}
