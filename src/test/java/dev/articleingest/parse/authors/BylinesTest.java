package dev.articleingest.parse.authors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylinesTest {

  /** The names of a byline followed by a date; fails when the line is not one. */
  private static List<String> datedNames(String line) {
    return Bylines.dated(line).orElseThrow().names();
  }

  @Test
  void readsBylineLinesInSeveralLanguages() {
    assertEquals(
        Optional.of(List.of("Jane Doe", "John Roe")), Bylines.line("By Jane Doe and John Roe"));
    assertEquals(Optional.of(List.of("Jane Doe")), Bylines.line("Jane Doe, Reuters"));
    assertEquals(Optional.of(List.of("Anna Schmidt")), Bylines.line("Von Anna Schmidt"));
    assertEquals(
        Optional.of(List.of("Claire Dubois", "Paul Martin")),
        Bylines.line("Par Claire Dubois et Paul Martin"));
    assertEquals(Optional.of(List.of("Анна Соколова")), Bylines.line("Автор: Анна Соколова"));
    assertEquals(Optional.of(List.of("Lucía Fernández")), Bylines.line("Lucía Fernández | EFE"));
  }

  @Test
  void keepsNamesAndDropsTitlesPlacesAgenciesAndUiText() {
    assertEquals(
        List.of("Jane Doe", "John Roe"),
        Bylines.names("By Jane Doe, Senior Correspondent, and John Roe in Washington"));
    assertEquals(List.of("Jane Doe"), Bylines.names("Jane Doe | Email the author | Follow"));
    assertEquals(List.of(), Bylines.names("Reuters"));
    assertEquals(
        List.of("Jane Doe"), Bylines.names(List.of("Jane Doe", "jane doe? no", "Jane Doe")));
  }

  @Test
  void headlinesAndProseAreNotBylines() {
    assertTrue(Bylines.line("Biden meets Putin in Geneva").isEmpty());
    assertTrue(
        Bylines.line("By the end of the year, prices had doubled, officials said.").isEmpty());
    assertTrue(Bylines.line("Prices rose, analysts said").isEmpty());
  }

  @Test
  void dropsTheEmployerAfterAJobTitleAndDegreesAfterAName() {
    assertEquals(
        List.of("Dana Whitfield"),
        Bylines.names(
            "By Dana Whitfield, Senior Staff Technologist, Open Speech, Privacy, and Rights Project"));
    assertEquals(
        List.of("Dana Whitfield", "Omar Castell"),
        Bylines.names("By Dana Whitfield, Staff Writer, Omar Castell, Staff Writer"));
    assertEquals(List.of("Mira Tallis"), Bylines.names("By Mira Tallis, MA"));
    assertEquals(List.of("Mira Tallis"), Bylines.names("By Mira Tallis, Ph.D."));
  }

  @Test
  void aMonthNameIsANameUnlessANumberFollows() {
    Bylines.Dated dated = Bylines.dated("by Laura June Pell July 10, 2015").orElseThrow();
    assertEquals(List.of("Laura June Pell"), dated.names());
    assertEquals("July 10, 2015", dated.rest());
  }

  @Test
  void aDatesLabelAfterTheNamesIsNoPartOfThem() {
    assertEquals(
        List.of("Diane Quill"), datedNames("von Diane Quill Veröffentlicht am 1. Mai 2019"));
    assertEquals(List.of("Alex Quill"), datedNames("By Alex Quill Last updated Nov 8, 2023"));
    assertEquals(List.of("Ana Quill"), datedNames("Por Ana Quill publicado el 3 de mayo de 2022"));
  }

  @Test
  void aHyphenInsideANameIsNoSeparator() {
    assertEquals(
        List.of("Anja Quill-Trautmann"),
        datedNames("von Anja Quill-Trautmann am 14. Mai 2014, 15:40 Uhr"));
    assertEquals(
        List.of("Gesine Quill-Krone"), datedNames("Gesine Quill-Krone | 02.01.2023, 11:08 Uhr"));
    assertEquals(
        Optional.of(List.of("Michael Quill-Dombrowski")),
        Bylines.after("Veröffentlicht am 13. März 2019 von Michael Quill-Dombrowski"));
    // a spaced or trailing hyphen still parts the name from the date
    assertEquals(List.of("Jane Quill"), datedNames("Jane Quill - Apr 16, 2015"));
    assertEquals(List.of("Jane Quill"), datedNames("By Jane Quill- Apr 16, 2015"));
    assertEquals(List.of("Jule Quill"), datedNames("Von Jule Quill Vom 3. Februar 2022"));
  }

  @Test
  void namesAfterByInsideAMetaLineAreTheAuthors() {
    assertEquals(
        Optional.of(List.of("Mark Quill")),
        Bylines.after("Veröffentlicht am 6. Juli 2015 von Mark Quill — Hinterlasse eine Antwort"));
    assertEquals(
        Optional.of(List.of("Jona Quill")),
        Bylines.after("01. Dez. 2022 | 14:08 Uhr | von Jona Quill"));
    assertEquals(Optional.empty(), Bylines.after("Posted on 3 May 2022 by the river"));
    assertEquals(Optional.empty(), Bylines.after("A date and no author: 3 May 2022"));
  }

  @Test
  void initialsAloneAreNoName() {
    assertEquals(List.of(), Bylines.names("J J"));
    assertEquals(List.of("J. R. Quill"), Bylines.names("By J. R. Quill"));
  }

  @Test
  void aNameGluedToADateNeedsTheDateConfirmed() {
    assertTrue(Bylines.dated("Sarah Quill March 9, 2017").isEmpty());
    Bylines.Dated dated =
        Bylines.dated("Sarah Quill March 9, 2017", rest -> rest.equals("March 9, 2017"))
            .orElseThrow();
    assertEquals(List.of("Sarah Quill"), dated.names());
    assertTrue(Bylines.dated("Tech News March 9, 2017 was", rest -> false).isEmpty());
  }

  @Test
  void aLongBylineIsTheNamesBeforeTheAuthorsDescription() {
    String line =
        "By Alex Marrow, a deputy editor and author of the weekly newsletter. He has covered the"
            + " industry for over a decade at several outlets, papers and radio stations in two countries.";
    assertTrue(line.length() > 150);
    assertTrue(Bylines.line(line).isEmpty());
    assertEquals(Optional.of(List.of("Alex Marrow")), Bylines.longLine(line));
    assertTrue(
        Bylines.longLine(
                "By the time the storm reached the coast, a day later than forecast, the town had"
                    + " emptied, and the roads inland were full of cars heading for the hills.")
            .isEmpty());
  }

  @Test
  void readsPrefixesOfMoreLanguagesWithOrWithoutAColonAndStopsAtTheNextSegment() {
    assertEquals(Optional.of(List.of("Jane Quill")), Bylines.line("Gepostet von Jane Quill | Wohnen"));
    assertEquals(Optional.of(List.of("Jane Quill")), Bylines.line("Von: Jane Quill | 31.10.23"));
    assertEquals(Optional.of(List.of("Ana Ruiz")), Bylines.line("Publicado por Ana Ruiz"));
    assertEquals(Optional.of(List.of("Ana Ruiz")), Bylines.line("by: Ana Ruiz"));
    assertEquals(Optional.of(List.of("Luc Martin")), Bylines.line("Écrit par Luc Martin"));
    assertEquals(Optional.of(List.of("Anna Rossi")), Bylines.line("Scritto da Anna Rossi"));
    // the words that open such a byline, opening a sentence, are no byline
    assertTrue(Bylines.line("Publicado por primera vez en 1995, el libro sigue vigente.").isEmpty());
  }

  @Test
  void aNameFollowedByAHandleIsABylineWithoutBy() {
    assertEquals(
        List.of("Jane Quill"), Bylines.dated("Jane Quill, @jquill", rest -> false).orElseThrow().names());
    assertTrue(Bylines.dated("Storm Warning, @metoffice says", rest -> false).isEmpty());
  }

  @Test
  void theNameInItsOwnSegmentBesideADateIsTheAuthor() {
    assertEquals(Optional.of(List.of("Jane Quill")), Bylines.besideDate("1. Februar 2022 , Jane Quill"));
    assertEquals(
        Optional.of(List.of("Jane Quill")),
        Bylines.besideDate("23.06.2016 um 16:14 Uhr - Jane Quill - 91 Ergänzungen"));
    assertEquals(Optional.of(List.of("Jane Quill")), Bylines.besideDate("JANE QUILL | 12.05.2024"));
    // two names, a weekday in the name, a list of tags, a long segment beside the name: no author
    assertTrue(Bylines.besideDate("12.05.2024 | Jane Quill | John Roe").isEmpty());
    assertTrue(Bylines.besideDate("Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC").isEmpty());
    assertTrue(
        Bylines.besideDate("01.12.2022 / CSP / International / Speicher / Top Solar News").isEmpty());
    assertTrue(
        Bylines.besideDate("12.05.2024 | Jane Quill | what the council decided on the new ferry")
            .isEmpty());
  }

  @Test
  void aJobTitleRunIntoTheNameIsSetApart() {
    assertEquals("By Evan Hale, Staff Writer", Bylines.unglued("By Evan HaleStaff Writer"));
    assertEquals(Optional.of(List.of("Evan Hale")), Bylines.line(Bylines.unglued("By Evan HaleStaff Writer")));
    // a capital inside a name stays; without "By", nothing is opened
    assertEquals("By Steve LeVine", Bylines.unglued("By Steve LeVine"));
    assertEquals("Yahoo FinanceOctober 13, 2016", Bylines.unglued("Yahoo FinanceOctober 13, 2016"));
  }
}
