package dev.articleingest.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The HTTP client of SnapStart priming's rehearsal ({@link Dependencies#rehearsal}): it answers
 * from memory as S3 and DynamoDB answer a new article's invocation, and sends nothing anywhere.
 * S3's GetObject gets the bundled article; DynamoDB finds no item and takes every write. So the
 * rehearsal runs the whole invocation, responses unmarshalled, without a side effect by
 * construction.
 */
final class RehearsalResponder implements SdkHttpClient {

  private static final String LAST_MODIFIED = "Wed, 02 Dec 2026 17:00:00 GMT";

  private final byte[] object;
  private final String table;
  private final List<String> operations = new CopyOnWriteArrayList<>();

  /**
   * @param object what GetObject answers, for any key
   * @param table the table the consumed capacity names
   */
  RehearsalResponder(byte[] object, String table) {
    this.object = object.clone();
    this.table = table;
  }

  /** The operations answered, in order ("GetObject", "DynamoDB_20120810.PutItem", ...). */
  List<String> operations() {
    return List.copyOf(operations);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    SdkHttpRequest http = request.httpRequest();
    request.contentStreamProvider().ifPresent(body -> drain(body.newStream()));
    Optional<String> target = http.firstMatchingHeader("X-Amz-Target");
    SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(200);
    byte[] body;
    if (target.isPresent()) {
      operations.add(target.get());
      body = dynamoAnswer(target.get()).getBytes(StandardCharsets.UTF_8);
      response.putHeader("Content-Type", "application/x-amz-json-1.0");
    } else if (http.method() == SdkHttpMethod.GET || http.method() == SdkHttpMethod.HEAD) {
      boolean get = http.method() == SdkHttpMethod.GET;
      operations.add(get ? "GetObject" : "HeadObject");
      body = get ? object : new byte[0];
      response
          .putHeader("Content-Type", "text/plain; charset=utf-8")
          .putHeader("ETag", "\"00000000000000000000000000000000\"")
          .putHeader("Last-Modified", LAST_MODIFIED)
          .putHeader("x-amz-meta-rehearsal", "true");
    } else {
      operations.add(http.method().name());
      body = new byte[0];
    }
    response.putHeader("Content-Length", Integer.toString(body.length));
    HttpExecuteResponse answer =
        HttpExecuteResponse.builder()
            .response(response.build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
            .build();
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        return answer;
      }

      @Override
      public void abort() {}
    };
  }

  /** No item stored yet, no duplicate; writes succeed and report the units they took. */
  private String dynamoAnswer(String target) {
    String capacity =
        ("\"ConsumedCapacity\":{\"TableName\":\"%s\",\"CapacityUnits\":1.0,"
                + "\"Table\":{\"CapacityUnits\":1.0}}")
            .formatted(table);
    String operation = target.substring(target.indexOf('.') + 1);
    return switch (operation) {
      case "Query" -> "{\"Count\":0,\"ScannedCount\":0,\"Items\":[]," + capacity + "}";
      case "GetItem", "PutItem", "DeleteItem", "UpdateItem" -> "{" + capacity + "}";
      default -> "{}";
    };
  }

  private static void drain(InputStream in) {
    try (in) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String clientName() {
    return "Rehearsal";
  }

  @Override
  public void close() {}
}
