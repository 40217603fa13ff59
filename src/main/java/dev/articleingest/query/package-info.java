/**
 * The read side, for this project's tools and for other JVM services: get an article by id (with or
 * without its body), list a source's articles by published time, list a day's articles.
 */
package dev.articleingest.query;
