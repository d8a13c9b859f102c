package io.roster.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * Who makes a change being recorded: the request's actor, or Roster itself outside a request
 * (start-up, background work) and for a request nobody authenticated. The audit log and the event
 * outbox name the same actor for one change.
 */
@ApplicationScoped
public class Actors {
  @Inject CurrentActor currentActor;

  public Actor current() {
    try {
      Actor actor = currentActor.get();
      return actor.equals(Actor.ANONYMOUS) ? Actor.SYSTEM : actor;
    } catch (ContextNotActiveException e) {
      return Actor.SYSTEM;
    }
  }
}
