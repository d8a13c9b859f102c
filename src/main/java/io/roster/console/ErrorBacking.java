package io.roster.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The error pages: whether there is a signed-in admin to send back to the console. */
@Named
@RequestScoped
public class ErrorBacking {
  private String reference;

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference == null ? null : reference.replaceAll("[^a-f0-9]", "");
  }
}
