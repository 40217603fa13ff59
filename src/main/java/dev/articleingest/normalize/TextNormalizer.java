package dev.articleingest.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Normalizes scraped text without inventing characters.
 *
 * <ul>
 *   <li>Unicode NFC.
 *   <li>Line endings: CR LF, CR, U+2028 become LF; U+2029 (paragraph separator) a blank line.
 *   <li>Spaces: lines are trimmed of every kind of space. Inside a line, a run of spaces of any
 *       kind (tab, Unicode space separators) becomes one plain space, except that a single no-break
 *       space (U+00A0, U+2007, U+202F) standing alone between two visible characters is kept as
 *       written: {@code 10\u00A0km} and {@code Moscow\u00A0to} mean "do not break here".
 *   <li>Invisible characters are removed: zero-width space U+200B, word joiner U+2060, BOM/ZWNBSP
 *       U+FEFF, soft hyphen U+00AD, and control characters other than line feed. Zero-width joiner
 *       and non-joiner (U+200D, U+200C) are kept: they change how Persian, Indic scripts and emoji
 *       are written.
 *   <li>Quotes, apostrophes and dashes are kept exactly as written.
 * </ul>
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** Normalizes a whole document; lines are kept, each trimmed, blank lines left empty. */
  public static String normalize(String text) {
    // Arrays rather than a StringBuilder: every character of every article passes here, and the
    // builder's per-append checks cost half of this method (bench/parse-throughput.sh)
    char[] in = Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray();
    char[] out = new char[in.length];
    int length = 0;
    int pendingSpaces = 0;
    char pendingSpace = ' ';
    for (int i = 0; i < in.length; i++) {
      char c = in[i];
      if (c > ' ' && c < 0x7F) {
        // Printable ASCII, most of any text: never a space, never invisible.
        if (pendingSpaces > 0) {
          length = appendSpace(out, length, pendingSpaces, pendingSpace);
          pendingSpaces = 0;
        }
        out[length++] = c;
        continue;
      }
      if (c == '\r') {
        if (i + 1 < in.length && in[i + 1] == '\n') {
          continue;
        }
        c = '\n';
      } else if (c == '\u2028') {
        c = '\n';
      }
      if (c == '\u2029') {
        // the one character written as two; every other writes at most one
        int needed = length + 2 + (in.length - i - 1);
        if (needed > out.length) {
          out = Arrays.copyOf(out, needed);
        }
        out[length++] = '\n';
        out[length++] = '\n';
        pendingSpaces = 0;
      } else if (c == '\n') {
        out[length++] = '\n';
        pendingSpaces = 0;
      } else if (isSpace(c)) {
        pendingSpace = c;
        pendingSpaces++;
      } else if (isInvisible(c)) {
        // dropped: it shows nothing, and scraped pages are full of them
      } else {
        if (pendingSpaces > 0) {
          length = appendSpace(out, length, pendingSpaces, pendingSpace);
          pendingSpaces = 0;
        }
        out[length++] = c;
      }
    }
    // A space is only ever written before a visible character, so no line ends in one.
    return new String(out, 0, length);
  }

  /**
   * Normalizes one paragraph to a single line: as {@link #normalize}, with line breaks taken as
   * spaces (markup and JSON bodies wrap paragraphs anywhere).
   */
  public static String paragraph(String text) {
    String normalized = normalize(text);
    if (normalized.indexOf('\n') < 0) {
      return normalized;
    }
    StringBuilder out = new StringBuilder(normalized.length());
    for (String line : lines(normalized)) {
      if (!line.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(line);
      }
    }
    return out.toString();
  }

  /** Splits normalized text into lines. */
  public static List<String> lines(String normalized) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= normalized.length(); i++) {
      if (i == normalized.length() || normalized.charAt(i) == '\n') {
        lines.add(normalized.substring(start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u000B'
        || c == '\u000C'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * Writes the spaces pending before a visible character: none at the start of a line, the no-break
   * space itself when it stood alone, else one plain space. Returns the new length.
   */
  private static int appendSpace(char[] out, int length, int pendingSpaces, char pendingSpace) {
    if (length > 0 && out[length - 1] != '\n') {
      out[length++] = pendingSpaces == 1 && isNoBreakSpace(pendingSpace) ? pendingSpace : ' ';
    }
    return length;
  }

  static boolean isNoBreakSpace(char c) {
    return c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  static boolean isInvisible(char c) {
    return c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD'
        || Character.getType(c) == Character.CONTROL;
  }
}
