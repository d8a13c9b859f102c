package io.roster.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The actor of the current request, set by the authentication filters of {@code /scim} and {@code
 * /api} and read by {@link AuditObserver} when a service announces a change.
 */
@RequestScoped
public class CurrentActor {
  private Actor actor = Actor.ANONYMOUS;

  public Actor get() {
    return actor;
  }

  public void set(Actor actor) {
    this.actor = actor;
  }
}
