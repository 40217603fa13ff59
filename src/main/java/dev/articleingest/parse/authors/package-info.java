/**
 * Author names from bylines in their common shapes ({@link
 * dev.articleingest.parse.authors.Bylines}), for every format.
 */
package dev.articleingest.parse.authors;
