package dev.articleingest.telemetry;

import java.time.Clock;
import java.util.Objects;
import org.slf4j.event.Level;

/**
 * What the JSON loggers print and when they say it happened: the application's level and the
 * clock. SLF4J builds its provider before anything is wired, so the wiring ({@code Dependencies})
 * sets these once it has read the configuration; until then it is INFO on the system clock.
 */
public final class LogSettings {

  private static volatile Level application = Level.INFO;
  private static volatile Clock clock = Clock.systemUTC();

  private LogSettings() {}

  /**
   * Sets this project's log level and the clock every log line takes its time from.
   *
   * @param level TRACE, DEBUG, INFO, WARN or ERROR (FATAL counts as ERROR); anything else is INFO
   */
  public static void configure(String level, Clock logClock) {
    application = levelOf(level);
    clock = Objects.requireNonNull(logClock, "clock");
  }

  static Level application() {
    return application;
  }

  static Clock clock() {
    return clock;
  }

  /** A level by its name (FATAL counts as ERROR), else INFO. */
  static Level levelOf(String value) {
    String name = value == null ? "INFO" : value.strip().toUpperCase(java.util.Locale.ROOT);
    if (name.equals("FATAL")) {
      return Level.ERROR;
    }
    for (Level level : Level.values()) {
      if (level.name().equals(name)) {
        return level;
      }
    }
    return Level.INFO;
  }
}
