package dev.articleingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.articleingest.config.Config;
import dev.articleingest.store.ArticleTable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** Checks template.yaml against the code, so the two cannot drift apart. */
class TemplateTest {

  private static JsonNode resources;

  @BeforeAll
  static void readTemplate() throws IOException {
    JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(new File("template.yaml"));
    resources = template.get("Resources");
  }

  private static JsonNode function() {
    return resources.get("IngestFunction").get("Properties");
  }

  private static JsonNode table() {
    return resources.get("ArticleTable").get("Properties");
  }

  @Test
  void theHandlerClassExistsAndHandlesRequests() throws Exception {
    String[] handler = function().get("Handler").asText().split("::");
    Class<?> type = Class.forName(handler[0]);
    assertTrue(
        RequestStreamHandler.class.isAssignableFrom(type), type + " is a RequestStreamHandler");
    assertTrue(
        Arrays.stream(type.getMethods())
            .anyMatch(
                m ->
                    m.getName().equals(handler[1])
                        && m.getParameterCount() == 3
                        && m.getParameterTypes()[2] == Context.class));
    type.getConstructor();
  }

  @Test
  void runsOnJava21FromTheMavenProject() {
    assertEquals("java21", function().get("Runtime").asText());
    assertEquals(".", function().get("CodeUri").asText());
  }

  @Test
  void setsExactlyTheVariablesTheCodeReads() {
    Set<String> set = new HashSet<>();
    function().get("Environment").get("Variables").fieldNames().forEachRemaining(set::add);
    assertEquals(Config.FROM_TEMPLATE, set);
  }

  @Test
  void declaresTheTableKeysOfTheCodesLayout() {
    CreateTableRequest code = ArticleTable.createTableRequest("t");
    assertEquals("PAY_PER_REQUEST", table().get("BillingMode").asText());
    assertEquals(keySchema(code.keySchema()), keySchema(table().get("KeySchema")));

    Map<String, String> attributes = new LinkedHashMap<>();
    table()
        .get("AttributeDefinitions")
        .forEach(
            a -> attributes.put(a.get("AttributeName").asText(), a.get("AttributeType").asText()));
    Map<String, String> codeAttributes = new LinkedHashMap<>();
    code.attributeDefinitions()
        .forEach(a -> codeAttributes.put(a.attributeName(), a.attributeTypeAsString()));
    assertEquals(codeAttributes, attributes);
  }

  @Test
  void declaresTheIndexesOfTheCodesLayout() {
    Map<String, String> declared = new LinkedHashMap<>();
    for (JsonNode index : table().get("GlobalSecondaryIndexes")) {
      declared.put(
          index.get("IndexName").asText(),
          keySchema(index.get("KeySchema"))
              + " "
              + index.get("Projection").get("ProjectionType").asText());
    }
    Map<String, String> code = new LinkedHashMap<>();
    for (GlobalSecondaryIndex index : ArticleTable.indexes()) {
      code.put(
          index.indexName(),
          keySchema(index.keySchema()) + " " + index.projection().projectionTypeAsString());
    }
    assertEquals(code, declared);
  }

  @Test
  void tableIsEncryptedAndRecoverable() {
    assertTrue(table().get("SSESpecification").get("SSEEnabled").asBoolean());
    assertTrue(
        table()
            .get("PointInTimeRecoverySpecification")
            .get("PointInTimeRecoveryEnabled")
            .asBoolean());
  }

  @Test
  void theFunctionIsTriggeredByObjectCreationAndRemovalInTheIngestBucket() {
    JsonNode created = function().get("Events").get("ObjectCreated");
    JsonNode removed = function().get("Events").get("ObjectRemoved");
    assertEquals("S3", created.get("Type").asText());
    assertEquals("s3:ObjectCreated:*", created.get("Properties").get("Events").asText());
    assertEquals("S3", removed.get("Type").asText());
    assertEquals("s3:ObjectRemoved:*", removed.get("Properties").get("Events").asText());
  }

  @Test
  void logsAsJsonAtAConfigurableLevelAndTracesOnlyWhenAsked() {
    JsonNode logging = function().get("LoggingConfig");
    assertEquals("JSON", logging.get("LogFormat").asText());
    assertEquals("LogLevel", logging.get("ApplicationLogLevel").asText());
    assertEquals("Tracing", function().get("Tracing").asText());
    JsonNode tracingFlag =
        function().get("Environment").get("Variables").get(Config.TRACING_ENABLED);
    assertEquals("[\"TracingOn\",\"true\",\"false\"]", tracingFlag.toString());
  }

  @Test
  void eventsLambdaGivesUpOnGoToAFailureQueueThatRaisesAnAlarm() {
    JsonNode invoke = function().get("EventInvokeConfig");
    assertEquals("MaximumRetryAttempts", invoke.get("MaximumRetryAttempts").asText());
    assertEquals("MaximumEventAgeSeconds", invoke.get("MaximumEventAgeInSeconds").asText());
    JsonNode onFailure = invoke.get("DestinationConfig").get("OnFailure");
    assertEquals("SQS", onFailure.get("Type").asText());
    assertEquals("FailedEventsQueue.Arn", onFailure.get("Destination").asText());
    assertEquals(
        "FailedEventsQueue",
        resources
            .get("FailedEventsAlarm")
            .get("Properties")
            .get("Dimensions")
            .get(0)
            .get("Value")
            .asText()
            .split("\\.")[0]);
    for (String alarm :
        List.of("FunctionErrorsAlarm", "FunctionThrottlesAlarm", "FailedEventsAlarm")) {
      assertEquals("AWS::CloudWatch::Alarm", resources.get(alarm).get("Type").asText(), alarm);
    }
  }

  @Test
  void reservedConcurrencyIsAParameter() {
    assertTrue(
        function().get("ReservedConcurrentExecutions").toString().contains("ReservedConcurrency"));
  }

  @Test
  void s3InvokesAnAliasSoDeploymentsCanBeRolledBack() {
    assertEquals("live", function().get("AutoPublishAlias").asText());
  }

  @Test
  void tombstonesExpireThroughTheTablesTtlAttribute() {
    JsonNode ttl = table().get("TimeToLiveSpecification");
    assertEquals(ArticleTable.EXPIRES_AT, ttl.get("AttributeName").asText());
    assertTrue(ttl.get("Enabled").asBoolean());
  }

  private static List<String> keySchema(List<KeySchemaElement> elements) {
    return elements.stream().map(e -> e.attributeName() + ":" + e.keyTypeAsString()).toList();
  }

  private static List<String> keySchema(JsonNode elements) {
    List<String> result = new ArrayList<>();
    for (Iterator<JsonNode> it = elements.elements(); it.hasNext(); ) {
      JsonNode e = it.next();
      result.add(e.get("AttributeName").asText() + ":" + e.get("KeyType").asText());
    }
    return result;
  }
}
