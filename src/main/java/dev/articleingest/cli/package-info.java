/**
 * The local tool, {@code target/article-ingest-cli.jar}: the embedded local stack (DynamoDB Local
 * and s3proxy, in-process), the {@code local} and {@code parse} commands. Its libraries are {@code
 * provided}-scope and never reach the Lambda artifact.
 */
package dev.articleingest.cli;
