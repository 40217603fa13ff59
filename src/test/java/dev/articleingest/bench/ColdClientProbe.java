package dev.articleingest.bench;

import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One cold S3 get and DynamoDB put, then exit: run in a fresh JVM by {@code bench/http-clients.sh},
 * against a local stack started by {@code serve}. Not a test.
 *
 * <p>Arguments: {@code MODE KEY [FILE]}; with FILE, the object is uploaded first (set-up).
 *
 * <p>{@code configured}: clients built as the function builds them (explicit region, credentials
 * provider and URLConnection client). {@code sdk-default}: builders left to their defaults, so the
 * SDK discovers region, credentials and whichever HTTP client is on the class path.
 */
public final class ColdClientProbe {

  private ColdClientProbe() {}

  public static void main(String[] args) throws java.io.IOException {
    Map<String, String> env = System.getenv();
    URI s3Endpoint = URI.create(env.get("S3_ENDPOINT"));
    URI dynamoEndpoint = URI.create(env.get("DYNAMODB_ENDPOINT"));
    S3Client s3;
    DynamoDbClient dynamo;
    if ("configured".equals(args[0])) {
      Dependencies deps =
          Dependencies.create(
              Config.fromEnv(env),
              s3Endpoint,
              dynamoEndpoint,
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(
                      env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"))));
      s3 = deps.s3();
      dynamo = deps.dynamo();
    } else {
      s3 = S3Client.builder().endpointOverride(s3Endpoint).forcePathStyle(true).build();
      dynamo = DynamoDbClient.builder().endpointOverride(dynamoEndpoint).build();
    }
    String bucket = env.get("BUCKET");
    if (args.length > 2) {
      // Set-up, not timed: put the object the timed runs read.
      s3.putObject(
          b -> b.bucket(bucket).key(args[1]),
          software.amazon.awssdk.core.sync.RequestBody.fromFile(java.nio.file.Path.of(args[2])));
    }
    byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(args[1])).asByteArray();
    dynamo.putItem(
        b ->
            b.tableName(env.get("ARTICLE_TABLE"))
                .item(
                    Map.of(
                        "pk", AttributeValue.fromS("PROBE#" + args[0]),
                        "sk", AttributeValue.fromS("PROBE"),
                        "bytes", AttributeValue.fromN(Integer.toString(bytes.length)))));
    System.out.println(s3.getClass().getSimpleName() + " read " + bytes.length + " bytes");
  }
}
