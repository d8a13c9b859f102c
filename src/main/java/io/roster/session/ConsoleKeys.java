package io.roster.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/**
 * The console's keys, derived from {@link ConsoleSecret}, so that every node signs session cookies
 * and encrypts Faces view state alike: a load balancer needs no sticky sessions. During a rotation
 * cookies signed with the previous secret are still accepted (and re-signed with the new one at the
 * next refresh); MyFaces takes one key only, so a page rendered before the rotation and posted
 * after it shows the "page expired" message.
 */
@ApplicationScoped
public class ConsoleKeys {
  /** Where MyFaces looks for its client-side state keys (StateUtils). */
  static final String FACES_SECRET = "org.apache.myfaces.SECRET.CACHE";

  static final String FACES_MAC_SECRET = "org.apache.myfaces.MAC_SECRET.CACHE";

  @Inject ConsoleSecret secret;

  private volatile ConsoleSecret.Secrets installed;

  /** The key that signs session cookies. */
  public byte[] sessionKey() {
    return SignedValue.mac(secret.get().current(), "session-cookie");
  }

  /**
   * A key for another signed cookie of Roster's (an SSO sign-in in progress), distinct from the
   * session key by its {@code purpose}; the current secret only.
   */
  public byte[] derive(String purpose) {
    return SignedValue.mac(secret.get().current(), purpose);
  }

  /** The keys a session cookie may be signed with: the current one first. */
  public List<byte[]> sessionKeys() {
    return secret.get().keys().stream().map(k -> SignedValue.mac(k, "session-cookie")).toList();
  }

  /** Makes MyFaces encrypt and sign view state with the current keys every node shares. */
  public void installFacesKeys(ServletContext context) {
    ConsoleSecret.Secrets current = secret.get();
    if (current == installed) {
      return;
    }
    byte[] key = current.current();
    context.setAttribute(
        FACES_SECRET, new SecretKeySpec(SignedValue.mac(key, "faces-encryption"), "AES"));
    context.setAttribute(
        FACES_MAC_SECRET, new SecretKeySpec(SignedValue.mac(key, "faces-mac"), "HmacSHA256"));
    installed = current;
  }
}
