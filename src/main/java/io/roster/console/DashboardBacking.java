package io.roster.console;

import io.roster.overview.ProvisioningOverview;
import io.roster.security.ScimAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code console/index.xhtml}: counts and the last 30 days of provisioning. */
@Named
@RequestScoped
public class DashboardBacking {
  static final int DAYS = 30;

  @Inject ProvisioningOverview overview;
  @Inject ScimAccess access;

  private ProvisioningOverview.Counts counts;
  private List<ProvisioningOverview.Day> activity;
  private boolean scimEnabled;

  @PostConstruct
  void load() {
    counts = overview.counts();
    activity = overview.activity(DAYS);
    scimEnabled = access.enabled();
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

  public boolean isScimEnabled() {
    return scimEnabled;
  }
}
