package org.accord.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every model in processes/ parses, points at beans that exist and forms that exist, and keeps its
 * history for a bounded time. Wiring mistakes fail here, not in front of a user.
 */
@AccordIntegrationTest
class ProcessModelTest {

  private static final Pattern BEAN = Pattern.compile("^[$#]\\{([a-zA-Z][a-zA-Z0-9]*)[.}]");

  @Autowired ApplicationContext context;

  @Test
  void everyDelegateAndListenerExpressionNamesAnExistingBean() throws IOException {
    List<String> missing = new ArrayList<>();
    for (BpmnModelInstance model : bpmnModels()) {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        requireBean(task.getCamundaDelegateExpression(), task.getId(), missing);
      }
      for (CamundaExecutionListener listener :
          model.getModelElementsByType(CamundaExecutionListener.class)) {
        requireBean(listener.getCamundaExpression(), "a listener", missing);
        requireBean(listener.getCamundaDelegateExpression(), "a listener", missing);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyUserTaskAndStartEventHasADeployedFormAndEveryTaskAnOwner() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BpmnModelInstance model : bpmnModels()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        requireForm(task.getCamundaFormRef(), task.getId(), problems);
        if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
          problems.add(task.getId() + " has neither candidate groups nor an assignee");
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        // A process started from Tasklist needs a start form; event subprocesses need none.
        if (start.getParentElement() instanceof Process process
            && process.isCamundaStartableInTasklist()) {
          requireForm(start.getCamundaFormRef(), start.getId(), problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyProcessAndDecisionHasAHistoryTimeToLive() throws IOException {
    for (BpmnModelInstance model : bpmnModels()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
      }
    }
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path dmn : files.filter(file -> file.toString().endsWith(".dmn")).toList()) {
        for (Decision decision :
            Dmn.readModelFromFile(dmn.toFile()).getModelElementsByType(Decision.class)) {
          assertThat(decision.getCamundaHistoryTimeToLiveString())
              .as(decision.getId())
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void everyFlowNodeIsLaidOutForTheModeler() throws IOException {
    for (BpmnModelInstance model : bpmnModels()) {
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(node.getDiagramElement()).as(node.getId()).isNotNull();
      }
    }
  }

  private void requireBean(String expression, String where, List<String> missing) {
    if (expression == null) {
      return;
    }
    Matcher bean = BEAN.matcher(expression);
    if (bean.find() && !context.containsBean(bean.group(1)) && !bean.group(1).equals("execution")) {
      missing.add(where + " names the missing bean " + bean.group(1));
    }
  }

  private static void requireForm(String formRef, String where, List<String> problems) {
    if (formRef == null) {
      problems.add(where + " has no camunda:formRef");
    } else if (!Files.exists(Path.of("forms", formRef + ".form"))) {
      problems.add(where + " refers to the missing form " + formRef);
    }
  }

  private static List<BpmnModelInstance> bpmnModels() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<BpmnModelInstance> models =
          files
              .filter(file -> file.toString().endsWith(".bpmn"))
              .map(file -> Bpmn.readModelFromFile(file.toFile()))
              .toList();
      assertThat(models).hasSizeGreaterThanOrEqualTo(3);
      return models;
    }
  }
}
