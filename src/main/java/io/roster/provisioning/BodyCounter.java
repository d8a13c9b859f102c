package io.roster.provisioning;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@link RequestRecorder}'s part in the bodies: counts the bytes read and written as they stream
 * through, and takes the attribute names (and the userName or displayName) from a request body the
 * resource has parsed anyway. A plain provider: RESTEasy here does not call the interceptor methods
 * of the CDI-scoped filter.
 */
public class BodyCounter implements ReaderInterceptor, WriterInterceptor {
  static final String BYTES_IN = BodyCounter.class.getName() + ".bytesIn";
  static final String ATTRIBUTES = BodyCounter.class.getName() + ".attributes";
  static final String NAME = BodyCounter.class.getName() + ".name";
  static final String AFTER_WRITE = BodyCounter.class.getName() + ".afterWrite";

  /** Called with the size of the answer's body once it is written. */
  interface Written {
    void bytes(long count);
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    CountingInputStream counted = new CountingInputStream(context.getInputStream());
    context.setInputStream(counted);
    Object body = context.proceed();
    context.setProperty(BYTES_IN, counted.count());
    if (body instanceof JsonObject json) {
      context.setProperty(ATTRIBUTES, WrittenAttributes.of(json));
      // the name a write gives, so that a refused create can be found by it
      String key = json.containsKey("userName") ? "userName" : "displayName";
      if (json.get(key) instanceof JsonString name) {
        context.setProperty(NAME, name.getString());
      }
    }
    return body;
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(AFTER_WRITE) instanceof Written then)) {
      context.proceed();
      return;
    }
    context.removeProperty(AFTER_WRITE);
    CountingOutputStream counted = new CountingOutputStream(context.getOutputStream());
    context.setOutputStream(counted);
    try {
      context.proceed();
    } finally {
      then.bytes(counted.count);
    }
  }

  private static final class CountingOutputStream extends OutputStream {
    private final OutputStream out;
    private long count;

    CountingOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
