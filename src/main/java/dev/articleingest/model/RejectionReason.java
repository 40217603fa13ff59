package dev.articleingest.model;

/** Why an object can never become an article. Stored on rejection records; values are stable. */
public enum RejectionReason {
  /** The object has no bytes, or only white space. */
  EMPTY,
  /** The bytes are not text (NUL bytes, an image, an archive). */
  BINARY,
  /** The bytes are not valid in the encoding they must be read in. */
  INVALID_ENCODING,
  /** The object is larger than the configured limit. */
  TOO_LARGE,
  /** The text has no body paragraphs. */
  NO_BODY,
  /** The object key cannot be decoded. */
  INVALID_KEY,
  /** Compressed data (gzip) is truncated or corrupt. */
  CORRUPT_COMPRESSION,
  /** Compressed data expands beyond the configured limit (a "zip bomb", or just too big). */
  DECOMPRESSED_TOO_LARGE,
  /** An HTML page with no article in it (an index, error or consent page). */
  NO_ARTICLE,
  /** JSON that is not an article: no body field, several articles, a bare value. */
  WRONG_SHAPE,
  /** The object claims or looks to be JSON but does not parse. */
  MALFORMED_JSON
}
