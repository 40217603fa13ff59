package dev.articleingest.model;

/**
 * The version of the parsing rules. Bump {@link #CURRENT} whenever the same input would parse
 * differently, so stored articles can be found and re-processed ({@code backfill --below-version}).
 */
public final class ParserVersion {

  /** The version of the rules in this build. */
  public static final int CURRENT = 23;

  private ParserVersion() {}
}
