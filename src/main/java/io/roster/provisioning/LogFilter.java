package io.roster.provisioning;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** A {@link ProvisioningQuery}'s filters as a SQL condition with its parameters, bound in order. */
final class LogFilter {
  private static final Pattern STATUS_CLASS = Pattern.compile("[1-5]xx");
  private static final Pattern STATUS = Pattern.compile("[1-5]\\d\\d");

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  static LogFilter of(ProvisioningQuery q) {
    LogFilter f = new LogFilter();
    if (q.from() != null) {
      f.add("occurred_at >= ?", q.from());
    }
    if (q.to() != null) {
      f.add("occurred_at < ?", q.to());
    }
    if (q.token() != null) {
      // ids and names are separate indexes; an OR of the two would read neither well
      f.add(isUuid(q.token()) ? "actor_id = ?" : "actor_name = ?", q.token());
    }
    if (q.status() != null) {
      f.status(q.status().strip().toLowerCase());
    }
    if (q.method() != null) {
      f.add("method = ?", q.method().strip().toUpperCase());
    }
    if (q.resourceType() != null) {
      f.add("resource_type = ?", q.resourceType().strip());
    }
    if (q.resource() != null) {
      f.add("(resource_id = ? OR resource_name = ?)", q.resource(), q.resource());
    }
    if (q.before() != null) {
      f.add("id < ?", q.before());
    }
    return f;
  }

  /** The filters the daily counts can answer: whole days and the token. */
  static LogFilter daily(LocalDate from, LocalDate to, String token) {
    LogFilter f = new LogFilter();
    if (from != null) {
      f.add("day >= ?", from);
    }
    if (to != null) {
      f.add("day <= ?", to);
    }
    if (token != null) {
      f.add(isUuid(token) ? "actor_id = ?" : "actor_name = ?", token);
    }
    return f;
  }

  static boolean validStatus(String status) {
    String s = status.strip().toLowerCase();
    return STATUS_CLASS.matcher(s).matches() || STATUS.matcher(s).matches();
  }

  private void status(String status) {
    // Literals (checked digits), not parameters: the planner must see "status >= 400" to use
    // the partial index of errors, also in a generic plan.
    if (STATUS.matcher(status).matches()) {
      add("status = " + Integer.parseInt(status));
    } else {
      int low = (status.charAt(0) - '0') * 100;
      add("status >= " + low + " AND status < " + (low + 100));
    }
  }

  LogFilter and(String condition, Object... values) {
    add(condition, values);
    return this;
  }

  private void add(String condition, Object... values) {
    conditions.add(condition);
    parameters.addAll(List.of(values));
  }

  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds the parameters from position 1; returns the next free position. */
  int bind(PreparedStatement s) throws SQLException {
    int i = 1;
    for (Object p : parameters) {
      s.setObject(i++, p);
    }
    return i;
  }

  private static boolean isUuid(String value) {
    try {
      UUID.fromString(value.strip());
      return value.strip().length() == 36;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
