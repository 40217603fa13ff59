package dev.articleingest.cli;

import dev.articleingest.config.Dependencies;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.ArticleSummary;
import dev.articleingest.model.Rejection;
import dev.articleingest.query.ArticleQueries;
import dev.articleingest.query.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code query ...}: reads the article table through {@link ArticleQueries}, from the local stack
 * (a running {@code serve}, else the embedded stack on the data directory) or from a real table.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Query the article table. Without --endpoint, --region or --profile it reads the local"
          + " stack: a running 'serve' if there is one, else it starts the embedded stack on"
          + " --data-dir itself. With them it reads a real table (--table required), using the"
          + " AWS default credential chain or --profile.",
    },
    subcommands = {
      QueryCommand.Get.class,
      QueryCommand.BySource.class,
      QueryCommand.ByDay.class,
      QueryCommand.ByHash.class,
      QueryCommand.ByUrl.class,
      QueryCommand.Rejections.class
    })
final class QueryCommand {

  @Spec CommandSpec spec;

  @Mixin Target target;

  /** Inherited: accepted after the subcommand too ({@code query day 2022-02-12 --json}). */
  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print JSON instead of a table.")
  boolean json;

  /** Runs a query against the chosen table, starting the embedded stack if needed. */
  <T> T run(Function<ArticleQueries, T> query) throws Exception {
    try (Target.Connection connection = target.open(spec)) {
      Dependencies dependencies = connection.dependencies();
      return query.apply(
          new ArticleQueries(dependencies.dynamo(), dependencies.config().tableName()));
    }
  }

  /** A listing's page: its summaries, as a table or as JSON. */
  void print(List<ArticleSummary> articles, String nextPageToken) {
    print(articles, nextPageToken, ArticleJson::toMap, a -> a);
  }

  /** Whole articles found by an index: the same table, their whole metadata as JSON. */
  void printFound(List<ArticleMetadata> articles) {
    print(articles, null, ArticleJson::toMap, ArticleMetadata::summary);
  }

  private <T> void print(
      List<T> articles,
      String nextPageToken,
      Function<T, Map<String, Object>> toJson,
      Function<T, ArticleSummary> toRow) {
    if (json) {
      Map<String, Object> page = new HashMap<>();
      page.put("items", articles.stream().map(toJson).toList());
      page.put("nextPageToken", nextPageToken);
      System.out.println(ArticleJson.write(page));
      return;
    }
    TextTable table = new TextTable("ID", "SOURCE", "PUBLISHED", ">WORDS", "TITLE");
    for (ArticleSummary a : articles.stream().map(toRow).toList()) {
      table.row(
          a.id(), a.source(), ArticleJson.describe(a.published()), a.wordCount(), a.title());
    }
    table.print(System.out);
    if (nextPageToken != null) {
      System.out.println("more: --page-token " + nextPageToken);
    }
  }

