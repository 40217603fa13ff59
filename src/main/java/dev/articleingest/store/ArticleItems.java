package dev.articleingest.store;

import static dev.articleingest.store.ArticleTable.*;

import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.ArticleSummary;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.Published;
import dev.articleingest.model.Rejection;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.Sequencers;
import dev.articleingest.model.Sha256;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
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

  /** An article's body, encoded and cut into item-sized parts. */
  public record EncodedBody(String revision, List<byte[]> parts, int bytes) {}

  /**
   * Encodes a body under the revision of one event and parser version. A revision is written once
   * and never changed, so a reader that found all its parts read one consistent body. Its name is
   * the event's padded sequencer and the parser version ({@link #revision}), so revisions sort in
   * event order: the clean-up can tell a stale revision from one a newer writer is making.
   */
  public static EncodedBody encodeBody(StoredArticle stored) {
    String revision =
        revision(stored.object().sequencer(), stored.article().parserVersion());
    byte[] gzipped = BodyCodec.encode(stored.article().paragraphs());
    return new EncodedBody(
        revision, BodyCodec.split(gzipped, BodyCodec.MAX_PART_BYTES), gzipped.length);
  }

  /** The revision name of an event's body by a parser version: {@code <sequencer order>v<n>}. */
  public static String revision(String sequencer, int parserVersion) {
    return Sequencers.order(sequencer) + "v" + parserVersion;
  }

  /** The article's META item, pointing at an encoded body. */
  public static Map<String, AttributeValue> metadataItem(StoredArticle stored, EncodedBody body) {
    Article article = stored.article();
    Map<String, AttributeValue> item = stateItem(stored.id(), ENTITY_ARTICLE, stored.object());
    item.put(SOURCE, s(article.source()));
    putIfPresent(item, URL, article.url());
    item.put(TITLE, s(article.title()));
    putIfPresent(item, SUBTITLE, article.subtitle());
    if (!article.authors().isEmpty()) {
      item.put(AUTHORS, strings(article.authors()));
    }
    Published modified = article.modified();
    if (modified != null) {
      item.put(MODIFIED_LOCAL, s(modified.local().toString()));
      if (modified.zoneKnown()) {
        item.put(MODIFIED_ZONE, s(modified.zone().getId()));
        item.put(MODIFIED_AT, s(modified.instant().toString()));
      }
    }
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
    item.put(
        LANGUAGE_CONFIDENCE, AttributeValue.fromN(Double.toString(article.languageConfidence())));
    item.put(FORMAT, s(article.format()));
    item.put(WORD_COUNT, n(article.wordCount()));
    item.put(PARAGRAPH_COUNT, n(article.paragraphs().size()));
    item.put(CONTENT_HASH, s(article.contentHash()));
    item.put(PARSER_VERSION, n(article.parserVersion()));
    item.put(WARNINGS, warningsByCode(article.warnings()));
    item.put(BODY_REVISION, s(body.revision()));
    item.put(BODY_PARTS, n(body.parts().size()));
    item.put(BODY_BYTES, n(body.bytes()));
    item.put(INGESTED_AT, s(stored.ingestedAt().toString()));
    putIfPresent(item, DUPLICATE_OF, stored.duplicateOf());
    return item;
  }

  /**
   * The body items of an encoded body, in part order. The first also holds the article's
   * diagnostics: every warning with its detail and what the parser dropped (META holds one warning
   * of each code and a count, so that a new article's META stays within one write unit).
   */
  public static List<Map<String, AttributeValue>> bodyItems(
      String id, EncodedBody body, Article article) {
    List<Map<String, AttributeValue>> items = new ArrayList<>(body.parts().size());
    for (int i = 0; i < body.parts().size(); i++) {
      Map<String, AttributeValue> item = new HashMap<>();
      item.put(PK, s(pk(id)));
      item.put(SK, s(bodySk(body.revision(), i)));
      item.put(ENTITY, s(ENTITY_BODY));
      item.put(ID, s(id));
      item.put(REVISION, s(body.revision()));
      item.put(PART, n(i));
      item.put(BODY_GZ, AttributeValue.fromB(SdkBytes.fromByteArray(body.parts().get(i))));
      if (i == 0) {
        item.put(
            WARNINGS,
            AttributeValue.fromL(article.warnings().stream().map(ArticleItems::warning).toList()));
        item.put(DROPPED_BOILERPLATE, strings(article.dropped().boilerplate()));
        putIfPresent(item, DROPPED_REPEATED_TITLE, article.dropped().repeatedTitle());
      }
      items.add(item);
    }
    return items;
  }

  /** One warning of each code, in the order the codes first occur, with how many there are. */
  private static AttributeValue warningsByCode(List<Warning> warnings) {
    Map<WarningCode, Warning> first = new LinkedHashMap<>();
    Map<WarningCode, Integer> counts = new HashMap<>();
    for (Warning w : warnings) {
      first.putIfAbsent(w.code(), w);
      counts.merge(w.code(), 1, Integer::sum);
    }
    List<AttributeValue> out = new ArrayList<>(first.size());
    for (Warning w : first.values()) {
      Map<String, AttributeValue> m = new HashMap<>(warning(w).m());
      int count = counts.get(w.code());
      if (count > 1) {
        m.put(WARNING_COUNT, n(count));
      }
      out.add(AttributeValue.fromM(m));
    }
    return AttributeValue.fromL(out);
  }

  /**
   * The article from its metadata and its body items in part order, with the diagnostics the first
   * item holds (every warning, the dropped lines); an item written before they moved there has
   * none, and the metadata's are kept.
   */
  public static StoredArticle withBody(
      ArticleMetadata metadata, List<Map<String, AttributeValue>> parts) {
    List<String> paragraphs = paragraphs(parts);
    if (parts.isEmpty() || !parts.get(0).containsKey(WARNINGS)) {
      return metadata.withBody(paragraphs);
    }
    return metadata.withBody(paragraphs, warnings(parts.get(0)), dropped(parts.get(0)));
  }

  private static List<Warning> warnings(Map<String, AttributeValue> item) {
    List<Warning> warnings = new ArrayList<>();
    for (AttributeValue w : item.getOrDefault(WARNINGS, AttributeValue.fromL(List.of())).l()) {
      WarningCode code = WarningCode.valueOf(w.m().get(WARNING_CODE).s());
      warnings.add(new Warning(code, w.m().get(WARNING_DETAIL).s()));
      AttributeValue count = w.m().get(WARNING_COUNT);
      int more = count == null ? 0 : Integer.parseInt(count.n()) - 1;
      if (more > 0) {
        warnings.add(
            new Warning(
                code,
                String.format(
                    Locale.ROOT,
                    "and %d more %s warnings, listed with the article's body",
                    more,
                    code.name())));
      }
    }
    return warnings;
  }

  private static Dropped dropped(Map<String, AttributeValue> item) {
    List<String> boilerplate = new ArrayList<>();
    for (AttributeValue line :
        item.getOrDefault(DROPPED_BOILERPLATE, AttributeValue.fromL(List.of())).l()) {
      boilerplate.add(line.s());
    }
    return new Dropped(boilerplate, str(item, DROPPED_REPEATED_TITLE));
  }

  /** The META item saying the key's newest object cannot become an article. */
  public static Map<String, AttributeValue> rejectionItem(
      String id, ObjectRef ref, InputRejectedException rejection, int parserVersion, Instant at) {
    Map<String, AttributeValue> item = stateItem(id, ENTITY_REJECTION, ref);
    item.put(REASON, s(rejection.reason().name()));
    item.put(MESSAGE, s(rejection.getMessage()));
    item.put(PARSER_VERSION, n(parserVersion));
    item.put(REJECTED_AT, s(at.toString()));
    item.put(REJECTED_DAY, s(at.atOffset(ZoneOffset.UTC).toLocalDate().toString()));
    return item;
  }

  /** The META item saying the key's object was deleted; DynamoDB's TTL removes it later. */
  public static Map<String, AttributeValue> tombstoneItem(
      String id, ObjectRef ref, Instant at, Instant expires) {
    Map<String, AttributeValue> item = stateItem(id, ENTITY_TOMBSTONE, ref);
    item.put(DELETED_AT, s(at.toString()));
    item.put(EXPIRES_AT, n(expires.getEpochSecond()));
    return item;
  }

  /** Reads a listing's item (a time index's projection of META). */
  public static ArticleSummary summary(Map<String, AttributeValue> item) {
    return new ArticleSummary(
        str(item, ID),
        str(item, SOURCE),
        str(item, URL),
        str(item, TITLE),
        published(item, PUBLISHED_LOCAL, PUBLISHED_ZONE),
        str(item, LANGUAGE),
        num(item, WORD_COUNT),
        format(item),
        str(item, BUCKET),
        str(item, OBJECT_KEY),
        Instant.parse(str(item, INGESTED_AT)),
        str(item, DUPLICATE_OF));
  }

  /** The item's input format; items written before formats were recorded are text. */
  private static String format(Map<String, AttributeValue> item) {
    return item.containsKey(FORMAT) ? str(item, FORMAT) : "text";
  }

  /** Reads an article's META item. */
  public static ArticleMetadata metadata(Map<String, AttributeValue> item) {
    Published published = published(item, PUBLISHED_LOCAL, PUBLISHED_ZONE);
    Published modified = published(item, MODIFIED_LOCAL, MODIFIED_ZONE);
    List<String> authors = new ArrayList<>();
    for (AttributeValue name : item.getOrDefault(AUTHORS, AttributeValue.fromL(List.of())).l()) {
      authors.add(name.s());
    }
    return new ArticleMetadata(
        str(item, ID),
        str(item, SOURCE),
        str(item, URL),
        str(item, TITLE),
        str(item, SUBTITLE),
        authors,
        published,
        modified,
        str(item, LANGUAGE),
        item.containsKey(LANGUAGE_CONFIDENCE)
            ? Double.parseDouble(item.get(LANGUAGE_CONFIDENCE).n())
            : 0,
        num(item, WORD_COUNT),
        num(item, PARAGRAPH_COUNT),
        str(item, CONTENT_HASH),
        num(item, PARSER_VERSION),
        format(item),
        warnings(item),
        dropped(item),
        object(item),
        Instant.parse(str(item, INGESTED_AT)),
        str(item, BODY_REVISION),
        num(item, BODY_PARTS),
        str(item, DUPLICATE_OF));
  }

  private static Published published(
      Map<String, AttributeValue> item, String localName, String zoneName) {
    if (!item.containsKey(localName)) {
      return null;
    }
    ZoneId zone = item.containsKey(zoneName) ? ZoneId.of(str(item, zoneName)) : null;
    return new Published(LocalDateTime.parse(str(item, localName)), zone);
  }

  /** Reads a rejection's META item. */
  public static Rejection rejection(Map<String, AttributeValue> item) {
    return new Rejection(
        str(item, ID),
        object(item),
        RejectionReason.valueOf(str(item, REASON)),
        str(item, MESSAGE),
        num(item, PARSER_VERSION),
        Instant.parse(str(item, REJECTED_AT)));
  }

  /** Joins body items (in part order) back into paragraphs. */
  public static List<String> paragraphs(List<Map<String, AttributeValue>> bodyItems) {
    List<byte[]> slices = new ArrayList<>(bodyItems.size());
    for (Map<String, AttributeValue> item : bodyItems) {
      slices.add(item.get(BODY_GZ).b().asByteArray());
    }
    return BodyCodec.decode(BodyCodec.join(slices));
  }

  /** The sort-key value for an instant, for range conditions on the indexes. */
  public static String sortKey(Instant instant) {
    return SORT_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The article id in a partition key. */
  public static String idOf(String pk) {
    return pk.substring(ARTICLE_PREFIX.length());
  }

  private static Map<String, AttributeValue> stateItem(String id, String entity, ObjectRef ref) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(pk(id)));
    item.put(SK, s(META_SK));
    item.put(ENTITY, s(entity));
    item.put(ID, s(id));
    item.put(SEQUENCER_ORDER, s(Sequencers.order(ref.sequencer())));
    item.put(BUCKET, s(ref.bucket()));
    item.put(OBJECT_KEY, s(ref.key()));
    putIfPresent(item, VERSION_ID, ref.versionId());
    putIfPresent(item, ETAG, ref.eTag());
    putIfPresent(item, SEQUENCER, ref.sequencer());
    item.put(OBJECT_SIZE, n(ref.size()));
    return item;
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

  static String str(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  static int num(Map<String, AttributeValue> item, String name) {
    return Integer.parseInt(item.get(name).n());
  }
}
