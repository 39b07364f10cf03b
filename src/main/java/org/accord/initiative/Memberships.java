package org.accord.initiative;

import static org.accord.initiative.InitiativeMembershipProcess.Variables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.currency.CurrencyService;
import org.accord.initiative.InitiativeInput.CommitmentInput;
import org.accord.initiative.InitiativeInput.DeliveryReport;
import org.accord.initiative.InitiativeInput.FocalPoint;
import org.accord.initiative.InitiativeInput.MembershipRequest;
import org.accord.initiative.Membership.Commitment;
import org.accord.initiative.persistence.InitiativeMapper;
import org.accord.initiative.persistence.InitiativeMapper.CommitmentRow;
import org.accord.initiative.persistence.InitiativeMapper.MemberRow;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.security.AuthorizationGrants;
import org.accord.security.CurrentUser;
import org.accord.security.PartnerGroups;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ConflictException;
import org.accord.shared.ForbiddenException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Terms;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners joining initiatives: the request (by the partner's representative or an officer on its
 * behalf) with its role, focal point and committed inputs; the lead group's decision; the yearly
 * reports of what was delivered; leaving. A partner has one open request or membership per
 * initiative at a time.
 */
@Service
public class Memberships {

  private final InitiativeMapper initiatives;
  private final InitiativeService initiativeService;
  private final PartnerService partners;
  private final CurrencyService currencies;
  private final CurrentUser currentUser;
  private final RuntimeService runtime;
  private final NotificationService notifications;
  private final Audience audience;
  private final AuthorizationGrants grants;
  private final SystemAuthority system;
  private final Clock clock;

  Memberships(
      InitiativeMapper initiatives,
      InitiativeService initiativeService,
      PartnerService partners,
      CurrencyService currencies,
      CurrentUser currentUser,
      @Lazy RuntimeService runtime,
      NotificationService notifications,
      Audience audience,
      AuthorizationGrants grants,
      SystemAuthority system,
      Clock clock) {
    this.initiatives = initiatives;
    this.initiativeService = initiativeService;
    this.partners = partners;
    this.currencies = currencies;
    this.currentUser = currentUser;
    this.runtime = runtime;
    this.notifications = notifications;
    this.audience = audience;
    this.grants = grants;
    this.system = system;
    this.clock = clock;
  }

  /** A request through the API: written, and its review started, in one transaction. */
  @Transactional
  public Membership request(String initiativeCode, MembershipRequest request) {
    long id = register(initiativeCode, request);
    runtime.startProcessInstanceByKey(
        InitiativeMembershipProcess.KEY,
        InitiativeMembershipProcess.businessKey(id),
        Map.of(MEMBERSHIP_ID, id));
    return membership(id);
  }

  /**
   * Checks and writes a request to join, by the current user; its process is started apart (by
   * {@link #request}, or it is the Tasklist start form's own).
   */
  @Transactional
  public long register(String initiativeCode, MembershipRequest request) {
    Initiative initiative = initiativeService.require(initiativeCode);
    Violations violations = new Violations();
    String partnerCode = violations.requireText("partnerCode", request.partnerCode(), 12);
    boolean partnerKnown =
        partnerCode != null && !partnerCode.isBlank() && partners.find(partnerCode).isPresent();
    if (partnerCode != null && !partnerCode.isBlank() && !partnerKnown) {
      violations.add("partnerCode", "no partner with code " + partnerCode);
    }
    if (partnerKnown) {
      mayActFor(partnerCode);
      initiatives
          .openMembership(initiative.code(), partnerCode)
          .ifPresent(
              open ->
                  violations.add(
                      "partnerCode",
                      MembershipStatus.ACTIVE.name().equals(open.status())
                          ? "is a member of " + initiative.code() + " already"
                          : "has asked to join " + initiative.code() + " already"));
    }
    MemberRole role =
        request.role() == null
            ? violations.requirePresent("role", null)
            : violations.requireOneOf("role", request.role(), MemberRole.class);
    FocalPoint focalPoint =
        request.focalPoint() == null ? new FocalPoint(null, null) : request.focalPoint();
    String name = violations.requireText("focalPoint.name", focalPoint.name(), 200);
    violations.requireEmail("focalPoint.email", focalPoint.email());
    List<CommitmentRow> commitments = commitments(violations, request.commitments());
    violations.throwIfAny();
    long id;
    try {
      id =
          initiatives.insertMember(
              new MemberRow(
                  0,
                  initiative.code(),
                  partnerCode,
                  role.name(),
                  name,
                  focalPoint.email().strip(),
                  MembershipStatus.REQUESTED.name(),
                  currentUser.actor(),
                  clock.instant(),
                  null,
                  null,
                  null,
                  null,
                  null));
    } catch (DuplicateKeyException askedAtTheSameTime) {
      throw new InvalidInputException(
          "partnerCode", "has asked to join " + initiative.code() + " already");
    }
    commitments.forEach(commitment -> initiatives.insertCommitment(id, commitment));
    return id;
  }

