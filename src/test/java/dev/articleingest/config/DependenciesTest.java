package dev.articleingest.config;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

class DependenciesTest {

  @Test
  void readsCredentialsFromTheEnvironmentWithoutSnapStart() {
    assertInstanceOf(
        EnvironmentVariableCredentialsProvider.class,
        Dependencies.lambdaCredentials(Map.of("AWS_ACCESS_KEY_ID", "x")));
  }

  @Test
  void readsCredentialsFromTheContainerEndpointUnderSnapStart() {
    // With SnapStart, Lambda sets these instead of the key variables.
    assertInstanceOf(
        ContainerCredentialsProvider.class,
        Dependencies.lambdaCredentials(
            Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                    "http://127.0.0.1:9001/2021-04-23/credentials",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", "token")));
  }
}
