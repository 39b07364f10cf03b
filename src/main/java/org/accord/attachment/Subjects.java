package org.accord.attachment;

import org.accord.agreement.Agreement;
import org.accord.amendment.AmendmentService;
import org.accord.reporting.ReportingPeriods;
import org.springframework.stereotype.Component;

/** Whether the agreement has the numbered subject a file is attached to. */
@Component
class Subjects {

  private final ReportingPeriods periods;
  private final AmendmentService amendments;

  Subjects(ReportingPeriods periods, AmendmentService amendments) {
    this.periods = periods;
    this.amendments = amendments;
  }

  boolean exists(Agreement agreement, SubjectKind kind, int number) {
    return switch (kind) {
      case PROGRESS_REPORT ->
          periods.periodsOf(agreement.id()).stream().anyMatch(period -> period.number() == number);
      case AMENDMENT ->
          amendments.list(agreement.reference()).stream()
              .anyMatch(amendment -> amendment.number() == number);
      case AGREEMENT, DUE_DILIGENCE -> true;
      case CONCEPT_NOTE -> false;
    };
  }
}
