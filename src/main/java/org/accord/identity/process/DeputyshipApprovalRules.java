package org.accord.identity.process;

import static org.accord.identity.DeputyshipApproval.Variables.COMMENT;
import static org.accord.identity.DeputyshipApproval.Variables.DECISION;

import org.accord.identity.DeputyshipApproval;
import org.accord.identity.DeputyshipApproval.Tasks;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code approveDeputyship} completes with: approve or refuse, saying why when refusing. */
@Configuration(proxyBeanMethods = false)
class DeputyshipApprovalRules {

  @Bean
  DecisionRule deputyshipDecisionRule() {
    return DecisionRule.of(
        Tasks.APPROVE_DEPUTYSHIP, DECISION, DeputyshipApproval.Decision.class, COMMENT);
  }

  @Bean
  TaskInputs deputyshipTaskInputs() {
    return TaskInputs.none().task(Tasks.APPROVE_DEPUTYSHIP, DECISION, COMMENT);
  }
}
