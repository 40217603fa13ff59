package dev.articleingest.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import org.junit.jupiter.api.Test;

class S3KeysTest {

  @Test
  void decodesPlusAsSpaceAndPercentEscapesAsUtf8() {
    assertEquals("red flower.txt", S3Keys.decode("red+flower.txt"));
    assertEquals("rt.com/café a+b.txt", S3Keys.decode("rt.com/caf%C3%A9+a%2Bb.txt"));
  }

  @Test
  void keepsCharactersThatWereNotEncoded() {
    assertEquals("日本/記事.txt", S3Keys.decode("日本/記事.txt"));
  }

  @Test
  void rejectsMalformedEscapes() {
    assertEquals(RejectionReason.INVALID_KEY, reason("bad%2"));
    assertEquals(RejectionReason.INVALID_KEY, reason("bad%zzkey"));
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    assertEquals(RejectionReason.INVALID_KEY, reason("bad%FFkey.txt"));
  }

  private static RejectionReason reason(String key) {
    return assertThrows(InputRejectedException.class, () -> S3Keys.decode(key)).reason();
  }
}
