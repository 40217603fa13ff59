/**
 * The DynamoDB table: its layout ({@link dev.articleingest.store.ArticleTable}, the public contract
 * other services read), the explicit item mapper ({@link dev.articleingest.store.ArticleItems}) and
 * the writer ({@link dev.articleingest.store.DynamoArticleStore}). No reflection-built schemas.
 */
package dev.articleingest.store;
