package org.accord.training.web;

import static org.accord.training.web.PublicForms.html;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.shared.FieldViolation;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.PageTexts;
import org.accord.training.Enrolment;
import org.accord.training.Enrolments;
import org.accord.training.SessionStatus;
import org.accord.training.TrainingCatalogue;
import org.accord.training.TrainingInput.NewEnrolment;
import org.accord.training.TrainingRecognition;
import org.accord.training.TrainingRecognition.TrainingPartner;
import org.accord.training.TrainingSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public registration page of a training session: no login (it is outside {@code /api}, whose
 * filter authenticates), rate-limited per client address ({@link RegistrationRateLimit}), its form
 * protected from cross-site posts as {@link PublicForms} says, in the course's language. The answer
 * shows the participant their own enrolment only, and never whether an address was enrolled already
 * ({@link Enrolments#registerOnPage}).
 */
@Controller
class RegistrationPageController {

  private final TrainingCatalogue catalogue;
  private final Enrolments enrolments;
  private final TrainingRecognition recognition;
  private final Clock clock;

  RegistrationPageController(
      TrainingCatalogue catalogue,
      Enrolments enrolments,
      TrainingRecognition recognition,
      Clock clock) {
    this.catalogue = catalogue;
    this.enrolments = enrolments;
    this.recognition = recognition;
    this.clock = clock;
  }

  @GetMapping(value = "/training/sessions/{id}/register", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String id, HttpServletRequest request) {
    TrainingSession session = session(id);
    if (session == null) {
      return notFound(request);
    }
    String token = PublicForms.newToken();
    return html(
        HttpStatus.OK,
        RegistrationPages.form(
            session, recognized(session), closedBecause(session), Map.of(), Map.of(), token),
        PublicForms.cookie(token, request));
  }

  @PostMapping(
      value = "/training/sessions/{id}/register",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> register(
      @PathVariable String id, @RequestParam Map<String, String> form, HttpServletRequest request) {
    TrainingSession session = session(id);
    if (session == null) {
      return notFound(request);
    }
    if (!PublicForms.tokenMatches(form.get(PublicForms.CSRF_FIELD), request)) {
      return html(
          HttpStatus.FORBIDDEN,
          PublicForms.message(
              RegistrationPages.languageOf(session), "expiredRegistration", Map.of()),
          null);
    }
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field :
        new String[] {"name", "email", "organization", "organizationType", "country", "gender"}) {
      String value = form.get(field);
      typed.put(field, value == null ? "" : value);
    }
    try {
      Enrolment enrolment =
          enrolments.registerOnPage(
              session.id(),
              new NewEnrolment(
                  typed.get("name"),
                  typed.get("email"),
                  typed.get("organization"),
                  blankIsNull(typed.get("organizationType")),
                  blankIsNull(typed.get("country")),
                  blankIsNull(typed.get("gender"))));
      return html(
          HttpStatus.OK,
          RegistrationPages.answer(catalogue.require(session.id()), recognized(session), enrolment),
          null);
    } catch (InvalidInputException invalid) {
      PageTexts texts = PublicForms.texts(RegistrationPages.languageOf(session));
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldViolation violation : invalid.violations()) {
        errors.putIfAbsent(violation.field(), problem(texts, violation));
      }
      TrainingSession now = catalogue.require(session.id());
      String token = form.get(PublicForms.CSRF_FIELD);
      return html(
          HttpStatus.BAD_REQUEST,
          RegistrationPages.form(now, recognized(now), closedBecause(now), typed, errors, token),
          null);
    }
  }

  private TrainingSession session(String id) {
    try {
      return catalogue.require(Long.parseLong(id));
    } catch (NumberFormatException | NotFoundException noSuchSession) {
      return null;
    }
  }

  private RegistrationPages.Recognized recognized(TrainingSession session) {
    return new RegistrationPages.Recognized(
        recognition.brandedPartner(session),
        recognition.listedPartners().stream().map(TrainingPartner::name).toList());
  }

  /** The key of the words saying why registration is closed; null when it is open. */
  private String closedBecause(TrainingSession session) {
    if (session.status() == SessionStatus.CANCELLED) {
      return "closed.cancelled";
    }
    if (session.status() != SessionStatus.OPEN
        || !session.startDate().isAfter(LocalDate.now(clock))) {
      return "closed.started";
    }
    return null;
  }

  /**
   * A refusal in the page's language. The service words its violations in English for the API; the
   * page knows the ones a participant can make with this form (a field left out, an address that is
   * none or is registered already) and words them itself; any other names the field to check.
   */
  private static String problem(PageTexts texts, FieldViolation violation) {
    String field = violation.field();
    if (field.equals("session")) {
      return texts.text("problem.session");
    }
    String kind =
        switch (violation.message()) {
          case "is required" -> "required";
          case "is not an e-mail address" -> "invalid";
          case "is already enrolled in this session" -> "enrolled";
          default -> "other";
        };
    String key = "problem." + field + "." + kind;
    if (texts.all().containsKey(key)) {
      return texts.text(key);
    }
    String label = texts.all().getOrDefault("form." + field, field);
    return texts.text("problem.other", Map.of("field", label));
  }

  private static String blankIsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static ResponseEntity<String> notFound(HttpServletRequest request) {
    return html(
        HttpStatus.NOT_FOUND,
        PublicForms.message(PublicForms.browsersLanguage(request), "noSession", Map.of()),
        null);
  }
}
