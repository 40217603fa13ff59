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
