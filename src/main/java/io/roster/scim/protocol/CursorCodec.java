package io.roster.scim.protocol;

import io.roster.scim.error.ScimException;
import io.roster.scim.filter.Filter;
import io.roster.scim.filter.FilterPrinter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cursor tokens (RFC 9865): a {@link Cursor}, the query it belongs to and its expiry, signed with
 * HMAC-SHA256 under a key every node shares. Nothing is kept per cursor on the server, so a token
 * is valid on every node and costs nothing until it is used. The token is base64url, so only RFC
 * 3986 unreserved characters; its content is readable by whoever holds it (an id and a sort value
 * the same client was just sent), but any change to it is detected.
 */
public final class CursorCodec {
  private static final byte FORMAT = 1;
  private static final int MAC_BYTES = 16;
  private static final int FINGERPRINT_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final Duration timeout;
  private final Clock clock;

  public CursorCodec(byte[] key, Duration timeout, Clock clock) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.timeout = timeout;
    this.clock = clock;
  }

  /** How long a cursor stays valid after it was issued (cursorTimeout). */
  public Duration timeout() {
    return timeout;
  }

  /**
   * What binds a cursor to its query: the resource type, the filter and the sort. A cursor used
   * with any other is refused, since its position means nothing in another ordering.
   */
  public static byte[] fingerprint(String resourceType, Filter filter, Sort sort) {
    String query =
        resourceType
            + "\n"
            + (filter == null ? "" : FilterPrinter.print(filter))
            + "\n"
            + (sort.given() ? sort.attribute().toLowerCase(Locale.ROOT) : "")
            + "\n"
            + sort.descending();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(hash, FINGERPRINT_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String encode(Cursor cursor, byte[] fingerprint) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeBoolean(cursor.backward());
      out.writeLong(clock.instant().plus(timeout).getEpochSecond());
      out.write(fingerprint);
      out.writeLong(cursor.id().getMostSignificantBits());
      out.writeLong(cursor.id().getLeastSignificantBits());
      writeValue(out, cursor.sortValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] payload = bytes.toByteArray();
    byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(mac(payload), 0, token, payload.length, MAC_BYTES);
    return ENCODER.encodeToString(token);
  }

  /**
   * The position {@code token} carries.
   *
   * @throws ScimException invalidCursor when the token was not issued here, was altered or belongs
   *     to another query; expiredCursor when it is older than {@link #timeout()}
   */
  public Cursor decode(String token, byte[] fingerprint) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (bytes.length <= MAC_BYTES) {
      throw invalid();
    }
    byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
    byte[] mac = Arrays.copyOfRange(bytes, payload.length, bytes.length);
    if (!MessageDigest.isEqual(mac, mac(payload))) {
      throw invalid();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      if (in.readByte() != FORMAT) {
        throw invalid();
      }
      boolean backward = in.readBoolean();
      long expires = in.readLong();
      byte[] query = in.readNBytes(FINGERPRINT_BYTES);
      UUID id = new UUID(in.readLong(), in.readLong());
      Object sortValue = readValue(in);
      if (clock.instant().getEpochSecond() > expires) {
        throw ScimException.expiredCursor(
            "The cursor has expired: ask for the next page within "
                + timeout.toSeconds()
                + " seconds (cursorTimeout), or start again with an empty cursor");
      }
      if (!MessageDigest.isEqual(query, fingerprint)) {
        throw ScimException.invalidCursor(
            "The cursor belongs to another query: send the same filter, sortBy and sortOrder"
                + " with every page");
      }
      return new Cursor(backward, sortValue, id);
    } catch (IOException e) {
      throw invalid();
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeValue(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeByte('N');
    } else if (value instanceof String s) {
      out.writeByte('S');
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (value instanceof Boolean b) {
      out.writeByte('B');
      out.writeBoolean(b);
    } else if (value instanceof Integer i) {
      out.writeByte('I');
      out.writeInt(i);
    } else if (value instanceof Long l) {
      out.writeByte('L');
      out.writeLong(l);
    } else if (value instanceof OffsetDateTime t) {
      out.writeByte('T');
      out.writeUTF(t.toString());
    } else {
      throw new IllegalArgumentException("No cursor form for " + value.getClass());
    }
  }

  private static Object readValue(DataInputStream in) throws IOException {
    return switch (in.readByte()) {
      case 'N' -> null;
      case 'S' -> {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
          throw invalid();
        }
        yield new String(in.readNBytes(length), StandardCharsets.UTF_8);
      }
      case 'B' -> in.readBoolean();
      case 'I' -> in.readInt();
      case 'L' -> in.readLong();
      case 'T' -> OffsetDateTime.parse(in.readUTF());
      default -> throw invalid();
    };
  }

  private static ScimException invalid() {
    return ScimException.invalidCursor(
        "The cursor is not one this service issued: send an empty cursor for the first page, then"
            + " the nextCursor or previousCursor of the last answer");
  }
}
