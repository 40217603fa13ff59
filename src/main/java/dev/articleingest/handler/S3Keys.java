package dev.articleingest.handler;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes object keys as S3 event notifications encode them: form-URL-encoded, so a space arrives
 * as {@code +} and other bytes as {@code %XX} of their UTF-8 encoding. Strict: a malformed escape
 * or bytes that are not UTF-8 are an error, never a replacement character.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html">Event
 *     message structure</a>
 */
final class S3Keys {

  private S3Keys() {}

  static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= encoded.length()) {
          throw invalid(encoded, "a % escape is cut short");
        }
        int hi = Character.digit(encoded.charAt(i + 1), 16);
        int lo = Character.digit(encoded.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw invalid(encoded, "'%" + encoded.substring(i + 1, i + 3) + "' is not a % escape");
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
          utf8 = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    try {
      String key =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
      if (key.isEmpty()) {
        throw invalid(encoded, "it is empty");
      }
      return key;
    } catch (CharacterCodingException e) {
      throw invalid(encoded, "its bytes are not UTF-8");
    }
  }

  private static InputRejectedException invalid(String encoded, String why) {
    return new InputRejectedException(
        RejectionReason.INVALID_KEY, "the object key '" + encoded + "' cannot be decoded: " + why);
  }
}
