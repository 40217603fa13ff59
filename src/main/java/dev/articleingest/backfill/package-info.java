/**
 * Re-processing what is already in the bucket: list it, run every object through the ingestion
 * pipeline with bounded concurrency, resume after an interruption, report progress and a summary.
 */
package dev.articleingest.backfill;
