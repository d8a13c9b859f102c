package io.roster.role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's catalogue of access areas ({@code roster.access.areas}, environment variable
 * ROSTER_ACCESS_AREAS), in the order the console shows them.
 */
@ApplicationScoped
public class AccessAreas {
  @Inject
  @ConfigProperty(
      name = "roster.access.areas",
      defaultValue = "console,users,roles,audit,datasets,features")
  List<String> configured;

  public List<String> all() {
    return configured.stream()
        .map(String::trim)
        .filter(a -> !a.isEmpty())
        .map(a -> a.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }
}
