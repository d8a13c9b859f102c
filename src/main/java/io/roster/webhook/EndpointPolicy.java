package io.roster.webhook;

import io.roster.platform.AddressRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs Roster posts events to: https (http only to localhost), and never to a private,
 * loopback, link-local or otherwise internal address unless {@code
 * roster.webhooks.allowed-networks} (CIDR ranges) lets it, so that an admin account cannot turn
 * Roster into a probe of its own network. Checked when an endpoint is saved and again before each
 * delivery, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class EndpointPolicy {
  /** Internal ranges {@link InetAddress} has no test for: IPv6 unique local, carrier-grade NAT. */
  private static final List<AddressRange> INTERNAL =
      AddressRange.parseList("fc00::/7,100.64.0.0/10,0.0.0.0/8");

  private static final List<String> LOCAL_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

  @Inject
  @ConfigProperty(name = "roster.webhooks.allowed-networks")
  Optional<String> allowedNetworks;

  /**
   * The URL, checked.
   *
   * @throws IllegalArgumentException saying why it is refused
   */
  URI check(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException("url must be an absolute https URL");
    }
    if (scheme.equals("http") && !LOCAL_NAMES.contains(host.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("url must use https (http only for localhost)");
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("url must not hold credentials or a fragment");
    }
    requirePublic(host);
    return uri;
  }

  private void requirePublic(String host) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("The host of url does not resolve: " + host);
    }
    List<AddressRange> allowed = allowedNetworks.map(AddressRange::parseList).orElse(List.of());
    for (InetAddress address : addresses) {
      if (internal(address) && allowed.stream().noneMatch(r -> r.contains(address.getAddress()))) {
        throw new IllegalArgumentException(
            "url resolves to a private, loopback or link-local address ("
                + address.getHostAddress()
                + "); an operator may allow it with roster.webhooks.allowed-networks");
      }
    }
  }

  static boolean internal(InetAddress address) {
    return address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || INTERNAL.stream().anyMatch(r -> r.contains(address.getAddress()));
  }
}
