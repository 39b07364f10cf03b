package org.accord.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.currency.CurrencyService;
import org.accord.partner.PartnerService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ConflictException;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Paged;
import org.accord.shared.Violations;
import org.accord.training.TrainingInput.NewCourse;
import org.accord.training.TrainingInput.NewSession;
import org.accord.training.TrainingSessionProcess.Variables;
import org.accord.training.TrainingTerms.Fees;
import org.accord.training.persistence.TrainingMapper;
import org.accord.training.persistence.TrainingMapper.CourseRow;
import org.accord.training.persistence.TrainingMapper.SessionRow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses and sessions of training cooperations. Partnership officers create them, for an
 * ACTIVE (signed) agreement of type TRAINING_COOPERATION only; the agency's staff see all of them,
 * a partner's representatives those of their own organization's agreements (404 for the others).
 */
@Service
public class TrainingCatalogue {

  /** The largest page of the training lists (courses, sessions, enrolments, figures). */
  public static final int MAX_PAGE_SIZE = 500;

  /** BCP 47 codes of the agency's six official languages. */
  public static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

  private static final int MAX_DURATION_HOURS = 2000;
  private static final int MAX_CAPACITY = 10_000;

  private final TrainingMapper training;
  private final AgreementService agreements;
  private final CurrencyService currencies;
  private final CurrentUser currentUser;
  private final PartnerService partners;
  private final TrainingTermsService terms;
  private final RuntimeService runtime;
  private final SystemAuthority system;
  private final Clock clock;

  TrainingCatalogue(
      TrainingMapper training,
      AgreementService agreements,
      CurrencyService currencies,
      CurrentUser currentUser,
      PartnerService partners,
      TrainingTermsService terms,
      RuntimeService runtime,
      SystemAuthority system,
      Clock clock) {
    this.training = training;
    this.agreements = agreements;
    this.currencies = currencies;
    this.currentUser = currentUser;
    this.partners = partners;
    this.terms = terms;
    this.runtime = runtime;
    this.system = system;
    this.clock = clock;
  }

  @Transactional
  public Course createCourse(NewCourse input) {
    mayCreate();
    Violations violations = new Violations();
    Agreement agreement = activeTrainingCooperation(violations, input.agreement());
    String title = violations.requireText("title", input.title(), 300);
    TrainingTopic topic = oneOf(violations, "topic", input.topic(), TrainingTopic.class);
    CourseLevel level = oneOf(violations, "level", input.level(), CourseLevel.class);
    if (input.language() == null || !LANGUAGES.contains(input.language())) {
      violations.add("language", "must be one of ar, zh, en, fr, ru, es");
    }
    Delivery delivery = oneOf(violations, "delivery", input.delivery(), Delivery.class);
    if (input.durationHours() == null) {
      violations.add("durationHours", "is required");
    } else if (input.durationHours() < 1 || input.durationHours() > MAX_DURATION_HOURS) {
      violations.add("durationHours", "must be between 1 and " + MAX_DURATION_HOURS);
    }
    violations.requirePresent("certificate", input.certificate());
    violations.throwIfAny();
    long id =
        training.insertCourse(
            new CourseRow(
                0,
                agreement.id(),
                agreement.reference(),
                agreement.partnerCode(),
                title,
                topic.name(),
                level.name(),
                input.language(),
                delivery.name(),
                input.durationHours(),
                input.certificate(),
                clock.instant(),
                currentUser.actor()));
    return course(training.course(id).orElseThrow());
  }

  @Transactional(readOnly = true)
  public Paged<Course> courses(int page, int size) {
    Paged.check(page, size, MAX_PAGE_SIZE);
    List<String> partner = partnerFilter();
    if (partner != null && partner.isEmpty()) {
      return new Paged<>(0, page, size, List.of());
    }
    return new Paged<>(
        training.countCourses(partner),
        page,
        size,
        training.courses(partner, page * size, size).stream()
            .map(TrainingCatalogue::course)
            .toList());
  }

