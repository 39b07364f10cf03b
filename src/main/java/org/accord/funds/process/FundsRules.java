package org.accord.funds.process;

import static org.accord.funds.FundsCollectionProcess.Variables.*;

import java.util.Set;
import org.accord.funds.FundsCollectionProcess;
import org.accord.shared.process.ProcessAccess;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What finance's task completes with, and who starts funds-collection: Accord alone. */
@Configuration(proxyBeanMethods = false)
class FundsRules {

  @Bean
  TaskInputs fundsTaskInputs() {
    return TaskInputs.none()
        .task(
            FundsCollectionProcess.Tasks.RECORD_RECEIPT,
            RECEIPT_AMOUNT,
            RECEIPT_CURRENCY,
            VALUE_DATE,
            BANK_REFERENCE,
            OVERPAYMENT);
  }

  @Bean
  ProcessAccess fundsCollectionAccess() {
    return new ProcessAccess(FundsCollectionProcess.KEY, Set.of(), false);
  }
}
