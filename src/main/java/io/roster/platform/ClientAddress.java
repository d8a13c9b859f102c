package io.roster.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network address of whoever made a request: the TCP peer, or, when that peer is one of the
 * operator's proxies ({@code roster.trusted-proxies}, a comma-separated list of CIDR ranges), the
 * nearest address in {@code X-Forwarded-For} that is not one of them. A header from anyone else is
 * ignored: a client could write any address there. Used by the audit log and the throttles.
 */
@ApplicationScoped
public class ClientAddress {
  @Inject
  @ConfigProperty(name = "roster.trusted-proxies")
  Optional<String> trustedSetting;

  /** The request being served, when there is one (a built-in bean, request-scoped). */
  @Inject HttpServletRequest currentRequest;

  private List<AddressRange> trusted = List.of();

  @PostConstruct
  void parseSetting() {
    trusted = AddressRange.parseList(trustedSetting.orElse(""));
  }

  public String of(HttpServletRequest request) {
    return resolve(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"), trusted);
  }

  /** The address of the request being served; empty outside a request. */
  public Optional<String> current() {
    try {
      return Optional.ofNullable(of(currentRequest));
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }

  static String resolve(String peer, Enumeration<String> forwardedFor, List<AddressRange> trusted) {
    if (forwardedFor == null || !AddressRange.anyContains(trusted, peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    while (forwardedFor.hasMoreElements()) {
      Arrays.stream(forwardedFor.nextElement().split(","))
          .map(String::strip)
          .filter(hop -> !hop.isEmpty())
          .forEach(hops::add);
    }
    // Each proxy appends the address it saw: walk back from the nearest hop.
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      client = hops.get(i);
      if (!AddressRange.anyContains(trusted, client)) {
        break;
      }
    }
    return client;
  }
}
