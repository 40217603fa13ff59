package dev.articleingest.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that can delay every response chunk, to make a real server answer slower
 * than the SDK's timeouts, or damage responses' checksums. Stops when closed.
 */
final class SlowProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final AtomicLong delayMillis = new AtomicLong();
  private final java.util.concurrent.atomic.AtomicInteger corrupt =
      new java.util.concurrent.atomic.AtomicInteger();
  private final Thread acceptor;

  SlowProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::accept, "slow-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  void delay(long millis) {
    delayMillis.set(millis);
  }

  /**
   * Changes a digit of the {@code x-amz-crc32} header of the next {@code responses} responses, as
   * a response damaged on the way would arrive: the SDK's checksum check fails.
   */
  void loseResponses(double probability, long seed) {
    lose = probability;
    loseRandom = new java.util.Random(seed);
  }

  private volatile double lose;
  private int lostCount;

  /** How many responses were lost so far. */
  synchronized int lost() {
    return lostCount;
  }
  private volatile java.util.Random loseRandom = new java.util.Random(0);

  /** Whether to drop this response on the floor: the server did the work, the client never hears. */
  private boolean loseThis(byte[] buffer, int n) {
    if (lose <= 0 || n < 8) {
      return false;
    }
    boolean responseStart =
        new String(buffer, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("HTTP/");
    synchronized (this) {
      boolean lost = responseStart && loseRandom.nextDouble() < lose;
      if (lost) {
        lostCount++;
      }
      return lost;
    }
  }

  void corruptChecksums(int responses) {
    corrupt.set(responses);
  }

  private void maybeCorrupt(byte[] buffer, int n) {
    if (corrupt.get() <= 0) {
      return;
    }
    String head = new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = head.toLowerCase(java.util.Locale.ROOT).indexOf("x-amz-crc32: ");
    if (at >= 0 && corrupt.getAndDecrement() > 0) {
      int digit = at + "x-amz-crc32: ".length();
      buffer[digit] = (byte) (buffer[digit] == '1' ? '2' : '1');
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        pump(client.getInputStream(), target.getOutputStream(), false, client, target);
        pump(target.getInputStream(), client.getOutputStream(), true, client, target);
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void pump(InputStream in, OutputStream out, boolean slow, Socket a, Socket b) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  long delay = delayMillis.get();
                  if (slow && delay > 0) {
                    Thread.sleep(delay);
                  }
                  if (slow) {
                    maybeCorrupt(buffer, n);
                    if (loseThis(buffer, n)) {
                      break; // the finally closes both sides
                    }
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // a side closed
              } finally {
                closeQuietly(a);
                closeQuietly(b);
              }
            },
            "slow-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
