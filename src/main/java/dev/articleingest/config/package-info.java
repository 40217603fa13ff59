/**
 * Configuration from the environment and the one place where SDK clients and the pipeline are
 * built, including the SnapStart priming registered with them.
 */
package dev.articleingest.config;
