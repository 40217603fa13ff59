/**
 * JSON in and out without Jackson's data binding: trees read with the streaming parser, plain
 * values written with the streaming generator. A fresh JVM pays about 190 ms for an {@code
 * ObjectMapper}'s first {@code readTree} and about 30 ms for this (BENCHMARKS.md), and the function
 * reads JSON on every cold start (the event, the source profiles).
 */
package dev.articleingest.json;
