package dev.articleingest.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for the terminal: each column as wide as its widest cell, header included, so headers
 * line up with their columns whatever the values' lengths. Columns named in {@code rightAligned}
 * (numbers) are right-aligned; the last column is never padded.
 */
final class TextTable {

  private final List<String> headers;
  private final List<Boolean> right = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** Headers; a header starting with '>' is right-aligned (the '>' is not printed). */
  TextTable(String... headers) {
    this.headers = new ArrayList<>();
    for (String header : headers) {
      boolean alignRight = header.startsWith(">");
      right.add(alignRight);
      this.headers.add(alignRight ? header.substring(1) : header);
    }
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    printRow(out, headers, widths);
    for (List<String> row : rows) {
      printRow(out, row, widths);
    }
  }

  private void printRow(PrintStream out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      boolean last = i == cells.size() - 1;
      int pad = widths[i] - cell.length();
      if (right.get(i)) {
        line.append(" ".repeat(pad)).append(cell);
      } else {
        line.append(cell);
        if (!last) {
          line.append(" ".repeat(pad));
        }
      }
      if (!last) {
        line.append("  ");
      }
    }
    out.println(line);
  }
}
