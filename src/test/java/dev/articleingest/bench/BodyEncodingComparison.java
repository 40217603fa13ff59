package dev.articleingest.bench;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.model.Article;
import dev.articleingest.model.ObjectRef;
import dev.articleingest.model.StoredArticle;
import dev.articleingest.parse.Extractor;
import dev.articleingest.parse.RawInput;
import dev.articleingest.store.ArticleItems;
import dev.articleingest.store.ArticleTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Stores each body of the sample corpus twice in DynamoDB Local, as plain text (a list of paragraph
 * strings, cut at 350,000 bytes) and as the function stores it (gzip in a binary attribute), and
 * prints the write and read units DynamoDB reports for each, side by side. Run by {@code
 * bench/body-encoding.sh}; not a test.
 */
public final class BodyEncodingComparison {

  private static final int PLAIN_PART_BYTES = 350_000;

  private BodyEncodingComparison() {}

  public static void main(String[] args) throws Exception {
    Extractor extractor = Extractor.withBundledProfiles();
    Map<String, Article> corpus = new LinkedHashMap<>();
    for (String dir :
        List.of("samples", "src/test/resources/objects", "src/test/resources/golden")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          byte[] bytes = Files.readAllBytes(file);
          if (bytes.length > 0) {
            Article article =
                extractor.extract(new RawInput(bytes, "x/" + file.getFileName(), Map.of()));
            if (corpus.values().stream()
                .noneMatch(a -> a.contentHash().equals(article.contentHash()))) {
              corpus.put(file.toString(), article);
            }
          }
        }
      }
    }
    corpus.put(
        "synthetic 1 MB of random words",
        extractor.extract(new RawInput(randomArticle(), "x/big.txt", Map.of())));

    try (LocalStack stack = LocalStack.start(null)) {
      DynamoDbClient dynamo = stack.dynamo();
      System.out.printf(
          "%-50s %9s %7s %7s %7s %7s%n", "body", "bytes", "txt WCU", "gz WCU", "txt RCU", "gz RCU");
      double[] totals = new double[4];
      int n = 0;
      for (Map.Entry<String, Article> entry : corpus.entrySet()) {
        String id = "bench" + n++;
        StoredArticle stored =
            new StoredArticle(
                id,
                entry.getValue(),
                new ObjectRef("b", "k" + n, null, null, "01", 1),
                Instant.EPOCH,
                null);
        List<Map<String, AttributeValue>> plain = plainItems(id, entry.getValue().paragraphs());
        List<Map<String, AttributeValue>> gzip =
            ArticleItems.bodyItems(id, ArticleItems.encodeBody(stored), entry.getValue());
        // the body alone, as the plain items hold it: not the diagnostics the first part carries
        for (Map<String, AttributeValue> item : gzip) {
          item.keySet()
              .removeAll(
                  List.of(
                      ArticleTable.WARNINGS,
                      ArticleTable.DROPPED_BOILERPLATE,
                      ArticleTable.DROPPED_REPEATED_TITLE));
        }
        double[] row = {
          write(dynamo, plain), write(dynamo, gzip), read(dynamo, plain), read(dynamo, gzip)
        };
        for (int i = 0; i < 4; i++) {
          totals[i] += row[i];
        }
        System.out.printf(
            Locale.ROOT,
            "%-50s %9d %7.1f %7.1f %7.1f %7.1f%n",
            entry.getKey(),
            entry.getValue().body().getBytes(StandardCharsets.UTF_8).length,
            row[0],
            row[1],
            row[2],
            row[3]);
      }
      System.out.printf(
          Locale.ROOT,
          "%-50s %9s %7.1f %7.1f %7.1f %7.1f%n",
          "total",
          "",
          totals[0],
          totals[1],
          totals[2],
          totals[3]);
    }
  }

  private static List<Map<String, AttributeValue>> plainItems(String id, List<String> paragraphs) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    List<AttributeValue> current = new ArrayList<>();
    int bytes = 0;
    for (String paragraph : paragraphs) {
      int size = paragraph.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > PLAIN_PART_BYTES && !current.isEmpty()) {
        items.add(plainItem(id, items.size(), current));
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(AttributeValue.fromS(paragraph));
      bytes += size;
    }
    items.add(plainItem(id, items.size(), current));
    return items;
  }

  private static Map<String, AttributeValue> plainItem(
      String id, int part, List<AttributeValue> paragraphs) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("PLAIN#" + id));
    item.put("sk", AttributeValue.fromS(String.format("BODY#%03d", part)));
    item.put("paragraphs", AttributeValue.fromL(paragraphs));
    return item;
  }

  private static double write(DynamoDbClient dynamo, List<Map<String, AttributeValue>> items) {
    double units = 0;
    for (Map<String, AttributeValue> item : items) {
      units +=
          dynamo
              .putItem(
                  b ->
                      b.tableName(LocalStack.TABLE)
                          .item(item)
                          .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
              .consumedCapacity()
              .capacityUnits();
    }
    return units;
  }

  private static double read(DynamoDbClient dynamo, List<Map<String, AttributeValue>> items) {
    double units = 0;
    for (Map<String, AttributeValue> item : items) {
      units +=
          dynamo
              .getItem(
                  b ->
                      b.tableName(LocalStack.TABLE)
                          .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                          .consistentRead(true)
                          .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
              .consumedCapacity()
              .capacityUnits();
    }
    return units;
  }

  private static byte[] randomArticle() {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder("2022-02-12T10:00:00Z\n\nBig\n\n");
    String letters = "abcdefghijklmnopqrstuvwxyz";
    while (text.length() < 1_000_000) {
      for (int w = 0; w < 100; w++) {
        for (int c = 1 + random.nextInt(9); c > 0; c--) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
        text.append(' ');
      }
      text.append("end.\n\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
