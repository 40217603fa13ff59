/**
 * The pipeline one S3 object goes through: fetch, parse, store (or record a rejection). It talks to
 * S3 and DynamoDB only through the {@link dev.articleingest.ingest.ObjectSource} and {@link
 * dev.articleingest.ingest.ArticleStore} ports, so it is the same in Lambda, the CLI and tests.
 */
package dev.articleingest.ingest;
