/**
 * Text dumps: the visible text of a scraped page, as a scraper saves it ({@link
 * dev.articleingest.parse.text.TextDumpParser}).
 */
package dev.articleingest.parse.text;
