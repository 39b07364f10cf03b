package org.accord.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.accord.budget.BudgetLineType;
import org.junit.jupiter.api.Test;

/**
 * The reporting forms write out a field per direct-cost line by hand (form-js cannot loop): the
 * officer's form has an input for every line the code reads, each under the line's label and shown
 * only when the process has put the line's budget beside it; the manager's form shows every line's
 * spending beside its budget, read-only. Programme support costs have no field: never reported.
 */
class ExpenditureFormsTest {

  @Test
  void theOfficersFormHasAFieldPerDirectCostLine_shownOnlyWhenTheBudgetHasTheLine()
      throws IOException {
    Map<String, JsonNode> fields = fieldsOf("submitProgressReport");

    assertThat(ExpenditureForm.FIELDS).hasSize(BudgetLineType.values().length - 1);
    ExpenditureForm.FIELDS.forEach(
        (line, key) -> {
          String budgetKey = ExpenditureForm.BUDGET_FIELDS.get(line);
          JsonNode input = fields.get(key);
          assertThat(input).as(key).isNotNull();
          assertThat(input.path("label").asText()).startsWith(line.label());
          assertThat(input.path("disabled").asBoolean()).as(key).isFalse();
          assertThat(input.path("validate").path("pattern").asText())
              .as("an amount as a decimal string, at most two decimals")
              .isEqualTo("^[0-9]{1,12}(\\.[0-9]{1,2})?$");
          assertThat(input.path("conditional").path("hide").asText())
              .isEqualTo("=" + budgetKey + " = null or " + budgetKey + " = \"\"");
          assertThat(fields.get(budgetKey)).as(budgetKey).isNotNull();
          assertThat(fields.get(budgetKey).path("disabled").asBoolean()).isTrue();
        });
    assertThat(fields.keySet())
        .noneMatch(key -> key.toLowerCase().contains("programmesupport"))
        .doesNotContain("expenditure");
  }

  @Test
  void theManagersFormShowsEveryLinesSpendingBesideItsBudget_readOnly() throws IOException {
    Map<String, JsonNode> fields = fieldsOf("reviewProgressReport");

    ExpenditureForm.BUDGET_FIELDS.forEach(
        (line, key) -> {
          assertThat(fields.get(key)).as(key).isNotNull();
          assertThat(fields.get(key).path("label").asText()).isEqualTo(line.label());
          assertThat(fields.get(key).path("disabled").asBoolean()).isTrue();
        });
    assertThat(ExpenditureForm.FIELDS.values()).noneMatch(fields::containsKey);
    assertThat(fields.get("expenditure").path("disabled").asBoolean()).isTrue();
  }

  private static Map<String, JsonNode> fieldsOf(String form) throws IOException {
    Map<String, JsonNode> fields = new HashMap<>();
    new ObjectMapper()
        .readTree(Path.of("forms", form + ".form").toFile())
        .path("components")
        .forEach(
            component -> {
              if (component.has("key")) {
                fields.put(component.get("key").asText(), component);
              }
            });
    return fields;
  }
}
