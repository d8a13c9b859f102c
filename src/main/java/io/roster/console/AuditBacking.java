package io.roster.console;

import io.roster.audit.AuditQuery;
import io.roster.audit.AuditSearch;
import io.roster.events.Action;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code console/audit.xhtml}: the audit log newest first, filtered by the query string (so a
 * filtered view can be bookmarked and shared) and paged in SQL. Times are UTC.
 */
@Named
@RequestScoped
public class AuditBacking {
  static final int PAGE_SIZE = 50;
  static final List<String> ACTIONS = Arrays.stream(Action.values()).map(Action::wire).toList();

  @Inject AuditSearch search;

  private String from;
  private String to;
  private String actor;
  private String action;
  private String targetType;
  private String target;
  private int page = 1;
  private AuditSearch.Page result;

  public void load() {
    page = Math.max(1, page);
    result =
        search.find(
            new AuditQuery(
                time(from),
                time(to),
                blank(actor),
                blank(action),
                blank(targetType),
                blank(target),
                (page - 1) * PAGE_SIZE,
                PAGE_SIZE));
  }

  /** From an HTML datetime-local value, read as UTC; an unreadable one filters nothing. */
  static OffsetDateTime time(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      Messages.error("Not a date and time: " + value);
      return null;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public AuditSearch.Page getResult() {
    return result;
  }

  public long getFirst() {
    return result.total() == 0 ? 0 : (page - 1L) * PAGE_SIZE + 1;
  }

  public long getLast() {
    return Math.min(result.total(), (long) page * PAGE_SIZE);
  }

  public boolean isHasNext() {
    return getLast() < result.total();
  }

  public List<String> getActions() {
    return ACTIONS;
  }

  public List<String> getTargetTypes() {
    return List.of("User", "Group", "Role", "Token", "Setting", "Admin");
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
