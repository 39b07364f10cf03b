package org.accord.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementActivated;
import org.accord.reporting.persistence.ReportingPeriodMapper;
import org.accord.shared.ConflictException;
import org.accord.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporting schedule of active agreements and the status of each period. */
@Service
public class ReportingPeriods {

  private final ReportingPeriodMapper periods;
  private final ReportingProperties properties;

  ReportingPeriods(ReportingPeriodMapper periods, ReportingProperties properties) {
    this.periods = periods;
    this.properties = properties;
  }

  /** The schedule is made when the agreement becomes ACTIVE, in the same transaction. */
  @EventListener
  @Transactional
  public void scheduleReports(AgreementActivated activated) {
    Agreement agreement = activated.agreement();
    if (!periods.findByAgreement(agreement.id()).isEmpty()) {
      return;
    }
    plan(agreement).forEach(period -> periods.insert(agreement.id(), period));
  }

  public List<ReportingPeriod> periodsOf(long agreementId) {
    return periods.findByAgreement(agreementId);
  }

  public ReportingPeriod period(long agreementId, int number) {
    return periods
        .lock(agreementId, number)
        .orElseThrow(() -> new NotFoundException("No reporting period " + number));
  }

  /** The period has ended: its report can be written. A report sent back stays sent back. */
  @Transactional
  public ReportingPeriod open(long agreementId, int number) {
    ReportingPeriod period = period(agreementId, number);
    if (period.status() == PeriodStatus.NOT_YET_DUE) {
      periods.updateStatus(period.id(), PeriodStatus.DUE);
    }
    return period(agreementId, number);
  }

  /** The report was not in by its due date. */
  @Transactional
  public void markOverdue(long agreementId, int number) {
    ReportingPeriod period = period(agreementId, number);
    if (period.isOpenForReport()) {
      periods.updateStatus(period.id(), PeriodStatus.OVERDUE);
    }
  }

  @Transactional
  void moveTo(ReportingPeriod period, PeriodStatus status) {
    periods.updateStatus(period.id(), status);
  }

  /**
   * Re-plans the periods after the agreement's end date moved: periods already reported on keep
   * their dates (only the last of them may lose its final flag), the rest follow the new end date,
   * and periods are added as needed. Returns the periods that changed or were added.
   */
  @Transactional
  public List<ReportingPeriod> reschedule(Agreement agreement) {
    List<ReportingPeriod> current = periods.findByAgreement(agreement.id());
    List<ReportingPeriod> started =
        current.stream().filter(period -> period.status() != PeriodStatus.NOT_YET_DUE).toList();
    Agreement remainder =
        started.isEmpty()
            ? agreement
            : agreement.withStartDate(started.get(started.size() - 1).endsOn().plusDays(1));
    List<ReportingPeriod> planned =
        remainder.startDate().isAfter(agreement.endDate()) ? List.of() : plan(remainder);
    if (planned.isEmpty() && !started.isEmpty() && !started.get(started.size() - 1).finalPeriod()) {
      throw new ConflictException("The new end date leaves no period for the final report");
    }
    Map<Integer, ReportingPeriod> byNumber =
        current.stream().collect(Collectors.toMap(ReportingPeriod::number, Function.identity()));
    List<ReportingPeriod> changed = new ArrayList<>();
    if (!planned.isEmpty() && !started.isEmpty()) {
      ReportingPeriod lastStarted = started.get(started.size() - 1);
      if (lastStarted.finalPeriod()) {
        ReportingPeriod notFinal =
            new ReportingPeriod(
                lastStarted.id(),
                lastStarted.number(),
                lastStarted.startsOn(),
                lastStarted.endsOn(),
                lastStarted.dueOn(),
                false,
                lastStarted.status());
        periods.reschedule(lastStarted.id(), notFinal);
        changed.add(notFinal);
      }
    }
    for (ReportingPeriod next : planned) {
      int number = started.size() + next.number();
      ReportingPeriod renumbered =
          new ReportingPeriod(
              number,
              next.startsOn(),
              next.endsOn(),
              next.dueOn(),
              next.finalPeriod(),
              PeriodStatus.NOT_YET_DUE);
      ReportingPeriod existing = byNumber.get(number);
      if (existing == null) {
        periods.insert(agreement.id(), renumbered);
        changed.add(renumbered);
      } else if (!existing.endsOn().equals(renumbered.endsOn())
          || existing.finalPeriod() != renumbered.finalPeriod()) {
        periods.reschedule(existing.id(), renumbered);
        changed.add(renumbered);
      }
    }
    return changed;
  }

  private List<ReportingPeriod> plan(Agreement agreement) {
    return ReportingSchedule.of(
        agreement.startDate(),
        agreement.endDate(),
        agreement.reportingFrequency(),
        properties.dueAfterPeriodEnd());
  }
}
