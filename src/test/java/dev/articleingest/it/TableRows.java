package dev.articleingest.it;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.store.ArticleTable;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads raw items back, so tests can check the table itself, not only the query API. */
final class TableRows {

  private TableRows() {}

  /** Every item of one article (metadata, body parts, rejection), by sort key, all pages. */
  static List<Map<String, AttributeValue>> itemsOf(LocalStack stack, String id) {
    return stack
        .dynamo()
        .queryPaginator(
            b ->
                b.tableName(LocalStack.TABLE)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(
                        Map.of(":pk", AttributeValue.fromS(ArticleTable.pk(id)))))
        .items()
        .stream()
        .toList();
  }

  /** Sort keys of one article's items. */
  static List<String> sortKeysOf(LocalStack stack, String id) {
    return itemsOf(stack, id).stream().map(item -> item.get(ArticleTable.SK).s()).toList();
  }

  /** How many items the whole table holds. */
  static int count(LocalStack stack) {
    return stack.dynamo().scanPaginator(b -> b.tableName(LocalStack.TABLE)).stream()
        .mapToInt(page -> page.count())
        .sum();
  }
}
