package dev.articleingest.parse;

import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every article is held to so that its metadata item fits DynamoDB by construction (400 KB an
 * item, 2,048 bytes an index partition key, no empty index key): caps on the header fields, the
 * authors, the warnings (a few of each code and a count of the rest) and the dropped-chrome list,
 * and index keys checked, each cut or left out with a {@code FIELD_LIMITED} warning. Header fields
 * also lose bidirectional override and isolate characters (U+202A-U+202E, U+2066-U+2069), which can
 * make a title display as other text.
 *
 * <p>Worst case of what the caps allow in the metadata item: title 250, standfirst 1,000, 20
 * authors of 100, URL and source 1,024 bytes, 3 warnings of 300 characters for each of the 25
 * codes, 200 dropped excerpts of 63: about 50 KB.
 */
final class Limits {

  static final int MAX_SUBTITLE_LENGTH = 1000;
  static final int MAX_AUTHORS = 20;
  static final int MAX_AUTHOR_LENGTH = 100;

  /** Index keys (url, source) at most this many UTF-8 bytes: half DynamoDB's partition-key cap. */
  static final int MAX_INDEX_KEY_BYTES = 1024;

  static final int WARNINGS_PER_CODE = 3;
  static final int MAX_WARNING_DETAIL = 300;
  static final int MAX_DROPPED = 200;

  private Limits() {}

  /** A header field without bidi controls, cut at a word boundary to {@code max} characters. */
  static String headerField(String value, String name, int max, List<Warning> warnings) {
    if (value == null) {
      return null;
    }
    String clean = withoutBidiControls(value);
    if (!clean.equals(value)) {
      warnings.add(
          new Warning(
              WarningCode.BIDI_CONTROLS,
              "the " + name + " had bidirectional control characters; they were removed"));
    }
    if (clean.length() <= max) {
      return clean;
    }
    warnings.add(
        new Warning(
            WarningCode.FIELD_LIMITED,
            "the " + name + " was " + clean.length() + " characters; cut to " + max));
    return cut(clean, max);
  }

  /** At most {@value #MAX_AUTHORS} authors of at most {@value #MAX_AUTHOR_LENGTH} characters. */
  static List<String> authors(List<String> authors, List<Warning> warnings) {
    List<String> kept = new ArrayList<>();
    boolean limited = false;
    boolean bidi = false;
    for (String author : authors) {
      String clean = withoutBidiControls(author);
      bidi |= !clean.equals(author);
      if (clean.isBlank()) {
        continue;
      }
      if (kept.size() == MAX_AUTHORS || clean.length() > MAX_AUTHOR_LENGTH) {
        limited = true;
        if (kept.size() == MAX_AUTHORS) {
          continue;
        }
        clean = cut(clean, MAX_AUTHOR_LENGTH);
      }
      kept.add(clean);
    }
    if (bidi) {
      warnings.add(
          new Warning(
              WarningCode.BIDI_CONTROLS,
              "an author had bidirectional control characters; they were removed"));
    }
    if (limited) {
      warnings.add(
          new Warning(
              WarningCode.FIELD_LIMITED,
              authors.size()
                  + " authors given; kept "
                  + kept.size()
                  + ", each at most "
                  + MAX_AUTHOR_LENGTH
                  + " characters"));
    }
    return kept;
  }

  /** An index key's value, or {@code null} (left out, with a warning) when empty or too long. */
  static String indexKey(String value, String name, List<Warning> warnings) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      warnings.add(new Warning(WarningCode.FIELD_LIMITED, "the " + name + " was empty; left out"));
      return null;
    }
    int bytes = stripped.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_INDEX_KEY_BYTES) {
      warnings.add(
          new Warning(
              WarningCode.FIELD_LIMITED,
              "the "
                  + name
                  + " was "
                  + bytes
                  + " bytes, over the "
                  + MAX_INDEX_KEY_BYTES
                  + " an index key may have; left out"));
      return null;
    }
    return stripped;
  }

  /**
   * The warnings with at most {@value #WARNINGS_PER_CODE} of each code, the rest of a code counted
   * in one more ("and N more"), each detail cut to {@value #MAX_WARNING_DETAIL} characters.
   */
  static List<Warning> warnings(List<Warning> warnings) {
    Map<WarningCode, Integer> seen = new LinkedHashMap<>();
    List<Warning> kept = new ArrayList<>();
    for (Warning w : warnings) {
      int n = seen.merge(w.code(), 1, Integer::sum);
      if (n <= WARNINGS_PER_CODE) {
        kept.add(
            w.detail().length() <= MAX_WARNING_DETAIL
                ? w
                : new Warning(w.code(), cut(w.detail(), MAX_WARNING_DETAIL)));
      }
    }
    for (Map.Entry<WarningCode, Integer> e : seen.entrySet()) {
      int more = e.getValue() - WARNINGS_PER_CODE;
      if (more > 0) {
        kept.add(
            new Warning(
                e.getKey(),
                String.format(
                    Locale.ROOT, "and %d more %s warnings like these", more, e.getKey().name())));
      }
    }
    return kept;
  }

  /** The dropped-chrome excerpts, at most {@value #MAX_DROPPED} and a count of the rest. */
  static List<String> dropped(List<String> boilerplate, List<Warning> warnings) {
    if (boilerplate.size() <= MAX_DROPPED) {
      return boilerplate;
    }
    warnings.add(
        new Warning(
            WarningCode.FIELD_LIMITED,
            boilerplate.size() + " lines of chrome were dropped; the first " + MAX_DROPPED + " are listed"));
    List<String> kept = new ArrayList<>(boilerplate.subList(0, MAX_DROPPED));
    kept.add("... and " + (boilerplate.size() - MAX_DROPPED) + " more lines");
    return kept;
  }

  static String withoutBidiControls(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (bidi && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!bidi && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString().strip();
  }

  /** The first {@code max} characters, cut back to a word boundary when one is near. */
  private static String cut(String s, int max) {
    int end = max;
    int space = s.lastIndexOf(' ', max);
    if (space > max * 3 / 4) {
      end = space;
    }
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end).strip();
  }
}
