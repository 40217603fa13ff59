package dev.articleingest.parse.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commonest function words of the languages news pages are written in. Prose is full of them
 * and page chrome has few, whatever the site: a line's share of its page's stop words is one of the
 * strongest signs that it is article text. The page's language is the one whose words the page
 * uses most.
 */
final class StopWords {

  private static final List<Set<String>> LANGUAGES =
      List.of(
          set(
              "the of and to a in is that for it on was with as at by be this are from or have an"
                  + " not but which has were they their its he she his her been will would who said"
                  + " we you more about after than when there one all also can"),
          set(
              "der die das und in zu den von ist mit sich des auf für nicht im dem ein eine als auch"
                  + " es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem"
                  + " über einen so zum war haben nur oder aber vor zur bis"),
          set(
              "le la les de des du et en un une est que qui dans pour pas sur au par plus ne se ce il"
                  + " elle sont a avec ont été aux son sa ses leur mais ou cette comme nous vous lui"
                  + " on été été"),
          set(
              "el la los las de del y en un una que es por con no para se al lo como más pero sus le"
                  + " ha su este esta fue son entre cuando muy sin sobre también ya han desde todo"),
          set(
              "il lo la i gli le di del della dei e è in un una che per con non si da al alla sono"
                  + " come più ma anche questo ha nel nella delle degli ci essere stato"),
          set(
              "o a os as de do da dos das e em um uma que é para com não por se no na mais como mas"
                  + " foi ao pelo pela seu sua ser são também já"),
          set(
              "de het een en van in is dat op te zijn voor met niet aan er ook als bij maar om door"
                  + " dan wordt nog naar uit werd heeft hij zij ze worden was"),
          set(
              "и в не на что с по как это он к а из но у за то о от так же для все она был было его"
                  + " ее мы они бы по при только уже или если когда еще после также"),
          set(
              "i w nie na się z że do to jest jak o a po przez od za ale jego tak co dla być już był"
                  + " są jej tym oraz może"),
          set(
              "och i att det som en på är av för med till den har de inte om ett var men jag sig från"
                  + " kan hade vid så"),
          set("ve bir bu da de için ile çok daha olarak gibi ama en olan kadar ne sonra"),
          set(
              "a se na je že v to s z o do i k jak by jsou ale pro jako po už tak jeho ve byl bylo"));

  private static Set<String> set(String words) {
    return Set.of(java.util.Arrays.stream(words.split(" ")).distinct().toArray(String[]::new));
  }

  private StopWords() {}

  /** Each stop word's hash ({@link LineFeatures#hash}) with a bit per language it belongs to. */
  private static final Map<Long, Integer> LANGUAGE_BITS = languageBits();

  // The same as an open-addressing table of primitive longs: one probe per word of a page, no
  // boxing. Empty slots hold 0 (no word hashes to 0 in practice; one that did would read as none).
  private static final int TABLE_BITS = 11;
  private static final long[] KEYS = new long[1 << TABLE_BITS];
  private static final int[] BITS = new int[1 << TABLE_BITS];

  static {
    for (Map.Entry<Long, Integer> e : LANGUAGE_BITS.entrySet()) {
      int slot = slot(e.getKey());
      while (KEYS[slot] != 0) {
        slot = (slot + 1) & (KEYS.length - 1);
      }
      KEYS[slot] = e.getKey();
      BITS[slot] = e.getValue();
    }
  }

  private static Map<Long, Integer> languageBits() {
    Map<Long, Integer> bits = new HashMap<>();
    for (int l = 0; l < LANGUAGES.size(); l++) {
      for (String word : LANGUAGES.get(l)) {
        bits.merge(LineFeatures.hash(word), 1 << l, (a, b) -> a | b);
      }
    }
    return bits;
  }

  private static int slot(long hash) {
    return (int) (hash ^ (hash >>> 29)) & (KEYS.length - 1);
  }

  /** The languages (one bit each) a word's hash is a stop word of; 0 for none. */
  private static int bits(long hash) {
    int slot = slot(hash);
    while (KEYS[slot] != 0) {
      if (KEYS[slot] == hash) {
        return BITS[slot];
      }
      slot = (slot + 1) & (KEYS.length - 1);
    }
    return 0;
  }

  /**
   * The language whose stop words the page's words use most.
   *
   * @return its number, or -1 when the page has none of any language's
   */
  static int of(List<long[]> words) {
    int[] hits = new int[LANGUAGES.size()];
    for (long[] line : words) {
      for (long word : line) {
        int bits = bits(word);
        while (bits != 0) {
          hits[Integer.numberOfTrailingZeros(bits)]++;
          bits &= bits - 1;
        }
      }
    }
    int best = -1;
    int bestHits = 0;
    for (int l = 0; l < hits.length; l++) {
      if (hits[l] > bestHits) {
        best = l;
        bestHits = hits[l];
      }
    }
    return best;
  }

  /** Whether a word's hash is a stop word of language {@code language} (none for -1). */
  static boolean isStopWord(long hash, int language) {
    return language >= 0 && (bits(hash) & (1 << language)) != 0;
  }
}
