package org.accord.agreement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The start form has every budget and schedule field the code reads, so neither can drift. */
class StartFormFundingTest {

  @Test
  void theStartFormHasEveryFundingFieldTheCodeReads() throws IOException {
    List<String> read = new ArrayList<>(StartFormFunding.PARTNER_CASH_FIELDS.keySet());
    read.addAll(
        List.of(
            StartFormFunding.COFINANCING_AMOUNT,
            StartFormFunding.COFINANCING_LINE,
            StartFormFunding.IN_KIND_AMOUNT,
            StartFormFunding.IN_KIND_LINE,
            StartFormFunding.IN_KIND_DESCRIPTION,
            StartFormFunding.PROGRAMME_SUPPORT_RATE));
    for (int n = 1; n <= StartFormFunding.INSTALMENTS; n++) {
      for (String part : List.of("Amount", "Currency", "Trigger", "DueDate", "Report")) {
        read.add(StartFormFunding.instalmentField(n, part));
      }
    }

    assertThat(keys(new ObjectMapper().readTree(Path.of("forms/proposeAgreement.form").toFile())))
        .containsAll(read)
        .contains("budgetStaff", "budgetOtherDirectCosts", "instalment4Report");
  }

  private static Set<String> keys(JsonNode container) {
    Set<String> keys = new HashSet<>();
    container
        .path("components")
        .forEach(
            component -> {
              if (component.has("key")) {
                keys.add(component.get("key").asText());
              }
              keys.addAll(keys(component));
            });
    return keys;
  }
}
