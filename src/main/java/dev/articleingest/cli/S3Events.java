package dev.articleingest.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds S3 event notifications shaped exactly as S3 sends them, for the objects the local tool
 * uploads: keys form-URL-encoded (a space as {@code +}), ETag, size, version id and an increasing
 * hex sequencer.
 */
public final class S3Events {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);

  private S3Events() {}

  /** One uploaded object, as the notification describes it. */
  public record Upload(String bucket, String key, long size, String eTag, String versionId) {}

  /** An {@code ObjectCreated:Put} event with one record per upload. */
  public static S3Event created(List<Upload> uploads) {
    return new S3Event(uploads.stream().map(S3Events::record).toList());
  }

  /** The key as S3 writes it into notifications. */
  public static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  /** A fresh sequencer, greater than every one handed out before in this JVM. */
  public static String nextSequencer() {
    return String.format("%016X", SEQUENCE.incrementAndGet());
  }

  private static S3EventNotificationRecord record(Upload upload) {
    UserIdentityEntity principal = new UserIdentityEntity("local");
    S3ObjectEntity object =
        new S3ObjectEntity(
            encodeKey(upload.key()),
            upload.size(),
            upload.eTag() == null ? null : upload.eTag().replace("\"", ""),
            upload.versionId(),
            nextSequencer());
    S3Entity s3 =
        new S3Entity(
            "article-ingest-local",
            new S3BucketEntity(upload.bucket(), principal, "arn:aws:s3:::" + upload.bucket()),
            object,
            "1.0");
    return new S3EventNotificationRecord(
        LocalStack.REGION,
        "ObjectCreated:Put",
        "aws:s3",
        Instant.now().toString(),
        "2.1",
        new RequestParametersEntity("127.0.0.1"),
        new ResponseElementsEntity("local", "local"),
        s3,
        principal);
  }
}
