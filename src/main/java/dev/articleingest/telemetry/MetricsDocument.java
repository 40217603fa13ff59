package dev.articleingest.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch embedded-metric-format document: metric values, the dimension sets they are
 * aggregated by, and plain properties, all top-level fields of one JSON object whose {@code _aws}
 * member tells CloudWatch which fields are metrics (<a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">the
 * specification</a>). Not thread-safe: one per event.
 */
final class MetricsDocument {

  /** The units this function reports in, spelled as EMF wants them. */
  enum Unit {
    COUNT("Count"),
    BYTES("Bytes"),
    MILLISECONDS("Milliseconds");

    private final String name;

    Unit(String name) {
      this.name = name;
    }
  }

  private final String namespace;
  private final List<List<String>> dimensionSets = new ArrayList<>();
  private final Map<String, String> units = new LinkedHashMap<>();
  private final Map<String, Object> values = new LinkedHashMap<>();

  MetricsDocument(String namespace) {
    this.namespace = namespace;
  }

  /** Adds a dimension set: the metrics are aggregated by these dimensions together. */
  MetricsDocument dimensions(String... names) {
    dimensionSets.add(List.of(names));
    return this;
  }

  /** A dimension's value. */
  MetricsDocument dimension(String name, String value) {
    values.put(name, value);
    return this;
  }

  MetricsDocument metric(String name, double value, Unit unit) {
    units.put(name, unit.name);
    values.put(name, value == Math.rint(value) ? (Object) (long) value : (Object) value);
    return this;
  }

  /** A value that is searchable in the logs but is not a metric or a dimension. */
  MetricsDocument property(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /** The document as one JSON line, stamped with the given time. */
  byte[] render(long timestampMillis) {
    return JsonLines.render(
        json -> {
          json.writeObjectFieldStart("_aws");
          json.writeNumberField("Timestamp", timestampMillis);
          json.writeArrayFieldStart("CloudWatchMetrics");
          json.writeStartObject();
          json.writeStringField("Namespace", namespace);
          json.writeArrayFieldStart("Dimensions");
          for (List<String> set : dimensionSets) {
            json.writeStartArray();
            for (String dimension : set) {
              json.writeString(dimension);
            }
            json.writeEndArray();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("Metrics");
          for (Map.Entry<String, String> metric : units.entrySet()) {
            json.writeStartObject();
            json.writeStringField("Name", metric.getKey());
            json.writeStringField("Unit", metric.getValue());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
          for (Map.Entry<String, Object> value : values.entrySet()) {
            JsonLines.writeField(json, value.getKey(), value.getValue());
          }
        });
  }
}
