/**
 * Bytes to text: gzip ({@link dev.articleingest.parse.decode.Gzip}, with a cap against bombs) and
 * character encodings, declared or detected ({@link dev.articleingest.parse.decode.TextDecoder}).
 */
package dev.articleingest.parse.decode;
