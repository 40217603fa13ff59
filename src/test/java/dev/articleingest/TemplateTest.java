package dev.articleingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.file.Files;
import java.nio.file.Path;
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
  private static JsonNode parameters;

  @BeforeAll
  static void readTemplate() throws IOException {
    JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(new File("template.yaml"));
    resources = template.get("Resources");
    parameters = template.get("Parameters");
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

  /** sam build runs the Makefile's target, which ships the zip LambdaArtifactIT checks. */
  @Test
  void samBuildShipsTheCheckedZip() throws IOException {
    JsonNode resource = resources.get("IngestFunction");
    assertEquals("makefile", resource.get("Metadata").get("BuildMethod").asText());
    String makefile = Files.readString(Path.of("Makefile"));
    assertTrue(makefile.contains("build-IngestFunction:"), makefile);
    assertTrue(
        makefile.contains("unzip -q -o target/article-ingest-lambda.zip -d \"$(ARTIFACTS_DIR)\""),
        makefile);
    assertTrue(makefile.contains("-Dmaven.test.skip=true package"), makefile);
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
              + index.get("Projection").get("ProjectionType").asText()
              + " "
              + index.get("Projection").path("NonKeyAttributes").toString());
    }
    Map<String, String> code = new LinkedHashMap<>();
    for (GlobalSecondaryIndex index : ArticleTable.indexes()) {
      code.put(
          index.indexName(),
          keySchema(index.keySchema())
              + " "
              + index.projection().projectionTypeAsString()
              + " "
              + (index.projection().hasNonKeyAttributes()
                  ? new ObjectMapper().valueToTree(index.projection().nonKeyAttributes()).toString()
                  : ""));
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
  void aParameterChoosesHowUploadsReachTheFunction() {
    assertEquals(
        "[\"S3\",\"SQS\",\"EventBridge\"]",
        parameters.get("Trigger").get("AllowedValues").toString());
    // NotificationConfiguration: !If [TriggerS3, lambda, !If [TriggerSqs, queue, eventbridge]]
    JsonNode notification =
        resources.get("IngestBucket").get("Properties").get("NotificationConfiguration");
    assertEquals("TriggerS3", notification.get(0).asText());
    JsonNode lambda = notification.get(1).get("LambdaConfigurations");
    assertEquals("s3:ObjectCreated:*", lambda.get(0).get("Event").asText());
    assertEquals("s3:ObjectRemoved:*", lambda.get(1).get("Event").asText());
    assertEquals("IngestFunction.Alias", lambda.get(0).get("Function").asText());
    JsonNode orElse = notification.get(2);
    assertEquals("TriggerSqs", orElse.get(0).asText());
    JsonNode queue = orElse.get(1).get("QueueConfigurations");
    assertEquals("s3:ObjectCreated:*", queue.get(0).get("Event").asText());
    assertEquals("s3:ObjectRemoved:*", queue.get(1).get("Event").asText());
    assertEquals("IngestQueue.Arn", queue.get(0).get("Queue").asText());
    assertTrue(orElse.get(2).get("EventBridgeConfiguration").get("EventBridgeEnabled").asBoolean());
    assertEquals("TriggerS3", resources.get("S3InvokePermission").get("Condition").asText());
  }

  @Test
  void theSqsTriggerReportsPartialFailuresAndDeadLettersWhatKeepsFailing() {
    JsonNode mapping = resources.get("IngestQueueMapping").get("Properties");
    assertEquals("[\"ReportBatchItemFailures\"]", mapping.get("FunctionResponseTypes").toString());
    assertEquals("IngestFunction.Alias", mapping.get("FunctionName").asText());
    JsonNode queue = resources.get("IngestQueue").get("Properties");
    assertEquals(
        "IngestDeadLetterQueue.Arn",
        queue.get("RedrivePolicy").get("deadLetterTargetArn").asText());
    assertEquals(5, queue.get("RedrivePolicy").get("maxReceiveCount").asInt());
    assertTrue(
        queue.get("VisibilityTimeout").asInt() >= 6 * function().get("Timeout").asInt(),
        "visibility timeout at least six times the function timeout");
    assertEquals("TriggerSqs", resources.get("IngestDeadLetterAlarm").get("Condition").asText());
  }

  @Test
  void theEventBridgeTriggerMatchesTheBucketsCreateAndDeleteEvents() {
    JsonNode rule = resources.get("IngestEventRule").get("Properties");
    JsonNode pattern = rule.get("EventPattern");
    assertEquals("[\"aws.s3\"]", pattern.get("source").toString());
    assertEquals("[\"Object Created\",\"Object Deleted\"]", pattern.get("detail-type").toString());
    JsonNode target = rule.get("Targets").get(0);
    assertEquals("IngestFunction.Alias", target.get("Arn").asText());
    assertEquals("FailedEventsQueue.Arn", target.get("DeadLetterConfig").get("Arn").asText());
  }

  @Test
  void snapStartIsOnForPublishedVersionsByDefault() {
    assertEquals("SnapStart", function().get("SnapStart").get("ApplyOn").asText());
    assertEquals("PublishedVersions", parameters.get("SnapStart").get("Default").asText());
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

  /**
   * Without s3:ListBucket S3 answers 403 for an object that is gone, which the function must not
   * take for "gone" (a broken permission would silently drop articles); with it, 404.
   */
  /** The statements of the function's own role. */
  private static JsonNode roleStatements() {
    return resources
        .get("IngestFunctionRole")
        .get("Properties")
        .get("Policies")
        .get(0)
        .get("PolicyDocument")
        .get("Statement");
  }

  /** The statement with this Sid, looking inside a conditional one; null when there is none. */
  private static JsonNode statement(String sid) {
    for (JsonNode statement : roleStatements()) {
      JsonNode plain = statement.isArray() ? statement.get(1) : statement;
      if (sid.equals(plain.path("Sid").asText())) {
        return statement;
      }
    }
    return null;
  }

  /**
   * The function has its own role: SAM's generated one would attach AWSLambdaBasicExecutionRole
   * (logs:* on *) and, for any Tracing value, AWSXrayWriteOnlyAccess.
   */
  @Test
  void theFunctionsRoleIsItsOwnAndLogsOnlyToItsGroup() {
    assertEquals("IngestFunctionRole.Arn", function().get("Role").asText());
    assertTrue(function().get("Policies") == null, "SAM's role would be generated");
    JsonNode logs = statement("WriteOwnLogGroup");
    assertEquals("[\"logs:CreateLogStream\",\"logs:PutLogEvents\"]", logs.get("Action").toString());
    assertEquals("IngestFunctionLogGroup.Arn", logs.get("Resource").asText());
    for (JsonNode statement : roleStatements()) {
      JsonNode plain = statement.isArray() ? statement.get(1) : statement;
      plain.get("Action").forEach(a -> assertFalse(a.asText().endsWith("*"), a.asText()));
    }
  }

  @Test
  void theRoleMaySendTracesOnlyWhenTracingIsOn() {
    JsonNode traces = statement("SendTraces");
    assertEquals("TracingOn", traces.get(0).asText());
    assertEquals("AWS::NoValue", traces.get(2).asText());
    assertTrue(traces.get(1).get("Action").toString().contains("xray:PutTraceSegments"));
  }

  @Test
  void theRoleMaySendGivenUpEventsToTheFailureQueue() {
    assertEquals(
        "FailedEventsQueue.Arn", statement("SendGivenUpEvents").get("Resource").asText());
  }

  /** A kept bucket with a fixed name would stop the stack from being made again. */
  @Test
  void theBucketsNameIsGeneratedUnlessGivenAndAccessLogsAreAnOption() {
    assertEquals("", parameters.get("IngestBucketName").get("Default").asText());
    JsonNode name = resources.get("IngestBucket").get("Properties").get("BucketName");
    assertEquals("HasBucketName", name.get(0).asText());
    assertTrue(name.get(2).toString().contains("AWS::StackId"), name.toString());
    assertEquals("", parameters.get("AccessLogBucketName").get("Default").asText());
    JsonNode logging = resources.get("IngestBucket").get("Properties").get("LoggingConfiguration");
    assertEquals("HasAccessLogs", logging.get(0).asText());
  }

  @Test
  void whatHoldsEventsOutlivesTheStackAndWhatIsNamedAfterItDoesNot() {
    for (String kept : List.of("FailedEventsQueue", "IngestDeadLetterQueue", "IngestBucket")) {
      assertEquals("Retain", resources.get(kept).get("DeletionPolicy").asText(), kept);
    }
    for (String deleted : List.of("IngestQueue", "IngestFunctionLogGroup")) {
      assertEquals("Delete", resources.get(deleted).get("DeletionPolicy").asText(), deleted);
    }
  }

  @Test
  void theFunctionMayListTheBucketSoAGoneObjectIsA404AndNothingMore() {
    JsonNode statements = roleStatements();
    List<String> actions = new ArrayList<>();
    for (JsonNode conditional : statements) {
      JsonNode statement = conditional.isArray() ? conditional.get(1) : conditional;
      JsonNode action = statement.get("Action");
      if (action != null) {
        action.forEach(a -> actions.add(a.asText()));
      }
    }
    assertTrue(actions.contains("s3:ListBucket"), actions.toString());
    assertTrue(
        actions.stream().noneMatch(a -> a.startsWith("s3:Put") || a.startsWith("s3:Delete")),
        "no write to the bucket: " + actions);
  }
}
