/**
 * Configuration from the environment and the one place where SDK clients and the pipeline are
 * built.
 */
package dev.articleingest.config;
