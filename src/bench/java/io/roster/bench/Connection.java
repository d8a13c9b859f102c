package io.roster.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection, used by one thread at a time: writes a request, reads the
 * status, the headers it needs (length, chunking, close) and the body. Only what a SCIM server
 * answers is understood; anything else is an {@link IOException}, counted as an error.
 */
final class Connection {
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 30_000;

  /**
   * Idle longer than this, a connection is not reused: the server may have closed it (Liberty after
   * 30 s), and the request would fail for a reason that is not the server's.
   */
  private static final long MAX_IDLE_NANOS = 5_000_000_000L;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final StringBuilder line = new StringBuilder(128);
  private boolean reusable = true;
  private long lastUsed = System.nanoTime();

  Connection(String host, int port) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(READ_TIMEOUT_MS);
    socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
  }

  boolean reusable() {
    return reusable && !socket.isClosed() && System.nanoTime() - lastUsed < MAX_IDLE_NANOS;
  }

  Http.Answer exchange(byte[] head, byte[] body) throws IOException {
    if (body == null) {
      out.write(head);
    } else {
      byte[] request = new byte[head.length + body.length];
      System.arraycopy(head, 0, request, 0, head.length);
      System.arraycopy(body, 0, request, head.length, body.length);
      out.write(request);
    }
    out.flush();
    int status = status(readLine());
    long length = -1;
    boolean chunked = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        throw new IOException("Malformed header: " + header);
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> reusable &= !value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    byte[] answer;
    if (chunked) {
      answer = chunkedBody();
    } else if (length >= 0) {
      answer = in.readNBytes((int) length);
      if (answer.length < length) {
        throw new EOFException("Body ended after " + answer.length + " of " + length + " bytes");
      }
    } else if (status == 204 || status == 304) {
      answer = new byte[0];
    } else {
      answer = in.readAllBytes(); // delimited by the server closing the connection
      reusable = false;
    }
    if (!reusable) {
      close();
    }
    lastUsed = System.nanoTime();
    return new Http.Answer(status, answer);
  }

  private static int status(String statusLine) throws IOException {
    // HTTP/1.1 200 OK
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
      throw new IOException("Not an HTTP/1.x status line: " + statusLine);
    }
    return Integer.parseInt(statusLine.substring(9, 12));
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
    while (true) {
      String size = readLine();
      int semicolon = size.indexOf(';');
      int length =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        while (!readLine().isEmpty()) {
          // trailers: none expected, skipped
        }
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes(length);
      if (chunk.length < length) {
        throw new EOFException("Chunk ended after " + chunk.length + " of " + length + " bytes");
      }
      body.write(chunk);
      readLine(); // the CRLF after the chunk
    }
  }

  /** One header line without its CRLF; headers are ISO-8859-1. */
  private String readLine() throws IOException {
    line.setLength(0);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("Connection closed by the server");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  void close() {
    reusable = false;
    try {
      socket.close();
    } catch (IOException e) {
      // already gone: nothing to release
    }
  }
}
