package dev.articleingest.model;

import java.util.Objects;

/**
 * One quality warning on an article.
 *
 * @param code what kind of oddity
 * @param detail where or what exactly, for a person; never article text longer than a phrase
 */
public record Warning(WarningCode code, String detail) {

  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }
}
