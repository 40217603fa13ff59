package dev.articleingest.parse.authors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylinesTest {

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
}
