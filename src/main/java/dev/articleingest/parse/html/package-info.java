/**
 * HTML pages: metadata from JSON-LD, meta tags, microdata and the visible header ({@code
 * HtmlMetadata}), and the article body found in the DOM ({@link
 * dev.articleingest.parse.html.ContentExtractor}). {@link dev.articleingest.parse.html.HtmlParser}
 * puts the two together.
 */
package dev.articleingest.parse.html;
