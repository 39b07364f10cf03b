package org.accord.training.process;

import static org.accord.training.TrainingSessionProcess.Variables.*;

import java.util.Set;
import org.accord.shared.process.ProcessAccess;
import org.accord.shared.process.TaskInputs;
import org.accord.training.TrainingSessionProcess;
import org.accord.training.TrainingSessionProcess.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the closing and the settlement of a session complete with; the process is started by Accord
 * alone, when an officer creates the session.
 */
@Configuration(proxyBeanMethods = false)
class TrainingSessionRules {

  @Bean
  TaskInputs trainingSessionTaskInputs() {
    return TaskInputs.none()
        .task(Tasks.CLOSE_SESSION, COMPLETION_CONFIRMED, SESSION_COSTS, COST_CURRENCY)
        .task(
            Tasks.SETTLE_REVENUE_SHARE, PAYMENT_AMOUNT, PAYMENT_CURRENCY, PAID_ON, BANK_REFERENCE);
  }

  @Bean
  ProcessAccess trainingSessionAccess() {
    return new ProcessAccess(TrainingSessionProcess.KEY, Set.of(), false);
  }
}
