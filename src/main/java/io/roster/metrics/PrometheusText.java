package io.roster.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes the Prometheus text exposition format: HELP and TYPE lines, samples with labels. */
final class PrometheusText {
  private final StringBuilder text = new StringBuilder();

  void type(String name, String type, String help) {
    text.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\")).append('\n');
    text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  void sample(String name, Map<String, String> labels, double value) {
    text.append(name);
    if (!labels.isEmpty()) {
      text.append('{');
      boolean first = true;
      for (Map.Entry<String, String> l : new TreeMap<>(labels).entrySet()) {
        text.append(first ? "" : ",")
            .append(l.getKey())
            .append("=\"")
            .append(escape(l.getValue()))
            .append('"');
        first = false;
      }
      text.append('}');
    }
    text.append(' ').append(number(value)).append('\n');
  }

  static Map<String, String> with(Map<String, String> labels, String name, String value) {
    Map<String, String> all = new TreeMap<>(labels);
    all.put(name, value);
    return all;
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
