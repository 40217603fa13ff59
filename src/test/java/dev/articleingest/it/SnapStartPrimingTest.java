package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.config.SnapStartPrimingAccess;
import dev.articleingest.parse.Extractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Priming runs the invocation's code paths and leaves no trace in the table or the bucket. */
@ExtendWith(LocalStackExtension.class)
class SnapStartPrimingTest {

  private final LocalStack stack;

  SnapStartPrimingTest(LocalStack stack) {
    this.stack = stack;
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  @Test
  void parsesEveryFormatAndReadsTheTableWithoutWritingAnything() {
    int objectsBefore =
        stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents().size();

    int parsed =
        SnapStartPrimingAccess.prime(
            Extractor.withBundledProfiles(), stack.dynamo(), LocalStack.TABLE);

    assertEquals(3, parsed, "one bundled article per format parses");
    assertEquals(0, TableRows.count(stack), "priming writes nothing to the table");
    assertEquals(
        objectsBefore,
        stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET)).contents().size());
  }

  @Test
  void aFailingTableReadDoesNotFailPriming() {
    int parsed =
        SnapStartPrimingAccess.prime(
            Extractor.withBundledProfiles(), stack.dynamo(), "no-such-table");
    assertEquals(3, parsed);
  }
}
