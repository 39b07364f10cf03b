package org.accord.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.budget.BudgetLineType;
import org.accord.budget.InstalmentTrigger;
import org.accord.reporting.Rating;
import org.junit.jupiter.api.Test;

/**
 * A code's label has one home, its enum; the forms, which cannot read Java, offer the same codes
 * under the same labels, or this test names the field that differs.
 */
class FormLabelsTest {

  private static final Map<String, Map<String, String>> LABELS = labels();

  private static Map<String, Map<String, String>> labels() {
    Map<String, Map<String, String>> labels = new HashMap<>();
    labels.put("priority", labels(Priority.values(), Priority::label));
    labels.put("region", labels(Region.values(), Region::label));
    labels.put("agreementType", labels(AgreementType.values(), AgreementType::label));
    labels.put(
        "reportingFrequency", labels(ReportingFrequency.values(), ReportingFrequency::label));
    labels.put("rating", labels(Rating.values(), Rating::label));
    // A proposal's lines are entered as direct costs; programme support costs are computed.
    BudgetLineType[] direct =
        Arrays.stream(BudgetLineType.values())
            .filter(BudgetLineType::isDirect)
            .toArray(BudgetLineType[]::new);
    labels.put("cofinancingLine", labels(direct, BudgetLineType::label));
    labels.put("inKindLine", labels(direct, BudgetLineType::label));
    for (int n = 1; n <= 4; n++) {
      labels.put(
          "instalment" + n + "Trigger",
          labels(InstalmentTrigger.values(), InstalmentTrigger::label));
    }
    return Map.copyOf(labels);
  }

  @Test
  void everyChoiceOfACodeInAForm_isTheEnumsCodesUnderTheirLabels() throws IOException {
    List<String> checked = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        for (JsonNode field : fields(new ObjectMapper().readTree(form.toFile()))) {
          Map<String, String> expected = LABELS.get(field.path("key").asText());
          if (expected != null && field.has("values")) {
            Map<String, String> offered = new LinkedHashMap<>();
            field
                .get("values")
                .forEach(
                    value -> offered.put(value.get("value").asText(), value.get("label").asText()));
            assertThat(offered)
                .as("%s: %s", form.getFileName(), field.get("key").asText())
                .containsExactlyEntriesOf(expected);
            checked.add(form.getFileName() + " " + field.get("key").asText());
          }
        }
      }
    }
    assertThat(checked)
        .contains(
            "proposeAgreement.form priority",
            "proposeAgreement.form region",
            "proposeAgreement.form cofinancingLine",
            "proposeAgreement.form instalment4Trigger");
  }

  private static List<JsonNode> fields(JsonNode container) {
    List<JsonNode> fields = new ArrayList<>();
    container
        .path("components")
        .forEach(
            component -> {
              fields.add(component);
              fields.addAll(fields(component));
            });
    return fields;
  }

  private static <E extends Enum<E>> Map<String, String> labels(
      E[] codes, Function<E, String> label) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (E code : codes) {
      labels.put(code.name(), label.apply(code));
    }
    return labels;
  }
}
