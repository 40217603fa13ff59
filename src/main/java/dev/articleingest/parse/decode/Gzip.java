package dev.articleingest.parse.decode;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip-compressed objects ({@code .gz}, {@code Content-Encoding: gzip}), recognised by their magic
 * number whatever they are called. Decompression stops at a limit, so a small object that expands
 * to gigabytes (a "zip bomb") is rejected after reading no more than the limit.
 */
public final class Gzip {

  private Gzip() {}

  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
  }

  /**
   * The decompressed bytes (all members of a multi-member file), or a rejection.
   *
   * @throws InputRejectedException {@code CORRUPT_COMPRESSION} when truncated or corrupt, {@code
   *     DECOMPRESSED_TOO_LARGE} beyond {@code maxBytes}
   */
  public static byte[] decompress(byte[] bytes, long maxBytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, bytes.length * 4));
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new InputRejectedException(
              RejectionReason.DECOMPRESSED_TOO_LARGE,
              "the gzip data expands to more than "
                  + maxBytes
                  + " bytes (the limit; "
                  + bytes.length
                  + " compressed): not decompressed further");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (EOFException e) {
      throw new InputRejectedException(
          RejectionReason.CORRUPT_COMPRESSION,
          "the gzip data is truncated (it ends before its end marker); upload the whole file");
    } catch (ZipException e) {
      throw new InputRejectedException(
          RejectionReason.CORRUPT_COMPRESSION, "the gzip data is corrupt: " + e.getMessage());
    } catch (IOException e) {
      throw new InputRejectedException(
          RejectionReason.CORRUPT_COMPRESSION, "the gzip data cannot be read: " + e.getMessage());
    }
  }
}
