/**
 * Domain values shared by every stage: the S3 object an article came from, the parsed article, its
 * published time, warnings and the one exception type for input that can never become an article.
 * Nothing here depends on AWS.
 */
package dev.articleingest.model;
