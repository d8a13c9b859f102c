package io.roster.scim.http;

import io.roster.scim.error.ScimException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Refuses bodies over 1 MB with 413 before they are parsed: by Content-Length when given, else by
 * counting the bytes of a chunked body as they are read. {@link #limit} does the same for another
 * application's error shape ({@code /api}).
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {
  /** Also /Bulk's maxPayloadSize, as ServiceProviderConfig advertises it. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** What a refusal says, in either error shape. */
  public static final String TOO_LARGE = "The request body exceeds " + MAX_BYTES + " bytes";

  @Override
  public void filter(ContainerRequestContext request) {
    limit(request, () -> new ScimException(413, null, TOO_LARGE));
  }

  /** Throws {@code tooLarge}'s exception as soon as the body is known to exceed the limit. */
  public static void limit(ContainerRequestContext request, Supplier<RuntimeException> tooLarge) {
    if (request.getLength() > MAX_BYTES) {
      throw tooLarge.get();
    }
    request.setEntityStream(new Limited(request.getEntityStream(), tooLarge));
  }

  private static final class Limited extends FilterInputStream {
    private final Supplier<RuntimeException> tooLarge;
    private long read;

    Limited(InputStream in, Supplier<RuntimeException> tooLarge) {
      super(in);
      this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge.get();
      }
    }
  }
}
