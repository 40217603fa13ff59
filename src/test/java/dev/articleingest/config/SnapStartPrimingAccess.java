package dev.articleingest.config;

import dev.articleingest.parse.Extractor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Lets tests in other packages run priming without registering it with CRaC. */
public final class SnapStartPrimingAccess {

  private SnapStartPrimingAccess() {}

  public static int prime(
      Extractor extractor, S3Client s3, DynamoDbClient dynamo, String table) {
    return new SnapStartPriming(extractor, s3, dynamo, table).prime();
  }

  /** What the checkpoint runs: every priming the handler registered. */
  public static void beforeCheckpoint() {
    SnapStartPriming.beforeCheckpointOfRegistered();
  }
}
