package dev.articleingest.parse.text;

import dev.articleingest.normalize.TextNormalizer;
import dev.articleingest.parse.authors.Bylines;
import dev.articleingest.parse.dates.Dates;
import dev.articleingest.parse.profile.SourceProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features of each line of a dump that tell article text from page chrome, judged in context:
 * the line's own shape (length in words, sentence punctuation, share of stop words for the page's
 * language, capitalisation, digits and separators, whether it is a date, a byline or known
 * boilerplate, whether it repeats), its block (alone, or in a single-newline run of short lines),
 * its neighbours, its position, and where it stands against the page's longest stretch of prose.
 * Nothing here names a site or a page.
 */
final class LineFeatures {

  /** Lines longer than this are never dates or bylines; those checks are skipped. */
  private static final int MAX_META_LINE = 160;

  /** A prose line: this many words at least... */
  private static final int PROSE_WORDS = 12;

  private static final int WINDOW = 5;

  private static final java.util.regex.Pattern NUMBERED =
      java.util.regex.Pattern.compile("^\\d{1,2}[.)] ");

  static final List<String> NAMES = names();

  private static List<String> names() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "chars",
                "words",
                "ends_sentence",
                "ends_colon",
                "commas",
                "stop_share",
                "cap_share",
                "upper_share",
                "digit_share",
                "punct_share",
                "separators",
                "boilerplate",
                "date_line",
                "byline",
                "repeats",
                "position",
                "char_position",
                "block_lines",
                "block_mean_words",
                "index_in_block",
                "blank_before",
                "blank_after",
                "cjk_share",
                "starts_lower",
                "starts_bullet",
                "link_text",
                "prose",
                "short_run"));
    for (int offset : new int[] {-2, -1, 1, 2}) {
      String at = offset < 0 ? "prev" + -offset : "next" + offset;
      names.add(at + "_words");
      names.add(at + "_ends_sentence");
      names.add(at + "_stop_share");
      names.add(at + "_boilerplate");
    }
    names.addAll(
        List.of(
            "window_mean_words",
            "window_prose",
            "prose_before",
            "prose_after",
            "since_prose",
            "until_prose",
            "in_core",
            "core_start_distance",
            "core_end_distance",
            "boilerplate_before",
            "page_lines",
            "page_prose_lines"));
    return List.copyOf(names);
  }

  /** What is measured of one line by itself. */
  private static final class Own {
    long[] words;
    int chars;
    boolean endsSentence;
    boolean endsColon;
    int commas;
    double stopShare;
    double capShare;
    double upperShare;
    double digitShare;
    double punctShare;
    int separators;
    boolean boilerplate;
    boolean date;
    boolean byline;
    double cjkShare;
    boolean startsLower;
    boolean startsBullet;
    boolean linkText;
    boolean prose;
  }

  private LineFeatures() {}

  /** One feature vector per line, in {@link #NAMES} order. */
  static float[][] of(List<DumpLine> lines, SourceProfile profile, Instant uploadedAt) {
    int n = lines.size();
    Own[] own = new Own[n];
    List<long[]> allWords = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      own[i] = new Own();
      own[i].words = lines.get(i).wordHashes();
      allWords.add(own[i].words);
    }
    int stop = StopWords.of(allWords);
    Map<String, Integer> counts = new HashMap<>();
    long totalChars = 0;
    for (int i = 0; i < n; i++) {
      String text = lines.get(i).text();
      measure(own[i], lines.get(i), stop, profile, uploadedAt);
      counts.merge(repeatKey(text), 1, Integer::sum);
      totalChars += text.length();
    }
    // blocks
    int[] blockStart = new int[n];
    int[] blockEnd = new int[n];
    for (int i = 0; i < n; i++) {
      blockStart[i] =
          i > 0 && lines.get(i - 1).block() == lines.get(i).block() ? blockStart[i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      blockEnd[i] =
          i + 1 < n && lines.get(i + 1).block() == lines.get(i).block() ? blockEnd[i + 1] : i;
    }
    // runs of short lines
    int[] runStart = new int[n];
    int[] runEnd = new int[n];
    for (int i = 0; i < n; i++) {
      boolean isShort = own[i].words.length < 6;
      runStart[i] = isShort && i > 0 && own[i - 1].words.length < 6 ? runStart[i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      boolean isShort = own[i].words.length < 6;
      runEnd[i] = isShort && i + 1 < n && own[i + 1].words.length < 6 ? runEnd[i + 1] : i;
    }
    // prose: prefix counts, nearest prose lines, and the core (maximum-sum stretch)
    int[] proseUpTo = new int[n + 1];
    for (int i = 0; i < n; i++) {
      proseUpTo[i + 1] = proseUpTo[i] + (own[i].prose ? 1 : 0);
    }
    int[] lastProse = new int[n];
    int[] nextProse = new int[n];
    int seen = -1;
    for (int i = 0; i < n; i++) {
      lastProse[i] = seen;
      if (own[i].prose) {
        seen = i;
      }
    }
    seen = -1;
    for (int i = n - 1; i >= 0; i--) {
      nextProse[i] = seen;
      if (own[i].prose) {
        seen = i;
      }
    }
    int[] core = core(own);
    long[] wordsUpTo = new long[n + 1];
    for (int i = 0; i < n; i++) {
      wordsUpTo[i + 1] = wordsUpTo[i] + own[i].words.length;
    }
    int[] boilerplateUpTo = new int[n + 1];
    for (int i = 0; i < n; i++) {
      boilerplateUpTo[i + 1] = boilerplateUpTo[i] + (own[i].boilerplate ? 1 : 0);
    }

    float[][] out = new float[n][NAMES.size()];
    long charsBefore = 0;
    int totalProse = proseUpTo[n];
    for (int i = 0; i < n; i++) {
      Own o = own[i];
      float[] f = out[i];
      int k = 0;
      f[k++] = (float) Math.log1p(o.chars);
      f[k++] = o.words.length;
      f[k++] = flag(o.endsSentence);
      f[k++] = flag(o.endsColon);
      f[k++] = o.commas;
      f[k++] = (float) o.stopShare;
      f[k++] = (float) o.capShare;
      f[k++] = (float) o.upperShare;
      f[k++] = (float) o.digitShare;
      f[k++] = (float) o.punctShare;
      f[k++] = o.separators;
      f[k++] = flag(o.boilerplate);
      f[k++] = flag(o.date);
      f[k++] = flag(o.byline);
      f[k++] = counts.get(repeatKey(lines.get(i).text())) - 1;
      f[k++] = n <= 1 ? 0 : (float) i / (n - 1);
      f[k++] = totalChars == 0 ? 0 : (float) charsBefore / totalChars;
      int blockLines = blockEnd[i] - blockStart[i] + 1;
      f[k++] = blockLines;
      long blockWords = wordsUpTo[blockEnd[i] + 1] - wordsUpTo[blockStart[i]];
      f[k++] = (float) blockWords / blockLines;
      f[k++] = i - blockStart[i];
      f[k++] = flag(blockStart[i] == i);
      f[k++] = flag(blockEnd[i] == i);
      f[k++] = (float) o.cjkShare;
      f[k++] = flag(o.startsLower);
      f[k++] = flag(o.startsBullet);
      f[k++] = flag(o.linkText);
      f[k++] = flag(o.prose);
      f[k++] = runEnd[i] - runStart[i] + 1;
      for (int offset : new int[] {-2, -1, 1, 2}) {
        int j = i + offset;
        if (j < 0 || j >= n) {
          f[k++] = -1;
          f[k++] = -1;
          f[k++] = -1;
          f[k++] = -1;
        } else {
          f[k++] = own[j].words.length;
          f[k++] = flag(own[j].endsSentence);
          f[k++] = (float) own[j].stopShare;
          f[k++] = flag(own[j].boilerplate);
        }
      }
      int from = Math.max(0, i - WINDOW);
      int to = Math.min(n - 1, i + WINDOW);
      long windowWords = wordsUpTo[to + 1] - wordsUpTo[from];
      f[k++] = (float) windowWords / (to - from + 1);
      f[k++] = (float) (proseUpTo[to + 1] - proseUpTo[from]) / (to - from + 1);
      f[k++] = totalProse == 0 ? 0 : (float) proseUpTo[i] / totalProse;
      f[k++] = totalProse == 0 ? 0 : (float) (totalProse - proseUpTo[i + 1]) / totalProse;
      f[k++] = lastProse[i] < 0 ? 100 : Math.min(100, i - lastProse[i]);
      f[k++] = nextProse[i] < 0 ? 100 : Math.min(100, nextProse[i] - i);
      boolean inCore = core[0] >= 0 && i >= core[0] && i <= core[1];
      f[k++] = flag(inCore);
      f[k++] = core[0] < 0 ? 0 : clamp(i - core[0]);
      f[k++] = core[0] < 0 ? 0 : clamp(i - core[1]);
      f[k++] = boilerplateUpTo[i] - boilerplateUpTo[Math.max(0, i - 10)];
      f[k++] = (float) Math.log1p(n);
      f[k++] = totalProse;
      charsBefore += lines.get(i).text().length();
    }
    return out;
  }

  private static float clamp(int distance) {
    return Math.max(-200, Math.min(200, distance));
  }

  private static float flag(boolean value) {
    return value ? 1 : 0;
  }

  /**
   * The page's longest coherent stretch of prose: the stretch of lines with the greatest sum of
   * line scores, prose lines scoring by their length and every other line a small penalty.
   *
   * @return its first and last line, or {-1, -1} when the page has no prose line
   */
  private static int[] core(Own[] own) {
    double[] scores = new double[own.length];
    for (int i = 0; i < own.length; i++) {
      scores[i] =
          own[i].prose
              ? Math.min(own[i].words.length, 60) / 10.0
              : own[i].words.length >= 6 ? -0.2 : -0.5;
    }
    return ArticleSpan.maxSum(scores);
  }

  private static void measure(
      Own o, DumpLine line, int stop, SourceProfile profile, Instant uploadedAt) {
    String text = line.text();
    o.chars = text.length();
    int stops = 0;
    int capitalised = 0;
    int letterWords = 0;
    for (long word : o.words) {
      if (StopWords.isStopWord(word, stop)) {
        stops++;
      }
    }
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int punct = 0;
    int cjk = 0;
    boolean wordStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        // ASCII, most of any page: no table look-ups
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          letters++;
          boolean isUpper = c <= 'Z';
          if (isUpper) {
            upper++;
          }
          if (wordStart) {
            letterWords++;
            if (isUpper) {
              capitalised++;
            }
          }
          wordStart = false;
        } else if (c >= '0' && c <= '9') {
          digits++;
          wordStart = false;
        } else {
          boolean space = c == ' ' || (c >= '\t' && c <= '\r');
          if (!space) {
            punct++;
          }
          if (c == ',' || c == ';') {
            o.commas++;
          } else if (c == '|' || c == '/') {
            o.separators++;
          }
          wordStart = space || c == '-' || c == '(' || c == '"';
        }
      } else if (Character.isLetter(c)) {
        letters++;
        boolean isUpper = Character.isUpperCase(c);
        if (isUpper) {
          upper++;
        }
        if (wordStart) {
          letterWords++;
          if (isUpper) {
            capitalised++;
          }
        }
        if (isCjk(c)) {
          cjk++;
        }
        wordStart = false;
      } else if (Character.isDigit(c)) {
        digits++;
        wordStart = false;
      } else {
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
        if (!space) {
          punct++;
        }
        if (c == '，' || c == '、') {
          o.commas++;
        }
        if ("›»•·←→▸►".indexOf(c) >= 0) {
          o.separators++;
        }
        wordStart = space;
      }
    }
    int words = o.words.length;
    o.stopShare = words == 0 ? 0 : (double) stops / words;
    o.capShare = letterWords == 0 ? 0 : (double) capitalised / letterWords;
    o.upperShare = letters == 0 ? 0 : (double) upper / letters;
    o.digitShare = o.chars == 0 ? 0 : (double) digits / o.chars;
    o.punctShare = o.chars == 0 ? 0 : (double) punct / o.chars;
    o.cjkShare = letters == 0 ? 0 : (double) cjk / letters;
    o.endsSentence = TextNormalizer.endsSentence(text);
    o.endsColon = text.endsWith(":");
    o.startsLower = firstLetterIsLower(text);
    char first = text.charAt(0);
    o.startsBullet =
        "-*•–—·▪►".indexOf(first) >= 0 || (Character.isDigit(first) && NUMBERED.matcher(text).find());
    o.linkText =
        text.contains("http")
            || text.contains("www.")
            || text.contains(".com")
            || text.indexOf('@') >= 0
            || text.indexOf('©') >= 0
            || text.contains("opyright");
    o.boilerplate = line.chrome();
    if (text.length() <= MAX_META_LINE) {
      // every date a page writes has a digit, or is a short relative word ("yesterday")
      o.date = (digits > 0 || text.length() <= 20) && !Dates.line(text, profile, uploadedAt).isEmpty();
      o.byline = words <= 12 && Bylines.line(TextDumpParser.unwrapped(text)).isPresent();
    }
    boolean cjkProse = o.cjkShare > 0.5 && o.chars >= 40;
    o.prose =
        !o.boilerplate
            && (cjkProse
                || (words >= PROSE_WORDS
                    && (o.endsSentence || words >= 25)
                    && (stop < 0 || o.stopShare >= 0.1)));
  }

  /** What repeats are counted by: short lines case-insensitively, long ones as they are. */
  private static String repeatKey(String text) {
    return text.length() <= 120 ? text.toLowerCase(Locale.ROOT) : text;
  }

  private static boolean firstLetterIsLower(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  private static boolean isCjk(char c) {
    if (c < '\u1100') {
      return false; // below Hangul Jamo: Latin, Greek, Cyrillic, Arabic, Indic...
    }
    return isUnspaced(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }

  /** Whether the character is of a script written without spaces: Chinese, Japanese. */
  static boolean isUnspaced(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * A line's words as 64-bit hashes of their lower-cased text ({@link #hash}): what the stop-word
   * measures need, without making a string of every word of every paragraph.
   */
  static long[] wordHashes(String text) {
    int n = text.length();
    long[] hashes = new long[Math.min(16, n / 2 + 1)];
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      long h = FNV_OFFSET;
      while (i < n) {
        char c = text.charAt(i);
        if (c < 128) {
          if (c >= 'A' && c <= 'Z') {
            c = (char) (c + 32);
          } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            break;
          }
        } else if (Character.isLetterOrDigit(c)) {
          c = Character.toLowerCase(c);
        } else {
          break;
        }
        h = (h ^ c) * FNV_PRIME;
        i++;
      }
      if (count == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = h;
    }
    return count == hashes.length ? hashes : java.util.Arrays.copyOf(hashes, count);
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The hash {@link #wordHashes} gives a lower-case word. */
  static long hash(String word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** A line's words: runs of letters and digits, lower-cased (root locale). */
  static String[] words(String text) {
    char[] chars = text.toCharArray();
    int n = chars.length;
    String[] words = new String[Math.min(16, n / 2 + 1)];
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(chars[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n) {
        char c = chars[i];
        if (c < 128) {
          if (c >= 'A' && c <= 'Z') {
            chars[i] = (char) (c + 32);
          } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            break;
          }
        } else if (Character.isLetterOrDigit(c)) {
          ascii = false;
        } else {
          break;
        }
        i++;
      }
      String word = new String(chars, start, i - start);
      if (!ascii) {
        word = word.toLowerCase(Locale.ROOT);
      }
      if (count == words.length) {
        words = java.util.Arrays.copyOf(words, count * 2);
      }
      words[count++] = word;
    }
    return count == words.length ? words : java.util.Arrays.copyOf(words, count);
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }
}
