package dev.articleingest.parse.decode;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text. UTF-8 first (with or without BOM; UTF-16 with a BOM). Bytes that are not
 * UTF-8 are read in a legacy encoding only when one is declared (source profile, Content-Type, an
 * HTML meta tag) or recognised by Mozilla's universal charset detector, and the article says so in
 * a warning. Text that is almost UTF-8 but broken is rejected, never guessed at.
 */
public final class TextDecoder {

  /**
   * Text and the encoding it was read in.
   *
   * @param text the decoded text, without BOM
   * @param charset the encoding's name
   * @param legacy whether it was not UTF-8 (or UTF-16), so worth a warning
   * @param how how the encoding was chosen, for that warning
   */
  public record Decoded(String text, String charset, boolean legacy, String how) {}

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern CONTENT_TYPE_CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([a-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  /** The HTML spec asks for the charset declaration within the first 1024 bytes; pages vary. */
  private static final int META_SCAN_BYTES = 4096;

  private TextDecoder() {}

  /** Rejects what is not text at all: nothing, a known binary format, NUL bytes (unless UTF-16). */
  public static void requireText(byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputRejectedException(RejectionReason.EMPTY, "the object is empty (0 bytes)");
    }
    String kind = binaryKind(bytes);
    if (kind != null) {
      throw new InputRejectedException(
          RejectionReason.BINARY, "the object is " + kind + ", not an article's text");
    }
    if (utf16(bytes) == null) {
      int nul = indexOfNul(bytes);
      if (nul >= 0) {
        throw new InputRejectedException(
            RejectionReason.BINARY, "the object is binary, not text: NUL byte at offset " + nul);
      }
    }
  }

  /** Plain text or JSON: BOM, else UTF-8, else the profile's or a detected legacy encoding. */
  public static Decoded decode(byte[] bytes, String declared) {
    return decode(bytes, declared, declared == null ? null : "the source profile");
  }

  /**
   * An HTML page: BOM, else the Content-Type charset, else a {@code <meta charset>} near the top,
   * else as undeclared text.
   */
  public static Decoded decodeHtml(byte[] bytes, String contentType, String profileCharset) {
    String declared = null;
    String how = null;
    if (contentType != null) {
      Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
      if (m.find()) {
        declared = m.group(1);
        how = "the Content-Type";
      }
    }
    if (declared == null) {
      String head =
          new String(
              bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = m.group(1);
        how = "the page's meta tag";
      }
    }
    if (declared == null && profileCharset != null) {
      declared = profileCharset;
      how = "the source profile";
    }
    return decode(bytes, declared, how);
  }

  private static Decoded decode(byte[] bytes, String declared, String how) {
    Charset bom = utf16(bytes);
    if (bom != null) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, bom), bom.name(), false, "BOM");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    Charset charset = declared == null ? null : charset(declared);
    if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      // Scrapers often save pages as UTF-8 and keep the page's old declaration: bytes that are
      // well-formed UTF-8 with multi-byte characters are UTF-8 whatever the tag says.
      if (hasUtf8Sequence(bytes)) {
        try {
          return new Decoded(strictUtf8(bytes, start), "UTF-8", false, "UTF-8");
        } catch (CharacterCodingException e) {
          // not UTF-8 after all: the declaration stands
        }
      }
      return new Decoded(
          new String(bytes, start, bytes.length - start, charset), charset.name(), true, how);
    }
    try {
      return new Decoded(strictUtf8(bytes, start), "UTF-8", false, "UTF-8");
    } catch (CharacterCodingException e) {
      if (start > 0 || hasUtf8Sequence(bytes)) {
        throw new InputRejectedException(
            RejectionReason.INVALID_ENCODING,
            "the text is broken UTF-8 ("
                + e.getMessage()
                + "): it has UTF-8 characters and bytes that are not; save it as UTF-8 and upload"
                + " again");
      }
    }
    String detected = detect(bytes);
    Charset legacy = detected == null ? null : charset(detected);
    if (legacy == null || legacy.equals(StandardCharsets.UTF_8)) {
      throw new InputRejectedException(
          RejectionReason.INVALID_ENCODING,
          "the text is not UTF-8 and its encoding could not be recognised; save it as UTF-8, or"
              + " declare its charset (Content-Type, or the source profile's charset)");
    }
    return new Decoded(new String(bytes, legacy), legacy.name(), true, "detection");
  }

  /** Java's charset for a declared name; ISO-8859-1 and ASCII mean windows-1252 on the web. */
  private static Charset charset(String name) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  private static String strictUtf8(byte[] bytes, int start) throws CharacterCodingException {
    // The String constructor is the JDK's fastest decoder, but it replaces malformed bytes with
    // U+FFFD: only when the result holds one (malformed bytes, or a U+FFFD written as such) is the
    // strict decoder asked.
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }

  /**
   * Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. Legacy single-byte
   * text almost never does by chance (it would take, say, "Ð" followed by a symbol), so such bytes
   * that fail to decode are broken UTF-8, not another encoding.
   */
  static boolean hasUtf8Sequence(byte[] b) {
    for (int i = 0; i + 1 < b.length; i++) {
      int lead = b[i] & 0xFF;
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0;
      if (length == 0 || i + length > b.length) {
        continue;
      }
      boolean valid = true;
      for (int j = 1; j < length; j++) {
        valid &= (b[i + j] & 0xC0) == 0x80;
      }
      if (valid) {
        return true;
      }
    }
    return false;
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
      return "gzip data inside gzip data (compressed twice)";
    }
    return null;
  }

  /** UTF-16 by its byte-order mark, or null. */
  public static Charset utf16(byte[] b) {
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
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

  public static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * The offset of the first NUL byte, or -1: eight bytes at a time (a word has a zero byte exactly
   * when {@code (w - 0x01..01) & ~w & 0x80..80} is not zero), as this scans every upload whole.
   */
  static int indexOfNul(byte[] bytes) {
    int i = 0;
    for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i);
      if (((word - 0x0101010101010101L) & ~word & 0x8080808080808080L) != 0) {
        break;
      }
    }
    for (; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
