package dev.articleingest.telemetry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * An SLF4J logger that prints each enabled event as one JSON line: {@code timestamp}, {@code
 * level}, {@code logger}, {@code message}, then the event's key-value pairs as top-level fields
 * (SLF4J's fluent {@code addKeyValue}), then {@code stackTrace} when there is a throwable.
 */
final class JsonLogger extends LegacyAbstractLogger implements LoggingEventAware {

  private static final long serialVersionUID = 1L;

  /** Whose logger this is, which decides its level. */
  enum Kind {
    /** This project's: the configured level ({@link LogSettings}). */
    APPLICATION,
    /** Libraries': WARN. */
    LIBRARY,
    /** DynamoDB Local's (local tool only): ERROR, as it is chatty. */
    LOCAL_STACK;

    static Kind of(String name) {
      if (name.startsWith("dev.articleingest")) {
        return APPLICATION;
      }
      if (name.startsWith("software.amazon.dynamodb.services.local")) {
        return LOCAL_STACK;
      }
      return LIBRARY;
    }
  }

  private final Kind kind;

  JsonLogger(String name) {
    this.name = name;
    this.kind = Kind.of(name);
  }

  /** The level below which this logger prints nothing. */
  Level threshold() {
    return switch (kind) {
      case APPLICATION -> LogSettings.application();
      case LIBRARY -> Level.WARN;
      case LOCAL_STACK -> Level.ERROR;
    };
  }

  private boolean enabled(Level level) {
    return level.toInt() >= threshold().toInt();
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
    print(level, MessageFormatter.basicArrayFormat(pattern, arguments), List.of(), throwable);
  }

  /** Events from the fluent API, which carry key-value pairs. */
  @Override
  public void log(LoggingEvent event) {
    if (!enabled(event.getLevel())) {
      return;
    }
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    print(
        event.getLevel(),
        MessageFormatter.basicArrayFormat(event.getMessage(), event.getArgumentArray()),
        pairs == null ? List.of() : pairs,
        event.getThrowable());
  }

  private void print(Level level, String message, List<KeyValuePair> pairs, Throwable throwable) {
    JsonLines.print(
        JsonLines.render(
            json -> {
              json.writeStringField("timestamp", LogSettings.clock().instant().toString());
              json.writeStringField("level", level.name());
              json.writeStringField("logger", name);
              json.writeStringField("message", message);
              for (KeyValuePair pair : pairs) {
                JsonLines.writeField(json, pair.key, pair.value);
              }
              if (throwable != null) {
                json.writeStringField("stackTrace", stackTrace(throwable));
              }
            }));
  }

  private static String stackTrace(Throwable throwable) {
    StringWriter out = new StringWriter();
    throwable.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
