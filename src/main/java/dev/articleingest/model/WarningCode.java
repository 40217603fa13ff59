package dev.articleingest.model;

/** Oddities an article can carry and still be stored. Consumers filter on these codes. */
public enum WarningCode {
  /** A quotation mark opens without closing, or closes without opening, in some paragraph. */
  UNBALANCED_QUOTES,
  /** No publication date was found. */
  NO_DATE,
  /** A date was found but its time zone is unknown, so no UTC instant could be computed. */
  ZONE_UNKNOWN,
  /** No title line could be identified; the title is a guess or missing. */
  TITLE_GUESSED,
  /** A headline was found, but the text-dump parser was not sure of its choice. */
  TITLE_UNCERTAIN,
  /**
   * A field was cut, or left out, to fit the table's limits: a title, standfirst, author or
   * dropped-chrome list too long, a URL or source too long or empty for an index key.
   */
  FIELD_LIMITED,
  /** Invisible bidirectional-override or isolate characters were removed from a header field. */
  BIDI_CONTROLS,
  /** The body is suspiciously short for an article. */
  SHORT_BODY,
  /** The language could not be recognised. */
  LANGUAGE_UNKNOWN,
  /** The stated publication time is later than the object's upload; it is kept. */
  DATE_IN_FUTURE,
  /** A date was found but is impossible for a news article (before 1900); it was not used. */
  DATE_IMPLAUSIBLE,
  /** The date was relative ("3 hours ago") and was resolved against the upload time. */
  DATE_RELATIVE,
  /**
   * No header date line gave the date: the text-dump parser chose it among the page's other dates
   * (a footer's, a meta line's further down), and was not sure of its choice.
   */
  DATE_UNCERTAIN,
  /** Words mix letters of different scripts (Latin with Cyrillic or Greek look-alikes). */
  MIXED_SCRIPTS,
  /** The bytes were not UTF-8; the encoding was detected or declared as a legacy one. */
  LEGACY_ENCODING,
  /**
   * The page's markup gave no usable body, or under half of its structured data's; the body comes
   * from its structured data (JSON-LD articleBody).
   */
  BODY_FROM_METADATA,
  /**
   * The page's markup gave no body by its rules (all of it was taken for page chrome); the body is
   * what the text models read in the whole page's visible text, as they read a text dump.
   */
  BODY_FROM_VISIBLE_TEXT
}
