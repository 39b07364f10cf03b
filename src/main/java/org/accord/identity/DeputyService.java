package org.accord.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.audit.AuditTrail;
import org.accord.identity.persistence.DeputyMapper;
import org.accord.identity.persistence.DeputyMapper.Held;
import org.accord.security.MembershipChanged;
import org.accord.security.PartnerGroups;
import org.accord.shared.Violations;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies: a user going away asks that a deputy hold some of their groups (administration never)
 * and the tasks assigned to them, for a window of at most {@code accord.deputies.max-days} starting
 * today or later. The request is approved in {@code deputyship-approval} by the head of
 * partnerships or an administrator, neither of them party to it; only then, during the window, the
 * deputy holds what was lent, and what the deputy completes is recorded as acting for the user.
 * When the window ends, everything goes back.
 */
@Service
public class DeputyService {

  /**
   * A transient variable of a completed task's execution: who the completing deputy acted for, for
   * those recording the decision.
   */
  public static final String ACTING_FOR = "actingFor";

  private static final Logger log = LoggerFactory.getLogger(DeputyService.class);
  private static final String DEPUTYSHIP = "DEPUTYSHIP";
  private static final String MEMBERSHIP = "MEMBERSHIP";

  private final DeputyMapper deputies;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final People people;
  private final int maxDays;

  // Lazy: the engine's task listeners call this service while the engine is being built.
  DeputyService(
      DeputyMapper deputies,
      @Lazy IdentityService identityService,
      @Lazy TaskService taskService,
      @Lazy RuntimeService runtimeService,
      Clock clock,
      ApplicationEventPublisher events,
      AuditTrail audit,
      People people,
      @Value("${accord.deputies.max-days}") int maxDays) {
    this.deputies = deputies;
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.events = events;
    this.audit = audit;
    this.people = people;
    this.maxDays = maxDays;
  }

  /**
   * Asks for a deputy for a window, lending these of the user's groups (all but administration when
   * none are named); replaces a request or deputyship the user had, and waits for approval.
   */
  @Transactional
  public Deputyship request(
      String userId,
      String deputyId,
      LocalDate from,
      LocalDate until,
      List<String> groups,
      String namedBy) {
    Violations violations = new Violations();
    if (deputyId == null || deputyId.isBlank()) {
      violations.add("deputy", "is required");
    } else if (deputyId.equals(userId)) {
      violations.add("deputy", "must be someone else");
    } else if (!isAgencyStaff(deputyId)) {
      violations.add("deputy", "'" + deputyId + "' is not a member of the agency's staff");
    }
    violations.requirePresent("from", from);
    violations.requirePresent("until", until);
    if (from != null && from.isBefore(today())) {
      violations.add("from", "is in the past: a deputyship starts today or later");
    }
    if (from != null && until != null) {
      if (until.isBefore(from)) {
        violations.add("until", "must not be before from");
      } else if (until.isAfter(from.plusDays(maxDays - 1L))) {
        violations.add("until", "a deputyship lasts at most " + maxDays + " days");
      }
    }
    List<String> lendable = lendable(userId);
    List<String> lent = groups == null || groups.isEmpty() ? lendable : List.copyOf(groups);
    for (String group : lent) {
      if (!lendable.contains(group)) {
        violations.add("groups", "'" + group + "' is not a group " + userId + " may lend");
      }
    }
    if (lent.isEmpty()) {
      violations.add("groups", userId + " has no group to lend");
    }
    violations.throwIfAny();
    withdrawPendingApproval(userId);
    Optional<Deputyship> replaced = deputies.find(userId);
    Deputyship requested =
        new Deputyship(
            userId, deputyId, from, until, lent, DeputyshipStatus.REQUESTED, namedBy, null, null);
    deputies.save(requested, OffsetDateTime.now(clock));
    audit.recordAs(
        namedBy, DEPUTYSHIP, userId, null, "REQUESTED", replaced.orElse(null), requested);
    // A deputyship this request replaces ends now.
    handOver(today());
    runtimeService.startProcessInstanceByKey(
        DeputyshipApproval.KEY, userId, DeputyshipApproval.variablesOf(requested, people));
    log.info(
        "{} asks that {} be deputy of {} from {} to {}", namedBy, deputyId, userId, from, until);
    return requested;
  }

