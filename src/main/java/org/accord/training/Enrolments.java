package org.accord.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.notification.Amount;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ConflictException;
import org.accord.shared.Countries;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Language;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Paged;
import org.accord.shared.Violations;
import org.accord.training.TrainingInput.NewCompletion;
import org.accord.training.TrainingInput.NewEnrolment;
import org.accord.training.persistence.TrainingMapper;
import org.accord.training.persistence.TrainingMapper.EnrolmentRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants' enrolments in sessions. Each enrolment takes the session's row lock, so the seats
 * are counted one registration at a time: of two racing for the last seat, one is CONFIRMED and the
 * other WAITLISTED. The fee is computed from the participant's country on the session's first day
 * ({@link FeeCategories}) when the seat is confirmed, and kept: an LDC/SIDS participant gets a free
 * seat debited from the reserve at the developing fee (what they would otherwise pay) while the
 * reserve covers it, else the developing fee, and is told so. A confirmed seat given up goes to the
 * first on the waiting list, who is told by e-mail.
 */
@Service
public class Enrolments {

  static final String SEAT_CONFIRMED = "training-seat-confirmed";
  static final String ALREADY_ENROLLED = "training-already-enrolled";

  /** Who enrolled the participants of the public registration page: themselves. */
  private static final String REGISTRATION_PAGE = "registration-page";

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final TrainingMapper training;
  private final TrainingCatalogue catalogue;
  private final FeeCategories feeCategories;
  private final TrainingReserve reserve;
  private final AgreementService agreements;
  private final NotificationService notifications;
  private final CurrentUser currentUser;
  private final Clock clock;

