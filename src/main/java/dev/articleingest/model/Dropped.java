package dev.articleingest.model;

import java.util.List;

/**
 * What the parser removed from the text, so a reviewer can check it did not remove too much.
 *
 * @param boilerplate removed page-chrome lines, each cut to {@value #EXCERPT_LENGTH} characters
 * @param repeatedTitle the title when it was repeated in the text (a caption), else {@code null}
 */
public record Dropped(List<String> boilerplate, String repeatedTitle) {

  /** How much of each dropped line is kept. */
  public static final int EXCERPT_LENGTH = 60;

  public static final Dropped NOTHING = new Dropped(List.of(), null);

  public Dropped {
    boilerplate = List.copyOf(boilerplate);
  }

  /** The first {@value #EXCERPT_LENGTH} characters of a line, with "..." when it was longer. */
  public static String excerpt(String line) {
    if (line.length() <= EXCERPT_LENGTH) {
      return line;
    }
    int end = EXCERPT_LENGTH;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + "...";
  }
}
