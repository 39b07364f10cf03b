package org.accord.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.amendment.AgreementAmendmentProcess;
import org.accord.conceptnote.ConceptNoteIntakeProcess;
import org.accord.duediligence.DueDiligenceProcess;
import org.accord.duediligence.SanctionsReviewProcess;
import org.accord.funds.FundsCollectionProcess;
import org.accord.identity.DeputyshipApproval;
import org.accord.initiative.InitiativeMembershipProcess;
import org.accord.reporting.ProgressReportingProcess;
import org.accord.testing.AccordIntegrationTest;
import org.accord.training.TrainingSessionProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every model in processes/ parses, evaluates only expressions that make sense (the beans, methods
 * and variables they name exist: {@link ExpressionCheck}), points at forms that exist, and keeps
 * its history for a bounded time. Wiring mistakes fail here, not in front of a user.
 */
@AccordIntegrationTest
class ProcessModelTest {

  /** Each process's API: its key and, in {@code Variables}, the names of its variables. */
  private static final List<Class<?>> PROCESS_APIS =
      List.of(
          PartnershipAgreementProcess.class,
          DueDiligenceProcess.class,
          SanctionsReviewProcess.class,
          AgreementAmendmentProcess.class,
          ProgressReportingProcess.class,
          DeputyshipApproval.class,
          FundsCollectionProcess.class,
          InitiativeMembershipProcess.class,
          ConceptNoteIntakeProcess.class,
          TrainingSessionProcess.class);

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine processEngine;

  @Test
  void theWalkFindsEveryExpressionOfEveryModel() throws IOException {
    int total = 0;
    for (Path file : files(".bpmn")) {
      ModelExpressions model = ModelExpressions.read(file);
      assertThat(model.expressions()).as(file + " yields expressions").isNotEmpty();
      assertThat(model.count())
          .as("expressions found in %s against ${ and #{ in its text", file)
          .isEqualTo(ModelExpressions.countInText(file));
      System.out.printf("%s: %d expressions%n", file, model.expressions().size());
      total += model.expressions().size();
    }
    System.out.printf("%d expressions in all%n", total);
    assertThat(total).isGreaterThan(100);
  }

  @Test
  void everyExpressionParsesAndNamesBeansMethodsAndVariablesThatExist() throws IOException {
    List<String> problems = new ArrayList<>();
    ExpressionCheck check = check(variablesByProcess());
    for (Path file : files(".bpmn")) {
      for (ModelExpressions.Expression expression : ModelExpressions.read(file).expressions()) {
        problems.addAll(check.problems(expression));
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Wider than the expressions' check: a variable of a process's API may be read by the next
   * expression someone writes. A model's own parameters are not held to it (the bean {@code
   * audience} and the notifications' input {@code audience}): they are local to one element, whose
   * expressions the check above already covers.
   */
  @Test
  void noBeanIsNamedLikeAVariableOfAProcessApi() {
    assertThat(check(apiVariables()).beansNamedLikeVariables()).isEmpty();
  }

  private ExpressionCheck check(Map<String, Set<String>> variablesByProcess) {
    return new ExpressionCheck(
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getExpressionManager(),
        context,
        variablesByProcess);
  }

  /** The variables each process's API names, by process key. */
  private static Map<String, Set<String>> apiVariables() {
    Map<String, Set<String>> variables = new HashMap<>();
    for (Class<?> api : PROCESS_APIS) {
      variables.put(constant(api, "KEY"), variableNames(api));
    }
    return variables;
  }

  /**
   * The variables each process may hold: those its API names, and those its model sets itself (a
   * multi-instance element, a decision's result, a parameter). Every process must have an API.
   */
  private static Map<String, Set<String>> variablesByProcess() throws IOException {
    Map<String, Set<String>> variables = apiVariables();
    for (Path file : files(".bpmn")) {
      ModelExpressions model = ModelExpressions.read(file);
      for (Process process :
          Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
        assertThat(variables)
            .as("the API class of " + process.getId())
            .containsKey(process.getId());
        variables
            .get(process.getId())
            .addAll(model.declaredVariables().getOrDefault(process.getId(), Set.of()));
      }
    }
    return variables;
  }

  private static Set<String> variableNames(Class<?> api) {
    Class<?> names =
        Arrays.stream(api.getClasses())
            .filter(nested -> nested.getSimpleName().equals("Variables"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(api + " has no Variables"));
    Set<String> variables = new HashSet<>();
    for (Field field : names.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        variables.add(constant(names, field.getName()));
      }
    }
    return variables;
  }

  private static String constant(Class<?> type, String name) {
    try {
      return (String) type.getField(name).get(null);
    } catch (ReflectiveOperationException missing) {
      throw new AssertionError(type + " has no public " + name, missing);
    }
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
    for (Path dmn : files(".dmn")) {
      for (Decision decision :
          Dmn.readModelFromFile(dmn.toFile()).getModelElementsByType(Decision.class)) {
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
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

  private static void requireForm(String formRef, String where, List<String> problems) {
    if (formRef == null) {
      problems.add(where + " has no camunda:formRef");
    } else if (!Files.exists(Path.of("forms", formRef + ".form"))) {
      problems.add(where + " refers to the missing form " + formRef);
    }
  }

  private static List<BpmnModelInstance> bpmnModels() throws IOException {
    return files(".bpmn").stream().map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
  }

  private static List<Path> files(String extension) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> found =
          files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
      assertThat(found).hasSizeGreaterThanOrEqualTo(3);
      return found;
    }
  }
}
