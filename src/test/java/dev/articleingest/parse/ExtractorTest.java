package dev.articleingest.parse;

import dev.articleingest.model.ParserVersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.model.Article;
import dev.articleingest.model.InputRejectedException;
import dev.articleingest.model.RejectionReason;
import dev.articleingest.model.Warning;
import dev.articleingest.model.WarningCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractorTest {

  private static final Extractor EXTRACTOR = Extractor.withBundledProfiles();

  private static final String BODY =
      "The first paragraph of the story says what happened, where it happened and to whom it"
          + " happened, in words that a reader of the news would expect to find in it.\n\n"
          + "The second paragraph adds what the officials said about it and what is expected to"
          + " happen next, with a little more detail than the first one had.\n";

  private static Article parse(String text, String key) {
    return EXTRACTOR.extract(new RawInput(text.getBytes(StandardCharsets.UTF_8), key, Map.of()));
  }

  @Test
  void authorsHaveOneSpaceBetweenWordsWhateverTheMetadataHad() {
    String page =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
            + " \"headline\": \"Harbour reopens\", \"author\": [{\"@type\": \"Person\","
            + " \"name\": \"Bruno (Henrique) Rodrigues \"}, {\"@type\": \"Person\","
            + " \"name\": \"Jane  Doe\"}, {\"@type\": \"Person\", \"name\":"
            + " \"Bruno Rodrigues\"}]}</script></head><body><article><p>"
            + BODY.replace("\n\n", "</p><p>")
            + "</p></article></body></html>";
    Article article = parse(page, "example.org/harbour.html");
    assertEquals(List.of("Bruno Rodrigues", "Jane Doe"), article.authors());
  }

  private static Article sample() throws IOException {
    try (InputStream in =
        ExtractorTest.class.getResourceAsStream(
            "/golden/rt.com/rt-russia-issues-warning-to-us/input.txt")) {
      return EXTRACTOR.extract(
          new RawInput(in.readAllBytes(), "rt.com/2022/02/12/warning.txt", Map.of()));
    }
  }

  private static List<String> codes(Article article) {
    return article.warnings().stream().map(w -> w.code().name()).toList();
  }

  @Test
  void warnsAboutUnbalancedQuotesInTheParagraphsThatHaveThem() throws IOException {
    List<String> details =
        sample().warnings().stream()
            .filter(w -> w.code() == WarningCode.UNBALANCED_QUOTES)
            .map(Warning::detail)
            .toList();
    assertEquals(3, details.size(), details.toString());
    assertTrue(details.get(0).startsWith("paragraph 5: a closing ”"), details.get(0));
    assertTrue(details.get(1).startsWith("paragraph 6: a closing ”"), details.get(1));
    assertTrue(details.get(2).startsWith("paragraph 9: an opening “"), details.get(2));
  }

  @Test
  void aShortUnpunctuatedFirstParagraphStaysBody() {
    // Found by RandomizedSequencesTest: "Body v0" after the headline is body, not a standfirst.
    Article article = parse("Title v0\n\nBody v0\n\nA second paragraph follows it.", "x/a.txt");
    assertEquals(null, article.subtitle());
    assertEquals("Body v0", article.paragraphs().get(0));
  }

  @Test
  void aNameShapedLabelBelowTheHeadlineIsNotAnAuthorWithoutADateBesideIt() {
    Article article = parse("Bridge repairs approved\n\nRead Later\n\n" + BODY, "x/a.txt");
    assertEquals("Bridge repairs approved", article.title());
    assertEquals(List.of(), article.authors());
    assertEquals(2, article.paragraphs().size());
  }

  /**
   * Header lines below the headline that name the author and the day: each gives both, and the
   * headline stays the title.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("authorAndDayLines")
  void headerLinesGiveTheAuthorAndTheDay(String shape, String header, String author, String day) {
    Article article = parse("Bridge repairs approved\n" + header + "\n\n" + BODY, "x/a.txt");
    assertEquals("Bridge repairs approved", article.title(), shape);
    assertEquals(List.of(author), article.authors(), shape);
    assertEquals(day, article.published().local().toLocalDate().toString(), shape);
  }

  static Stream<Arguments> authorAndDayLines() {
    return Stream.of(
        Arguments.of(
            "a name alone over a date is the author", "Jane Quill\nMay 20, 2019", "Jane Quill",
            "2019-05-20"),
        Arguments.of(
            "a byline that says By wins over a name-shaped label before it",
            "\nCity Hall\nby Steven Quill January 18, 2017 11:00 PM",
            "Steven Quill",
            "2017-01-18"),
        Arguments.of(
            "on DATE by NAME is the date and the author, not the headline",
            "\non March 10, 2015 by Nora Quill",
            "Nora Quill",
            "2015-03-10"),
        Arguments.of(
            "a comment count after a byline's date is no part of the date",
            "Sarah Quill March 9, 2017 13",
            "Sarah Quill",
            "2017-03-09"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a name and a date with no separator | Martina Quill 19. Juni 2019 | 2019-06-19",
        "a date after the author's name | von Redaktion, 24. Januar 2022 | 2022-01-24",
        "a label, a date and a name | Veröffentlicht am 6. Juli 2015 von Mark Quill | 2015-07-06"
      })
  void aShortHeaderLineWithADateAmongOtherWordsGivesTheDay(String shape, String line, String day) {
    Article article = parse("Brückenreparatur genehmigt\n" + line + "\n\n" + BODY, "x/a.txt");
    assertEquals("Brückenreparatur genehmigt", article.title(), shape);
    assertEquals(day, article.published().local().toLocalDate().toString(), shape);
  }

  @Test
  void aSentenceThatMentionsADateIsNoDateLine() {
    Article article =
        parse(
            "Bridge repairs approved\n\nThe council met on 3 March 2015 and voted for it.\n\n"
                + BODY,
            "x/a.txt");
    assertNull(article.published());
  }

  @Test
  void withNoDateInTheHeaderTheDateOfAMetaLineBelowTheStoryIsTaken() {
    Article article =
        parse(
            "Harbour Gazette\nHome\nNews\nSport\nWeather\n\nCouncil approves repairs to the old"
                + " harbour bridge\n\n"
                + BODY
                + "\nJane Quill — 2019-05-20 — in Politics — Permalink\n\nShare this:\nTwitter\n"
                + "Facebook\n\nRelated\nOther story one\nOther story two\n",
            "x/a.txt");
    assertEquals("2019-05-20", article.published().local().toLocalDate().toString());
  }

  @Test
  void aDateLabelledAsAnUpdateIsNeverChosenAsThePublishedDate() {
    Article article =
        parse(
            "Bridge repairs approved\n\n" + BODY + "\nUpdated: March 3, 2021\n", "x/a.txt");
    assertNull(article.published());
    assertEquals("2021-03-03", article.modified().local().toLocalDate().toString());
  }

  /** A page whose markup holds {@code markup} and whose JSON-LD articleBody is {@code body}. */
  private static Article pageWithArticleBody(String markup, String body) {
    String page =
        "<html><head><title>Bridge repairs approved</title><script type=\"application/ld+json\">"
            + "{\"@type\": \"NewsArticle\", \"headline\": \"Bridge repairs approved\","
            + " \"articleBody\": \""
            + body
            + "\"}</script></head><body><h1>Bridge repairs approved</h1>"
            + markup
            + "</body></html>";
    return EXTRACTOR.extract(
        new RawInput(page.getBytes(StandardCharsets.UTF_8), "x/a.html", Map.of()));
  }

  private static boolean hasWarning(Article article, WarningCode code) {
    return article.warnings().stream().anyMatch(w -> w.code() == code);
  }

  private static String sentences(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("The council met again on the bridge repairs and agreed on part ")
          .append(i)
          .append(" of the plan after a long debate. ");
    }
    return text.toString().strip();
  }

  @Test
  void theJsonLdArticleBodyIsTheBodyWhenTheMarkupHoldsNoArticle() {
    Article article = pageWithArticleBody("<nav><a href=/>Home</a></nav>", sentences(5));
    assertEquals(sentences(5), article.body());
    assertTrue(hasWarning(article, WarningCode.BODY_FROM_METADATA));
  }

  @Test
  void theJsonLdArticleBodyIsTheBodyWhenTheMarkupHoldsASmallPartOfIt() {
    String caption =
        "<p>The mayor speaks to residents at the harbour on Monday, in front of the closed bridge."
            + " Photo: Jane Quill</p>";
    Article article = pageWithArticleBody(caption, sentences(15));
    assertEquals(sentences(15), article.body());
    assertTrue(hasWarning(article, WarningCode.BODY_FROM_METADATA));
  }

  @Test
  void theMarkupsArticleStaysWhenTheJsonLdArticleBodyIsATeaser() {
    String markup = "<article><p>" + sentences(15) + "</p></article>";
    Article article = pageWithArticleBody(markup, sentences(3));
    assertEquals(sentences(15), article.body());
    assertFalse(hasWarning(article, WarningCode.BODY_FROM_METADATA));
  }

  @Test
  void aWireAgencyBeforeTheDateIsNoPartOfIt() {
    Article article =
        parse("Bridge repairs approved\nAFP 30 avril 2015 à 07:19\n\n" + BODY, "x/a.txt");
    assertEquals("Bridge repairs approved", article.title());
    assertEquals("2015-04-30T07:19", article.published().local().toString());
  }

  @Test
  void anUpdateInParenthesesAfterTheDateIsTheModifiedTime() {
    Article article =
        parse(
            "Bridge repairs approved\n30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)\n\n"
                + BODY,
            "x/a.txt");
    assertEquals("2015-04-30T07:19", article.published().local().toString());
    assertEquals("2015-04-30T07:38", article.modified().local().toString());
  }

  @Test
  void aShortHeadlineBeforeTheDateIsTheHeadlineNotASectionLabel() {
    Article article =
        parse(
            "Russia warns US\n\n12 Feb, 2022 16:59\n\nThe foreign minister spoke on Saturday."
                + "\n\nA second paragraph follows it.",
            "x/a.txt");
    assertEquals("Russia warns US", article.title());
    assertEquals(2, article.paragraphs().size());
  }

  @Test
  void aSectionLabelAboveTheDateIsNotTheHeadline() {
    Article article =
        parse(
            "World news\n\n12 Feb, 2022 16:59\n\nRussia issues a warning to the United States"
                + "\n\nThe foreign minister spoke on Saturday.\n\nA second paragraph follows.",
            "x/a.txt");
    assertEquals("Russia issues a warning to the United States", article.title());
    assertEquals(2, article.paragraphs().size());
  }

  @Test
  void aHeadlineStyleLineBeforeProseIsTheStandfirst() {
    Article article =
        parse(
            "Bridge repairs approved\n\nThe vote ends two years of argument over the crossing"
                + "\n\nThe council voted on Wednesday night to fund a full repair.",
            "x/a.txt");
    assertEquals("The vote ends two years of argument over the crossing", article.subtitle());
    assertEquals(1, article.paragraphs().size());
  }

  @Test
  void aPhotoCreditBetweenStandfirstAndProseDoesNotHideTheStandfirst() {
    Article article =
        parse(
            "Bridge repairs approved\n\nThe vote ends two years of argument over the crossing"
                + "\n\nPhoto: City Council\n\nThe council voted on Wednesday night to fund a"
                + " full repair.",
            "x/a.txt");
    assertEquals("The vote ends two years of argument over the crossing", article.subtitle());
    assertEquals(1, article.paragraphs().size());
  }

  @Test
  void aBreadcrumbEndingWithTheHeadlineIsNotTheTitle() {
    String body =
        "The council voted on Wednesday night to fund a full repair of the old crossing, after"
            + " two years in which the bridge was closed to lorries and buses.\n\nWork starts in"
            + " the spring and should take eighteen months, the council's engineer told members"
            + " before the vote, which passed by a wide margin.\n\nResidents on both banks had"
            + " asked for the repair since the closure, saying the detour added half an hour to"
            + " every journey into town.";
    Article article =
        parse(
            "Home\nNews\nSport\nWeather\nHome › News › Local › Council funds the bridge"
                + " repair at last\n\nCouncil funds the bridge repair at last\n\n"
                + body,
            "x/a.txt");
    assertEquals("Council funds the bridge repair at last", article.title());
  }

  @Test
  void sampleCarriesNoOtherWarningAndCountsItsWords() throws IOException {
    Article article = sample();
    assertEquals(
        List.of("UNBALANCED_QUOTES", "UNBALANCED_QUOTES", "UNBALANCED_QUOTES"), codes(article));
    assertEquals(396, article.wordCount());
    assertEquals(ParserVersion.CURRENT, article.parserVersion());
    assertEquals(64, article.contentHash().length());
  }

  @Test
  void contentHashDependsOnlyOnTheNormalizedBody() {
    Article a = parse("Title\n\n" + BODY, "x/a.txt");
    Article b = parse("  Other title \r\n\r\n" + BODY.replace(" ", "  "), "y/b.txt");
    assertEquals(a.contentHash(), b.contentHash());
    Article c = parse("Title\n\n" + BODY + "\nOne more.", "x/a.txt");
    assertTrue(!a.contentHash().equals(c.contentHash()));
  }

  @Test
  void unknownSourceKeepsLocalTimeAndSaysTheZoneIsUnknown() {
    Article article = parse("12 Feb, 2022 16:59\n\nA headline\n\n" + BODY, "uploads/a.txt");
    assertEquals("unknown", article.source());
    assertEquals(LocalDateTime.of(2022, 2, 12, 16, 59), article.published().local());
    assertNull(article.published().zone());
    assertNull(article.published().instant());
    assertTrue(codes(article).contains("ZONE_UNKNOWN"), codes(article).toString());
  }

  @Test
  void anOffsetInTheDateLineGivesTheInstantWithoutAProfile() {
    Article article = parse("2022-02-12T16:59:00+03:00\nA headline\n\n" + BODY, "a.txt");
    assertEquals(ZoneOffset.ofHours(3), article.published().zone());
    assertEquals(Instant.parse("2022-02-12T13:59:00Z"), article.published().instant());
  }

  @Test
  void usesTheSourceProfileZoneForSubdomains() {
    Article article = parse("12 Feb, 2022 16:59\nA headline\n\n" + BODY, "de.rt.com/a.txt");
    assertEquals("de.rt.com", article.source());
    assertEquals(Instant.parse("2022-02-12T13:59:00Z"), article.published().instant());
  }

  @Test
  void titleWithoutStandfirstWhenTheHeadlineIsNotRepeated() {
    Article article = parse("A headline\n\n" + BODY, "a.txt");
    assertEquals("A headline", article.title());
    assertNull(article.subtitle());
    assertEquals(2, article.paragraphs().size());
    assertTrue(codes(article).contains("NO_DATE"));
  }

  @Test
  void joinsWrappedLinesOfOneParagraph() {
    Article article = parse("Headline\n\nFirst line\nsecond line\n\nNext paragraph", "a.txt");
    assertEquals(List.of("First line second line", "Next paragraph"), article.paragraphs());
  }

  @Test
  void guessesTheTitleWhenTheFirstLineIsAParagraph() {
    String longLine = "Word ".repeat(60).strip() + ". Rest of it.";
    Article article = parse(longLine + "\n\nMore body.", "a.txt");
    assertTrue(codes(article).contains("TITLE_GUESSED"));
    assertTrue(article.title().length() <= Article.MAX_TITLE_LENGTH);
    assertTrue(longLine.startsWith(article.title()));
    assertEquals(longLine, article.paragraphs().get(0));
  }

  @Test
  void rejectsAnEmptyObject() {
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> parse("", "a.txt"));
    assertEquals(RejectionReason.EMPTY, e.reason());
  }

  @Test
  void rejectsWhiteSpaceOnly() {
    InputRejectedException e =
        assertThrows(InputRejectedException.class, () -> parse(" \n\u00A0\u200B\n", "a.txt"));
    assertEquals(RejectionReason.EMPTY, e.reason());
  }

  @Test
  void rejectsBinaryWithTheOffsetOfTheFirstNul() {
    byte[] png = {'d', 'a', 't', 'a', 0x01, 0x02, 0x03, '\n', 0, 0};
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> EXTRACTOR.extract(new RawInput(png, "a.png", Map.of())));
    assertEquals(RejectionReason.BINARY, e.reason());
    assertTrue(e.getMessage().contains("offset 8"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "PDF, '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj', a PDF document",
    "ZIP, 'PK\u0003\u0004\u0014\u0000', a ZIP archive",
    "JPEG, '\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF', a JPEG image",
    "GIF, 'GIF89a\u0001\u0000', a GIF image"
  })
  void rejectsBinaryFormatsByNameEvenWithoutNulBytes(String format, String latin1, String named) {
    byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> EXTRACTOR.extract(new RawInput(bytes, "x/file", Map.of())));
    assertEquals(RejectionReason.BINARY, e.reason(), format);
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }

  @Test
  void rejectsBrokenUtf8InsteadOfGuessing() {
    // Real UTF-8 ("é" as C3 A9) with a stray byte: broken, not another encoding.
    byte[] utf8 = ("Café news\n\n" + BODY).getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 1);
    broken[broken.length - 1] = (byte) 0xFF;
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> EXTRACTOR.extract(new RawInput(broken, "a.txt", Map.of())));
    assertEquals(RejectionReason.INVALID_ENCODING, e.reason());
    assertTrue(e.getMessage().contains("broken UTF-8"), e.getMessage());
  }

  @Test
  void readsUndeclaredLegacyTextWithAWarning() {
    String text =
        "Новые станции метро\n\n"
            + "В пятницу в Москве открылись три новые станции метро на северо-востоке города."
            + " Новый участок соединил несколько жилых районов с кольцевой линией.";
    Article article =
        EXTRACTOR.extract(
            new RawInput(
                text.getBytes(java.nio.charset.Charset.forName("windows-1251")),
                "a.txt",
                Map.of()));
    assertEquals("Новые станции метро", article.title());
    assertEquals("ru", article.language());
    assertTrue(codes(article).contains("LEGACY_ENCODING"), article.warnings().toString());
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    Article article = parse("\uFEFFHeadline\n\n" + BODY, "a.txt");
    assertEquals("Headline", article.title());
  }

  @Test
  void rejectsAHeadlineWithNoBody() {
    InputRejectedException e =
        assertThrows(InputRejectedException.class, () -> parse("Just a headline\n", "a.txt"));
    assertEquals(RejectionReason.NO_BODY, e.reason());
  }

  @Test
  void flagsAShortBody() {
    Article article = parse("Headline\n\nThe only paragraph is short.", "a.txt");
    assertTrue(codes(article).contains("SHORT_BODY"));
  }
}
