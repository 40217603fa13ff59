package dev.articleingest.config;

import dev.articleingest.parse.Extractor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Lets tests in other packages run priming without registering it with CRaC. */
public final class SnapStartPrimingAccess {

  private SnapStartPrimingAccess() {}

  public static int prime(Extractor extractor, DynamoDbClient dynamo, String table) {
    return new SnapStartPriming(extractor, dynamo, table).prime();
  }
}
