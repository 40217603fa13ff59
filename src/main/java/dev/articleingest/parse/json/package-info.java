/**
 * JSON articles as scrapers emit them, fields found through the profiles file's field map
 * ({@link dev.articleingest.parse.json.JsonArticleParser}).
 */
package dev.articleingest.parse.json;
