package dev.articleingest.source;

import dev.articleingest.ingest.FetchedObject;
import dev.articleingest.ingest.ObjectSource;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.ObjectRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link ObjectSource} over the S3 API. */
public final class S3ObjectSource implements ObjectSource {

  private final S3Client s3;

  public S3ObjectSource(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public Optional<FetchedObject> fetch(ObjectRef ref, long maxBytes) {
    GetObjectRequest.Builder request =
        GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key());
    if (ref.versionId() != null) {
      request.versionId(ref.versionId());
    } else if (ref.eTag() != null) {
      // Without versioning, only read the content this event announced: if the key was
      // overwritten since, S3 answers 412 and the newer object's own event will bring it.
      request.ifMatch("\"" + ref.eTag() + "\"");
    }
    try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request.build())) {
      Long length = in.response().contentLength();
      if (length != null && length > maxBytes) {
        in.abort();
        throw InputRejectedException.tooLarge(length, maxBytes);
      }
      byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (content.length > maxBytes) {
        in.abort();
        throw InputRejectedException.tooLarge(content.length, maxBytes);
      }
      GetObjectResponse response = in.response();
      return Optional.of(
          new FetchedObject(
              content,
              lowerCaseKeys(response.metadata()),
              response.contentType(),
              response.lastModified(),
              response.eTag()));
    } catch (S3Exception e) {
      if (e.statusCode() == 404 || e.statusCode() == 412) {
        return Optional.empty();
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + ref.uri() + " failed", e);
    }
  }

  @Override
  public Optional<ObjectRef> current(String bucket, String key) {
    try {
      HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
      return Optional.of(
          new ObjectRef(
              bucket,
              key,
              head.versionId(),
              head.eTag(),
              null,
              head.contentLength() == null ? -1 : head.contentLength()));
    } catch (S3Exception e) {
      // 404: no object, or a delete marker is the current version (the function may list the
      // bucket, so S3 tells a missing key from a forbidden one)
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> metadata) {
    Map<String, String> result = new HashMap<>();
    metadata.forEach((k, v) -> result.put(k.toLowerCase(Locale.ROOT), v));
    return result;
  }
}
