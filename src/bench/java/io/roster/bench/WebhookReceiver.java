package io.roster.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A host application's webhook receiver inside the harness ({@code com.sun.net.httpserver} on
 * 127.0.0.1): answers every delivery 200 at once. Told a secret, it also checks each delivery's
 * {@code Roster-Signature} as the README tells receivers to, and hands the event with its arrival
 * time to a listener.
 */
final class WebhookReceiver implements AutoCloseable {
  /** What a checked delivery tells: the event, and when it arrived ({@link System#nanoTime}). */
  interface Listener {
    void arrived(JsonObject event, long arrivalNanos);
  }

  private static final long MAX_CLOCK_SKEW_SECONDS = 300;

  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newFixedThreadPool(
          4,
          r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong validSignatures = new AtomicLong();
  private final AtomicLong invalidSignatures = new AtomicLong();
  private volatile long lastArrival;
  private volatile String secret;
  private volatile Listener listener;

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext(WebhookEndpoints.PATH, this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + WebhookEndpoints.PATH;
  }

  /** From now on, checks each delivery's signature with {@code secret} and tells {@code to}. */
  void check(String endpointSecret, Listener to) {
    this.listener = to;
    this.secret = endpointSecret;
  }

  long received() {
    return received.get();
  }

  long validSignatures() {
    return validSignatures.get();
  }

  long invalidSignatures() {
    return invalidSignatures.get();
  }

  /**
   * Waits until {@code done}, or until no delivery has arrived for {@code quiet} (the sender has
   * nothing more), at most {@code max}; returns the seconds from the call to the last arrival.
   */
  double await(BooleanSupplier done, Duration quiet, Duration max) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + max.toNanos();
    while (!done.getAsBoolean()
        && System.nanoTime() < deadline
        && System.nanoTime() - Math.max(start, lastArrival) < quiet.toNanos()) {
      Thread.sleep(100);
    }
    return Math.max(0, lastArrival - start) / 1e9;
  }

  private void handle(HttpExchange exchange) throws IOException {
    long arrival = System.nanoTime();
    byte[] body = exchange.getRequestBody().readAllBytes();
    String signature = exchange.getRequestHeaders().getFirst("Roster-Signature");
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
    lastArrival = arrival;
    received.incrementAndGet();
    String checkedWith = secret;
    if (checkedWith == null) {
      return;
    }
    (signed(signature, body, checkedWith) ? validSignatures : invalidSignatures).incrementAndGet();
    try (JsonReader reader = UserJson.JSON.createReader(new ByteArrayInputStream(body))) {
      listener.arrived(reader.readObject(), arrival);
    }
  }

  /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>[,v1=...]}. */
  static boolean signed(String header, byte[] body, String secret) {
    if (header == null) {
      return false;
    }
    String t = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      }
    }
    if (t == null
        || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t))
            > MAX_CLOCK_SKEW_SECONDS) {
      return false;
    }
    byte[] expected = ("v1=" + hmacHex(secret, t, body)).getBytes(StandardCharsets.US_ASCII);
    for (String part : header.split(",")) {
      if (MessageDigest.isEqual(expected, part.getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }

  private static String hmacHex(String secret, String t, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    server.stop(0);
    threads.shutdownNow();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }
}
