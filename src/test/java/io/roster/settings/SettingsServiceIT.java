package io.roster.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roster.testing.RosterDeployment;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Liberty: the CDI service writes and reads through JPA against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SettingsServiceIT {
  @Deployment
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @Inject SettingsService settings;

  @Test
  void storesAndUpdatesASetting() {
    String name = "it." + UUID.randomUUID();
    assertTrue(settings.get(name).isEmpty());

    settings.put(name, "first");
    assertEquals("first", settings.get(name).orElseThrow());

    settings.put(name, "second");
    assertEquals("second", settings.get(name).orElseThrow());
  }

  @Test
  void getOrCreateKeepsTheFirstValueStored() {
    String name = "it." + UUID.randomUUID();
    assertEquals("first", settings.getOrCreate(name, "first"));
    assertEquals("first", settings.getOrCreate(name, "second"), "the stored value wins");
    assertEquals("first", settings.get(name).orElseThrow());
  }
}
