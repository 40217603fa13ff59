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

  /**
   * The lines as they are, or laid out again ({@link #reblocked}) when the dump is flat: at least
   * {@link #FLAT_MIN_LINES} lines and not one blank line between them. (A dump with a blank line
   * between every two lines is left as it is: innerText writes one so when every element of the
   * page is a paragraph, and its header lines are then told apart by their blocks.)
   */
  static List<DumpLine> laidOut(List<DumpLine> lines) {
    boolean flat = lines.size() >= FLAT_MIN_LINES && lines.get(lines.size() - 1).block() == 0;
    return flat ? reblocked(lines) : lines;
  }

  /** A dump of at least this many lines and not one blank line between them is flat... */
  static final int FLAT_MIN_LINES = 10;

  /**
   * ...and in it, a line of this many words is a paragraph of prose (a headline is shorter: it
   * shares its block with the lines around it, as innerText lays out headings)...
   */
  static final int PROSE_WORDS = 25;

  /** ...as is a line of this many that ends like a sentence. */
  static final int SENTENCE_WORDS = 5;

  /**
   * The lines of a flat dump (one newline between all lines, as some scrapers save text) laid out
   * in blocks as a browser's innerText lays them out, which is what the line model learned from:
   * each paragraph of prose a block of its own, each run of short lines between them (menus,
   * headings, bylines, list items) one block. Without blank lines every line would share one
   * block, and a page's paragraphs would look like a menu's entries. The parser lays a dump out
   * so; the trainer takes the corpus's dumps as saved, so the models are the same either way.
   */
  static List<DumpLine> reblocked(List<DumpLine> lines) {
    List<DumpLine> out = new ArrayList<>(lines.size());
    int block = 0;
    boolean fresh = true; // the current block holds no line yet
    for (DumpLine line : lines) {
      int words = line.wordCount();
      boolean prose =
          words >= PROSE_WORDS
              || (words >= SENTENCE_WORDS && TextNormalizer.endsSentence(line.text()));
      if (prose && !fresh) {
        block++;
      }
      out.add(new DumpLine(line.text(), block, line.index(), line.wordHashes(), line.chrome()));
      fresh = false;
      if (prose) {
        block++;
        fresh = true;
      }
    }
    return out;
  }
}
