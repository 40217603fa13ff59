package dev.articleingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How an article's diagnostics are split between its META item and its first body item. */
class ArticleItemsTest {

  private static final List<Warning> WARNINGS =
      List.of(
          new Warning(WarningCode.UNBALANCED_QUOTES, "paragraph 5: a closing ” with no opening"),
          new Warning(WarningCode.ZONE_UNKNOWN, "the date has no offset"),
          new Warning(WarningCode.UNBALANCED_QUOTES, "paragraph 6: a closing ” with no opening"),
          new Warning(WarningCode.UNBALANCED_QUOTES, "paragraph 9: an opening “ never closed"));

  private static final Dropped DROPPED = new Dropped(List.of("Home", "News"), "Bridge repairs");

  private static StoredArticle stored() {
    Article article =
        new Article(
            "example.com",
            null,
            "Bridge repairs",
            null,
            List.of(),
            null,
            null,
            List.of("The council voted to repair the bridge.", "Work starts in May."),
            11,
            "en",
            0.9,
            "hash",
            6,
            "text",
            WARNINGS,
            DROPPED);
    return new StoredArticle(
        "0123456789abcdef01234567",
        article,
        new ObjectRef("bucket", "x/a.txt", null, "etag", "01", 10),
        Instant.parse("2026-12-03T10:00:00Z"),
        null);
  }

  @Test
  void metaHoldsOneWarningOfEachCodeAndTheFirstBodyItemHoldsThemAll() {
    StoredArticle stored = stored();
    ArticleItems.EncodedBody body = ArticleItems.encodeBody(stored);
    Map<String, AttributeValue> meta = ArticleItems.metadataItem(stored, body);
    assertFalse(meta.containsKey(ArticleTable.DROPPED_BOILERPLATE));
    assertEquals(2, meta.get(ArticleTable.WARNINGS).l().size());

    ArticleMetadata fromMeta = ArticleItems.metadata(meta);
    assertEquals(
        List.of(
            WARNINGS.get(0),
            new Warning(
                WarningCode.UNBALANCED_QUOTES,
                "and 2 more UNBALANCED_QUOTES warnings, listed with the article's body"),
            WARNINGS.get(1)),
        fromMeta.warnings());
    assertTrue(fromMeta.dropped().boilerplate().isEmpty());

    Article whole =
        ArticleItems.withBody(fromMeta, ArticleItems.bodyItems(stored.id(), body, stored.article()))
            .article();
    assertEquals(WARNINGS, whole.warnings());
    assertEquals(DROPPED, whole.dropped());
    assertEquals(stored.article().paragraphs(), whole.paragraphs());
  }

  @Test
  void readsAnItemWrittenWhenMetaHeldEveryWarningAndTheDroppedLines() {
    StoredArticle stored = stored();
    ArticleItems.EncodedBody body = ArticleItems.encodeBody(stored);
    Map<String, AttributeValue> meta = new HashMap<>(ArticleItems.metadataItem(stored, body));
    List<AttributeValue> every =
        List.copyOf(
            ArticleItems.bodyItems(stored.id(), body, stored.article())
                .get(0)
                .get(ArticleTable.WARNINGS)
                .l());
    meta.put(ArticleTable.WARNINGS, AttributeValue.fromL(every));
    meta.put(
        ArticleTable.DROPPED_BOILERPLATE,
        AttributeValue.fromL(List.of(AttributeValue.fromS("Home"), AttributeValue.fromS("News"))));
    meta.put(ArticleTable.DROPPED_REPEATED_TITLE, AttributeValue.fromS("Bridge repairs"));
    Map<String, AttributeValue> oldBodyItem =
        new HashMap<>(ArticleItems.bodyItems(stored.id(), body, stored.article()).get(0));
    oldBodyItem.remove(ArticleTable.WARNINGS);
    oldBodyItem.remove(ArticleTable.DROPPED_BOILERPLATE);
    oldBodyItem.remove(ArticleTable.DROPPED_REPEATED_TITLE);

    Article read =
        ArticleItems.withBody(ArticleItems.metadata(meta), List.of(oldBodyItem)).article();
    assertEquals(WARNINGS, read.warnings());
    assertEquals(DROPPED, read.dropped());
  }
}
