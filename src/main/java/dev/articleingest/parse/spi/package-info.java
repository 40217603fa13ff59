/**
 * What the format parsers share with the entry point that calls them: the {@link
 * dev.articleingest.parse.spi.ArticleParser} interface each format implements, the {@link
 * dev.articleingest.parse.spi.ParseContext} it is given and the {@link
 * dev.articleingest.parse.spi.Draft} it fills. It sits below both, so {@code parse} can choose a
 * parser and the parsers can be written without importing {@code parse}.
 */
package dev.articleingest.parse.spi;