  private List<CommitmentRow> commitments(Violations violations, List<CommitmentInput> given) {
    List<CommitmentRow> rows = new ArrayList<>();
    Set<CommitmentKind> kinds = EnumSet.noneOf(CommitmentKind.class);
    List<CommitmentInput> inputs = given == null ? List.of() : given;
    for (int i = 0; i < inputs.size(); i++) {
      String at = "commitments[" + i + "]";
      CommitmentInput input = inputs.get(i);
      if (input == null) {
        violations.add(at, "must not be empty");
        continue;
      }
      CommitmentKind kind =
          input.kind() == null
              ? violations.requirePresent(at + ".kind", null)
              : violations.requireOneOf(at + ".kind", input.kind(), CommitmentKind.class);
      if (kind == null) {
        continue;
      }
      if (!kinds.add(kind)) {
        violations.add(at + ".kind", "is committed twice: one commitment of each kind");
      }
      rows.add(
          switch (kind) {
            case CASH, IN_KIND -> {
              BigDecimal amount =
                  currencies.requireMoney(
                      violations,
                      at + ".amount",
                      input.amount(),
                      at + ".currency",
                      input.currency());
              String description =
                  kind == CommitmentKind.IN_KIND
                      ? violations.requireText(at + ".description", input.description(), 1000)
                      : null;
              yield new CommitmentRow(
                  0,
                  0,
                  kind.name(),
                  amount,
                  input.currency() == null ? null : input.currency().strip(),
                  description,
                  null,
                  null,
                  null,
                  null,
                  0);
            }
            case EXPERTISE ->
                new CommitmentRow(
                    0,
                    0,
                    kind.name(),
                    null,
                    null,
                    null,
                    violations.requireText(at + ".topic", input.topic(), 200),
                    InitiativeService.personDays(
                        violations, at + ".personDays", input.personDays()),
                    null,
                    null,
                    0);
          });
    }
    return rows;
  }

  /** The process has started for the request: the partner's representatives may read it. */
  @Transactional
  public void attachProcess(long id, String processInstanceId) {
    MemberRow member = row(id);
    if (member.processInstanceId() != null) {
      throw new InvalidInputException(MEMBERSHIP_ID, "is not a request waiting for its process");
    }
    initiatives.attachProcess(id, processInstanceId);
    grants.forAgreement(PartnerGroups.of(member.partnerCode()), processInstanceId);
  }

