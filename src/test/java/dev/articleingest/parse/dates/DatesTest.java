package dev.articleingest.parse.dates;

import dev.articleingest.parse.Corpus;
import dev.articleingest.parse.Generated;

import dev.articleingest.parse.profile.SourceProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleingest.model.Published;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  private static final SourceProfile MOSCOW =
      new SourceProfile(ZoneId.of("Europe/Moscow"), List.of(), null);
  private static final SourceProfile NONE = new SourceProfile(null, List.of(), null);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12 Feb, 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "February 12, 2022 4:59 PM EST | 2022-02-12T16:59 | -05:00",
        "Feb. 12, 2022, 4:59 p.m. ET | 2022-02-12T16:59 | America/New_York",
        "2022-02-12T16:59:00+03:00 | 2022-02-12T16:59 | +03:00",
        "2022-02-12T13:59:00Z | 2022-02-12T13:59 | Z",
        "12.02.2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "Saturday, 12 February 2022 16:59 GMT | 2022-02-12T16:59 | Z",
        "12 февраля 2022 г., 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "12 февраля 2022, 16:59 МСК | 2022-02-12T16:59 | +03:00",
        "12. Februar 2022, 16:59 Uhr | 2022-02-12T16:59 | Europe/Moscow",
        "12 février 2022 à 16h59 | 2022-02-12T16:59 | Europe/Moscow",
        "12 de febrero de 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "16:59 GMT, 12 February 2022 | 2022-02-12T16:59 | Z",
        "Published: 12 Feb 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "Publié le 12 février 2022 à 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "Опубликовано: 12.02.2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "12 de fevereiro de 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "12 febbraio 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "12 februari 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "12 lutego 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "12. února 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "12 Şubat 2022 16:59 | 2022-02-12T16:59 | Europe/Moscow",
        "05 MAJA 2021 | 2021-05-05T00:00 | Europe/Moscow",
      })
  void readsADateLineInManyFormsAndLanguages(String line, String local, String zone) {
    List<Dates.Found> found = Dates.line(line, MOSCOW, null);
    assertEquals(1, found.size(), line);
    Published time = found.get(0).time();
    assertEquals(LocalDateTime.parse(local), time.local(), line);
    assertEquals(ZoneId.of(zone).normalized(), time.zone().normalized(), line);
    assertTrue(found.get(0).kind() != Dates.Kind.UPDATED, line);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" | ", " · ", " • ", "; ", " ;  "})
  void tellsPublishedFromUpdatedOnOneLine(String separator) {
    List<Dates.Found> found =
        Dates.line(
            "Published: 10:30 EDT, 15 October 2023"
                + separator
                + "Updated: 11:45 EDT, 15 October 2023",
            NONE,
            null);
    assertEquals(2, found.size());
    assertEquals(Dates.Kind.PUBLISHED, found.get(0).kind());
    assertEquals(LocalDateTime.parse("2023-10-15T10:30"), found.get(0).time().local());
    assertEquals(Dates.Kind.UPDATED, found.get(1).kind());
    assertEquals(LocalDateTime.parse("2023-10-15T11:45"), found.get(1).time().local());
  }

  @Test
  void anUpdatedLineIsNeverAPublicationDate() {
    for (String line :
        List.of(
            "Updated: 12 Feb 2022 16:59",
            "Last updated 12 February 2022",
            "Обновлено 12.02.2022 16:59",
            "Aktualisiert am 12.02.2022, 16:59 Uhr",
            "Mis à jour le 12 février 2022",
            "Actualizado: 12 de febrero de 2022")) {
      List<Dates.Found> found = Dates.line(line, MOSCOW, null);
      assertEquals(1, found.size(), line);
      assertEquals(Dates.Kind.UPDATED, found.get(0).kind(), line);
    }
  }

  private static final String[] DATE_PIECES = {
    "12", "3", "2022", "1999", "02", "16:59", "4:59", "16h59", "pm", "p.m.", "a.m.", "gmt", "est",
    "utc+3", "+03:00", "z", "мск", "uhr", "feb", "feb.", "february", "février", "февраля", "febrero",
    "märz", "de", "at", "à", "um", "в", "a las", "г.", ",", ".", "/", "-", "|", "·", ";", "th",
    "saturday", "sat,", "published:", "updated", "publié le", "опубликовано:", "ago", "a", "an",
    "one", "hour", "hours", "day", "minutes", "min", "назад", "минут", "vor", "stunden", "il y a",
    "heures", "hace", "horas", "2022-02-12", "t16:59:00", "2022-02-12t13:59:00z", "12.02.2022",
    "02/12/2022", "\u00A0", "  ", "\t"
  };

  @Test
  void theCheapTestNeverTurnsAwayALineTheGrammarReads() {
    Random random = new Random(41);
    Instant uploaded = Instant.parse("2024-01-30T12:00:00Z");
    int read = 0;
    for (int round = 0; round < 200_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        line.append(DATE_PIECES[random.nextInt(DATE_PIECES.length)]);
        line.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String folded = Dates.fold(line.toString());
      for (Instant at : new Instant[] {uploaded, null}) {
        if (!Dates.read(folded, MOSCOW, at).isEmpty()) {
          read++;
          assertTrue(Dates.mayHoldDate(folded, at != null), () -> "turned away: " + line);
        }
      }
      // the test on the line as it is, before folding, says what the folded test says
      assertEquals(Dates.mayHoldDate(folded, false), Dates.hasYear(line.toString()), line::toString);
    }
    assertTrue(read > 1_000, "lines the grammar read: " + read);
  }

  @Test
  void datesInsideALineAreFoundFromTheYearAsFromEveryPlace() throws java.io.IOException {
    List<String> lines =
        new java.util.ArrayList<>(
            dev.articleingest.parse.Corpus.lines(name -> name.startsWith("input.")));
    Random random = new Random(43);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int n = 1 + random.nextInt(12); n > 0; n--) {
        line.append(DATE_PIECES[random.nextInt(DATE_PIECES.length)]);
        line.append(random.nextInt(4) == 0 ? "" : " ");
        if (random.nextInt(5) == 0) {
          line.append("von Redaktion ");
        }
      }
      lines.add(line.toString());
    }
    int found = 0;
    for (String line : lines) {
      List<Dates.Found> fast = Dates.within(line, MOSCOW, Dates.YEAR_LEAD);
      assertEquals(Dates.within(line, MOSCOW, Integer.MAX_VALUE / 2), fast, line);
      found += fast.size();
    }
    assertTrue(found > 1_000, "dates found: " + found);
  }

  @Test
  void resolvesRelativeDatesAgainstTheUploadTimeOnly() {
    Instant uploaded = Instant.parse("2024-01-30T12:00:00Z");
    assertEquals(
        LocalDateTime.parse("2024-01-30T09:00"),
        Dates.line("3 hours ago", NONE, uploaded).get(0).time().local());
    assertEquals(
        LocalDateTime.parse("2024-01-29T12:00"),
        Dates.line("a day ago", NONE, uploaded).get(0).time().local());
    assertEquals(
        LocalDateTime.parse("2024-01-30T11:15"),
        Dates.line("45 минут назад", NONE, uploaded).get(0).time().local());
    assertTrue(Dates.line("3 hours ago", NONE, null).isEmpty(), "no upload time: no date");
  }

  @ParameterizedTest
  @CsvSource({
    "vor 3 Stunden, 2024-01-30T09:00",
    "il y a 3 heures, 2024-01-30T09:00",
    "hace 2 días, 2024-01-28T12:00",
    "há 3 horas, 2024-01-30T09:00",
    "3 ore fa, 2024-01-30T09:00",
    "45 minuti fa, 2024-01-30T11:15",
    "3 uur geleden, 2024-01-30T09:00",
    "2 dagen geleden, 2024-01-28T12:00",
    "před 3 hodinami, 2024-01-30T09:00",
    "Před 45 minutami, 2024-01-30T11:15",
    "3 godziny temu, 2024-01-30T09:00",
    "2 dni temu, 2024-01-28T12:00",
    "3 saat önce, 2024-01-30T09:00",
    "45 dakika önce, 2024-01-30T11:15"
  })
  void readsRelativeTimesInEachLanguageAgainstTheUploadTime(String line, String local) {
    Instant uploaded = Instant.parse("2024-01-30T12:00:00Z");
    assertEquals(
        LocalDateTime.parse(local), Dates.line(line, NONE, uploaded).get(0).time().local(), line);
    assertTrue(Dates.isRelative(line), line);
  }

  @Test
  void aRelativeTimeIsALineAloneAndNotASentenceThatEndsInOne() {
    assertFalse(Dates.isRelative("Sie kam vor 3 Stunden an"));
    assertFalse(Dates.isRelative("3 hours"));
  }

  @Test
  void leavesSentencesThatMentionDatesAlone() {
    for (String line :
        List.of(
            "The bridge opened on 12 February 2022 after years of delay.",
            "On February 12, 2022 the talks resumed",
            "31 February 2022",
            "2022-13-01",
            "Version 2.12.2022 released")) {
      assertTrue(Dates.line(line, MOSCOW, null).isEmpty(), line);
    }
  }

  @Test
  void findsDatesInsideAMetaLineAndTellsAnUpdateByTheWordBeforeIt() {
    List<Dates.Found> found =
        Dates.within("von Redaktion, 24. Januar 2022 · aktualisiert 25. Januar 2022", MOSCOW);
    assertEquals(2, found.size());
    assertEquals("2022-01-24", found.get(0).time().local().toLocalDate().toString());
    assertEquals(Dates.Kind.UNLABELLED, found.get(0).kind());
    assertEquals("2022-01-25", found.get(1).time().local().toLocalDate().toString());
    assertEquals(Dates.Kind.UPDATED, found.get(1).kind());
    List<Dates.Found> posted = Dates.within("Veröffentlicht am 6. Juli 2015 von Mark Quill", MOSCOW);
    assertEquals(1, posted.size());
    assertEquals(Dates.Kind.PUBLISHED, posted.get(0).kind());
    // a date glued to a number is no date: "201914. januar" is the end of one number and a day
    assertTrue(Dates.within("Ref 201914. Januar", MOSCOW).isEmpty());
    assertTrue(Dates.within("no date on this line at all", MOSCOW).isEmpty());
  }

  @Test
  void readsAmbiguousSlashDatesInTheSourcesOrder() {
    SourceProfile us = new SourceProfile(null, List.of(), null, true);
    assertEquals(
        LocalDateTime.parse("2022-02-12T16:59"),
        Dates.line("02/12/2022 16:59", us, null).get(0).time().local());
    assertEquals(
        LocalDateTime.parse("2022-12-02T16:59"),
        Dates.line("02/12/2022 16:59", NONE, null).get(0).time().local());
    // a number over 12 settles it whatever the profile says
    assertEquals(
        LocalDateTime.parse("2022-02-13T16:59"),
        Dates.line("13/02/2022 16:59", us, null).get(0).time().local());
    assertEquals(
        LocalDateTime.parse("2022-02-13T16:59"),
        Dates.line("02/13/2022 16:59", NONE, null).get(0).time().local());
  }

  @Test
  void readsMetadataValues() {
    assertEquals(
        new Published(LocalDateTime.parse("2022-02-12T13:59"), ZoneOffset.UTC),
        Dates.value("Sat, 12 Feb 2022 13:59:00 GMT", NONE).orElseThrow());
    assertEquals(
        new Published(LocalDateTime.parse("2022-02-12T13:59"), ZoneOffset.UTC),
        Dates.value("1644674340", NONE).orElseThrow());
    assertEquals(
        new Published(LocalDateTime.parse("2022-02-12T13:59"), ZoneOffset.UTC),
        Dates.value("1644674340000", NONE).orElseThrow());
    assertEquals(
        new Published(LocalDateTime.parse("2022-02-12T16:59"), ZoneOffset.ofHours(3)),
        Dates.value("2022-02-12T16:59:00.000+0300", NONE).orElseThrow());
    assertTrue(Dates.value("soon", NONE).isEmpty());
  }

  @Test
  void foldCollapsesWhiteSpaceAsTheExpressionDid() throws IOException {
    List<String> lines = Corpus.lines(name -> name.startsWith("input.") && !name.endsWith(".gz"));
    Random random = new Random(13);
    String[] pieces = {
      " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u2009", "12 Feb", "É", "x"
    };
    for (int i = 0; i < 20_000; i++) {
      lines.add(Generated.text(random, pieces, 0, 12));
    }
    for (String line : lines) {
      String expected =
          Normalizer.normalize(line, Normalizer.Form.NFC)
              .toLowerCase(Locale.ROOT)
              .replace('\u00A0', ' ')
              .replaceAll("\\s+", " ")
              .strip();
      assertEquals(expected, Dates.fold(line), line);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "19.10.19, 08:00 Uhr | 2019-10-19T08:00",
        "31.10.23 | 2023-10-31T00:00",
        // day first unless the source's profile says MDY, as with four digits
        "9/11/13 10:00AM | 2013-11-09T10:00",
        "10.15.15 | 2015-10-15T00:00",
        "01/02/71 | 1971-02-01T00:00"
      })
  void readsTwoDigitYearsOnlyWhereAskedTo(String line, String local) {
    assertEquals(
        LocalDateTime.parse(local), Dates.shortYearLine(line, NONE).get(0).time().local());
    // a line anywhere on a page: a score, a version, a fraction as often as a date
    assertTrue(Dates.line(line, NONE, null).isEmpty(), line);
  }

  @Test
  void aVersionOrAFractionIsNoDateWithATwoDigitYear() {
    for (String line :
        List.of("Version 1.2.30", "1.2.30.4", "v1.5.22 released", "3.14/15.92", "31.02.23")) {
      assertTrue(Dates.shortYearLine(line, NONE).isEmpty(), line);
    }
  }
}
