package dev.articleingest.parse;

import java.util.Random;

/** Generated test text: pieces picked at random and run together. */
public final class Generated {

  private Generated() {}

  /** Between {@code min} and {@code max - 1} pieces, each picked at random. */
  public static String text(Random random, String[] pieces, int min, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = min + random.nextInt(max - min); i > 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
