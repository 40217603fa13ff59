/**
 * Dates as pages write them (month names in eleven languages, labels and weekdays in five),
 * labelled published or updated, absolute or relative, with their zone when the page or the
 * source profile gives one ({@link dev.articleingest.parse.dates.Dates}).
 */
package dev.articleingest.parse.dates;
