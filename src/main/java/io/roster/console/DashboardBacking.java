package io.roster.console;

import io.roster.overview.ProvisioningOverview;
import io.roster.provisioning.ProvisioningSearch;
import io.roster.security.ScimAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** {@code console/index.xhtml}: counts and the last 30 days of provisioning. */
@Named
@RequestScoped
public class DashboardBacking {
  static final int DAYS = 30;

  /** The window of a token's health light. */
  static final int HEALTH_MINUTES = 15;

  @Inject ProvisioningOverview overview;
  @Inject ScimAccess access;
  @Inject ProvisioningSearch requests;

  private ProvisioningOverview.Counts counts;
  private List<ProvisioningOverview.Day> activity;
  private boolean scimEnabled;
  private List<ProvisioningSearch.TokenHealth> tokens;

  @PostConstruct
  void load() {
    counts = overview.counts();
    activity = overview.activity(DAYS);
    scimEnabled = access.enabled();
    tokens = requests.tokens(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(HEALTH_MINUTES));
  }

  public ProvisioningOverview.Counts getCounts() {
    return counts;
  }

  public long getChanges() {
    return activity.stream().mapToLong(ProvisioningOverview.Day::total).sum();
  }

  public String getChart() {
    return ActivityChart.svg(activity);
  }

  /** Each token's (or OAuth client's) latest request and health light. */
  public List<ProvisioningSearch.TokenHealth> getTokens() {
    return tokens;
  }

  public boolean isScimEnabled() {
    return scimEnabled;
  }
}
