package dev.articleingest.parse.text;

import dev.articleingest.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One non-empty line of a text dump.
 *
 * @param text the line, normalized and trimmed
 * @param block the number of the blank-line-separated block it belongs to (innerText separates
 *     paragraphs with blank lines, menu items, headings and bylines with single newlines)
 * @param index its place among the dump's non-empty lines
 */
record DumpLine(String text, int block, int index) {

  /** The non-empty lines of normalized text, each with its block. */
  static List<DumpLine> of(String normalized) {
    List<DumpLine> lines = new ArrayList<>();
    int block = 0;
    boolean inBlock = false;
    for (String raw : TextNormalizer.lines(normalized)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        if (inBlock) {
          block++;
          inBlock = false;
        }
      } else {
        lines.add(new DumpLine(line, block, lines.size()));
        inBlock = true;
      }
    }
    return lines;
  }
}
