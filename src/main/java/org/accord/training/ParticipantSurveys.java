package org.accord.training;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.identity.Languages;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.shared.ConflictException;
import org.accord.shared.Language;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.training.persistence.SurveyMapper;
import org.accord.training.persistence.SurveyMapper.Answer;
import org.accord.training.persistence.SurveyMapper.SurveyRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants' evaluation of a session (issue 19, item 6). When the session closes, each
 * participant who attended is e-mailed, in the course's language when it is one of Accord's six
 * (the agency's otherwise), a personal link to a short survey: five scores from 1 to 5 and a
 * comment, answered once, until the link expires. The link's token is random and only its SHA-256
 * is kept, so whoever reads the table cannot answer for anyone.
 */
@Service
public class ParticipantSurveys {

  static final String INVITATION = "training-survey";

  /** The questions, each scored 1 (poor) to 5 (excellent), in the order the page asks them. */
  public static final List<String> QUESTIONS =
      List.of("relevance", "content", "trainers", "organization", "overall");

  public static final int COMMENT_LENGTH = 2000;

  /**
   * What the survey page shows its participant, in {@code language}: their invitation's, the
   * course's.
   */
  public record Survey(
      String participant,
      String course,
      LocalDate startDate,
      LocalDate endDate,
      boolean answered,
      Language language) {}

  /** An answer as the form sends it: each question's score, and the comment. */
  public record NewAnswer(Map<String, String> scores, String comment) {}

  private final SurveyMapper surveys;
  private final Enrolments enrolments;
  private final TrainingCatalogue catalogue;
  private final NotificationService notifications;
  private final Languages languages;
  private final Clock clock;
  private final Duration openFor;
  private final String publicUrl;
  private final SecureRandom random = new SecureRandom();

  ParticipantSurveys(
      SurveyMapper surveys,
      Enrolments enrolments,
      TrainingCatalogue catalogue,
      NotificationService notifications,
      Languages languages,
      Clock clock,
      @Value("${accord.training.survey.open-for}") Duration openFor,
      @Value("${accord.notifications.public-url}") String publicUrl) {
    this.surveys = surveys;
    this.enrolments = enrolments;
    this.catalogue = catalogue;
    this.notifications = notifications;
    this.languages = languages;
    this.clock = clock;
    this.openFor = openFor;
    this.publicUrl = publicUrl;
  }

  /**
   * Invites every participant of the closed session who attended (a confirmed seat with some
   * attendance recorded), once each: run again, it writes and sends nothing new.
   */
  @Transactional
  void inviteAll(long sessionId) {
    TrainingSession session = catalogue.require(sessionId);
    Language language =
        Language.ofCode(session.course().language()).orElseGet(languages::agencyDefault);
    Instant now = clock.instant();
    for (Enrolment enrolment : enrolments.all(sessionId)) {
      if (enrolment.status() != EnrolmentStatus.CONFIRMED
          || enrolment.completion() == null
          || enrolment.completion().attendancePercent() == 0) {
        continue;
      }
      String token = token();
      if (surveys.insertIfAbsent(
          enrolment.id(), sessionId, hash(token), language.code(), now, now.plus(openFor))) {
        notifications.queue(
            new Message(
                INVITATION + "-" + enrolment.id(),
                INVITATION,
                session.course().agreement(),
                List.of(enrolment.email()),
                invitation(enrolment, session, token, now.plus(openFor)),
                null,
                language));
      }
    }
  }

  /** The survey of the link's token; 404 for a token that is unknown or has expired. */
  @Transactional(readOnly = true)
  public Survey open(String token) {
    return survey(find(surveys.byToken(hashOf(token)).orElse(null)));
  }

  /**
   * Keeps the participant's answer: each question scored 1 to 5, the comment at most {@value
   * #COMMENT_LENGTH} characters; 400 naming the field and nothing kept otherwise, 409 when they
   * answered already, 404 for a token that is unknown or has expired.
   */
  @Transactional
  public Survey answer(String token, NewAnswer answer) {
    SurveyRow row = find(surveys.lockByToken(hashOf(token)).orElse(null));
    if (row.answeredAt() != null) {
      throw new ConflictException("This survey was answered already");
    }
    Violations violations = new Violations();
    Map<String, Integer> scores = new HashMap<>();
    for (String question : QUESTIONS) {
      String given = answer.scores().get(question);
      if (given == null || given.isBlank()) {
        violations.add(question, "is required: a score from 1 to 5");
      } else if (!given.strip().matches("[1-5]")) {
        violations.add(question, "must be a score from 1 to 5");
      } else {
        scores.put(question, Integer.parseInt(given.strip()));
      }
    }
    String comment = answer.comment() == null ? "" : answer.comment().strip();
    if (comment.length() > COMMENT_LENGTH) {
      violations.add("comment", "must be at most " + COMMENT_LENGTH + " characters");
    }
    violations.throwIfAny();
    surveys.answer(
        row.enrolmentId(),
        new Answer(
            scores.get("relevance"),
            scores.get("content"),
            scores.get("trainers"),
            scores.get("organization"),
            scores.get("overall"),
            comment.isEmpty() ? null : comment),
        clock.instant());
    return survey(surveys.byToken(hashOf(token)).orElseThrow());
  }

  private SurveyRow find(SurveyRow row) {
    if (row == null || !clock.instant().isBefore(row.expiresAt())) {
      throw new NotFoundException("No survey at this address, or it has closed");
    }
    return row;
  }

  private Survey survey(SurveyRow row) {
    Enrolment enrolment = enrolments.require(row.enrolmentId());
    TrainingSession session = catalogue.require(row.sessionId());
    return new Survey(
        enrolment.name(),
        session.course().title(),
        session.startDate(),
        session.endDate(),
        row.answeredAt() != null,
        Language.ofCode(row.language()).orElseGet(languages::agencyDefault));
  }

  private Map<String, Object> invitation(
      Enrolment enrolment, TrainingSession session, String token, Instant closes) {
    Map<String, Object> model = new HashMap<>();
    model.put("name", enrolment.name());
    model.put("course", session.course().title());
    model.put("startDate", session.startDate().toString());
    model.put("endDate", session.endDate().toString());
    model.put("link", publicUrl + "/training/survey/" + token);
    model.put("closes", LocalDate.ofInstant(closes, clock.getZone()).toString());
    return model;
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A token of another shape than ours is unknown; anything longer is not worth hashing. */
  private static String hashOf(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return "";
    }
    return hash(token);
  }

  private static String hash(String token) {
    return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
  }
}
