package org.accord.agreement;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.accord.AccordApplication;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps agreements and running processes across a restart. */
class RestartSurvivalTest {

  @Test
  void agreementsAndRunningProcessesSurviveARestartOnTheSameDataFolder(@TempDir Path dataDir) {
    String reference;
    try (ConfigurableApplicationContext first = start(dataDir)) {
      Proposal proposal =
          first
              .getBean(ObjectMapper.class)
              .convertValue(Proposals.valid("GSMA", "42000.00", "USD"), Proposal.class);
      reference = first.getBean(AgreementService.class).propose(proposal, "officer").reference();
      complete(first, reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    }

    try (ConfigurableApplicationContext second = start(dataDir)) {
      Agreement agreement = second.getBean(AgreementService.class).require(reference);
      assertThat(agreement.status()).isEqualTo(AgreementStatus.DUE_DILIGENCE);
      assertThat(agreement.amount()).isEqualByComparingTo("42000.00");
      complete(
          second, reference, LEGAL_REVIEW, Map.of("legalFindings", "CLEAR", "legalComment", "-"));
      complete(
          second,
          reference,
          FINANCIAL_REVIEW,
          Map.of("financialFindings", "CLEAR", "financialComment", "-"));
      assertThat(second.getBean(AgreementService.class).require(reference).status())
          .isEqualTo(AgreementStatus.INTERNAL_APPROVAL);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(AccordApplication.class)
        .profiles("demo")
        // Command-line arguments: they outrank application.yaml, as an operator's would.
        .run(
            "--server.port=0",
            "--management.server.port=0",
            "--camunda.bpm.process-engine-name=restart-test",
            "--accord.embedded-database.data-dir=" + dataDir,
            "--accord.embedded-database.durable=false");
  }

  private static void complete(
      ConfigurableApplicationContext context,
      String reference,
      String taskKey,
      Map<String, Object> variables) {
    TaskService tasks = context.getBean(TaskService.class);
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(reference)
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
  }
}
