package dev.articleingest.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When an article was published, as the page stated it.
 *
 * <p>The local date-time is always present. The zone is present only when it is known (from the
 * text itself, such as an offset, or from the source's profile); then {@link #instant()} is the UTC
 * instant. With no known zone the instant is absent: the time is never silently taken as UTC.
 *
 * @param local the wall-clock time the page showed
 * @param zone the zone of that wall-clock time, or {@code null} when unknown
 */
public record Published(LocalDateTime local, ZoneId zone) {

  public Published {
    Objects.requireNonNull(local, "local");
  }

  /** Whether the zone, and so the instant, is known. */
  public boolean zoneKnown() {
    return zone != null;
  }

  /** The UTC instant, or {@code null} when the zone is unknown. */
  public Instant instant() {
    return zone == null ? null : local.atZone(zone).toInstant();
  }
}
