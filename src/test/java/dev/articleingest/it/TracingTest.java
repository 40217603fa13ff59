package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.xray.AWSXRay;
import dev.articleingest.cli.LocalStack;
import dev.articleingest.config.Config;
import dev.articleingest.config.Dependencies;
import java.io.File;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** X-Ray: SDK calls become subsegments when tracing is on; nothing of X-Ray loads when off. */
@ExtendWith(LocalStackExtension.class)
class TracingTest {

  private final LocalStack stack;

  TracingTest(LocalStack stack) {
    this.stack = stack;
  }

  @Test
  void withTracingOnDynamoDbCallsAreSentToTheDaemonAsSubsegments() throws Exception {
    try (DatagramSocket daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      daemon.setSoTimeout(10_000);
      System.setProperty(
          "com.amazonaws.xray.emitters.daemonAddress", "127.0.0.1:" + daemon.getLocalPort());
      Dependencies deps =
          Dependencies.create(
              new Config(LocalStack.TABLE, LocalStack.REGION, 1024, true),
              stack.s3Endpoint(),
              stack.dynamoEndpoint(),
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(LocalStack.accessKey(), LocalStack.secretKey())));
      DynamoDbClient dynamo = deps.dynamo();

      AWSXRay.beginSegment("article-ingest-test");
      dynamo.getItem(
          b ->
              b.tableName(LocalStack.TABLE)
                  .key(Map.of("pk", AttributeValue.fromS("X"), "sk", AttributeValue.fromS("Y"))));
      AWSXRay.endSegment();

      byte[] buffer = new byte[65_000];
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      daemon.receive(packet);
      String sent = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      assertTrue(sent.contains("\"name\":\"DynamoDb\""), sent);
      assertTrue(sent.contains("\"operation\":\"GetItem\""), sent);
    } finally {
      System.clearProperty("com.amazonaws.xray.emitters.daemonAddress");
    }
  }

  /** A class loader that can say which classes it has loaded. */
  private static final class TrackingLoader extends URLClassLoader {
    TrackingLoader() throws Exception {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    private static URL[] classPath() throws Exception {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        urls.add(new File(entry).toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    }
  }

  private void buildClients(TrackingLoader loader, boolean tracing) throws Exception {
    Class<?> config = loader.loadClass(Config.class.getName());
    Object cfg =
        config
            .getConstructor(String.class, String.class, long.class, boolean.class)
            .newInstance(LocalStack.TABLE, LocalStack.REGION, 1024L, tracing);
    Class<?> anonymous =
        loader.loadClass("software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider");
    Object credentials = anonymous.getMethod("create").invoke(null);
    Class<?> provider =
        loader.loadClass("software.amazon.awssdk.auth.credentials.AwsCredentialsProvider");
    loader
        .loadClass(Dependencies.class.getName())
        .getMethod("create", config, URI.class, URI.class, provider)
        .invoke(null, cfg, stack.s3Endpoint(), stack.dynamoEndpoint(), credentials);
  }

  @Test
  void withTracingOffNoXRayClassIsLoaded() throws Exception {
    try (TrackingLoader off = new TrackingLoader();
        TrackingLoader on = new TrackingLoader()) {
      buildClients(off, false);
      buildClients(on, true);

      assertTrue(off.loaded(Dependencies.class.getName()), "the clients were built");
      assertFalse(off.loaded("com.amazonaws.xray.interceptors.TracingInterceptor"));
      assertFalse(off.loaded("com.amazonaws.xray.AWSXRay"));
      assertTrue(on.loaded("com.amazonaws.xray.interceptors.TracingInterceptor"));
    }
  }
}
