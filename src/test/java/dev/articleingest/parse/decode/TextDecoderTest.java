package dev.articleingest.parse.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void theNulScanFindsTheFirstNulWhereverItIs() {
    Random random = new Random(7);
    for (int length = 0; length <= 40; length++) {
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        // every non-zero value, high bytes included (a borrow across bytes must not hide a zero)
        bytes[i] = (byte) (1 + random.nextInt(255));
      }
      assertEquals(-1, TextDecoder.indexOfNul(bytes), "no NUL in " + Arrays.toString(bytes));
      for (int at = 0; at < length; at++) {
        byte[] withNul = bytes.clone();
        withNul[at] = 0;
        if (at + 3 < length) {
          withNul[at + 3] = 0; // a later NUL in the same word does not count
        }
        assertEquals(at, TextDecoder.indexOfNul(withNul), "NUL at " + at + " of " + length);
      }
    }
  }

  @Test
  void bytesJustAboveAndBelowZeroAreNotNul() {
    byte[] bytes = new byte[64];
    Arrays.fill(bytes, (byte) 0x80);
    bytes[17] = 0x01;
    bytes[18] = (byte) 0xFF;
    assertEquals(-1, TextDecoder.indexOfNul(bytes));
    bytes[63] = 0;
    assertEquals(63, TextDecoder.indexOfNul(bytes));
  }
}
