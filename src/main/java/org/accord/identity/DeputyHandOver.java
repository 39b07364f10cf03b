package org.accord.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.audit.AuditTrail;
import org.accord.identity.persistence.DeputyMapper;
import org.accord.identity.persistence.DeputyMapper.Held;
import org.accord.security.CurrentUser;
import org.accord.security.MembershipChanged;
import org.accord.security.Roles;
import org.accord.security.UserGroups;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What deputyships hand over while their window lasts: the groups lent to the deputy and the tasks
 * assigned to the absent user, each given back when no window covers it any more; and, for a task a
 * deputy completes, whom they acted for.
 */
@Component
public class DeputyHandOver {

  /**
   * A transient variable of a completed task's execution: who the completing deputy acted for, for
   * those recording the decision.
   */
  public static final String ACTING_FOR = "actingFor";

  private static final Logger log = LoggerFactory.getLogger(DeputyHandOver.class);
  private static final String MEMBERSHIP = "MEMBERSHIP";

  private final DeputyMapper deputies;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;

  // Lazy: the engine's task listeners call this while the engine is being built.
  DeputyHandOver(
      DeputyMapper deputies,
      @Lazy IdentityService identityService,
      @Lazy TaskService taskService,
      Clock clock,
      ApplicationEventPublisher events,
      AuditTrail audit) {
    this.deputies = deputies;
    this.identityService = identityService;
    this.taskService = taskService;
    this.clock = clock;
    this.events = events;
    this.audit = audit;
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
        UserGroups.of(identityService, userId).stream()
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
            CurrentUser.SYSTEM,
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
            CurrentUser.SYSTEM,
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
  List<String> lendable(String userId) {
    Set<String> heldForOthers =
        deputies.memberships().stream()
            .filter(held -> held.deputyId().equals(userId))
            .map(Held::key)
            .collect(Collectors.toSet());
    return groupsOf(userId).stream()
        .filter(group -> !group.equals(Roles.ADMINISTRATORS) && !heldForOthers.contains(group))
        .sorted()
        .toList();
  }

  private static boolean holds(Deputyship deputyship, Held held) {
    return deputyship.deputyId().equals(held.deputyId())
        && deputyship.userId().equals(held.forUser());
  }

  private Set<String> groupsOf(String userId) {
    return Set.copyOf(UserGroups.of(identityService, userId));
  }

  /** The deputy working for this user today, if the user is away. */
  public Optional<Deputyship> onDutyFor(String userId) {
    return deputies.find(userId).filter(deputyship -> deputyship.coversDay(today()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
