package dev.articleingest.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into parts that each fit comfortably in one DynamoDB item (400 KB limit), and joins
 * them back. A paragraph larger than a part is cut between characters and marked as continuing, so
 * reading the parts back gives the body byte for byte.
 */
final class BodyParts {

  /** Budget for paragraph bytes per item, leaving room for keys and attribute names. */
  static final int MAX_PART_BYTES = 350_000;

  /** One item's share of the body. */
  record Part(List<String> paragraphs, boolean continues) {
    Part {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  private BodyParts() {}

  static List<Part> split(List<String> paragraphs, int maxBytes) {
    List<Part> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int used = 0;
    for (String paragraph : paragraphs) {
      String rest = paragraph;
      while (true) {
        int size = utf8Length(rest) + 1;
        if (used + size <= maxBytes) {
          current.add(rest);
          used += size;
          break;
        }
        if (!current.isEmpty() && size <= maxBytes) {
          parts.add(new Part(current, false));
          current = new ArrayList<>();
          used = 0;
          continue;
        }
        int cut = cutIndex(rest, maxBytes - used - 1);
        if (cut == 0) {
          parts.add(new Part(current, false));
          current = new ArrayList<>();
          used = 0;
          continue;
        }
        current.add(rest.substring(0, cut));
        parts.add(new Part(current, true));
        current = new ArrayList<>();
        used = 0;
        rest = rest.substring(cut);
      }
    }
    if (!current.isEmpty()) {
      parts.add(new Part(current, false));
    }
    return parts;
  }

  static List<String> join(List<Part> parts) {
    List<String> paragraphs = new ArrayList<>();
    boolean continuing = false;
    for (Part part : parts) {
      for (int i = 0; i < part.paragraphs().size(); i++) {
        String paragraph = part.paragraphs().get(i);
        if (i == 0 && continuing) {
          int last = paragraphs.size() - 1;
          paragraphs.set(last, paragraphs.get(last) + paragraph);
        } else {
          paragraphs.add(paragraph);
        }
      }
      continuing = part.continues();
    }
    return paragraphs;
  }

  /** The largest index such that {@code text.substring(0, index)} fits in {@code maxBytes}. */
  private static int cutIndex(String text, int maxBytes) {
    int bytes = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + len > maxBytes) {
        break;
      }
      bytes += len;
      i += Character.charCount(cp);
    }
    return i;
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
