package io.roster.sso.oidc;

import io.roster.session.SignedValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * One sign-in in progress, as its cookie carries it between the start and the callback: the {@code
 * state} the callback must echo, the {@code nonce} the ID token must hold, the PKCE code verifier,
 * where to go afterwards and whether it is a test. Signed with HMAC-SHA256 under a key every node
 * shares, so any node can finish a flow another started; the cookie is HttpOnly and lives ten
 * minutes.
 */
record OidcState(
    String state, String nonce, String verifier, String returnTo, boolean test, Instant startedAt) {
  static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  static OidcState begin(String returnTo, boolean test, Instant now) {
    return new OidcState(random(), random(), random(), returnTo == null ? "" : returnTo, test, now);
  }

  /** The PKCE S256 challenge of the verifier (RFC 7636 §4.2). */
  String challenge() {
    try {
      return B64.encodeToString(
          MessageDigest.getInstance("SHA-256")
              .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String encode(byte[] key) {
    return SignedValue.sign(
        key,
        String.join(
            ".",
            state,
            nonce,
            verifier,
            B64.encodeToString(returnTo.getBytes(StandardCharsets.UTF_8)),
            test ? "t" : "f",
            Long.toString(startedAt.toEpochMilli())));
  }

  /**
   * The state of a cookie signed with {@code key}, started less than {@link #LIFETIME} before
   * {@code now}, whose {@code state} equals the one the callback received; empty otherwise.
   */
  static Optional<OidcState> verify(String cookie, String receivedState, byte[] key, Instant now) {
    if (receivedState == null) {
      return Optional.empty();
    }
    return SignedValue.verify(key, cookie)
        .flatMap(OidcState::parse)
        .filter(
            found ->
                MessageDigest.isEqual(
                    found.state.getBytes(StandardCharsets.US_ASCII),
                    receivedState.getBytes(StandardCharsets.US_ASCII)))
        .filter(found -> now.isBefore(found.startedAt.plus(LIFETIME)));
  }

  private static Optional<OidcState> parse(String payload) {
    String[] p = payload.split("\\.", -1);
    if (p.length != 6) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new OidcState(
              p[0],
              p[1],
              p[2],
              new String(B64D.decode(p[3]), StandardCharsets.UTF_8),
              p[4].equals("t"),
              Instant.ofEpochMilli(Long.parseLong(p[5]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return B64.encodeToString(bytes);
  }
}
