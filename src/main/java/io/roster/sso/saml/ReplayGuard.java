package io.roster.sso.saml;

import java.time.Instant;

/** Remembers the assertions already used, so that each signs in at most once. */
interface ReplayGuard {
  /**
   * True the first time this assertion is presented (it is then remembered until {@code keepUntil},
   * after which its own validity has ended anyway); false for a replay.
   */
  boolean firstUse(String issuer, String assertionId, Instant keepUntil);
}