  @Transactional
  public TrainingSession createSession(NewSession input) {
    mayCreate();
    Violations violations = new Violations();
    CourseRow course = null;
    Fees agreed = null;
    if (input.courseId() == null) {
      violations.add("courseId", "is required");
    } else {
      course = training.course(input.courseId()).orElse(null);
      if (course == null) {
        violations.add("courseId", "no course " + input.courseId());
      } else {
        Agreement agreement = agreements.require(course.agreementReference());
        if (agreement.status() != AgreementStatus.ACTIVE) {
          violations.add(
              "courseId",
              "its agreement "
                  + agreement.reference()
                  + " is "
                  + agreement.status()
                  + ", not ACTIVE");
        }
        agreed = terms.find(agreement.id()).map(TrainingTerms::fees).orElse(null);
        if (agreed == null) {
          violations.add("courseId", "its agreement " + agreement.reference() + " has no terms");
        }
      }
    }
    LocalDate today = LocalDate.now(clock);
    violations.requirePresent("startDate", input.startDate());
    violations.requirePresent("endDate", input.endDate());
    if (input.startDate() != null && !input.startDate().isAfter(today)) {
      violations.add("startDate", "must be after today (" + today + ")");
    }
    if (input.startDate() != null
        && input.endDate() != null
        && input.endDate().isBefore(input.startDate())) {
      violations.add("endDate", "must not be before startDate");
    }
    String venue = violations.requireText("venue", input.venue(), 300);
    if (input.capacity() == null) {
      violations.add("capacity", "is required");
    } else if (input.capacity() < 1 || input.capacity() > MAX_CAPACITY) {
      violations.add("capacity", "must be between 1 and " + MAX_CAPACITY);
    }
    Fees charged = chargedFees(input, agreed, violations);
    violations.throwIfAny();
    long id =
        training.insertSession(
            new SessionRow(
                0,
                course.id(),
                input.startDate(),
                input.endDate(),
                venue,
                input.capacity(),
                charged.currency(),
                charged.standard(),
                charged.developing(),
                SessionStatus.OPEN.name(),
                clock.instant(),
                currentUser.actor(),
                0,
                0));
    TrainingSession session = require(id);
    startProcess(session);
    return session;
  }

  /**
   * What a session charges comes from its cooperation terms, as the parties signed them: in the
   * terms' currency (the revenue shares, the reserve and the statements are kept in it), each fee
   * the request leaves out being the terms' fee, and one it gives being no more than it (a session
   * may be cheaper, online for instance; charging participants more than agreed takes an amendment
   * of the terms).
   */
  private Fees chargedFees(NewSession input, Fees agreed, Violations violations) {
    String currency = input.currency() == null ? null : input.currency().strip();
    if (currency != null && !currencies.isKnown(currency)) {
      violations.add("currency", "'" + currency + "' is not a known ISO 4217 currency");
      return null;
    }
    if (agreed == null) {
      return null;
    }
    if (currency != null && !currency.equals(agreed.currency())) {
      violations.add(
          "currency", "must be " + agreed.currency() + ", the currency of the cooperation terms");
    }
    BigDecimal standard =
        fee("standardFee", input.standardFee(), agreed.standard(), agreed, violations);
    BigDecimal developing =
        fee("developingFee", input.developingFee(), agreed.developing(), agreed, violations);
    if (standard != null && developing != null && developing.compareTo(standard) > 0) {
      violations.add("developingFee", "must not be more than the standardFee");
    }
    return new Fees(agreed.currency(), standard, developing);
  }

  private BigDecimal fee(
      String field, String given, BigDecimal agreedFee, Fees agreed, Violations violations) {
    if (given == null) {
      return agreedFee;
    }
    BigDecimal fee = violations.requireMoney(field, given, agreed.currency(), false);
    if (fee != null && fee.compareTo(agreedFee) > 0) {
      violations.add(
          field,
          "must not be more than "
              + Money.of(agreedFee, agreed.currency())
              + ", the fee the cooperation terms set; charging more takes an amendment");
    }
    return fee;
  }

  /**
   * The session's {@code training-session} process, in the session's transaction: it waits for the
   * session's last day, then asks the officers to close it.
   */
  private void startProcess(TrainingSession session) {
    Map<String, Object> variables =
        Map.of(
            Variables.SESSION_ID,
            session.id(),
            Variables.SESSION_ENDS,
            Date.from(session.endDate().atStartOfDay(clock.getZone()).toInstant()),
            Variables.TITLE,
            session.course().title() + ", " + session.startDate(),
            Variables.PARTNER_NAME,
            partners.require(session.course().partnerCode()).name());
    system.run(
        () ->
            runtime.startProcessInstanceByKey(
                TrainingSessionProcess.KEY,
                TrainingSessionProcess.businessKey(session.id()),
                variables));
  }

  /** The session, if the current user may see it; 404 as if it did not exist otherwise. */
  @Transactional(readOnly = true)
  public TrainingSession visible(long id) {
    TrainingSession session = require(id);
    if (!mayRead(session)) {
      throw new NotFoundException("No training session " + id);
    }
    return session;
  }

