package org.accord.security;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accord.shared.process.TaskInputs;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A task completion sets only the variables its task declares, whatever the client: the donor who
 * completed their sign-off with a forged title, initiator, amount, risk rating, donor group and
 * acting-for (all stored before) is refused with 400 naming each, and nothing is written.
 */
@AccordIntegrationTest
class TaskInputsIntegrationTest {

  @Autowired Api api;
  @Autowired RuntimeService runtimeService;
  @Autowired List<TaskInputs> declared;

  @Test
  void aCompletionWithVariablesItsTaskDoesNotSet_isRefusedNamingThem_andWritesNothing() {
    String reference = api.toDonorSignOff("JICA", "1800.00");
    String processInstanceId = processInstanceOf(reference);

    ResponseEntity<Map<String, Object>> forged =
        api.complete(
            "jica",
            reference,
            DONOR_SIGN_OFF,
            Map.of(
                "donorDecision", "APPROVE",
                "title", "<script>alert(1)</script>",
                "initiator", "gsma",
                "amount", "1.00",
                "riskRating", "LOW",
                "donorGroup", "donor-GSMA",
                "actingFor", "director"));

    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) forged.getBody().get("message"))
        .contains("actingFor", "amount", "donorGroup", "initiator", "riskRating", "title")
        .contains("is not set by donorSignOff");
    assertThat(runtimeService.getVariable(processInstanceId, "title"))
        .isEqualTo("Rural broadband toolkit");
    assertThat(runtimeService.getVariable(processInstanceId, "actingFor")).isNull();
    assertThat(runtimeService.getVariable(processInstanceId, "donorDecision")).isNull();
    assertThat(api.tasks("jica", reference, DONOR_SIGN_OFF)).hasSize(1);
    assertThat(
            api.complete("jica", reference, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void variablesCannotBeWrittenThroughATaskOutsideItsInputs_byAnyOfTheTaskVariableEndpoints() {
    String reference = api.toDonorSignOff("JICA", "1900.00");
    String taskId = (String) api.tasks("jica", reference, DONOR_SIGN_OFF).get(0).get("id");

    assertThat(
            api.putRaw(
                    "jica",
                    "/engine-rest/task/" + taskId + "/variables/title",
                    "{\"value\": \"Forged\", \"type\": \"String\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            api.postRaw(
                    "jica",
                    "/engine-rest/task/" + taskId + "/variables",
                    "{\"modifications\": {\"amount\": {\"value\": \"1.00\"}}}")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            api.postRaw(
                    "jica",
                    "/engine-rest/task/" + taskId + "/variables",
                    "{\"deletions\": [\"partnerName\"]}")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            api.putRaw(
                    "jica",
                    "/engine-rest/task/" + taskId + "/localVariables/riskRating",
                    "{\"value\": \"LOW\", \"type\": \"String\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            api.postRaw(
                    "jica",
                    "/engine-rest/task/" + taskId + "/submit-form",
                    "{\"variables\": {\"donorDecision\": {\"value\": \"APPROVE\"},"
                        + " \"donorGroup\": {\"value\": \"donor-GSMA\"}}}")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(runtimeService.getVariable(processInstanceOf(reference), "title"))
        .isEqualTo("Rural broadband toolkit");
    assertThat(runtimeService.getVariable(processInstanceOf(reference), "partnerName")).isNotNull();
  }

  @Test
  void anotherDonorsTaskIsRefusedAsTheEngineRefusesIt_withoutSayingWhatTheTaskIs() {
    String reference = api.toDonorSignOff("JICA", "2000.00");
    String taskId = (String) api.tasks("jica", reference, DONOR_SIGN_OFF).get(0).get("id");

    ResponseEntity<Map<String, Object>> foreign =
        api.post(
            "gsma",
            "/engine-rest/task/" + taskId + "/complete",
            Map.of("variables", Api.engineVariables(Map.of("title", "Forged"))));

    assertThat(foreign.getStatusCode().is4xxClientError()).isTrue();
    assertThat(foreign.getStatusCode()).isNotEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(foreign.getBody())).doesNotContain(DONOR_SIGN_OFF, "title");
  }

  @Test
  void everyUserTaskDeclaresItsInputs_andEveryFieldOfItsFormIsOne() throws IOException {
    Map<String, Set<String>> inputs = new HashMap<>();
    declared.forEach(each -> inputs.putAll(each.byTask()));
    try (var models = Files.list(Path.of("processes"))) {
      for (Path bpmn : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        for (UserTask task :
            Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(UserTask.class)) {
          assertThat(inputs).as("inputs of %s in %s", task.getId(), bpmn).containsKey(task.getId());
          String form = task.getCamundaFormRef();
          if (form != null) {
            assertThat(inputs.get(task.getId()))
                .as("the fields of form %s", form)
                .containsAll(submittedFields(Path.of("forms", form + ".form")));
          }
        }
      }
    }
  }

  /** The keys a form submits: its enabled fields, and the groups that carry a path. */
  private static Set<String> submittedFields(Path form) throws IOException {
    Set<String> keys = new TreeSet<>();
    collect(new ObjectMapper().readTree(form.toFile()), keys);
    return keys;
  }

  private static void collect(JsonNode container, Set<String> keys) {
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("path")) {
        Set<String> inside = new TreeSet<>();
        collect(component, inside);
        if (!inside.isEmpty()) {
          keys.add(component.get("path").asText());
        }
      } else {
        if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
          keys.add(component.get("key").asText());
        }
        collect(component, keys);
      }
    }
  }

  private String processInstanceOf(String reference) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(reference)
        .processDefinitionKey("partnership-agreement")
        .singleResult()
        .getId();
  }
}
