package dev.articleingest.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Page tokens: a query's LastEvaluatedKey (string attributes only, which is all this table's keys
 * are), as URL-safe base64 of {@code name=value} lines. Opaque to callers.
 */
final class PageTokens {

  private PageTokens() {}

  static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
    if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    lastEvaluatedKey.forEach(
        (name, value) -> text.append(name).append('\u0000').append(value.s()).append('\u0001'));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalArgumentException when the token was not made by {@link #encode}
   */
  static Map<String, AttributeValue> decode(String token) {
    if (token == null) {
      return null;
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      for (String entry : text.split("\u0001")) {
        int sep = entry.indexOf('\u0000');
        if (sep <= 0) {
          throw new IllegalArgumentException("not a page token: " + token);
        }
        key.put(entry.substring(0, sep), AttributeValue.fromS(entry.substring(sep + 1)));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a page token: " + token, e);
    }
    return key;
  }
}
