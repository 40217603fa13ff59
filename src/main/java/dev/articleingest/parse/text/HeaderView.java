package dev.articleingest.parse.text;

import dev.articleingest.parse.spi.ParseContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One parse's view of a dump's lines for choosing the headline: whether each line is header
 * metadata (a date or byline, worked out once per line however many candidates ask), how often each
 * line's text repeats on the page, and how many lines each block has.
 */
final class HeaderView {

  private final List<DumpLine> lines;
  private final ParseContext context;
  private final byte[] meta;
  private Map<String, Integer> counts;
  private int[] blockLines;

  HeaderView(List<DumpLine> lines, ParseContext context) {
    this.lines = lines;
    this.context = context;
    this.meta = new byte[lines.size()];
  }

  List<DumpLine> lines() {
    return lines;
  }

  ParseContext context() {
    return context;
  }

  /** {@link TextDumpParser#isMetaLine}, remembered. */
  boolean isMeta(int i) {
    if (meta[i] == 0) {
      meta[i] = (byte) (TextDumpParser.isMetaLine(lines.get(i).text(), context) ? 2 : 1);
    }
    return meta[i] == 2;
  }

  /** How many other lines of the page have this line's text (case ignored). */
  int repeats(int i) {
    if (counts == null) {
      counts = new HashMap<>();
      for (DumpLine line : lines) {
        counts.merge(line.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    return counts.get(lines.get(i).text().toLowerCase(Locale.ROOT)) - 1;
  }

  /** How many lines the block of line {@code i} has. */
  int blockLines(int i) {
    if (blockLines == null) {
      Map<Integer, Integer> sizes = new HashMap<>();
      for (DumpLine line : lines) {
        sizes.merge(line.block(), 1, Integer::sum);
      }
      blockLines = new int[lines.size()];
      for (DumpLine line : lines) {
        blockLines[line.index()] = sizes.get(line.block());
      }
    }
    return blockLines[i];
  }
}