  /** What the process's tasks show and route by. */
  @Transactional(readOnly = true)
  public Map<String, Object> variablesOf(long id) {
    Membership membership = membership(id);
    Initiative initiative = initiativeService.require(membership.initiative());
    Partner partner = partners.require(membership.partnerCode());
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        TITLE, partner.name() + " joins " + initiative.code() + " (" + membership.role() + ")");
    variables.put(INITIATIVE, initiative.code());
    variables.put(INITIATIVE_TITLE, initiative.title());
    variables.put(PARTNER_CODE, membership.partnerCode());
    variables.put(ROLE, membership.role().name());
    variables.put(FOCAL_POINT_NAME, membership.focalPoint().name());
    variables.put(FOCAL_POINT_EMAIL, membership.focalPoint().email());
    variables.put(LEAD_GROUP, initiative.leadGroup());
    variables.put(MEMBER_GROUP, partner.donorGroup());
    variables.put(
        COMMITMENTS,
        membership.commitments().isEmpty()
            ? "none"
            : membership.commitments().stream()
                .map(Memberships::described)
                .collect(Collectors.joining("\n")));
    for (Commitment commitment : membership.commitments()) {
      variables.put(
          switch (commitment.kind()) {
            case CASH -> CASH_COMMITTED;
            case IN_KIND -> IN_KIND_COMMITTED;
            case EXPERTISE -> EXPERTISE_COMMITTED;
          },
          described(commitment));
    }
    return variables;
  }

  private static String described(Commitment commitment) {
    return switch (commitment.kind()) {
      case CASH -> "Cash: " + Money.of(commitment.amount(), commitment.currency());
      case IN_KIND ->
          "In kind: "
              + commitment.description()
              + ", valued "
              + Money.of(commitment.amount(), commitment.currency());
      case EXPERTISE ->
          "Expertise: " + commitment.topic() + ", " + commitment.personDays() + " person-days";
    };
  }

  /** The lead group accepted the request: the partner is a member from now. */
  @Transactional
  public void accept(long id, String decidedBy) {
    decide(id, MembershipStatus.ACTIVE, decidedBy, null);
  }

  /** The lead group refused the request, saying why. */
  @Transactional
  public void refuse(long id, String decidedBy, String reason) {
    decide(id, MembershipStatus.REFUSED, decidedBy, reason);
  }

  private void decide(long id, MembershipStatus outcome, String decidedBy, String reason) {
    int changed =
        initiatives.changeStatus(
            id,
            MembershipStatus.REQUESTED.name(),
            outcome.name(),
            decidedBy,
            clock.instant(),
            reason);
    if (changed == 0) {
      throw new ConflictException("The request to join was decided already");
    }
    Membership membership = membership(id);
    Initiative initiative = initiativeService.require(membership.initiative());
    Set<String> recipients = new LinkedHashSet<>(audience.ofUser(membership.requestedBy()));
    recipients.add(membership.focalPoint().email());
    Map<String, Object> model = new HashMap<>();
    model.put("initiative", initiative.code());
    model.put("initiativeTitle", initiative.title());
    model.put("partnerName", partners.require(membership.partnerCode()).name());
    // In each recipient's language.
    model.put("role", Terms.translated(membership.role()));
    model.put("reason", reason == null ? "" : reason);
    String template =
        outcome == MembershipStatus.ACTIVE ? "membership-accepted" : "membership-refused";
    notifications.queue(new Message(template + "-" + id, template, null, recipients, model));
  }

  /**
   * The partner leaves the initiative, by its representative or an officer: its membership process
   * ends, whatever it was waiting for.
   */
  @Transactional
  public Membership leave(String initiativeCode, String partnerCode) {
    initiativeService.visible(initiativeCode);
    mayActFor(partnerCode);
    MemberRow member =
        initiatives
            .openMembership(initiativeCode, partnerCode)
            .filter(open -> MembershipStatus.ACTIVE.name().equals(open.status()))
            .orElseThrow(
                () -> new NotFoundException(partnerCode + " is not a member of " + initiativeCode));
    if (member.processInstanceId() == null) {
      ended(member.id());
    } else {
      // Authorized above; the engine acts in the user's name with its own rights.
      system.onBehalfOf(
          currentUser.actor(),
          () ->
              runtime
                  .createMessageCorrelation(InitiativeMembershipProcess.Messages.MEMBERSHIP_ENDED)
                  .processInstanceId(member.processInstanceId())
                  .correlateWithResult());
    }
    return membership(member.id());
  }

  /** The membership ended: it left the initiative. */
  @Transactional
  public void ended(long id) {
    if (initiatives.changeStatus(
            id,
            MembershipStatus.ACTIVE.name(),
            MembershipStatus.LEFT.name(),
            currentUser.actor(),
            clock.instant(),
            null)
        == 0) {
      throw new ConflictException("The membership had ended already");
    }
  }

  /**
   * A yearly report: what the member delivered against each of its commitments, in the commitment's
   * currency or in person-days. Each commitment needs its figure (zero if nothing was delivered); a
   * figure for a kind not committed is refused.
   */
  @Transactional
  public void report(long id, DeliveryReport report, String reportedBy) {
    Membership membership = membership(id);
    Violations violations = new Violations();
    Map<CommitmentKind, Commitment> committed = new HashMap<>();
    membership.commitments().forEach(commitment -> committed.put(commitment.kind(), commitment));
    Map<Long, BigDecimal> amounts = new HashMap<>();
    Map<Long, BigDecimal> days = new HashMap<>();
    delivered(
        violations, DELIVERED_CASH, report.cash(), committed.get(CommitmentKind.CASH), amounts);
    delivered(
        violations,
        DELIVERED_IN_KIND,
        report.inKind(),
        committed.get(CommitmentKind.IN_KIND),
        amounts);
    Commitment expertise = committed.get(CommitmentKind.EXPERTISE);
    if (expertise == null && report.personDays() != null) {
      violations.add(DELIVERED_PERSON_DAYS, "no expertise was committed");
    } else if (expertise != null) {
      BigDecimal personDays = report.personDays();
      if (personDays == null) {
        violations.add(DELIVERED_PERSON_DAYS, "is required: 0 if none were delivered");
      } else if (personDays.signum() < 0 || personDays.stripTrailingZeros().scale() > 1) {
        violations.add(DELIVERED_PERSON_DAYS, "must be zero or more, at most one decimal place");
      } else {
        days.put(expertise.id(), personDays);
      }
    }
    String note = InitiativeService.blankToNull(report.note());
    if (note != null) {
      violations.requireText(DELIVERY_NOTE, note, 2000);
    }
    violations.throwIfAny();
    int number = initiatives.nextReportNumber(id);
    for (Commitment commitment : membership.commitments()) {
      initiatives.insertDelivery(
          commitment.id(),
          number,
          amounts.get(commitment.id()),
          days.get(commitment.id()),
          note,
          reportedBy,
          clock.instant());
    }
  }

  private static void delivered(
      Violations violations,
      String field,
      String value,
      Commitment commitment,
      Map<Long, BigDecimal> amounts) {
    if (commitment == null) {
      if (value != null && !value.isBlank()) {
        violations.add(field, "nothing of this kind was committed");
      }
      return;
    }
    BigDecimal amount = violations.requireMoney(field, value, commitment.currency(), true);
    if (amount != null) {
      amounts.put(commitment.id(), amount);
    }
  }

  /**
   * The initiative's members with their commitments and deliveries: every request for the agency's
   * staff, the active members for a partner's representatives (404 unless theirs takes part).
   */
  @Transactional(readOnly = true)
  public List<Membership> members(String initiativeCode) {
    initiativeService.visible(initiativeCode);
    boolean internal = currentUser.isInternal();
    Map<Long, List<Commitment>> commitments = commitmentsOf(initiativeCode);
    return initiatives.members(initiativeCode).stream()
        .filter(row -> internal || MembershipStatus.ACTIVE.name().equals(row.status()))
        .map(row -> membership(row, commitments.getOrDefault(row.id(), List.of())))
        .toList();
  }

  @Transactional(readOnly = true)
  public Membership membership(long id) {
    MemberRow row = row(id);
    return membership(row, commitmentsOf(row.initiativeCode()).getOrDefault(id, List.of()));
  }

  private MemberRow row(long id) {
    return initiatives.member(id).orElseThrow(() -> new NotFoundException("No membership " + id));
  }

  private Map<Long, List<Commitment>> commitmentsOf(String initiativeCode) {
    return initiatives.commitments(initiativeCode).stream()
        .collect(
            Collectors.groupingBy(
                CommitmentRow::memberId,
                Collectors.mapping(
                    row ->
                        new Commitment(
                            row.id(),
                            CommitmentKind.valueOf(row.kind()),
                            row.amount(),
                            row.currency(),
                            row.description(),
                            row.topic(),
                            days(row.personDays()),
                            row.deliveredAmount(),
                            days(row.deliveredPersonDays()),
                            row.reports()),
                    Collectors.toList())));
  }

  /** 12 rather than 12.0 person-days. */
  private static BigDecimal days(BigDecimal days) {
    if (days == null) {
      return null;
    }
    BigDecimal plain = days.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  private static Membership membership(MemberRow row, List<Commitment> commitments) {
    return new Membership(
        row.id(),
        row.initiativeCode(),
        row.partnerCode(),
        MemberRole.valueOf(row.role()),
        new FocalPoint(row.focalPointName(), row.focalPointEmail()),
        MembershipStatus.valueOf(row.status()),
        row.requestedBy(),
        row.requestedAt(),
        row.decidedBy(),
        row.decidedAt(),
        row.reason(),
        row.leftAt(),
        commitments);
  }

  /** An officer acts for any partner; a representative for their own organization only. */
  private void mayActFor(String partnerCode) {
    boolean officer = currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS);
    if (!officer && !currentUser.partnerCodes().contains(partnerCode)) {
      throw new ForbiddenException(
          "Only partnership officers, or the partner's own representatives, act for "
              + partnerCode);
    }
  }
}
