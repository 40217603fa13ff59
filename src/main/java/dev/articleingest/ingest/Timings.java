package dev.articleingest.ingest;

/**
 * Where one event's time went, in milliseconds (zero for stages that did not run).
 *
 * @param fetchMillis reading the object from S3
 * @param parseMillis decoding and parsing it
 * @param storeMillis reading the key's state and writing to the table
 */
public record Timings(double fetchMillis, double parseMillis, double storeMillis) {

  public static final Timings NONE = new Timings(0, 0, 0);
}
