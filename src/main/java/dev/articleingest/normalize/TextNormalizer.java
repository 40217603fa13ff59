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
    // Every character of every article passes here (bench/parse-throughput.sh): arrays rather than
    // a StringBuilder, printable ASCII copied a run at a time in a tight inner loop, and a run of
    // spaces written as one provisional space as soon as it starts (taken back at a line end, made
    // plain if the run goes on) rather than held pending.
    char[] in = Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray();
    char[] out = new char[in.length];
    int length = 0;
    int run = 0; // spaces read since the last other character
    boolean provisional = false; // whether that run's space was written
    for (int i = 0; i < in.length; i++) {
      char c = in[i];
      if (c > ' ' && c < 0x7F) {
        // Printable ASCII, most of any text: never a space, never invisible.
        char[] target = out;
        int at = length;
        int end = i;
        do {
          target[at++] = in[end++];
        } while (end < in.length && in[end] > ' ' && in[end] < 0x7F);
        length = at;
        i = end - 1;
        run = 0;
        continue;
      }
      if (isSpace(c)) {
        if (run == 0) {
          // none at the start of a line; the no-break space itself while it stands alone
          provisional = length > 0 && out[length - 1] != '\n';
          if (provisional) {
            out[length++] = isNoBreakSpace(c) ? c : ' ';
          }
        } else if (run == 1 && provisional) {
          out[length - 1] = ' ';
        }
        run++;
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
      if (c == '\n' || c == '\u2029') {
        if (run > 0 && provisional) {
          length--; // no line ends in a space
        }
        run = 0;
        if (c == '\u2029') {
          // the one character written as two; every other writes at most one
          int needed = length + 2 + (in.length - i - 1);
          if (needed > out.length) {
            out = Arrays.copyOf(out, needed);
          }
          out[length++] = '\n';
        }
        out[length++] = '\n';
      } else if (isInvisible(c)) {
        // dropped: it shows nothing, and scraped pages are full of them
      } else {
        out[length++] = c;
        run = 0;
      }
    }
    if (run > 0 && provisional) {
      length--;
    }
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
    for (int end; (end = normalized.indexOf('\n', start)) >= 0; start = end + 1) {
      lines.add(normalized.substring(start, end));
    }
    lines.add(normalized.substring(start));
    return lines;
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u000B'
        || c == '\u000C'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
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

  /**
   * Whether a non-empty line ends as a sentence does: a full stop, question or exclamation mark
   * (CJK ones too), or an ellipsis, maybe inside closing quotes or brackets.
   */
  public static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i > 0 && "\"”»’')]".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    char c = line.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
  }

  /** What {@code \\s} matches in Java's regular expressions without UNICODE_CHARACTER_CLASS. */
  public static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Each run of {@link #isAsciiSpace} characters as one space: {@code s.replaceAll("\\s+", " ")}. */
  public static String collapseAsciiSpaces(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isAsciiSpace(c)) {
        int j = i + 1;
        while (j < n && isAsciiSpace(s.charAt(j))) {
          j++;
        }
        if (out == null) {
          if (c == ' ' && j == i + 1) {
            continue;
          }
          out = new StringBuilder(n).append(s, 0, i);
        }
        out.append(' ');
        i = j - 1;
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