  /** Prints a JSON-like map as indented {@code name: value} lines. */
  static void printFields(Map<String, Object> fields, String indent) {
    fields.forEach(
        (name, value) -> {
          if (value instanceof Map<?, ?> map) {
            System.out.println(indent + name + ":");
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) map;
            printFields(nested, indent + "  ");
          } else if (value instanceof List<?> list) {
            System.out.println(indent + name + ": (" + list.size() + ")");
            list.forEach(item -> System.out.println(indent + "  - " + item));
          } else {
            System.out.println(indent + name + ": " + value);
          }
        });
  }

  /** {@code query get ID}. */
  @Command(name = "get", mixinStandardHelpOptions = true, description = "One article by id.")
  static final class Get implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--body", description = "Include the body paragraphs.")
    boolean body;

    @Override
    public Integer call() throws Exception {
      Optional<Map<String, Object>> found =
          parent.run(
              q ->
                  body
                      ? q.getWithBody(id).map(ArticleJson::toMap)
                      : q.get(id).map(ArticleJson::toMap));
      if (found.isEmpty()) {
        System.err.println("no article with id " + id);
        return 1;
      }
      if (parent.json) {
        System.out.println(ArticleJson.write(found.get()));
      } else {
        printFields(found.get(), "");
      }
      return 0;
    }
  }

  /** Paging options shared by the listings. */
  static final class Paging {
    @Option(
        names = "--limit",
        defaultValue = "20",
        description = "Page size (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--page-token", description = "Continue a listing where it stopped.")
    String pageToken;
  }

  /** {@code query source DOMAIN}. */
  @Command(
      name = "source",
      mixinStandardHelpOptions = true,
      description = "A source's articles by published time, newest first.")
  static final class BySource implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "DOMAIN")
    String source;

    @Option(names = "--from", description = "Earliest published instant, ISO-8601 (default: all).")
    Instant from = Instant.EPOCH;

    @Option(names = "--to", description = "Latest published instant, ISO-8601 (default: all).")
    Instant to = Instant.parse("9999-12-31T23:59:59Z");

    @ArgGroup(exclusive = false)
    Paging paging = new Paging();

    @Override
    public Integer call() throws Exception {
      Page<ArticleSummary> page =
          parent.run(q -> q.listBySource(source, from, to, paging.limit, paging.pageToken));
      parent.print(page.items(), page.nextPageToken());
      return 0;
    }
  }

  /** {@code query day DATE}. */
  @Command(
      name = "day",
      mixinStandardHelpOptions = true,
      description = "Articles published on a UTC day (YYYY-MM-DD), newest first.")
  static final class ByDay implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "DATE")
    LocalDate day;

    @ArgGroup(exclusive = false)
    Paging paging = new Paging();

    @Override
    public Integer call() throws Exception {
      Page<ArticleSummary> page =
          parent.run(q -> q.listByDay(day, paging.limit, paging.pageToken));
      parent.print(page.items(), page.nextPageToken());
      return 0;
    }
  }

  /** {@code query hash SHA256}. */
  @Command(
      name = "hash",
      mixinStandardHelpOptions = true,
      description = "Articles whose normalized body has this SHA-256 (duplicates).")
  static final class ByHash implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "SHA256")
    String hash;

    @Override
    public Integer call() throws Exception {
      parent.printFound(parent.run(q -> q.findByContentHash(hash)));
      return 0;
    }
  }

  /** {@code query url URL}. */
  @Command(name = "url", mixinStandardHelpOptions = true, description = "Articles with this URL.")
  static final class ByUrl implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "URL")
    String url;

    @Override
    public Integer call() throws Exception {
      parent.printFound(parent.run(q -> q.findByUrl(url)));
      return 0;
    }
  }

  /** {@code query rejections DATE}. */
  @Command(
      name = "rejections",
      mixinStandardHelpOptions = true,
      description = "Objects rejected on a UTC day (YYYY-MM-DD), newest first, with the reason.")
  static final class Rejections implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Parameters(paramLabel = "DATE")
    LocalDate day;

    @ArgGroup(exclusive = false)
    Paging paging = new Paging();

    @Override
    public Integer call() throws Exception {
      Page<Rejection> page = parent.run(q -> q.listRejections(day, paging.limit, paging.pageToken));
      if (parent.json) {
        Map<String, Object> json = new HashMap<>();
        json.put(
            "items",
            page.items().stream()
                .map(
                    r ->
                        Map.of(
                            "id", r.id(),
                            "bucket", r.object().bucket(),
                            "key", r.object().key(),
                            "reason", r.reason().name(),
                            "message", r.message(),
                            "rejectedAt", r.rejectedAt().toString()))
                .toList());
        json.put("nextPageToken", page.nextPageToken());
        System.out.println(ArticleJson.write(json));
        return 0;
      }
      TextTable table = new TextTable("REJECTED AT", "REASON", "ID", "OBJECT: MESSAGE");
      for (Rejection r : page.items()) {
        table.row(
            r.rejectedAt(),
            r.reason(),
            r.id(),
            "s3://" + r.object().bucket() + "/" + r.object().key() + ": " + r.message());
      }
      table.print(System.out);
      if (page.nextPageToken() != null) {
        System.out.println("more: --page-token " + page.nextPageToken());
      }
      return 0;
    }
  }
}
