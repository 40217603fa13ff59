/**
 * What the function tells the people who run it: one structured log line and one CloudWatch
 * embedded-metric-format document per event. Never article text, never credentials.
 */
package dev.articleingest.telemetry;
