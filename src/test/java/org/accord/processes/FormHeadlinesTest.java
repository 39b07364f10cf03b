package org.accord.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The read-only headline of the forms (reference, title, partner, amounts, dates, the results
 * framework, ...) is copied into most of them, since a Camunda Form cannot include another: each
 * such field is defined the same way wherever it is shown, or this test names the form that
 * drifted.
 */
class FormHeadlinesTest {

  /** What a field shows the user: its label, type, hint, and whether it hides when empty. */
  private static final Set<String> SHOWN = Set.of("label", "type", "description", "conditional");

  /** Where the same variable is rightly called something else. */
  private static final Set<String> NAMED_FOR_THEIR_FORM =
      Set.of("reviewProgressReport.form amount", "submitProgressReport.form amount");

  @Test
  void eachReadOnlyHeadlineField_isTheSameInEveryFormThatShowsIt() throws IOException {
    Map<String, JsonNode> first = new HashMap<>();
    Map<String, String> firstForm = new HashMap<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        for (JsonNode field : new ObjectMapper().readTree(form.toFile()).path("components")) {
          String key = field.path("key").asText(null);
          boolean readOnly =
              field.path("disabled").asBoolean() || field.path("readonly").asBoolean();
          if (key == null
              || !readOnly
              || NAMED_FOR_THEIR_FORM.contains(form.getFileName() + " " + key)) {
            continue;
          }
          Map<String, JsonNode> shown = new HashMap<>();
          SHOWN.forEach(property -> shown.put(property, field.path(property)));
          JsonNode definition = new ObjectMapper().valueToTree(shown);
          if (first.putIfAbsent(key, definition) == null) {
            firstForm.put(key, form.getFileName().toString());
          } else {
            assertThat(definition)
                .as("%s in %s, unlike in %s", key, form.getFileName(), firstForm.get(key))
                .isEqualTo(first.get(key));
          }
        }
      }
    }
    assertThat(first).containsKeys("agreementReference", "title", "partnerName", "amountUsd");
  }
}
