package dev.articleingest.telemetry;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the function and the local tool (found through {@code META-INF/services}):
 * every logger prints JSON lines ({@link JsonLogger}). Levels: this project's loggers at the
 * function's log level ({@code AWS_LAMBDA_LOG_LEVEL}, which Lambda sets from the function's logging
 * configuration), else INFO; libraries at WARN; DynamoDB Local (local tool only) at ERROR, as it is
 * chatty.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {

  private ILoggerFactory loggers;
  private IMarkerFactory markers;
  private MDCAdapter mdc;

  @Override
  public void initialize() {
    Level application = applicationLevel(System.getenv());
    ConcurrentMap<String, Logger> made = new ConcurrentHashMap<>();
    loggers = name -> made.computeIfAbsent(name, n -> new JsonLogger(n, levelFor(n, application)));
    markers = new BasicMarkerFactory();
    mdc = new NOPMDCAdapter();
  }

  /** The threshold of a logger by its name. */
  static Level levelFor(String name, Level application) {
    if (name.startsWith("dev.articleingest")) {
      return application;
    }
    if (name.startsWith("software.amazon.dynamodb.services.local")) {
      return Level.ERROR;
    }
    return Level.WARN;
  }

  /** The application's level from Lambda's variable (FATAL counts as ERROR), else INFO. */
  static Level applicationLevel(Map<String, String> env) {
    String value = env.getOrDefault("AWS_LAMBDA_LOG_LEVEL", "INFO").trim().toUpperCase(Locale.ROOT);
    if (value.equals("FATAL")) {
      return Level.ERROR;
    }
    for (Level level : Level.values()) {
      if (level.name().equals(value)) {
        return level;
      }
    }
    return Level.INFO;
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }
}
