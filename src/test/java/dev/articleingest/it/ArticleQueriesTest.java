package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.ingest.Capacity;
import dev.articleingest.model.Article;
import dev.articleingest.model.ArticleId;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.ArticleSummary;
import dev.articleingest.model.Dropped;
import dev.articleingest.model.Published;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.query.Page;
import dev.articleingest.store.DynamoArticleStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The query API other services use, against DynamoDB Local. */
@ExtendWith(LocalStackExtension.class)
class ArticleQueriesTest {

  private final LocalStack stack;
  private final DynamoArticleStore store;
  private final ArticleQueries queries;

  ArticleQueriesTest(LocalStack stack) {
    this.stack = stack;
    this.store = new DynamoArticleStore(stack.dynamo(), LocalStack.TABLE);
    this.queries = stack.queries();
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  /** Stores an article of example.org published at hour {@code hour} of 2022-02-12 UTC. */
  private String store(int hour, String url) {
    String key = "example.org/" + hour + ".txt";
    String id = ArticleId.of(Articles.BUCKET, key);
    Article base = Articles.variant("h" + hour, 1);
    Article article =
        new Article(
            base.source(),
            url,
            "Hour " + hour,
            null,
            List.of(),
            new Published(LocalDateTime.of(2022, 2, 12, hour, 0), ZoneOffset.UTC),
            null,
            base.paragraphs(),
            base.wordCount(),
            base.language(),
            1.0,
            base.contentHash(),
            1,
            "text",
            List.of(),
            Dropped.NOTHING);
    store.put(
        new StoredArticle(id, article, Articles.ref(key, 1), Instant.now(), null),
        false,
        new Capacity.Meter());
    return id;
  }

  @Test
  void pagesThroughASourceNewestFirst() {
    for (int hour = 1; hour <= 7; hour++) {
      store(hour, null);
    }
    Instant from = Instant.parse("2022-02-12T02:00:00Z");
    Instant to = Instant.parse("2022-02-12T06:00:00Z");

    List<String> titles = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = null;
    do {
      Page<ArticleSummary> page = queries.listBySource("example.org", from, to, 2, token);
      page.items().forEach(a -> titles.add(a.title()));
      sizes.add(page.items().size());
      token = page.nextPageToken();
    } while (token != null);

    assertEquals(List.of("Hour 6", "Hour 5", "Hour 4", "Hour 3", "Hour 2"), titles);
    assertTrue(sizes.subList(0, 2).stream().allMatch(s -> s == 2), sizes.toString());
  }

  @Test
  void pagesThroughADay() {
    for (int hour = 1; hour <= 5; hour++) {
      store(hour, null);
    }
    Page<ArticleSummary> first = queries.listByDay(LocalDate.parse("2022-02-12"), 3, null);
    Page<ArticleSummary> second =
        queries.listByDay(LocalDate.parse("2022-02-12"), 3, first.nextPageToken());

    assertEquals(
        List.of("Hour 5", "Hour 4", "Hour 3"),
        first.items().stream().map(ArticleSummary::title).toList());
    assertEquals(
        List.of("Hour 2", "Hour 1"), second.items().stream().map(ArticleSummary::title).toList());
    assertTrue(queries.listByDay(LocalDate.parse("2022-02-13"), 3, null).items().isEmpty());
  }

  @Test
  void findsByUrl() {
    String id = store(1, "https://example.org/news/1");
    store(2, "https://example.org/news/2");

    List<ArticleMetadata> found = queries.findByUrl("https://example.org/news/1");

    assertEquals(List.of(id), found.stream().map(ArticleMetadata::id).toList());
    assertTrue(queries.findByUrl("https://example.org/none").isEmpty());
  }

  @Test
  void findsByContentHashAndNotDeletedArticles() {
    String id = store(1, null);
    String hash = queries.get(id).orElseThrow().contentHash();
    assertEquals(1, queries.findByContentHash(hash).size());

    store.remove(id, Articles.ref("example.org/1.txt", 2), Instant.now(), new Capacity.Meter());

    assertTrue(queries.findByContentHash(hash).isEmpty());
    assertTrue(queries.get(id).isEmpty());
    assertTrue(queries.getWithBody(id).isEmpty());
  }

  @Test
  void aPageTokenFromElsewhereIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> queries.listByDay(LocalDate.parse("2022-02-12"), 3, "not-a-token"));
    assertTrue(e.getMessage().contains("not a page token"), e.getMessage());
  }

  @Test
  void theLastPageHasNoToken() {
    store(1, null);
    assertNull(queries.listByDay(LocalDate.parse("2022-02-12"), 5, null).nextPageToken());
  }
}
