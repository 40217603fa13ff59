package dev.articleingest.ingest;

/**
 * DynamoDB capacity units consumed, as DynamoDB reported them (table and indexes).
 *
 * @param readUnits read capacity units
 * @param writeUnits write capacity units
 */
public record Capacity(double readUnits, double writeUnits) {

  public static final Capacity NONE = new Capacity(0, 0);

  public Capacity plus(Capacity other) {
    return new Capacity(readUnits + other.readUnits, writeUnits + other.writeUnits);
  }

  /** Adds up what one ingestion's calls consumed. Not thread-safe: one per ingestion. */
  public static final class Meter {
    private Capacity total = NONE;

    public void add(Capacity capacity) {
      total = total.plus(capacity);
    }

    public Capacity total() {
      return total;
    }
  }
}
