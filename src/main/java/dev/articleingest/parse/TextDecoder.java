package dev.articleingest.parse;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns bytes into text strictly: UTF-8 (with or without BOM) or a clear rejection. */
final class TextDecoder {

  private TextDecoder() {}

  static String decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputRejectedException(RejectionReason.EMPTY, "the object is empty (0 bytes)");
    }
    String kind = binaryKind(bytes);
    if (kind != null) {
      throw new InputRejectedException(
          RejectionReason.BINARY, "the object is " + kind + ", not an article's text");
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw new InputRejectedException(
          RejectionReason.BINARY, "the object is binary, not text: NUL byte at offset " + nul);
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputRejectedException(
          RejectionReason.INVALID_ENCODING,
          "the text is not valid UTF-8 ("
              + e.getMessage()
              + "); save it as UTF-8 and upload again");
    }
  }

  /** Known binary formats by their leading bytes ("magic numbers"), or null. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return "a PDF document";
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
      return "a ZIP archive (or an Office document)";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
      return "a GIF image";
    }
    if (startsWith(b, 0x52, 0x49, 0x46, 0x46) && b.length >= 12 && b[8] == 'W' && b[9] == 'E') {
      return "a WebP image";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip-compressed data (compressed input is not supported yet)";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