  Enrolments(
      TrainingMapper training,
      TrainingCatalogue catalogue,
      FeeCategories feeCategories,
      TrainingReserve reserve,
      AgreementService agreements,
      NotificationService notifications,
      CurrentUser currentUser,
      Clock clock) {
    this.training = training;
    this.catalogue = catalogue;
    this.feeCategories = feeCategories;
    this.reserve = reserve;
    this.agreements = agreements;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Enrolment through the API: partnership officers, or the representatives of the agreement's
   * partner (their own staff).
   */
  @Transactional
  public Enrolment enrol(long sessionId, NewEnrolment participant) {
    TrainingSession session = catalogue.visible(sessionId);
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)
        && !currentUser.partnerCodes().contains(session.course().partnerCode())) {
      throw new ForbiddenException(
          "Partnership officers and the partner's representatives enrol participants");
    }
    return register(sessionId, participant, currentUser.actor());
  }

  /**
   * The enrolment {@link #enrol} asks for: 400 naming the field, nothing written, for a session
   * that has started, was cancelled or closed, an address already enrolled in it, an unknown
   * country, a bad e-mail.
   */
  private Enrolment register(long sessionId, NewEnrolment participant, String by) {
    return write(check(sessionId, participant, true), by);
  }

  /**
   * Enrolment by the participant themselves, on the public registration page: refused as {@link
   * #register} refuses, except an address already enrolled in the session. The page must not tell
   * anyone whether an address is enrolled, so that one gets the answer a new registration with
   * these details would get now ({@link #asNew}), nothing is written, and the address's owner is
   * told by e-mail (at most once a day) that they are enrolled already and how.
   */
  @Transactional
  public Enrolment registerOnPage(long sessionId, NewEnrolment participant) {
    Registration registration = check(sessionId, participant, false);
    Optional<EnrolmentRow> enrolled = training.enrolmentOf(sessionId, registration.email());
    if (enrolled.isEmpty()) {
      return write(registration, REGISTRATION_PAGE);
    }
    tellAlreadyEnrolled(require(enrolled.get().id()), registration.session());
    return asNew(registration);
  }

  /** A registration whose every field is valid, for a session open to it. */
  private record Registration(
      TrainingSession session,
      String name,
      String email,
      String organization,
      OrganizationType organizationType,
      String country,
      Gender gender,
      FeeCategory category) {}

  /**
   * Takes the session's row lock (seats are counted one registration at a time) and checks every
   * field, {@code refuseEnrolled}: an address enrolled in the session among them.
   */
  private Registration check(long sessionId, NewEnrolment participant, boolean refuseEnrolled) {
    if (training.lockSession(sessionId) == null) {
      throw new NotFoundException("No training session " + sessionId);
    }
    TrainingSession session = catalogue.require(sessionId);
    Violations violations = new Violations();
    LocalDate today = LocalDate.now(clock);
    if (session.status() != SessionStatus.OPEN) {
      violations.add("session", "is " + session.status() + ": it takes no enrolments");
    } else if (!session.startDate().isAfter(today)) {
      violations.add("session", "started on " + session.startDate() + ": it takes no enrolments");
    } else if (agreements.require(session.course().agreement()).status()
        != AgreementStatus.ACTIVE) {
      violations.add("session", "its agreement is not active: it takes no enrolments");
    }
    String name = violations.requireText("name", participant.name(), 200);
    int before = violations.size();
    violations.requireEmail("email", participant.email());
    String email = participant.email() == null ? null : participant.email().strip();
    if (refuseEnrolled
        && violations.size() == before
        && training.enrolmentOf(sessionId, email).isPresent()) {
      violations.add("email", "is already enrolled in this session");
    }
    String organization = violations.requireText("organization", participant.organization(), 300);
    OrganizationType organizationType =
        participant.organizationType() == null
            ? violations.requirePresent("organizationType", null)
            : violations.requireOneOf(
                "organizationType", participant.organizationType(), OrganizationType.class);
    String country = participant.country() == null ? null : participant.country().strip();
    violations.requireCountry("country", country);
    Gender gender =
        participant.gender() == null || participant.gender().isBlank()
            ? null
            : violations.requireOneOf("gender", participant.gender(), Gender.class);
    violations.throwIfAny();
    return new Registration(
        session,
        name,
        email,
        organization,
        organizationType,
        country,
        gender,
        feeCategories.of(country, session.startDate()));
  }

  private Enrolment write(Registration registration, String by) {
    TrainingSession session = registration.session();
    FeeCategory category = registration.category();
    long id =
        training.insertEnrolment(
            new EnrolmentRow(
                0,
                session.id(),
                registration.name(),
                registration.email(),
                registration.organization(),
                registration.organizationType().name(),
                registration.country(),
                registration.gender() == null ? null : registration.gender().name(),
                category.name(),
                session.feeFor(category),
                false,
                false,
                EnrolmentStatus.WAITLISTED.name(),
                clock.instant(),
                by,
                null,
                null,
                null,
                BigDecimal.ZERO,
                null,
                null,
                null));
    if (session.seatsLeft() > 0) {
      seat(id, session, category, by);
    }
    return require(id);
  }

  /**
   * What {@link #write} would answer for the registration now, written nowhere: a seat while there
   * are seats, the fee of the participant's country, a free seat while the reserve covers one.
   */
  private Enrolment asNew(Registration registration) {
    TrainingSession session = registration.session();
    FeeCategory category = registration.category();
    boolean seated = session.seatsLeft() > 0;
    boolean free =
        seated
            && category == FeeCategory.LDC_SIDS
            && reserve.covers(agreementId(session), session.currency(), session.developingFee());
    return new Enrolment(
        0,
        session.id(),
        registration.name(),
        registration.email(),
        registration.organization(),
        registration.organizationType(),
        registration.country(),
        registration.gender(),
        category,
        Money.round(free ? BigDecimal.ZERO : session.feeFor(category), session.currency()),
        session.currency(),
        free,
        seated && category == FeeCategory.LDC_SIDS && !free,
        seated ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED,
        Money.round(BigDecimal.ZERO, session.currency()),
        clock.instant(),
        null);
  }

  private void tellAlreadyEnrolled(Enrolment enrolled, TrainingSession session) {
    Map<String, Object> model = new HashMap<>();
    model.put("name", enrolled.name());
    model.put("course", session.course().title());
    model.put("startDate", session.startDate());
    model.put("endDate", session.endDate());
    model.put("venue", session.venue());
    model.put("confirmed", enrolled.status() == EnrolmentStatus.CONFIRMED);
    model.put("fee", new Amount(enrolled.fee(), session.currency()));
    model.put("freeSeat", enrolled.freeSeat());
    model.put("reserveShort", enrolled.reserveShort());
    notifications.queue(
        new Message(
                // Once a day at most: a stranger sending the form again and again floods nobody.
                ALREADY_ENROLLED + "-" + enrolled.id() + "-" + LocalDate.now(clock),
                ALREADY_ENROLLED,
                session.course().agreement(),
                List.of(enrolled.email()),
                model)
            // In the course's language, as the survey's invitation (the agency's default else).
            .inLanguage(Language.ofCode(session.course().language()).orElse(null)));
  }

  /**
   * The participant gives up their place (an officer records it). A confirmed seat goes to the
   * first on the waiting list; a free seat given up goes back to the reserve.
   */
  @Transactional
  public Enrolment cancel(long enrolmentId) {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Partnership officers cancel enrolments");
    }
    EnrolmentRow found =
        training
            .enrolment(enrolmentId)
            .orElseThrow(() -> new NotFoundException("No enrolment " + enrolmentId));
    training.lockSession(found.sessionId());
    EnrolmentRow enrolment = training.lockEnrolment(enrolmentId).orElseThrow();
    if (EnrolmentStatus.CANCELLED.name().equals(enrolment.status())) {
      throw new ConflictException("Enrolment " + enrolmentId + " was cancelled already");
    }
    String by = currentUser.actor();
    training.cancel(enrolmentId, clock.instant(), by);
    TrainingSession session = catalogue.require(enrolment.sessionId());
    if (EnrolmentStatus.CONFIRMED.name().equals(enrolment.status())) {
      if (enrolment.freeSeat()) {
        reserve.release(
            agreementId(session), session.currency(), session.developingFee(), enrolmentId, by);
      }
      if (session.status() == SessionStatus.OPEN) {
        training.firstWaiting(session.id()).ifPresent(next -> promote(next, session, by));
      }
    }
    return require(enrolmentId);
  }

  /**
   * An officer records a confirmed participant's attendance and assessment once the session has
   * started; recording again replaces it. 400 naming the field, nothing written, otherwise.
   */
  @Transactional
  public Enrolment recordCompletion(long enrolmentId, NewCompletion input) {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Partnership officers record attendance and assessments");
    }
    EnrolmentRow enrolment =
        training
            .lockEnrolment(enrolmentId)
            .orElseThrow(() -> new NotFoundException("No enrolment " + enrolmentId));
    TrainingSession session = catalogue.require(enrolment.sessionId());
    Violations violations = new Violations();
    if (!EnrolmentStatus.CONFIRMED.name().equals(enrolment.status())) {
      violations.add("enrolment", "is " + enrolment.status() + ": only a confirmed seat completes");
    } else if (session.startDate().isAfter(LocalDate.now(clock))) {
      violations.add("enrolment", "its session starts on " + session.startDate());
    }
    if (input.attendancePercent() == null) {
      violations.add("attendancePercent", "is required");
    } else if (input.attendancePercent() < 0 || input.attendancePercent() > 100) {
      violations.add("attendancePercent", "must be between 0 and 100");
    }
    BigDecimal score = null;
    if (input.assessmentScore() != null && !input.assessmentScore().isBlank()) {
      score = violations.requireMoney("assessmentScore", input.assessmentScore(), true);
      if (score != null && score.compareTo(HUNDRED) > 0) {
        violations.add("assessmentScore", "must be between 0 and 100");
      }
    }
    violations.requirePresent("passed", input.passed());
    violations.throwIfAny();
    training.recordCompletion(
        enrolmentId,
        input.attendancePercent(),
        score,
        input.passed(),
        clock.instant(),
        currentUser.actor());
    return require(enrolmentId);
  }

  /**
   * Whether the participant completed the session: a certificate needs it (and {@link #isPaid}).
   */
  @Transactional(readOnly = true)
  public boolean isCompleted(long enrolmentId) {
    return require(enrolmentId).completed();
  }

  @Transactional(readOnly = true)
  public Paged<Enrolment> enrolments(long sessionId, int page, int size) {
    TrainingSession session = catalogue.visible(sessionId);
    Paged.check(page, size, TrainingCatalogue.MAX_PAGE_SIZE);
    List<Enrolment> found =
        training.enrolments(sessionId, page * size, size).stream()
            .map(row -> enrolment(row, session.currency()))
            .toList();
    return new Paged<>(training.countEnrolments(sessionId), page, size, found);
  }

  /** The enrolment, if the current user may see its session (404 otherwise). */
  @Transactional(readOnly = true)
  public Enrolment visible(long enrolmentId) {
    Enrolment enrolment = require(enrolmentId);
    catalogue.visible(enrolment.sessionId());
    return enrolment;
  }

  /** Whether the enrolment's fee is paid in full or its seat free: a certificate needs it. */
  @Transactional(readOnly = true)
  public boolean isPaid(long enrolmentId) {
    return require(enrolmentId).isPaid();
  }

  /** Every enrolment of the session, whoever asks: for its closure. */
  @Transactional(readOnly = true)
  public List<Enrolment> all(long sessionId) {
    String currency = catalogue.require(sessionId).currency();
    return training.enrolments(sessionId, 0, Integer.MAX_VALUE).stream()
        .map(row -> enrolment(row, currency))
        .toList();
  }

  /** The enrolment, whoever asks. */
  @Transactional(readOnly = true)
  public Enrolment require(long enrolmentId) {
    EnrolmentRow row =
        training
            .enrolment(enrolmentId)
            .orElseThrow(() -> new NotFoundException("No enrolment " + enrolmentId));
    return enrolment(row, catalogue.require(row.sessionId()).currency());
  }

  private void promote(EnrolmentRow next, TrainingSession session, String by) {
    FeeCategory category = FeeCategory.valueOf(next.feeCategory());
    seat(next.id(), session, category, by);
    Enrolment promoted = require(next.id());
    Map<String, Object> model = new HashMap<>();
    model.put("name", promoted.name());
    model.put("course", session.course().title());
    model.put("startDate", session.startDate());
    model.put("endDate", session.endDate());
    model.put("venue", session.venue());
    // The templates word the fee's notice in the participant's language, not Enrolment.notice().
    model.put("fee", new Amount(promoted.fee(), session.currency()));
    model.put("freeSeat", promoted.freeSeat());
    model.put("reserveShort", promoted.reserveShort());
    model.put("country", Countries.name(promoted.country()));
    notifications.queue(
        new Message(
            SEAT_CONFIRMED + "-" + promoted.id(),
            SEAT_CONFIRMED,
            session.course().agreement(),
            List.of(promoted.email()),
            model));
  }

  /** Confirms the seat with its fee: a free seat for LDC/SIDS while the reserve covers it. */
  private void seat(long id, TrainingSession session, FeeCategory category, String by) {
    boolean free = false;
    boolean reserveShort = false;
    BigDecimal fee = session.feeFor(category);
    if (category == FeeCategory.LDC_SIDS) {
      free =
          reserve.debitFreeSeat(
              agreementId(session), session.currency(), session.developingFee(), id, by);
      reserveShort = !free;
      if (free) {
        fee = Money.round(BigDecimal.ZERO, session.currency());
      }
    }
    training.confirm(id, clock.instant(), fee, free, reserveShort);
  }

  private long agreementId(TrainingSession session) {
    return agreements.require(session.course().agreement()).id();
  }

  private static Enrolment enrolment(EnrolmentRow row, String currency) {
    return new Enrolment(
        row.id(),
        row.sessionId(),
        row.name(),
        row.email(),
        row.organization(),
        OrganizationType.valueOf(row.organizationType()),
        row.country(),
        row.gender() == null ? null : Gender.valueOf(row.gender()),
        FeeCategory.valueOf(row.feeCategory()),
        Money.round(row.fee(), currency),
        currency,
        row.freeSeat(),
        row.reserveShort(),
        EnrolmentStatus.valueOf(row.status()),
        Money.round(row.paid(), currency),
        row.enrolledAt(),
        row.attendancePercent() == null
            ? null
            : new Enrolment.Completion(
                row.attendancePercent(), row.assessmentScore(), row.assessmentPassed()));
  }
}
