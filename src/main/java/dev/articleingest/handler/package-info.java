/** The Lambda entry point: a thin adapter from S3 event notifications to the ingestion pipeline. */
package dev.articleingest.handler;
