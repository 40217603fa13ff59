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

  /**
   * The words that open a byline in the languages read here, as one alternation of a regular
   * expression: "by", "von", "Gepostet von", "Publié par", "Scritto da", "автор" and the like (on
   * normalized text, whose words one space parts).
   */
  public static final String BY_WORDS =
      "(?:gepostet|geschrieben|verfasst) von|(?:publicado|escrito|escrita) por"
          + "|(?:publié|écrit|rédigé) par|(?:scritto|pubblicato) da|by|von|par|por|escribe"
          + "|автор(?:ы)?|текст";

  private static final Pattern BY_PREFIX =
      Pattern.compile(
          "^(?:written by|reported by|posted by|story by|words by|" + BY_WORDS + ")(?:\\s*:)?\\s+",
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

  /** A degree or post-nominal after a name: "MA", "PhD", "M.D.". */
  private static final Pattern CREDENTIAL =
      Pattern.compile("\\p{Lu}{2,4}|Ph\\.?\\s?D\\.?|M\\.\\s?D\\.|\\p{Lu}\\.\\p{Lu}\\.(?:\\p{Lu}\\.)?");

  /** A separator that joins two authors: "and", "&" and their translations. */
  private static final Pattern CONJUNCTION =
      Pattern.compile("&|\\b(?:and|und|et|y|и)\\b", Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} .'-]*$");

  /** A name: one to five words, each starting with a capital letter (or a particle). */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|der|del|la|le|bin|al|dos)){0,4}"
              // Chinese and Korean names have no capitals: two to four syllables
              + "|[\\p{IsHan}\\p{IsHangul}]{2,4}");

  /**
   * Where a byline's names end and its date begins: a month before a number ("June" alone is a
   * name: Laura June Topolsky), a weekday, a digit, a handle, a separator, a date's label.
   */
  private static final Pattern NAME_END =
      Pattern.compile(
          // a hyphen between two letters is inside a name (Jane Doe-Quill), not a separator
          "(?iu)\\s*(?:(?<!\\p{L})-|-(?!\\p{L})|[–—•|·@]|\\d|\\b(?:on|at|updated|published"
              + "|follow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|um|vom|le"
              + "|posted|last updated"
              + "|last modified|veröffentlicht|aktualisiert|erschienen|zuletzt|publié|publiée"
              + "|publicado|publicada|actualizado|опубликовано)\\b|\\b(?:jan|feb|mar|apr|may"
              + "|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
              + "|september|october|november|december)\\b(?=\\.?,?\\s*\\d))");

  /** A person's name on its own: two to four capitalised words, letters only. */
  private static final Pattern PERSON =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3}");

  /**
   * A byline with a date after the names ({@code By Jane Doe March 18, 2015 3:57 PM}, {@code Jane
   * Doe - Apr 16, 2015}, {@code Jane Doe • 8h}).
   *
   * @param names the authors
   * @param rest what follows the names (the date, a handle), for the caller to read a date from
   */
  public record Dated(List<String> names, String rest) {}

  /** The names and the rest of a byline followed by a date; empty when the line is not one. */
  public static Optional<Dated> dated(String line) {
    return dated(line, rest -> false);
  }

  /**
   * As {@link #dated(String)}, and a lone person's name followed by nothing but a date ({@code
   * Alex Perry 1 day ago}, {@code Sarah Gooding March 9, 2017}) without a separator between them.
   *
   * @param isDate whether what follows the name is a date and nothing else
   */
  public static Optional<Dated> dated(String line, java.util.function.Predicate<String> isDate) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    java.util.regex.Matcher by = BY_PREFIX.matcher(line);
    boolean prefixed = by.find();
    String text = prefixed ? line.substring(by.end()) : line;
    java.util.regex.Matcher end = NAME_END.matcher(text);
    int cut = -1;
    while (end.find()) {
      if (end.start() > 0) {
        cut = end.start();
        break;
      }
    }
    if (cut <= 0) {
      return Optional.empty();
    }
    String namePart = text.substring(0, cut).strip().replaceAll("[,;:]+$", "");
    String rest = text.substring(cut).replaceFirst("^\\s*[-–—•|·]\\s*", "").strip();
    if (!prefixed) {
      // without "By", only a lone person's name before a separator and something with a digit
      boolean separated = text.substring(cut).matches("(?s)\\s*[-–—•|·].*");
      boolean dateAfter = separated ? hasDigit(rest) : isDate.test(rest) || isHandle(rest);
      if (!PERSON.matcher(namePart).matches() || !dateAfter) {
        return Optional.empty();
      }
    }
    List<String> names = names(namePart);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Dated(names.stream().map(Bylines::capitalised).toList(), rest));
  }

  /** An author's handle: "Jane Doe, @jdoe", "On 6/13/2018 by @jdoe". */
  private static final Pattern HANDLE = Pattern.compile("@[\\w.]{1,40}");

  /** Where a meta line's segments part: "A | B", "A · B", "A • B". */
  public static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** Whether the text is an author's handle and nothing else ({@code @jdoe}). */
  public static boolean isHandle(String text) {
    return HANDLE.matcher(text).matches();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Where the segments of a meta line with a date part, commas included. */
  private static final Pattern META_PARTS = Pattern.compile("\\s*(?:[,|·•/–—]|\\s-\\s)\\s*");

  /** The most words a segment beside the name may have: a count, a label ("91 comments"). */
  private static final int MAX_OTHER_SEGMENT_WORDS = 3;

  /** The most segments of a meta line with a name beside its date; more is a list of tags. */
  private static final int MAX_META_SEGMENTS = 4;

  /**
   * The author of a meta line that holds a date and a person's name in a segment of its own
   * ({@code 1. Februar 2022, Jane Doe}, {@code 23.06.2016 um 16:14 Uhr - Jane Doe - 91
   * Ergänzungen}): the one segment that is a person's name (no weekday or month in it), when every
   * other segment holds a digit or is a short label. The caller has found the date in the line;
   * empty when no name, or more than one, stands beside it, or the line is a list of tags.
   */
  public static Optional<List<String>> besideDate(String line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    String[] segments = META_PARTS.split(line.strip());
    if (segments.length > MAX_META_SEGMENTS) {
      return Optional.empty();
    }
    String name = null;
    for (String segment : segments) {
      String part = segment.strip();
      if (part.isEmpty()) {
        continue;
      }
      if (isPersonName(part)
          && names(part).equals(List.of(part))
          && !NAME_END.matcher(part).find()) {
        if (name != null) {
          return Optional.empty();
        }
        name = part;
      } else if (!hasDigit(part) && WHITE_SPACE.split(part).length > MAX_OTHER_SEGMENT_WORDS) {
        return Optional.empty();
      }
    }
    return name == null ? Optional.empty() : Optional.of(List.of(capitalised(name)));
  }

  /**
   * A byline whose names run into the author's job title without a space or a comma ({@code By
   * Jane DoeStaff Writer}, as markup without white space between its elements renders), with a
   * comma put there; the line itself when no title follows a name so. A capital after a small
   * letter inside a name (McDonald, LeVine) is left alone: only a break whose rest is a title is
   * opened. (A name run into a date is as often a source's name, "Yahoo FinanceOctober 13, 2016",
   * and is not opened.)
   */
  public static String unglued(String line) {
    if (line.length() > MAX_LINE || !BY_PREFIX.matcher(line).find()) {
      return line;
    }
    for (int k = 1; k < line.length(); k++) {
      if (Character.isLowerCase(line.charAt(k - 1)) && Character.isUpperCase(line.charAt(k))) {
        String rest = line.substring(k);
        if (ROLE.matcher(rest).matches() && WHITE_SPACE.split(rest).length <= 4) {
          return line.substring(0, k) + ", " + rest;
        }
      }
    }
    return line;
  }

  /** Whether a line is a person's name and nothing else ({@code Jane Doe}, {@code J. R. Smith}). */
  public static boolean isPersonName(String line) {
    return line.length() <= 60
        && PERSON.matcher(line).matches()
        && names(line).size() == 1
        && !isAgency(line);
  }

  /** A name written in capitals ({@code JEFFREY GETTLEMAN}) as a name is written. */
  static String capitalised(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() < 4) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  /** Longer than this, a line is prose, not a byline... */
  private static final int MAX_LINE = 150;

  /** ...unless it opens with names this long at most and goes on to describe their author. */
  private static final int MAX_NAMES = 60;

  /** Where a description of the author begins: a comma and a word in lower case. */
  private static final Pattern DESCRIBED = Pattern.compile(",\\s+(?=\\p{Ll})");

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
      // "Gepostet von Jane Doe | Wohnen": what follows the names' segment is a label or a date
      List<String> names = names(SEGMENT_SEPARATOR.split(line, 2)[0]);
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

  /**
   * The authors of a byline of any length: a long line is a byline when it says "By" and its names
   * are followed by a description of their author ({@code By Jane Doe, a deputy editor and author
   * of ...}); a short one is whatever {@link #line} finds.
   */
  public static Optional<List<String>> longLine(String line) {
    if (line.length() <= MAX_LINE) {
      return line(line);
    }
    java.util.regex.Matcher description = DESCRIBED.matcher(line);
    if (!BY_PREFIX.matcher(line).find()
        || !description.find()
        || description.start() > MAX_NAMES) {
      return Optional.empty();
    }
    List<String> names = names(line.substring(0, description.start()));
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /** "by", "von", "par" or "por" before a capital, inside a line. */
  private static final Pattern BY_INSIDE =
      Pattern.compile("(?:^|\\s)(?:by|von|par|por)\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);

  /**
   * The authors a line names after "by" somewhere inside it ({@code Veröffentlicht am 6. Juli 2015
   * von Mark Quill — Hinterlasse eine Antwort}, {@code 01. Dez. 2022 | 14:08 Uhr | von Jane
   * Quill}): the names up to the next separator, date or label. Empty when no "by" is followed by
   * names. The caller judges the rest of the line (here, a date: a meta line, not a sentence).
   */
  public static Optional<List<String>> after(String line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    java.util.regex.Matcher by = BY_INSIDE.matcher(line);
    if (!by.find()) {
      return Optional.empty();
    }
    String rest = line.substring(by.start()).strip();
    Optional<List<String>> names = dated(rest).map(Dated::names);
    return names.isPresent() ? names : line(rest);
  }

  /** Author names in a byline or metadata value, in order, without duplicates. */
  public static List<String> names(String byline) {
    if (byline == null) {
      return List.of();
    }
    String text = BY_PREFIX.matcher(byline.strip()).replaceFirst("");
    text = text.replaceAll("\\((?:[^)]*)\\)", " ").strip();
    Set<String> names = new LinkedHashSet<>();
    List<Part> parts = parts(text);
    // past a job title comes the employer ("Jane Doe, Senior Technologist, ACLU Speech, Privacy,
    // and Technology Project"): a part there is a name only when a title follows it, or when "and"
    // joins it straight to a name or a title ("Jane Doe, Correspondent, and John Roe")
    boolean afterRole = false;
    boolean lastKept = false;
    for (int i = 0; i < parts.size(); i++) {
      String name = PLACE.matcher(parts.get(i).text()).replaceFirst("").strip();
      if (ROLE.matcher(name).matches()) {
        afterRole = true;
        lastKept = true;
        continue;
      }
      boolean affiliation =
          afterRole
              && !(parts.get(i).joined() && lastKept)
              && (i + 1 >= parts.size() || !ROLE.matcher(parts.get(i + 1).text()).matches());
      lastKept = false;
      if (name.isEmpty()
          || affiliation
          || isAgency(name)
          || CREDENTIAL.matcher(name).matches() && !name.equals(text)
          || UI_TEXT.matcher(name).matches()
          || !NAME.matcher(name).matches()
          || !hasWordOfTwoLetters(name)) {
        continue;
      }
      lastKept = true;
      names.add(name);
    }
    return List.copyOf(names);
  }

  /**
   * Whether a name has a word of two letters or more: initials alone ("J J", an avatar's letters)
   * are no name.
   */
  private static boolean hasWordOfTwoLetters(String name) {
    int run = 0;
    for (int i = 0; i < name.length(); i++) {
      run = Character.isLetter(name.charAt(i)) ? run + 1 : 0;
      if (run >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Names from several metadata values (JSON-LD author list, repeated meta tags). */
  public static List<String> names(List<String> values) {
    Set<String> names = new LinkedHashSet<>();
    for (String value : values) {
      names.addAll(names(value));
    }
    return List.copyOf(names);
  }

  /**
   * A byline's part between separators.
   *
   * @param joined whether "and" (or "&", "und", "et", "y", "и") comes before it, not only a comma
   */
  private record Part(String text, boolean joined) {}

  private static List<Part> parts(String text) {
    List<Part> parts = new ArrayList<>();
    java.util.regex.Matcher separator = SEPARATORS.matcher(text);
    int from = 0;
    boolean conjunction = false;
    while (true) {
      boolean found = separator.find();
      String part = text.substring(from, found ? separator.start() : text.length()).strip();
      if (!part.isEmpty()) {
        parts.add(new Part(part, conjunction));
      }
      if (!found) {
        return parts;
      }
      conjunction = CONJUNCTION.matcher(separator.group()).find();
      from = separator.end();
    }
  }

  /** Whether the text is a news agency's name ("AFP", "Reuters", "Associated Press"). */
  public static boolean isAgency(String text) {
    return AGENCIES.contains(text.strip().toLowerCase(Locale.ROOT).replaceAll("[.]", ""));
  }
}
