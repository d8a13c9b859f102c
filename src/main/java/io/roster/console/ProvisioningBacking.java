package io.roster.console;

import io.roster.provisioning.ErrorGroup;
import io.roster.provisioning.ProvisioningLog;
import io.roster.provisioning.ProvisioningQuery;
import io.roster.provisioning.ProvisioningSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code console/provisioning.xhtml}: what identity providers sent and what Roster answered, newest
 * first, filtered by the query string (bookmarkable), with the failures grouped and a chart of
 * requests and failures per day and token. Paged by keyset ({@code before}). Times are UTC.
 */
@Named
@RequestScoped
public class ProvisioningBacking {
  static final int PAGE_SIZE = 50;
  static final int CHART_DAYS = 14;
  static final int ERROR_DAYS = 1;
  static final List<String> STATUSES = List.of("2xx", "3xx", "4xx", "5xx");
  static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  static final List<String> TYPES =
      List.of(
          "User",
          "Group",
          "Search",
          "Bulk",
          "ServiceProviderConfig",
          "Schema",
          "ResourceType",
          "Token",
          "other");

  @Inject ProvisioningSearch search;
  @Inject ProvisioningLog log;

  private String from;
  private String to;
  private String token;
  private String status;
  private String method;
  private String resourceType;
  private String resource;
  private Long before;
  private ProvisioningSearch.Page page;
  private List<ErrorGroup> errors;
  private List<ProvisioningSearch.DayCount> days;
  private LocalDate chartStart;
  private LocalDate chartEnd;

  public void load() {
    if (status != null && !status.isBlank() && !STATUSES.contains(status.strip())) {
      Messages.error("Not a status class: " + status);
      status = null;
    }
    ProvisioningQuery query = query(before, PAGE_SIZE);
    page = search.find(query);
    // Error groups: of the chosen period, or of the last day, so the page stays fast on a full log.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime start = AuditBacking.time(from);
    ProvisioningQuery errorQuery = query(null, PAGE_SIZE);
    errors =
        search.errorGroups(
            start != null ? errorQuery : errorQuery.since(now.minusDays(ERROR_DAYS)), 10);
    LocalDate chartFrom = now.toLocalDate().minusDays(CHART_DAYS - 1L);
    chartStart =
        start == null || start.toLocalDate().isBefore(chartFrom) ? chartFrom : start.toLocalDate();
    OffsetDateTime end = AuditBacking.time(to);
    chartEnd = end == null ? now.toLocalDate() : end.toLocalDate();
    days = search.perDay(chartStart, chartEnd, blank(token));
  }

  private ProvisioningQuery query(Long cursor, int limit) {
    return new ProvisioningQuery(
        AuditBacking.time(from),
        AuditBacking.time(to),
        blank(token),
        blank(status),
        blank(method),
        blank(resourceType),
        blank(resource),
        cursor,
        limit);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The filters as a query string, for the "Older" link and the CSV export. */
  public String getFilterQuery() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("from", from);
    params.put("to", to);
    params.put("token", token);
    params.put("status", status);
    params.put("method", method);
    params.put("resourceType", resourceType);
    params.put("resource", resource);
    return params.entrySet().stream()
        .filter(e -> blank(e.getValue()) != null)
        .map(
            e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public String getChart() {
    return RequestChart.svg(days, chartStart, chartEnd);
  }

  public List<String> getChartTokens() {
    return RequestChart.tokens(days);
  }

  public String swatch(String chartToken) {
    return RequestChart.color(RequestChart.tokens(days).indexOf(chartToken));
  }

  public long getDropped() {
    return log.dropped();
  }

  public boolean isEnabled() {
    return log.enabled();
  }

  public ProvisioningSearch.Page getPage() {
    return page;
  }

  public List<ErrorGroup> getErrors() {
    return errors;
  }

  public List<String> getStatuses() {
    return STATUSES;
  }

  public List<String> getMethods() {
    return METHODS;
  }

  public List<String> getResourceTypes() {
    return TYPES;
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

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getResourceType() {
    return resourceType;
  }

  public void setResourceType(String resourceType) {
    this.resourceType = resourceType;
  }

  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  public Long getBefore() {
    return before;
  }

  public void setBefore(Long before) {
    this.before = before;
  }
}
