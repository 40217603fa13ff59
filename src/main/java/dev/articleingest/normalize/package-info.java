/**
 * Text normalization applied to every input before parsing: one Unicode form, one kind of line
 * ending, one kind of space, nothing invisible. It never adds or replaces a visible character.
 */
package dev.articleingest.normalize;
