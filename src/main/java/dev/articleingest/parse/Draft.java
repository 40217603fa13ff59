package dev.articleingest.parse;

import dev.articleingest.model.Published;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a format parser found, before the checks and counts every article gets ({@link
 * ArticleAssembler}). Mutable working state of one parse; never shared.
 */
final class Draft {
  String title;
  String subtitle;
  List<String> authors = List.of();
  Published published;
  Published modified;

  /** The URL the content itself states (canonical link), else {@code null}. */
  String url;

  final List<String> paragraphs = new ArrayList<>();
  final List<Warning> warnings = new ArrayList<>();
  final List<String> boilerplate = new ArrayList<>();
  String repeatedTitle;

  /** Whether the paragraphs are already normalized single lines (text dumps normalize first). */
  boolean normalized;

  /** The relative-date phrase the published time was computed from, or {@code null}. */
  String relativeDate;

  /**
   * Takes dates found in the text: an update label makes a modification time, never a publication
   * time; the first other date is the publication; a second unlabelled one is an update. Times
   * already known (from metadata, or earlier in the text) are kept.
   */
  void takeDates(List<Dates.Found> dates) {
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
  void noteEncoding(TextDecoder.Decoded decoded) {
    if (decoded.legacy()) {
      warnings.add(
          new Warning(
              WarningCode.LEGACY_ENCODING,
              "read as " + decoded.charset() + " (from " + decoded.how() + "), not UTF-8"));
    }
  }
}
