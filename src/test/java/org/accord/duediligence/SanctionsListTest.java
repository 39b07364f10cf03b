package org.accord.duediligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The shipped sample list, screened the way due diligence screens a partner's name. */
class SanctionsListTest {

  private final SanctionsList list =
      SanctionsList.fromCsv(new ClassPathResource("sanctions/sanctions-list.csv"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Northwind Arms Trading Ltd",
        "NORTHWIND ARMS TRADING LIMITED",
        "Northwind Arms",
        "Meridian Shadow Holdings S.A.",
        "Иванов Экспорт",
        "الهلال الذهبي",
        "东方玉科技有限公司",
        "Blackwater Valley Télécom SA"
      })
  void listedNamesAliasesAndTheirVariantsArePotentialMatches(String partnerName) {
    assertThat(list.screen(partnerName)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GSM Association",
        "Japan International Cooperation Agency",
        "Northwind Foods",
        "Capital",
        "东方航空",
        "Orion"
      })
  void unrelatedNamesAreNotMatches(String partnerName) {
    assertThat(list.screen(partnerName)).isEmpty();
  }

  @Test
  void aMatchSaysWhichEntryAndListItResembles() {
    assertThat(list.screen("Red Delta Logistics").orElseThrow().describe())
        .isEqualTo(
            "Potential match with 'Red Delta Logistics LLC' (UNSC Consolidated List (sample), QDe.903)");
    assertThat(list.size()).isEqualTo(8);
  }

  @Test
  void aNameResemblingTwoEntries_matchesEachOnce() {
    SanctionsList two =
        SanctionsList.of(
            List.of(
                new SanctionsList.Entry("Red Delta", List.of("Delta Red"), "A", "A.1", null),
                new SanctionsList.Entry("Delta Logistics", List.of(), "B", "B.1", null)));

    assertThat(two.matches("Red Delta Logistics"))
        .extracting(match -> match.entry().reference())
        .containsExactly("A.1", "B.1");
  }
}
