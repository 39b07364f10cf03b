package org.accord.initiative.process;

import static org.accord.initiative.InitiativeMembershipProcess.Variables.*;

import java.util.Set;
import org.accord.initiative.InitiativeMembershipProcess;
import org.accord.initiative.InitiativeMembershipProcess.Tasks;
import org.accord.security.Roles;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.ProcessAccess;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the tasks of {@code initiative-membership} complete with, and who starts it: officers and
 * partners' representatives (for their own organization), who also report their deliveries.
 */
@Configuration(proxyBeanMethods = false)
class MembershipRules {

  @Bean
  DecisionRule membershipDecisionRule() {
    return DecisionRule.of(
        Tasks.REVIEW_MEMBERSHIP, DECISION, InitiativeMembershipProcess.Decision.class, COMMENT);
  }

  @Bean
  TaskInputs membershipTaskInputs() {
    return TaskInputs.none()
        .task(Tasks.REVIEW_MEMBERSHIP, DECISION, COMMENT)
        .task(
            Tasks.REPORT_COMMITMENTS,
            DELIVERED_CASH,
            DELIVERED_IN_KIND,
            DELIVERED_PERSON_DAYS,
            DELIVERY_NOTE);
  }

  @Bean
  ProcessAccess membershipProcessAccess() {
    return new ProcessAccess(
        InitiativeMembershipProcess.KEY, Set.of(Roles.PARTNERSHIP_OFFICERS), true, true);
  }
}
