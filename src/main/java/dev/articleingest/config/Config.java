package dev.articleingest.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The function's configuration, read once from the environment the template sets.
 *
 * @param tableName the article table ({@value #TABLE})
 * @param region the AWS region ({@value #REGION}, set by Lambda itself)
 * @param maxObjectBytes objects larger than this are rejected unread ({@value #MAX_OBJECT_BYTES},
 *     default {@value #DEFAULT_MAX_OBJECT_BYTES})
 * @param tracing whether SDK calls are traced with X-Ray ({@value #TRACING_ENABLED} = true)
 * @param profilesFile a source-profiles file extending the bundled one ({@value #PROFILES}, for
 *     example in a Lambda layer under /opt), or {@code null}
 * @param runtime what the Lambda runtime says about the function it runs
 */
public record Config(
    String tableName,
    String region,
    long maxObjectBytes,
    boolean tracing,
    Path profilesFile,
    Runtime runtime) {

  public static final String TABLE = "ARTICLE_TABLE";
  public static final String REGION = "AWS_REGION";
  public static final String MAX_OBJECT_BYTES = "MAX_OBJECT_BYTES";
  public static final String TRACING_ENABLED = "TRACING_ENABLED";
  public static final String PROFILES = "ARTICLE_PROFILES";
  public static final long DEFAULT_MAX_OBJECT_BYTES = 10L * 1024 * 1024;

  /** Set by Lambda from the function's logging configuration. */
  public static final String LOG_LEVEL = "AWS_LAMBDA_LOG_LEVEL";

  public static final String FUNCTION_VERSION = "AWS_LAMBDA_FUNCTION_VERSION";
  public static final String LOG_STREAM = "AWS_LAMBDA_LOG_STREAM_NAME";
  public static final String EXECUTION_ENV = "AWS_EXECUTION_ENV";

  /**
   * What the Lambda runtime sets about the function it runs; each may be {@code null} (outside
   * Lambda).
   *
   * @param logLevel the application's log level ({@value #LOG_LEVEL}), {@code null} for INFO
   * @param functionVersion the function version ({@value #FUNCTION_VERSION})
   * @param logStream the log stream ({@value #LOG_STREAM})
   * @param executionEnvironment the runtime's name ({@value #EXECUTION_ENV})
   */
  public record Runtime(
      String logLevel, String functionVersion, String logStream, String executionEnvironment) {

    /** Outside Lambda: nothing known, INFO logs. */
    public static final Runtime NONE = new Runtime(null, null, null, null);

    static Runtime fromEnv(Map<String, String> env) {
      return new Runtime(
          env.get(LOG_LEVEL), env.get(FUNCTION_VERSION), env.get(LOG_STREAM), env.get(EXECUTION_ENV));
    }

    /**
     * The properties every metrics document carries, named as AWS's EMF library names them ({@code
     * functionVersion}, {@code logStreamId}, {@code executionEnvironment}); only those known.
     */
    public Map<String, String> metricProperties() {
      Map<String, String> properties = new LinkedHashMap<>();
      putIfKnown(properties, "functionVersion", functionVersion);
      putIfKnown(properties, "logStreamId", logStream);
      putIfKnown(properties, "executionEnvironment", executionEnvironment);
      return properties;
    }

    private static void putIfKnown(Map<String, String> map, String key, String value) {
      if (value != null) {
        map.put(key, value);
      }
    }
  }

  /** The variables the template must set ({@value #REGION} is set by Lambda itself). */
  public static final Set<String> FROM_TEMPLATE = Set.of(TABLE, MAX_OBJECT_BYTES, TRACING_ENABLED);

  public Config {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(runtime, "runtime");
    if (maxObjectBytes < 1) {
      throw new IllegalArgumentException("maxObjectBytes must be positive, was " + maxObjectBytes);
    }
  }

  /** A configuration with only the bundled source profiles. */
  public Config(String tableName, String region, long maxObjectBytes, boolean tracing) {
    this(tableName, region, maxObjectBytes, tracing, null, Runtime.NONE);
  }

  /** A configuration outside Lambda (the local tool, tests). */
  public Config(
      String tableName, String region, long maxObjectBytes, boolean tracing, Path profilesFile) {
    this(tableName, region, maxObjectBytes, tracing, profilesFile, Runtime.NONE);
  }

  /**
   * Reads the configuration.
   *
   * @throws IllegalStateException naming the variable when one is missing or invalid
   */
  public static Config fromEnv(Map<String, String> env) {
    return new Config(
        required(env, TABLE),
        required(env, REGION),
        maxObjectBytes(env),
        "true".equalsIgnoreCase(env.getOrDefault(TRACING_ENABLED, "false").strip()),
        profilesFile(env),
        Runtime.fromEnv(env));
  }

  private static Path profilesFile(Map<String, String> env) {
    String value = env.get(PROFILES);
    if (value == null || value.isBlank()) {
      return null;
    }
    Path path = Path.of(value.strip());
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "environment variable " + PROFILES + " names " + path + ", which is not a file");
    }
    return path;
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "environment variable " + name + " is not set; the template sets it on the function");
    }
    return value.strip();
  }

  private static long maxObjectBytes(Map<String, String> env) {
    String value = env.get(MAX_OBJECT_BYTES);
    if (value == null || value.isBlank()) {
      return DEFAULT_MAX_OBJECT_BYTES;
    }
    try {
      long bytes = Long.parseLong(value.strip());
      if (bytes > 0) {
        return bytes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(
        "environment variable "
            + MAX_OBJECT_BYTES
            + " must be a positive number of bytes, was '"
            + value
            + "'");
  }
}
