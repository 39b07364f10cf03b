package org.accord.initiative.process;

import static org.accord.initiative.InitiativeMembershipProcess.Variables.MEMBER_SINCE;
import static org.accord.initiative.InitiativeMembershipProcess.Variables.REPORTING_YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import org.accord.initiative.InitiativeProperties;
import org.accord.initiative.Memberships;
import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * A member's reporting years close on the anniversaries of its acceptance, however late it reports.
 */
class MembershipStepsTest {

  private final DelegateExecution execution = mock(DelegateExecution.class);

  private final MembershipSteps steps =
      new MembershipSteps(
          mock(Memberships.class),
          new InitiativeProperties(Period.ofYears(1)),
          mock(CurrentUser.class),
          Clock.fixed(Instant.parse("2029-03-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void theFirstYearClosesAYearAfterAcceptance() {
    when(execution.getVariable(MEMBER_SINCE)).thenReturn("2026-12-06");
    when(execution.getVariable(REPORTING_YEAR)).thenReturn(0);

    assertThat(steps.nextReportDue(execution))
        .isEqualTo(Date.from(Instant.parse("2027-12-06T00:00:00Z")));
    verify(execution).setVariable(REPORTING_YEAR, 1);
  }

  @Test
  void theThirdYearClosesOnTheThirdAnniversary_evenIfTheSecondWasReportedLate() {
    when(execution.getVariable(MEMBER_SINCE)).thenReturn("2026-12-06");
    when(execution.getVariable(REPORTING_YEAR)).thenReturn(2);

    assertThat(steps.nextReportDue(execution))
        .isEqualTo(Date.from(Instant.parse("2029-12-06T00:00:00Z")));
    verify(execution).setVariable(REPORTING_YEAR, 3);
  }
}
