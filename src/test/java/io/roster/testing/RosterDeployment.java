package io.roster.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, deployed whole: tests run against what ships. */
public final class RosterDeployment {
  private RosterDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("roster.war", "target/roster.war"));
    return ShrinkWrap.create(ZipImporter.class, "roster.war").importFrom(war).as(WebArchive.class);
  }
}
