package dev.articleingest.parse.text;

import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.profile.SourceProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * One non-empty line of a text dump.
 *
 * @param text the line, normalized and trimmed
 * @param block the number of the blank-line-separated block it belongs to (innerText separates
 *     paragraphs with blank lines, menu items, headings and bylines with single newlines)
 * @param index its place among the dump's non-empty lines
 * @param wordHashes its words, hashed ({@link LineFeatures#wordHashes}), worked out once
 * @param chrome whether the source's profile (or the icon-label rule) calls it page chrome
 */
record DumpLine(String text, int block, int index, long[] wordHashes, boolean chrome) {

  /** Its words as text, lower-cased: made again on each call (only short lines ask). */
  String[] words() {
    return LineFeatures.words(text);
  }

  int wordCount() {
    return wordHashes.length;
  }

  /** The non-empty lines of normalized text, each with its block, chrome judged by {@code profile}. */
  static List<DumpLine> of(String normalized, SourceProfile profile) {
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
        lines.add(
            new DumpLine(
                line,
                block,
                lines.size(),
                LineFeatures.wordHashes(line),
                TextDumpParser.isBoilerplate(line, profile)));
        inBlock = true;
      }
    }
    return lines;
  }
}
