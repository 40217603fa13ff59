package dev.articleingest.parse.text;

import dev.articleingest.parse.spi.ParseContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One parse's view of a dump's lines for choosing the headline: whether each line is header
 * metadata (a date or byline, worked out once per line however many candidates ask), how often each
 * line's text repeats on the page, how many lines each block has, and how much of a line the start
 * of the body shares.
 */
final class HeaderView {

  private final List<DumpLine> lines;
  private final ParseContext context;
  private final byte[] meta;
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

  /**
   * How many other lines of the page have this line's text (case ignored). Asked of the few
   * candidate lines only, so each is compared with the page's lines of its length, and no map of
   * every line is made.
   */
  int repeats(int i) {
    String text = lines.get(i).text();
    int n = 0;
    for (DumpLine line : lines) {
      String other = line.text();
      if (line.index() != i && other.length() == text.length() && other.equalsIgnoreCase(text)) {
        n++;
      }
    }
    return n;
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

  /** How many of the body's first words {@link #bodyWordShare} looks among. */
  static final int BODY_WORDS = 300;

  /** The units of the body's first {@link #BODY_WORDS} words ({@link #units}), counted. */
  private Map<String, Integer> bodyUnits;

  /**
   * The share of the line's units ({@link #units}) that the start of the body holds too, the line
   * itself left out; -1 when it has none. A headline is about what the body says; a section
   * label, a share button or a site's motto is not.
   */
  double bodyWordShare(int i, double[] body, int bodyStart) {
    if (bodyUnits == null) {
      bodyUnits = new HashMap<>();
      int seen = 0;
      for (int k = bodyStart; k < lines.size() && seen < BODY_WORDS; k++) {
        if (body[k] >= TextDumpParser.BODY_THRESHOLD) {
          seen += lines.get(k).words().length;
          for (String unit : units(lines.get(k).words())) {
            bodyUnits.merge(unit, 1, Integer::sum);
          }
        }
      }
    }
    // only the body's first line can be both a candidate and counted in the body
    boolean counted = i == bodyStart && body[i] >= TextDumpParser.BODY_THRESHOLD;
    List<String> own = units(lines.get(i).words());
    if (own.isEmpty()) {
      return -1;
    }
    Map<String, Integer> ownCounts = new HashMap<>();
    if (counted) {
      for (String unit : own) {
        ownCounts.merge(unit, 1, Integer::sum);
      }
    }
    int shared = 0;
    for (String unit : own) {
      int elsewhere = bodyUnits.getOrDefault(unit, 0) - ownCounts.getOrDefault(unit, 0);
      shared += elsewhere > 0 ? 1 : 0;
    }
    return (double) shared / own.size();
  }

  /**
   * What a line's words are compared by: its words of four characters or more, and for runs of
   * six or more characters of a script written without spaces (Chinese, Japanese) their pairs of
   * characters, as such a run is a whole phrase.
   */
  static List<String> units(String[] words) {
    List<String> units = new ArrayList<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (LineFeatures.isUnspaced(w.codePointAt(0))) {
        // a run of two to five such characters is a word or a label ("视频", video), no phrase
        for (int c = 0; w.length() >= 6 && c + 1 < w.length(); c++) {
          units.add(w.substring(c, c + 2));
        }
      } else if (w.length() >= 4) {
        units.add(w);
      }
    }
    return units;
  }
}