  /**
   * Records the decision on the user's requested deputyship and, when approved, hands over what the
   * window covers today.
   */
  @Transactional
  public void decide(String userId, DeputyshipStatus outcome, String decidedBy, String comment) {
    Optional<Deputyship> before = deputies.find(userId);
    if (deputies.decide(userId, outcome, decidedBy, OffsetDateTime.now(clock), comment)) {
      audit.recordAs(
          decidedBy, DEPUTYSHIP, userId, null, outcome.name(), before.orElse(null), find(userId));
      log.info("The deputyship of {} is {} by {}", userId, outcome, decidedBy);
      handOver(today());
    }
  }

  @Transactional
  public void remove(String userId, String removedBy) {
    withdrawPendingApproval(userId);
    deputies
        .find(userId)
        .ifPresent(
            removed ->
                audit.recordAs(removedBy, DEPUTYSHIP, userId, null, "REMOVED", removed, null));
    deputies.delete(userId);
    handOver(today());
  }

  public Optional<Deputyship> find(String userId) {
    return deputies.find(userId);
  }

  /** Every deputyship, whatever its status. */
  public List<Deputyship> all() {
    return deputies.findAll();
  }

  /** Staff of the agency, not a partner's representative. */
  public boolean isAgencyStaff(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return false;
    }
    List<Group> groups =
        identityService
            .createGroupQuery()
            .groupMember(userId)
            .listPage(0, EngineQueries.MAX_RESULTS);
    return PartnerGroups.areAgencyStaff(groups.stream().map(Group::getId).toList());
  }

  /** Every minute: windows that begin get their hand-over, windows that end give back. */
  @Scheduled(fixedDelayString = "${accord.deputies.check-every:PT1M}")
  public void handOverToday() {
    handOver(today());
  }

  /**
   * Brings memberships and tasks in line with the deputyships that cover this day. Idempotent: run
   * as often as needed.
   */
  @Transactional
  public void handOver(LocalDate day) {
    List<Deputyship> active =
        deputies.findAll().stream().filter(deputyship -> deputyship.coversDay(day)).toList();
    giveBackWhatNoWindowCovers(active);
    for (Deputyship deputyship : active) {
      lendGroups(deputyship);
      for (Task task :
          taskService
              .createTaskQuery()
              .taskAssignee(deputyship.userId())
              .listPage(0, EngineQueries.MAX_RESULTS)) {
        handTask(task, deputyship);
      }
    }
  }

  /** The deputy working for this user today, if the user is away. */
  public Optional<Deputyship> onDutyFor(String userId) {
    return deputies.find(userId).filter(deputyship -> deputyship.coversDay(today()));
  }

  /** Keeps that the deputy holds this task for the absent user, and says so on the task. */
  public void recordHandOver(String taskId, String processInstanceId, Deputyship deputyship) {
    deputies.insertTask(taskId, deputyship.deputyId(), deputyship.userId());
    taskService.createComment(
        taskId,
        processInstanceId,
        deputyship.deputyId()
            + " works this task as deputy of "
            + deputyship.userId()
            + " until "
            + deputyship.until());
  }

  /**
   * The user the deputy completes this task for: the one whose task it was, or whose group it is
   * offered to, when the deputy holds that group only for the window.
   */
  public Optional<String> actingFor(String userId, String taskId) {
    Optional<String> handed =
        deputies.tasks().stream()
            .filter(held -> held.key().equals(taskId) && held.deputyId().equals(userId))
            .map(Held::forUser)
            .findFirst();
    if (handed.isPresent()) {
      return handed;
    }
    Set<String> offeredTo =
        taskService.getIdentityLinksForTask(taskId).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .filter(group -> group != null)
            .collect(Collectors.toSet());
    List<Held> lent =
        deputies.memberships().stream().filter(held -> held.deputyId().equals(userId)).toList();
    Set<String> ownGroups =
        identityService
            .createGroupQuery()
            .groupMember(userId)
            .listPage(0, EngineQueries.MAX_RESULTS)
            .stream()
            .map(Group::getId)
            .filter(group -> lent.stream().noneMatch(held -> held.key().equals(group)))
            .collect(Collectors.toSet());
    if (offeredTo.stream().anyMatch(ownGroups::contains)) {
      return Optional.empty();
    }
    return lent.stream()
        .filter(held -> offeredTo.contains(held.key()))
        .map(Held::forUser)
        .findFirst();
  }

  private void lendGroups(Deputyship deputyship) {
    Set<String> deputysGroups = groupsOf(deputyship.deputyId());
    // Those from before deputyships named their groups lend every group the user may lend.
    List<String> lent =
        deputyship.groups() == null ? lendable(deputyship.userId()) : deputyship.groups();
    Set<String> usersGroups = groupsOf(deputyship.userId());
    for (String group : lent) {
      if (usersGroups.contains(group) && !deputysGroups.contains(group)) {
        identityService.createMembership(deputyship.deputyId(), group);
        deputies.insertMembership(deputyship.deputyId(), group, deputyship.userId());
        audit.recordAs(
            "system",
            MEMBERSHIP,
            deputyship.deputyId(),
            null,
            "LENT",
            null,
            Map.of("group", group, "forUser", deputyship.userId()));
        events.publishEvent(new MembershipChanged(deputyship.deputyId()));
        log.info("{} holds group {} for {}", deputyship.deputyId(), group, deputyship.userId());
      }
    }
  }

  private void handTask(Task task, Deputyship deputyship) {
    taskService.setAssignee(task.getId(), deputyship.deputyId());
    recordHandOver(task.getId(), task.getProcessInstanceId(), deputyship);
  }

  private void giveBackWhatNoWindowCovers(List<Deputyship> active) {
    for (Held membership : deputies.memberships()) {
      if (active.stream().noneMatch(d -> holds(d, membership))) {
        identityService.deleteMembership(membership.deputyId(), membership.key());
        deputies.deleteMembership(membership.deputyId(), membership.key());
        audit.recordAs(
            "system",
            MEMBERSHIP,
            membership.deputyId(),
            null,
            "GIVEN_BACK",
            Map.of("group", membership.key(), "forUser", membership.forUser()),
            null);
        events.publishEvent(new MembershipChanged(membership.deputyId()));
        log.info(
            "{} gives group {} back to {}",
            membership.deputyId(),
            membership.key(),
            membership.forUser());
      }
    }
    for (Held handed : deputies.tasks()) {
      if (active.stream().noneMatch(d -> holds(d, handed))) {
        Task task = taskService.createTaskQuery().taskId(handed.key()).singleResult();
        if (task != null && handed.deputyId().equals(task.getAssignee())) {
          taskService.setAssignee(task.getId(), handed.forUser());
        }
        deputies.deleteTask(handed.key());
      }
    }
  }

  /**
   * The user's groups a deputy may hold: their own, not those they hold as someone's deputy, and
   * never administration, which is not a task anyone is away from.
   */
  private List<String> lendable(String userId) {
    Set<String> heldForOthers =
        deputies.memberships().stream()
            .filter(held -> held.deputyId().equals(userId))
            .map(Held::key)
            .collect(Collectors.toSet());
    return groupsOf(userId).stream()
        .filter(group -> !group.equals(Groups.CAMUNDA_ADMIN) && !heldForOthers.contains(group))
        .sorted()
        .toList();
  }

  /** A request awaiting approval is withdrawn when it is replaced or the user names nobody. */
  private void withdrawPendingApproval(String userId) {
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(DeputyshipApproval.KEY)
        .processInstanceBusinessKey(userId)
        .list()
        .forEach(
            pending ->
                runtimeService.deleteProcessInstance(
                    pending.getId(), "withdrawn by a new request or by its removal"));
  }

  private static boolean holds(Deputyship deputyship, Held held) {
    return deputyship.deputyId().equals(held.deputyId())
        && deputyship.userId().equals(held.forUser());
  }

  private Set<String> groupsOf(String userId) {
    return identityService
        .createGroupQuery()
        .groupMember(userId)
        .listPage(0, EngineQueries.MAX_RESULTS)
        .stream()
        .map(Group::getId)
        .collect(Collectors.toSet());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
