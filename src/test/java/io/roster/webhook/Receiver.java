package io.roster.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A webhook receiver inside the test: records what it is sent, answers {@link #status}. */
public final class Receiver implements AutoCloseable {
  /** One request as received. */
  public record Received(String body, String signature) {}

  public final List<Received> received = new CopyOnWriteArrayList<>();
  public volatile int status = 200;
  private final HttpServer server;

  public Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int answer = status;
          if (answer < 300) {
            received.add(
                new Received(body, exchange.getRequestHeaders().getFirst("Roster-Signature")));
          }
          byte[] reply = ("{\"answer\":" + answer + "}").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
