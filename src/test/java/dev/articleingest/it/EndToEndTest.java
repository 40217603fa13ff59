package dev.articleingest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import dev.articleingest.handler.S3EventHandler;
import dev.articleingest.ingest.IngestResult;
import dev.articleingest.model.ArticleMetadata;
import dev.articleingest.model.StoredArticle;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

@ExtendWith(LocalStackExtension.class)
class EndToEndTest {

  private final LocalStack stack;
  private final S3EventHandler handler;
  private final List<String> log = new ArrayList<>();

  EndToEndTest(LocalStack stack) {
    this.stack = stack;
    this.handler = new S3EventHandler(stack.dependencies().pipeline(Clock.systemUTC()));
  }

  @BeforeEach
  void cleanTable() {
    stack.recreateTable();
  }

  static byte[] sample() throws IOException {
    try (InputStream in =
        EndToEndTest.class.getResourceAsStream(
            "/golden/rt.com/rt-russia-issues-warning-to-us/input.txt")) {
      return in.readAllBytes();
    }
  }

  private S3Events.Upload upload(String key, byte[] content) {
    PutObjectResponse put =
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(content));
    return new S3Events.Upload(LocalStack.BUCKET, key, content.length, put.eTag(), put.versionId());
  }

  @Test
  void sampleLandsInTheTableWithItsParsedFields() throws IOException {
    List<IngestResult> results =
        handler.process(
            S3Events.created(List.of(upload("rt.com/2022/02/12/warning.txt", sample()))), log::add);

    assertEquals(1, results.size());
    assertEquals(IngestResult.Outcome.STORED, results.get(0).outcome(), log.toString());
    StoredArticle stored =
        stack.dependencies().queries().getWithBody(results.get(0).id()).orElseThrow();
    assertEquals("rt.com", stored.article().source());
    assertEquals("Russia issues warning to US", stored.article().title());
    assertEquals("2022-02-12T13:59:00Z", stored.article().published().instant().toString());
    assertEquals(9, stored.article().paragraphs().size());
    assertEquals("rt.com/2022/02/12/warning.txt", stored.object().key());
    assertEquals(3403, stored.object().size());
    assertTrue(stored.object().sequencer().matches("[0-9A-F]{16}"));
  }
}
