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
  /** The body is suspiciously short for an article. */
  SHORT_BODY,
  /** The language could not be recognised. */
  LANGUAGE_UNKNOWN
}
