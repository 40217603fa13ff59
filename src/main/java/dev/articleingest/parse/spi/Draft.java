package dev.articleingest.parse.spi;

import dev.articleingest.parse.dates.Dates;
import dev.articleingest.parse.decode.TextDecoder;

import dev.articleingest.model.Published;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a format parser found, before the checks and counts every article gets ({@link
 * ArticleAssembler}). Mutable working state of one parse; never shared.
 */
public final class Draft {
  public String title;
  public String subtitle;
  public List<String> authors = List.of();
  public Published published;
  public Published modified;

  /** The URL the content itself states (canonical link), else {@code null}. */
  public String url;

  public final List<String> paragraphs = new ArrayList<>();
  public final List<Warning> warnings = new ArrayList<>();
  public final List<String> boilerplate = new ArrayList<>();
  public String repeatedTitle;

  /** Whether the paragraphs are already normalized single lines (text dumps normalize first). */
  public boolean normalized;

  /** The relative-date phrase the published time was computed from, or {@code null}. */
  public String relativeDate;

  /**
   * Takes dates found in the text: an update label makes a modification time, never a publication
   * time; the first other date is the publication; a second unlabelled one is an update. Times
   * already known (from metadata, or earlier in the text) are kept.
   */
  public void takeDates(List<Dates.Found> dates) {
    for (Dates.Found date : dates) {
      if (date.kind() == Dates.Kind.UPDATED) {
        if (modified == null) {
          modified = date.time();
        }
      } else if (published == null) {
        published = date.time();
        relativeDate = date.relative();
      } else if (date.kind() == Dates.Kind.UNLABELLED && modified == null) {
        modified = date.time();
      }
    }
  }

  /** Warns when the text was not UTF-8, naming the encoding and how it was chosen. */
  public void noteEncoding(TextDecoder.Decoded decoded) {
    if (decoded.legacy()) {
      warnings.add(
          new Warning(
              WarningCode.LEGACY_ENCODING,
              "read as " + decoded.charset() + " (from " + decoded.how() + "), not UTF-8"));
    }
  }
}
