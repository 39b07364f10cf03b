package org.accord.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.identity.People;
import org.accord.partner.PartnerService;
import org.accord.reporting.PeriodStatus;
import org.accord.reporting.ReportingPeriods;
import org.accord.security.CurrentUser;
import org.accord.shared.Violations;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner's representative sees of their organization in the portal. Tasks are read with the
 * user's own engine authorization, as Tasklist reads them, so the portal never lists a task the
 * user could not open there; agreements follow the partner rule of {@link CurrentUser}.
 */
@Service
public class PartnerPortal {

  public static final int MAX_PAGE_SIZE = 100;

  /** The variable every Accord task carries as its own, for readers of the task only. */
  private static final String REFERENCE = "agreementReference";

  private static final String TITLE = "title";

  private static final Set<PeriodStatus> REPORTED =
      Set.of(PeriodStatus.SUBMITTED, PeriodStatus.ACCEPTED);

  public record Organization(String code, String name) {}

  /** A task the user may work on; Tasklist opens it by its id. */
  public record OpenTask(
      String id, String name, String agreementReference, String title, Date created, Date due) {}

  public record Overview(
      String userId,
      String userName,
      List<Organization> organizations,
      long openTasks,
      List<OpenTask> tasks) {}

  /** The next report the partner owes: the first period whose report is neither in nor accepted. */
  public record NextReport(int period, LocalDate dueOn, PeriodStatus status) {}

  /**
   * An agreement the user's organization is party to: as its lead partner ({@code partnerCode}) or,
   * when {@code asCoPartner}, as one of its {@code coPartners}.
   */
  public record AgreementRow(
      String reference,
      String title,
      AgreementType type,
      String partnerCode,
      String partnerName,
      List<Organization> coPartners,
      boolean asCoPartner,
      AgreementStatus status,
      String stage,
      BigDecimal amount,
      String currency,
      LocalDate startDate,
      LocalDate endDate,
      List<OpenTask> yourSteps,
      NextReport nextReport) {}

  public record AgreementsPage(long total, int page, int size, List<AgreementRow> agreements) {}

  private final CurrentUser currentUser;
  private final People people;
  private final PartnerService partners;
  private final AgreementService agreements;
  private final ReportingPeriods periods;
  private final TaskService tasks;

  PartnerPortal(
      CurrentUser currentUser,
      People people,
      PartnerService partners,
      AgreementService agreements,
      ReportingPeriods periods,
      TaskService tasks) {
    this.currentUser = currentUser;
    this.people = people;
    this.partners = partners;
    this.agreements = agreements;
    this.periods = periods;
    this.tasks = tasks;
  }

  /** Whether the user represents a partner at all: the portal is theirs. */
  public boolean isForCurrentUser() {
    return !currentUser.partnerCodes().isEmpty();
  }

  @Transactional(readOnly = true)
  public Overview overview(int taskLimit) {
    List<Organization> organizations =
        currentUser.partnerCodes().stream()
            .flatMap(code -> partners.find(code).stream())
            .map(partner -> new Organization(partner.code(), partner.name()))
            .toList();
    String userId = currentUser.id();
    long open = openTaskQuery().count();
    List<OpenTask> listed =
        openTaskQuery()
            .orderByDueDate()
            .asc()
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, taskLimit)
            .stream()
            .map(this::openTask)
            .toList();
    return new Overview(userId, people.nameOf(userId), organizations, open, listed);
  }

  @Transactional(readOnly = true)
  public AgreementsPage agreements(int page, int size) {
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    violations.throwIfAny();
    AgreementService.Found found = agreements.ofPartners(currentUser.partnerCodes(), page, size);
    Map<String, List<OpenTask>> steps = stepsOf(found.agreements());
    List<AgreementRow> rows =
        found.agreements().stream()
            .map(
                agreement ->
                    new AgreementRow(
                        agreement.reference(),
                        agreement.title(),
                        agreement.type(),
                        agreement.partnerCode(),
                        partners.require(agreement.partnerCode()).name(),
                        agreements.coPartners(agreement.reference()).stream()
                            .map(this::organization)
                            .toList(),
                        !currentUser.mayActFor(agreement.partnerCode()),
                        agreement.status(),
                        agreement.status().label(),
                        agreement.amount(),
                        agreement.currency(),
                        agreement.startDate(),
                        agreement.endDate(),
                        steps.getOrDefault(agreement.reference(), List.of()),
                        nextReport(agreement)))
            .toList();
    return new AgreementsPage(found.total(), page, size, rows);
  }

  private Organization organization(String code) {
    return new Organization(code, partners.require(code).name());
  }

  private TaskQuery openTaskQuery() {
    return tasks
        .createTaskQuery()
        .or()
        .taskCandidateGroupIn(currentUser.groups())
        .taskAssignee(currentUser.id())
        .endOr()
        .active();
  }

  /** The user's own open tasks on these agreements (all their processes carry the reference). */
  private Map<String, List<OpenTask>> stepsOf(Collection<Agreement> listed) {
    if (listed.isEmpty()) {
      return Map.of();
    }
    String[] references = listed.stream().map(Agreement::reference).toArray(String[]::new);
    return openTaskQuery()
        .processInstanceBusinessKeyIn(references)
        .orderByDueDate()
        .asc()
        .listPage(0, EngineQueries.MAX_RESULTS)
        .stream()
        .map(this::openTask)
        .filter(task -> task.agreementReference() != null)
        .collect(
            Collectors.groupingBy(
                OpenTask::agreementReference, LinkedHashMap::new, Collectors.toList()));
  }

  private OpenTask openTask(Task task) {
    Map<String, Object> local = tasks.getVariablesLocal(task.getId(), List.of(REFERENCE, TITLE));
    return new OpenTask(
        task.getId(),
        task.getName(),
        (String) local.get(REFERENCE),
        (String) local.get(TITLE),
        task.getCreateTime(),
        task.getDueDate());
  }

  private NextReport nextReport(Agreement agreement) {
    if (agreement.status() != AgreementStatus.ACTIVE
        && agreement.status() != AgreementStatus.SUSPENDED) {
      return null;
    }
    return periods.periodsOf(agreement.id()).stream()
        .filter(period -> !REPORTED.contains(period.status()))
        .findFirst()
        .map(period -> new NextReport(period.number(), period.dueOn(), period.status()))
        .orElse(null);
  }
}
