package dev.articleingest.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A character n-gram maximum-entropy language model in a compact form, evaluated the way Apache
 * OpenNLP's {@code LanguageDetectorME} evaluates its own model (each distinct 1- to 3-gram of the
 * normalised, lower-cased text adds its weights once; softmax over the sums), but an order of
 * magnitude faster: n-grams are packed into a {@code long} and found in an open-addressing table,
 * weights sit in flat arrays, and no string is made per n-gram. LanguageModelTest checks it against
 * OpenNLP's own evaluation of the same model.
 *
 * <p>Most of the time goes to adding weights: the n-grams of running text are the common ones, with
 * a weight for nearly every language (about 90 of 103 on average). Those with at least {@link
 * #DENSE_MIN} weights are also kept as dense rows, one weight per language, added four rows at a
 * time, so each language's sum is loaded and stored once per four n-grams instead of once per
 * n-gram, and no outcome index is read per weight. The sums are the same up to rounding order.
 *
 * <p>Weights are kept as {@code float}: half the size of OpenNLP's doubles, and the probabilities
 * move by less than 1e-8 (LanguageModelTest). The file form ({@link #write}, {@link #read}) is made
 * from OpenNLP's model by LanguageModelConverter, with weights quantized to a byte each and the
 * smallest left out, and committed as a resource (models/README.md has its provenance and how
 * far its decisions stay from OpenNLP's), so the function reads a few MB of arrays instead of
 * parsing OpenNLP's model.
 */
final class LanguageModel {

  /** The most languages a model may have: outcome indices are stored as bytes. */
  static final int MAX_LANGUAGES = 256;

  private static final int MAGIC = 0x4C4E4732; // "LNG2"

  /** The most distinct weights a model file holds: each weight is stored as a byte. */
  static final int MAX_LEVELS = 256;

  private static final long EMPTY = 0L;

  /** Features are numbered in 18 bits. */
  private static final int MAX_FEATURES = 1 << 18;

  /**
   * A slot's low bits: the feature's number, or {@link #DENSE} and its dense row; the n-gram's key
   * above them.
   */
  private static final int PAYLOAD_BITS = 19;

  private static final int DENSE = MAX_FEATURES;

  /**
   * N-grams with at least this many weights are also kept as dense rows. Measured on the parse
   * benchmark's small inputs: 24 and 64 are as fast, 200 is slower; 64 keeps the rows to 2.3 MB.
   */
  static final int DENSE_MIN = 64;

  /** How many dense rows are added in one pass over the sums. */
  private static final int ROWS_PER_PASS = 4;

  /** Alphabet codes have 12 bits; three and a length fit in 38 bits above the payload. */
  private static final int MAX_CODE = (1 << 12) - 1;

  private final String[] languages;
  private final long[] keys;

  /** Per character, its code in the model's alphabet (1 up), 0 when no n-gram holds it. */
  private final char[] alphabet;

  /** Open addressing: per slot an n-gram's alphabet key and its feature, packed; 0 is empty. */
  private final long[] slots;

  private final int mask;
  private final int[] starts;
  private final byte[] outcomes;
  private final float[] weights;

  /**
   * The features with at least {@link #DENSE_MIN} weights, one row each: a weight per language in
   * the order of {@link #languages}, 0 where the feature has none.
   */
  private final float[] dense;

  /**
   * @param languages the outcomes (ISO 639-3 codes in OpenNLP's model)
   * @param keys per feature, its n-gram packed by {@link #key(String)}
   * @param counts per feature, how many weights it has
   * @param outcomes all features' outcome indices into {@code languages}, feature after feature
   * @param weights all features' weights, in the order of {@code outcomes}
   */
  private LanguageModel(
      String[] languages, long[] keys, byte[] counts, byte[] outcomes, float[] weights) {
    if (languages.length == 0 || languages.length > MAX_LANGUAGES) {
      throw new IllegalArgumentException("a model needs 1 to 256 languages: " + languages.length);
    }
    if (keys.length != counts.length || outcomes.length != weights.length) {
      throw new IllegalArgumentException("a model's arrays differ in length");
    }
    this.languages = languages;
    this.keys = keys;
    this.outcomes = outcomes;
    this.weights = weights;
    this.starts = new int[keys.length + 1];
    for (int feature = 0; feature < keys.length; feature++) {
      starts[feature + 1] = starts[feature] + (counts[feature] & 0xff);
    }
    if (starts[keys.length] != outcomes.length) {
      throw new IllegalArgumentException("a model's weight counts do not add up");
    }
    for (byte outcome : outcomes) {
      Objects.checkIndex(outcome & 0xff, languages.length);
    }
    if (keys.length > MAX_FEATURES) {
      throw new IllegalArgumentException("a model may have up to 2^18 n-grams: " + keys.length);
    }
    this.alphabet = new char[Character.MAX_VALUE + 1];
    int codes = 0;
    for (long key : keys) {
      int n = (int) (key >>> 48);
      for (int i = 0; i < n; i++) {
        char c = (char) (key >>> (16 * i));
        if (alphabet[c] == 0) {
          if (++codes > MAX_CODE) {
            throw new IllegalArgumentException("a model may use up to 4,095 characters");
          }
          alphabet[c] = (char) codes;
        }
      }
    }
    // at most 2/3 full, a power of two: 262,144 slots (2 MB) for OpenNLP's 145,895 n-grams
    int capacity = Integer.highestOneBit(Math.max(keys.length * 3 / 2, 1)) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    int denseRows = 0;
    for (int feature = 0; feature < keys.length; feature++) {
      if (starts[feature + 1] - starts[feature] >= DENSE_MIN) {
        denseRows++;
      }
    }
    this.dense = new float[denseRows * languages.length];
    int row = 0;
    for (int feature = 0; feature < keys.length; feature++) {
      if (starts[feature + 1] - starts[feature] >= DENSE_MIN) {
        int rowStart = row * languages.length;
        for (int p = starts[feature]; p < starts[feature + 1]; p++) {
          dense[rowStart + (outcomes[p] & 0xff)] = weights[p];
        }
        insert(codedKey(keys[feature]), DENSE | row++);
      } else {
        insert(codedKey(keys[feature]), feature);
      }
    }
  }

  /**
   * A model from its parts, as OpenNLP's model lists them.
   *
   * @param languages the outcomes (ISO 639-3 codes in OpenNLP's model)
   * @param ngrams the features, one to three characters each
   * @param featureOutcomes per feature, the indices into {@code languages} it has a weight for
   * @param featureWeights per feature, the weights, in the order of {@code featureOutcomes}
   */
  static LanguageModel of(
      String[] languages, String[] ngrams, int[][] featureOutcomes, double[][] featureWeights) {
    if (ngrams.length != featureOutcomes.length || ngrams.length != featureWeights.length) {
      throw new IllegalArgumentException("n-grams, outcomes and weights differ in number");
    }
    long[] keys = new long[ngrams.length];
    byte[] counts = new byte[ngrams.length];
    int total = 0;
    for (int feature = 0; feature < ngrams.length; feature++) {
      int count = featureOutcomes[feature].length;
      if (count != featureWeights[feature].length || count > MAX_LANGUAGES) {
        throw new IllegalArgumentException("n-gram " + feature + ": outcomes and weights differ");
      }
      keys[feature] = key(ngrams[feature]);
      counts[feature] = (byte) count;
      total += count;
    }
    byte[] outcomes = new byte[total];
    float[] weights = new float[total];
    int at = 0;
    for (int feature = 0; feature < ngrams.length; feature++) {
      for (int i = 0; i < featureOutcomes[feature].length; i++, at++) {
        int outcome = featureOutcomes[feature][i];
        Objects.checkIndex(outcome, languages.length);
        outcomes[at] = (byte) outcome;
        weights[at] = (float) featureWeights[feature][i];
      }
    }
    return new LanguageModel(languages.clone(), keys, counts, outcomes, weights);
  }

  /**
   * Writes the model in the form {@link #read} reads: the n-grams, per n-gram its outcome indices
   * as steps from the one before (small numbers, which deflate well), and each weight as a byte
   * into a table of at most {@link #MAX_LEVELS} distinct weights. A model with more distinct
   * weights is quantized first ({@code LanguageModelConverter}).
   *
   * @throws IllegalStateException when the model has more than {@link #MAX_LEVELS} weights
   */
  void write(OutputStream out) throws IOException {
    float[] levels = levels(weights);
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(languages.length);
    for (String language : languages) {
      data.writeUTF(language);
    }
    data.writeInt(keys.length);
    data.writeInt(outcomes.length);
    data.writeShort(levels.length);
    ByteBuffer buffer =
        ByteBuffer.allocate(
            keys.length * (Long.BYTES + 1) + outcomes.length * 2 + levels.length * Float.BYTES);
    buffer.asLongBuffer().put(keys);
    buffer.position(keys.length * Long.BYTES);
    for (int feature = 0; feature < keys.length; feature++) {
      buffer.put((byte) (starts[feature + 1] - starts[feature]));
    }
    for (int feature = 0; feature < keys.length; feature++) {
      int previous = 0xff;
      for (int p = starts[feature]; p < starts[feature + 1]; p++) {
        buffer.put((byte) (outcomes[p] - previous)); // modulo 256: any order reads back
        previous = outcomes[p];
      }
    }
    for (float level : levels) {
      buffer.putFloat(level);
    }
    for (float weight : weights) {
      buffer.put((byte) Arrays.binarySearch(levels, weight));
    }
    data.write(buffer.array());
    data.flush();
  }

  /** The distinct weights, ascending. */
  private static float[] levels(float[] weights) {
    float[] sorted = weights.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || Float.compare(sorted[i], sorted[distinct - 1]) != 0) {
        if (distinct == MAX_LEVELS) {
          throw new IllegalStateException(
              "a model is written with at most " + MAX_LEVELS + " distinct weights");
        }
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model or ends early
   */
  static LanguageModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("not a language model file");
    }
    String[] languages = new String[data.readInt()];
    for (int i = 0; i < languages.length; i++) {
      languages[i] = data.readUTF();
    }
    int features = data.readInt();
    int total = data.readInt();
    int levelCount = data.readUnsignedShort();
    if (features < 0 || total < 0 || languages.length > MAX_LANGUAGES || levelCount > MAX_LEVELS) {
      throw new IOException("not a language model file");
    }
    int bytes = features * (Long.BYTES + 1) + total * 2 + levelCount * Float.BYTES;
    ByteBuffer buffer = ByteBuffer.wrap(data.readNBytes(bytes));
    if (buffer.remaining() != bytes || data.read() != -1) {
      throw new IOException("the language model file is cut short or too long");
    }
    long[] keys = new long[features];
    buffer.asLongBuffer().get(keys);
    buffer.position(features * Long.BYTES);
    byte[] counts = new byte[features];
    buffer.get(counts);
    byte[] outcomes = new byte[total];
    for (int feature = 0, p = 0; feature < features; feature++) {
      int outcome = 0xff;
      for (int i = 0; i < (counts[feature] & 0xff); i++, p++) {
        outcome += buffer.get();
        outcomes[p] = (byte) outcome;
      }
    }
    float[] levels = new float[levelCount];
    buffer.asFloatBuffer().get(levels);
    buffer.position(buffer.position() + levelCount * Float.BYTES);
    float[] weights = new float[total];
    try {
      for (int p = 0; p < total; p++) {
        weights[p] = levels[buffer.get() & 0xff];
      }
      return new LanguageModel(languages, keys, counts, outcomes, weights);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IOException("not a language model file: " + e.getMessage(), e);
    }
  }

  /** The language at an index of {@link #probabilities}. */
  String language(int index) {
    return languages[index];
  }

  /**
   * The probability of each language (by index, see {@link #language}) for text already normalised
   * and lower-cased ({@link LanguageText#prepare}).
   */
  double[] probabilities(CharSequence prepared) {
    int length = prepared.length();
    int[] codes = new int[length];
    for (int i = 0; i < length; i++) {
      codes[i] = alphabet[prepared.charAt(i)];
    }
    // Each distinct n-gram once, so the model's table (2 MB) is probed once per distinct n-gram
    // rather than once per position: characters by a bit per alphabet code, pairs and triples in a
    // per-call set small enough for the fastest caches.
    Sums sums = new Sums(languages.length);
    long[] seenCodes = new long[(MAX_CODE >>> 6) + 1];
    for (int i = 0; i < length; i++) {
      int c = codes[i];
      if (c != 0 && (seenCodes[c >>> 6] & 1L << c) == 0) {
        seenCodes[c >>> 6] |= 1L << c;
        add(sums, 1L << 36 | c);
      }
    }
    long[] seen = new long[Integer.highestOneBit(Math.max(4 * length - 1, 1)) << 1];
    int seenMask = seen.length - 1;
    for (int i = 0; i + 1 < length; i++) {
      int a = codes[i];
      int b = codes[i + 1];
      if (a != 0 && b != 0) {
        long key = 2L << 36 | (long) b << 12 | a;
        if (addNew(seen, seenMask, key)) {
          add(sums, key);
        }
      }
    }
    for (int i = 0; i + 2 < length; i++) {
      int a = codes[i];
      int b = codes[i + 1];
      int c = codes[i + 2];
      if (a != 0 && b != 0 && c != 0) {
        long key = 3L << 36 | (long) c << 24 | (long) b << 12 | a;
        if (addNew(seen, seenMask, key)) {
          add(sums, key);
        }
      }
    }
    double[] probabilities = sums.total();
    double normal = 0;
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = StrictMath.exp(probabilities[i]);
      normal += probabilities[i];
    }
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] /= normal;
    }
    return probabilities;
  }

  /** Per-call sums of weights by language, with the dense rows not yet added. */
  private final class Sums {
    final double[] values;
    final int[] pending = new int[ROWS_PER_PASS];
    int pendingRows;

    Sums(int languages) {
      values = new double[languages];
    }

    /** The sums, once the rows still pending are added. */
    double[] total() {
      for (int i = 0; i < pendingRows; i++) {
        for (int j = 0, row = pending[i]; j < values.length; j++) {
          values[j] += dense[row + j];
        }
      }
      pendingRows = 0;
      return values;
    }
  }

  /** Adds an n-gram's weights, when the model has it. */
  private void add(Sums sums, long key) {
    int found = find(key);
    if (found < 0) {
      return;
    }
    if ((found & DENSE) == 0) {
      for (int p = starts[found], end = starts[found + 1]; p < end; p++) {
        sums.values[outcomes[p] & 0xff] += weights[p];
      }
      return;
    }
    sums.pending[sums.pendingRows++] = (found & ~DENSE) * sums.values.length;
    if (sums.pendingRows == ROWS_PER_PASS) {
      addFourRows(sums.values, sums.pending);
      sums.pendingRows = 0;
    }
  }

  /** Adds four dense rows, starting at the given offsets, to the sums. */
  private void addFourRows(double[] sums, int[] rows) {
    int a = rows[0];
    int b = rows[1];
    int c = rows[2];
    int d = rows[3];
    for (int j = 0; j < sums.length; j++) {
      sums[j] +=
          ((double) dense[a + j] + (double) dense[b + j])
              + ((double) dense[c + j] + (double) dense[d + j]);
    }
  }

  /** Adds a key to a per-call set; false when it was there already. Keys are never zero. */
  private static boolean addNew(long[] seen, int seenMask, long key) {
    int slot = mix(key) & seenMask;
    long held;
    while ((held = seen[slot]) != EMPTY) {
      if (held == key) {
        return false;
      }
      slot = (slot + 1) & seenMask;
    }
    seen[slot] = key;
    return true;
  }

  /** The n-gram's feature number, or {@link #DENSE} and its row; -1 when the model lacks it. */
  private int find(long codedKey) {
    int slot = mix(codedKey) & mask;
    long held;
    while ((held = slots[slot]) != EMPTY) {
      if (held >>> PAYLOAD_BITS == codedKey) {
        return (int) (held & ((1 << PAYLOAD_BITS) - 1));
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private void insert(long codedKey, int payload) {
    int slot = mix(codedKey) & mask;
    while (slots[slot] != EMPTY) {
      if (slots[slot] >>> PAYLOAD_BITS == codedKey) {
        throw new IllegalArgumentException("n-gram listed twice in the model");
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = codedKey << PAYLOAD_BITS | payload;
  }

  /** A file key (16 bits per character) in alphabet codes (12 bits each), length on top. */
  private long codedKey(long key) {
    int n = (int) (key >>> 48);
    long coded = (long) n << 36;
    for (int i = 0; i < n; i++) {
      coded |= (long) alphabet[(char) (key >>> (16 * i))] << (12 * i);
    }
    return coded;
  }

  /** Length in the top bits, so the key is never zero and "a" differs from "a\0". */
  private static long key(String ngram) {
    if (ngram.isEmpty() || ngram.length() > 3) {
      throw new IllegalArgumentException("n-grams have one to three characters: " + ngram.length());
    }
    long key = (long) ngram.length() << 48;
    for (int i = 0; i < ngram.length(); i++) {
      key |= (long) ngram.charAt(i) << (16 * i);
    }
    return key;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public String toString() {
    return "LanguageModel[" + languages.length + " languages, " + (starts.length - 1) + " n-grams]";
  }
}