  /** The sessions the current user may see, by start date, of one agreement if it is given. */
  @Transactional(readOnly = true)
  public Paged<TrainingSession> sessions(String agreement, int page, int size) {
    Paged.check(page, size, MAX_PAGE_SIZE);
    List<String> partner = partnerFilter();
    if (partner != null && partner.isEmpty()) {
      return new Paged<>(0, page, size, List.of());
    }
    Long agreementId = null;
    if (agreement != null && !agreement.isBlank()) {
      agreementId =
          agreements
              .find(agreement.strip())
              .filter(found -> partner == null || partner.contains(found.partnerCode()))
              .orElseThrow(() -> new NotFoundException("No agreement with reference " + agreement))
              .id();
    }
    List<TrainingSession> found =
        training.sessions(partner, agreementId, page * size, size).stream()
            .map(this::session)
            .toList();
    return new Paged<>(training.countSessions(partner, agreementId), page, size, found);
  }

  /** An officer cancels an open session; its participants keep their enrolments to be refunded. */
  @Transactional
  public TrainingSession cancel(long id) {
    mayCreate();
    if (training.lockSession(id) == null) {
      throw new NotFoundException("No training session " + id);
    }
    if (training.changeSessionStatus(id, SessionStatus.OPEN.name(), SessionStatus.CANCELLED.name())
        == 0) {
      throw new ConflictException("Training session " + id + " is not open");
    }
    system.run(
        () -> {
          runtime
              .createMessageCorrelation(TrainingSessionProcess.Messages.SESSION_CANCELLED)
              .processInstanceBusinessKey(TrainingSessionProcess.businessKey(id))
              .correlateAll();
          return null;
        });
    return require(id);
  }

  /** The session, whoever asks: for the registration page and the other use cases. */
  @Transactional(readOnly = true)
  public TrainingSession require(long id) {
    return training
        .session(id)
        .map(this::session)
        .orElseThrow(() -> new NotFoundException("No training session " + id));
  }

  /** The agency's staff, or a representative of the agreement's partner. */
  boolean mayRead(TrainingSession session) {
    return currentUser.isInternal() || currentUser.mayActFor(session.course().partnerCode());
  }

  TrainingSession session(SessionRow row) {
    return new TrainingSession(
        row.id(),
        course(training.course(row.courseId()).orElseThrow()),
        row.startsOn(),
        row.endsOn(),
        row.venue(),
        row.capacity(),
        row.currency(),
        row.standardFee(),
        row.developingFee(),
        SessionStatus.valueOf(row.status()),
        row.confirmed(),
        row.waitlisted());
  }

  private Agreement activeTrainingCooperation(Violations violations, String reference) {
    int before = violations.size();
    String given = violations.requireText("agreement", reference, 20);
    if (violations.size() > before) {
      return null;
    }
    Agreement agreement =
        agreements.find(given).filter(found -> mayReadAgreement(found)).orElse(null);
    if (agreement == null) {
      violations.add("agreement", "no agreement " + given);
    } else if (agreement.type() != AgreementType.TRAINING_COOPERATION) {
      violations.add("agreement", "is a " + agreement.type() + ", not a TRAINING_COOPERATION");
    } else if (agreement.status() != AgreementStatus.ACTIVE) {
      violations.add("agreement", "is " + agreement.status() + ": courses need it signed (ACTIVE)");
    }
    return agreement;
  }

  private boolean mayReadAgreement(Agreement agreement) {
    return currentUser.isInternal() || currentUser.mayActFor(agreement.partnerCode());
  }

  /** Null for the agency's staff (everything), the partners a representative acts for. */
  private List<String> partnerFilter() {
    return currentUser.isInternal() ? null : currentUser.partnerCodes();
  }

  private void mayCreate() {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Only partnership officers create and cancel training sessions");
    }
  }

  private static <E extends Enum<E>> E oneOf(
      Violations violations, String field, String value, Class<E> type) {
    return value == null
        ? violations.requirePresent(field, null)
        : violations.requireOneOf(field, value, type);
  }

  static Course course(CourseRow row) {
    return new Course(
        row.id(),
        row.agreementReference(),
        row.partnerCode(),
        row.title(),
        TrainingTopic.valueOf(row.topic()),
        CourseLevel.valueOf(row.level()),
        row.language(),
        Delivery.valueOf(row.delivery()),
        row.durationHours(),
        row.certificate(),
        row.createdAt(),
        row.createdBy());
  }
}
