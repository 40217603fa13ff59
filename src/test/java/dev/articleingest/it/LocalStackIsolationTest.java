package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack is for this machine alone: loopback only, one stack per data folder. */
class LocalStackIsolationTest {

  private static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** This machine's addresses other than loopback (there may be none in a sandbox). */
  private static List<InetAddress> otherAddresses() throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        if (!a.isLoopbackAddress() && a instanceof Inet4Address) {
          addresses.add(a);
        }
      }
    }
    return addresses;
  }

  @Test
  void bothServersListenOnLoopbackOnly() throws Exception {
    try (LocalStack stack = LocalStack.start(null)) {
      int dynamo = stack.dynamoEndpoint().getPort();
      int s3 = stack.s3Endpoint().getPort();
      InetAddress loopback = InetAddress.getByName("127.0.0.1");
      assertTrue(accepts(loopback, dynamo), "DynamoDB Local answers on 127.0.0.1");
      assertTrue(accepts(loopback, s3), "s3proxy answers on 127.0.0.1");
      for (InetAddress other : otherAddresses()) {
        assertFalse(accepts(other, dynamo), "DynamoDB Local answered on " + other);
        assertFalse(accepts(other, s3), "s3proxy answered on " + other);
      }
    }
  }

  @Test
  void aSecondStackOnTheSameDataFolderIsRefused(@TempDir Path data) throws Exception {
    try (LocalStack first = LocalStack.start(data)) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> LocalStack.start(data).close());
      assertTrue(e.getMessage().contains("in use by another local stack"), e.getMessage());
    }
    LocalStack.start(data).close(); // free again once the first is closed
  }
}
