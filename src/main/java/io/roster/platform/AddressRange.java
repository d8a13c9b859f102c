package io.roster.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 range in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}, one address). */
public record AddressRange(byte[] network, int prefix) {
  /** Digits, hex, dots and colons only: never a host name (no DNS look-up). */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  public static AddressRange parse(String cidr) {
    String[] parts = cidr.strip().split("/", 2);
    byte[] network =
        literal(parts[0])
            .orElseThrow(() -> new IllegalArgumentException("Not an IP address range: " + cidr));
    int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
    if (prefix < 0 || prefix > network.length * 8) {
      throw new IllegalArgumentException("Not an IP address range: " + cidr);
    }
    return new AddressRange(network, prefix);
  }

  public static List<AddressRange> parseList(String setting) {
    return Arrays.stream(setting.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(AddressRange::parse)
        .toList();
  }

  static boolean anyContains(List<AddressRange> ranges, String address) {
    if (ranges.isEmpty() || address == null) {
      return false;
    }
    return literal(address).map(a -> ranges.stream().anyMatch(r -> r.contains(a))).orElse(false);
  }

  public boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >> (bit % 8);
      if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<byte[]> literal(String address) {
    String bare =
        address.startsWith("[") && address.endsWith("]")
            ? address.substring(1, address.length() - 1)
            : address;
    if (!LITERAL.matcher(bare).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(bare).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
