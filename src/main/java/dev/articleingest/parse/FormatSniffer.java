package dev.articleingest.parse;

import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;

import dev.articleingest.normalize.TextNormalizer;

import dev.articleingest.parse.decode.TextDecoder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an object's format: by its content first (markup or a JSON object at the start), then by
 * the key's extension, then by the Content-Type; plain text otherwise.
 */
final class FormatSniffer {

  private static final int SNIFF_BYTES = 2048;

  private static final Pattern HTML_START =
      Pattern.compile(
          "(?is)^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
              + "<(?:!doctype\\s+html|html|head|body|meta|title|link|article|main|div|p|section|"
              + "header|script|style|h1|base)\\b.*");

  /** An html or body start tag anywhere in the head. */
  private static final Pattern HTML_INSIDE = Pattern.compile("(?i)<(?:html|body)\\b[^>]*>");

  private FormatSniffer() {}

  /** An XML declaration and the first element that follows it (skipping comments, doctypes). */
  private static final Pattern XML_ROOT =
      Pattern.compile("(?s)^<\\?xml[^>]*>\\s*(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>|<\\?[^>]*\\?>)\\s*)*<([\\w:.-]+)");

  /**
   * @throws InputRejectedException with {@code NO_ARTICLE} for an XML document that is not
   *     XHTML: a sitemap, a feed, an office file's XML
   */
  static InputFormat sniff(byte[] content, String key, String contentType) {
    String head = head(content);
    Matcher xml = XML_ROOT.matcher(head);
    if (xml.find() && !xml.group(1).toLowerCase(Locale.ROOT).endsWith("html")) {
      throw new InputRejectedException(
          RejectionReason.NO_ARTICLE,
          "the object is an XML document (root element <"
              + xml.group(1)
              + ">: a sitemap, a feed or other data), not an article");
    }
    if (HTML_START.matcher(head).matches()) {
      return InputFormat.HTML;
    }
    if (head.startsWith("{") || isJsonArrayOfObjects(head)) {
      return InputFormat.JSON;
    }
    String name = key.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (name.endsWith(".json")) {
      return InputFormat.JSON;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
      return InputFormat.HTML;
    }
    if (type.startsWith("application/json")) {
      return InputFormat.JSON;
    }
    if (hasHtmlElement(head)) {
      return InputFormat.HTML;
    }
    return InputFormat.TEXT_DUMP;
  }

  /** {@code [}, white space, <code>{</code>: what {@code (?s)^\\[\\s*\\{.*} matches. */
  static boolean isJsonArrayOfObjects(String head) {
    if (!head.startsWith("[")) {
      return false;
    }
    int i = 1;
    while (i < head.length() && TextNormalizer.isAsciiSpace(head.charAt(i))) {
      i++;
    }
    return i < head.length() && head.charAt(i) == '{';
  }

  /**
   * An html or body start tag anywhere: what {@code (?is).*<(?:html|body)\\b[^>]*>.*} matches,
   * found without first running to the end and backtracking (text dumps have no markup at all).
   */
  static boolean hasHtmlElement(String head) {
    return head.indexOf('<') >= 0 && HTML_INSIDE.matcher(head).find();
  }

  /** The first bytes, without BOM and leading white space, as Latin-1 (markup is ASCII). */
  private static String head(byte[] content) {
    Charset utf16 = TextDecoder.utf16(content);
    String head;
    if (utf16 != null) {
      int n = Math.min(content.length - 2, SNIFF_BYTES) & ~1;
      head = new String(content, 2, n, utf16);
    } else {
      int start = TextDecoder.hasUtf8Bom(content) ? 3 : 0;
      head =
          new String(
              content,
              start,
              Math.min(content.length - start, SNIFF_BYTES),
              StandardCharsets.ISO_8859_1);
    }
    return head.stripLeading();
  }
}
