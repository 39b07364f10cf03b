package org.accord.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.audit.AuditTrail;
import org.accord.identity.persistence.DeputyMapper;
import org.accord.security.UserGroups;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies: a user going away asks that a deputy hold some of their groups (administration never)
 * and the tasks assigned to them, for a window of at most {@code accord.deputies.max-days} starting
 * today or later. The request is approved in {@code deputyship-approval} by the head of
 * partnerships or an administrator, neither of them party to it; only then, during the window, the
 * deputy holds what was lent, and what the deputy completes is recorded as acting for the user.
 * When the window ends, everything goes back ({@link DeputyHandOver}).
 */
@Service
public class DeputyService {

  private static final Logger log = LoggerFactory.getLogger(DeputyService.class);
  private static final String DEPUTYSHIP = "DEPUTYSHIP";

  private final DeputyMapper deputies;
  private final DeputyHandOver handOver;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final AuditTrail audit;
  private final People people;
  private final int maxDays;

  // Lazy: the engine's task listeners call this service while the engine is being built.
  DeputyService(
      DeputyMapper deputies,
      DeputyHandOver handOver,
      @Lazy IdentityService identityService,
      @Lazy RuntimeService runtimeService,
      Clock clock,
      AuditTrail audit,
      People people,
      @Value("${accord.deputies.max-days}") int maxDays) {
    this.deputies = deputies;
    this.handOver = handOver;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.clock = clock;
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
    } else if (!UserGroups.areAgencyStaff(identityService, deputyId)) {
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
    List<String> lendable = handOver.lendable(userId);
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
    handOver.handOver(today());
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
      handOver.handOver(today());
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
    handOver.handOver(today());
  }

  public Optional<Deputyship> find(String userId) {
    return deputies.find(userId);
  }

  /** Every deputyship, whatever its status. */
  public List<Deputyship> all() {
    return deputies.findAll();
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

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
