package io.roster.provisioning;

import java.util.List;

/**
 * The provisioning log as CSV (RFC 4180). A value a spreadsheet would run as a formula (a userName
 * of {@code =cmd|...}) is prefixed with an apostrophe, since identity providers choose the values.
 */
public final class LogCsv {
  static final String HEADER =
      "id,time,actor_type,actor_name,actor_id,method,path,resource_type,resource_id,"
          + "resource_name,status,scim_type,detail,duration_ms,bytes_in,bytes_out,attributes\r\n";

  private LogCsv() {}

  public static String of(List<ProvisioningEntry> entries) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (ProvisioningEntry e : entries) {
      row(
          csv,
          String.valueOf(e.id()),
          e.occurredAt().toString(),
          e.actor().type(),
          e.actor().name(),
          e.actor().id(),
          e.method(),
          e.path(),
          e.resourceType(),
          e.resourceId(),
          e.resourceName(),
          String.valueOf(e.status()),
          e.scimType(),
          e.detail(),
          String.valueOf(e.durationMs()),
          String.valueOf(e.bytesIn()),
          String.valueOf(e.bytesOut()),
          e.attributes());
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(values[i]));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
