package dev.articleingest.it;

import dev.articleingest.cli.LocalStack;
import dev.articleingest.cli.S3Events;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** Puts objects into the local stack's bucket the way a user uploads them. */
final class Uploads {

  private Uploads() {}

  /** Uploads the bytes under the key and returns what its S3 event will say. */
  static S3Events.Upload put(LocalStack stack, String key, byte[] content) {
    PutObjectResponse put =
        stack
            .s3()
            .putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(content));
    return new S3Events.Upload(LocalStack.BUCKET, key, content.length, put.eTag(), put.versionId());
  }
}
