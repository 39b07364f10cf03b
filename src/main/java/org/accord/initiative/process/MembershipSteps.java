package org.accord.initiative.process;

import static org.accord.initiative.InitiativeMembershipProcess.Variables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.accord.initiative.CommitmentKind;
import org.accord.initiative.InitiativeInput.CommitmentInput;
import org.accord.initiative.InitiativeInput.FocalPoint;
import org.accord.initiative.InitiativeInput.MembershipRequest;
import org.accord.initiative.InitiativeMembershipProcess;
import org.accord.initiative.InitiativeProperties;
import org.accord.initiative.Memberships;
import org.accord.security.CurrentUser;
import org.accord.shared.ForbiddenException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.shared.process.FormRejection;
import org.accord.shared.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The steps of {@code initiative-membership}, named in its BPMN as {@code membershipSteps}. */
@Component("membershipSteps")
public class MembershipSteps {

  private final Memberships memberships;
  private final InitiativeProperties properties;
  private final CurrentUser currentUser;
  private final Clock clock;

  MembershipSteps(
      Memberships memberships,
      InitiativeProperties properties,
      CurrentUser currentUser,
      Clock clock) {
    this.memberships = memberships;
    this.properties = properties;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Links the process to its request: one from the API is written already; one from the Tasklist
   * start form is written here, in the start's transaction, so a refused form leaves nothing.
   */
  public void register(DelegateExecution execution) {
    Object given = execution.getVariable(MEMBERSHIP_ID);
    try {
      long id = given == null ? fromStartForm(execution) : ((Number) given).longValue();
      memberships.attachProcess(id, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(InitiativeMembershipProcess.businessKey(id));
      execution.setVariable(MEMBERSHIP_ID, id);
      execution.setVariables(memberships.variablesOf(id));
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    } catch (ForbiddenException | NotFoundException refused) {
      throw FormRejection.of(new InvalidInputException(refusedField(given), refused.getMessage()));
    }
  }

  private static String refusedField(Object given) {
    return given == null ? PARTNER_CODE : MEMBERSHIP_ID;
  }

  private long fromStartForm(DelegateExecution execution) {
    if (currentUser.id() == null) {
      throw new InvalidInputException("initiator", "a request is submitted by a logged-in user");
    }
    Violations violations = new Violations();
    FormValues form = new FormValues(execution, violations);
    String partnerCode = form.text(PARTNER_CODE);
    List<String> represented = currentUser.partnerCodes();
    if ((partnerCode == null || partnerCode.isBlank()) && represented.size() == 1) {
      partnerCode = represented.get(0);
    }
    List<CommitmentInput> commitments = new ArrayList<>();
    if (given(form, CASH_AMOUNT) || given(form, CASH_CURRENCY)) {
      commitments.add(
          new CommitmentInput(
              CommitmentKind.CASH.name(),
              form.text(CASH_AMOUNT),
              form.text(CASH_CURRENCY),
              null,
              null,
              null));
    }
    if (given(form, IN_KIND_VALUE) || given(form, IN_KIND_DESCRIPTION)) {
      commitments.add(
          new CommitmentInput(
              CommitmentKind.IN_KIND.name(),
              form.text(IN_KIND_VALUE),
              form.text(IN_KIND_CURRENCY),
              form.text(IN_KIND_DESCRIPTION),
              null,
              null));
    }
    BigDecimal personDays = form.decimal(EXPERTISE_PERSON_DAYS);
    if (given(form, EXPERTISE_TOPIC) || personDays != null) {
      commitments.add(
          new CommitmentInput(
              CommitmentKind.EXPERTISE.name(),
              null,
              null,
              null,
              form.text(EXPERTISE_TOPIC),
              personDays));
    }
    violations.throwIfAny();
    String initiative = form.text(INITIATIVE);
    if (initiative == null || initiative.isBlank()) {
      throw new InvalidInputException(INITIATIVE, "is required");
    }
    return memberships.register(
        initiative.strip(),
        new MembershipRequest(
            partnerCode,
            form.text(ROLE),
            new FocalPoint(form.text(FOCAL_POINT_NAME), form.text(FOCAL_POINT_EMAIL)),
            commitments));
  }

  private static boolean given(FormValues form, String name) {
    String value = form.text(name);
    return value != null && !value.isBlank();
  }

  public void accept(DelegateExecution execution) {
    memberships.accept(id(execution), currentUser.actor());
    execution.setVariable(MEMBER_SINCE, LocalDate.now(clock).toString());
    execution.setVariable(REPORTING_YEAR, 0);
  }

  public void refuse(DelegateExecution execution) {
    Object comment = execution.getVariable(COMMENT);
    memberships.refuse(
        id(execution), currentUser.actor(), comment == null ? null : comment.toString().strip());
  }

  public void leave(DelegateExecution execution) {
    memberships.ended(id(execution));
  }

  /**
   * When the next reporting year closes: the day of acceptance plus as many reporting periods
   * ({@code accord.initiatives.reporting-period}) as years reported, plus one; the year it closes
   * is kept in {@code reportingYear}. A year reported late does not shift the next one.
   */
  public Date nextReportDue(DelegateExecution execution) {
    int year = ((Number) execution.getVariable(REPORTING_YEAR)).intValue() + 1;
    execution.setVariable(REPORTING_YEAR, year);
    LocalDate since = LocalDate.parse((String) execution.getVariable(MEMBER_SINCE));
    LocalDate due = since.plus(properties.reportingPeriod().multipliedBy(year));
    return Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(MEMBERSHIP_ID)).longValue();
  }
}
