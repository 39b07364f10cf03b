package org.accord.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reporting forms write out one group per indicator slot by hand (Tasklist 7.24 cannot submit a
 * form-js dynamic list): there are as many groups as the code fills, {@link
 * IndicatorActualsForm#SLOTS}, bound to its slots in order, and each is the first with its number
 * changed, so that a fix to one reaches all.
 */
class IndicatorActualsFormsTest {

  @ParameterizedTest
  @ValueSource(strings = {"submitProgressReport", "reviewProgressReport"})
  void theFormHasAGroupForEverySlotTheCodeFills_eachTheFirstWithItsNumber(String form)
      throws IOException {
    List<JsonNode> groups = new ArrayList<>();
    new ObjectMapper()
        .readTree(Path.of("forms", form + ".form").toFile())
        .path("components")
        .forEach(
            component -> {
              if ("group".equals(component.path("type").asText())) {
                groups.add(component);
              }
            });

    assertThat(groups)
        .extracting(group -> group.path("path").asText())
        .containsExactlyElementsOf(IndicatorActualsForm.slots());
    String first = groups.get(0).toString();
    for (int slot = 2; slot <= groups.size(); slot++) {
      assertThat(groups.get(slot - 1).toString())
          .as("%s, group %d", form, slot)
          .isEqualTo(
              first
                  .replace("indicatorActual1", "indicatorActual" + slot)
                  .replace("Indicator 1", "Indicator " + slot));
    }
  }

  @Test
  void theSlotsAreNumberedFromOne() {
    assertThat(IndicatorActualsForm.slots())
        .hasSize(IndicatorActualsForm.SLOTS)
        .startsWith("indicatorActual1")
        .endsWith("indicatorActual" + IndicatorActualsForm.SLOTS);
  }
}
