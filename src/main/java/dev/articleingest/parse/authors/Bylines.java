package dev.articleingest.parse.authors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names from bylines ({@code By Jane Doe and John Roe}, {@code Jane Doe, Reuters}, {@code
 * Von Anna Schmidt}) and from metadata values. Names only: agencies, job titles, places ("in
 * Washington") and UI text ("Email the author", "Follow") are dropped.
 */
public final class Bylines {

  private static final Pattern BY_PREFIX =
      Pattern.compile(
          "^(?:written by|reported by|story by|words by|by|von|par|por|автор(?:ы)?:?|текст:?)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Set<String> AGENCIES =
      Set.of(
          "reuters",
          "ap",
          "associated press",
          "the associated press",
          "afp",
          "agence france-presse",
          "bloomberg",
          "tass",
          "ria novosti",
          "interfax",
          "dpa",
          "efe",
          "xinhua",
          "pa",
          "pa media",
          "upi",
          "ansa",
          "sputnik",
          "staff",
          "wire",
          "wires",
          "agencies",
          "news desk",
          "newsroom");

  private static final Pattern ROLE =
      Pattern.compile(
          "(?i).*\\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|"
              + "journalist|producer|analyst|chief|senior|bureau|desk|redakteur|redaktion|"
              + "journaliste|rédacteur|corresponsal|redactor|корреспондент|обозреватель)\\b.*");

  private static final Pattern UI_TEXT =
      Pattern.compile(
          "(?i).*(?:@|https?:|www\\.|\\bemail\\b|\\be-mail\\b|\\bfollow\\b|\\btwitter\\b|"
              + "\\bview (?:all|profile)\\b|\\bmore (?:from|by|articles)\\b|\\bposts?\\b|"
              + "\\bprofile\\b|\\bbio\\b|\\bcontact\\b|\\d).*");

  private static final Pattern SEPARATORS =
      Pattern.compile(
          "\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bи\\b|\\s+-\\s+|\\s+—\\s+)\\s*");

  private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} .'-]*$");

  /** A name: one to five words, each starting with a capital letter (or a particle). */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|der|del|la|le|bin|al|dos)){0,4}");

  /** Longer than this, a line is prose, not a byline. */
  private static final int MAX_LINE = 150;

  private Bylines() {}

  /**
   * The authors on a text line that is a byline: {@code By ...}, or names followed by an agency
   * ({@code Jane Doe, Reuters}). Empty when the line is not a byline.
   */
  public static Optional<List<String>> line(String line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    if (BY_PREFIX.matcher(line).find()) {
      List<String> names = names(line);
      return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }
    int cut = Math.max(line.lastIndexOf(','), line.lastIndexOf('|'));
    if (cut > 0 && isAgency(line.substring(cut + 1))) {
      List<String> names = names(line.substring(0, cut));
      boolean allNames = !names.isEmpty() && names.size() == parts(line.substring(0, cut)).size();
      return allNames ? Optional.of(names) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Author names in a byline or metadata value, in order, without duplicates. */
  public static List<String> names(String byline) {
    if (byline == null) {
      return List.of();
    }
    String text = BY_PREFIX.matcher(byline.strip()).replaceFirst("");
    text = text.replaceAll("\\((?:[^)]*)\\)", " ").strip();
    Set<String> names = new LinkedHashSet<>();
    for (String part : parts(text)) {
      String name = PLACE.matcher(part).replaceFirst("").strip();
      if (name.isEmpty()
          || isAgency(name)
          || ROLE.matcher(name).matches()
          || UI_TEXT.matcher(name).matches()
          || !NAME.matcher(name).matches()) {
        continue;
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** Names from several metadata values (JSON-LD author list, repeated meta tags). */
  public static List<String> names(List<String> values) {
    Set<String> names = new LinkedHashSet<>();
    for (String value : values) {
      names.addAll(names(value));
    }
    return List.copyOf(names);
  }

  private static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : SEPARATORS.split(text)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static boolean isAgency(String text) {
    return AGENCIES.contains(text.strip().toLowerCase(Locale.ROOT).replaceAll("[.]", ""));
  }
}
