package org.accord.training.web;

import static org.accord.training.web.PublicForms.html;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.shared.ConflictException;
import org.accord.shared.FieldViolation;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.training.ParticipantSurveys;
import org.accord.training.ParticipantSurveys.NewAnswer;
import org.accord.training.ParticipantSurveys.Survey;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A participant's survey of a closed session, at the personal link their invitation carries: public
 * (outside {@code /api}), rate-limited per address ({@link RegistrationRateLimit}), its form
 * protected as {@link PublicForms} says. An unknown or expired link is 404; a second answer 409.
 */
@Controller
class SurveyPageController {

  private final ParticipantSurveys surveys;

  SurveyPageController(ParticipantSurveys surveys) {
    this.surveys = surveys;
  }

  @GetMapping(value = "/training/survey/{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request) {
    Survey survey;
    try {
      survey = surveys.open(token);
    } catch (NotFoundException unknown) {
      return notFound(request);
    }
    if (survey.answered()) {
      return answeredAlready(HttpStatus.OK, survey);
    }
    String csrf = PublicForms.newToken();
    return html(
        HttpStatus.OK,
        SurveyPages.form(survey, action(token), Map.of(), Map.of(), csrf),
        PublicForms.cookie(csrf, request));
  }

  @PostMapping(
      value = "/training/survey/{token}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> answer(
      @PathVariable String token,
      @RequestParam Map<String, String> form,
      HttpServletRequest request) {
    Survey survey;
    try {
      survey = surveys.open(token);
    } catch (NotFoundException unknown) {
      return notFound(request);
    }
    if (!PublicForms.tokenMatches(form.get(PublicForms.CSRF_FIELD), request)) {
      return html(
          HttpStatus.FORBIDDEN,
          PublicForms.message(survey.language(), "expiredSurvey", Map.of()),
          null);
    }
    Map<String, String> typed = new LinkedHashMap<>();
    for (String question : ParticipantSurveys.QUESTIONS) {
      typed.put(question, form.getOrDefault(question, ""));
    }
    typed.put("comment", form.getOrDefault("comment", ""));
    try {
      Survey answered = surveys.answer(token, new NewAnswer(typed, typed.get("comment")));
      return html(HttpStatus.OK, SurveyPages.done(answered, "thanks"), null);
    } catch (InvalidInputException invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldViolation violation : invalid.violations()) {
        errors.putIfAbsent(violation.field(), SurveyPages.problem(survey, violation.field()));
      }
      return html(
          HttpStatus.BAD_REQUEST,
          SurveyPages.form(survey, action(token), typed, errors, form.get(PublicForms.CSRF_FIELD)),
          null);
    } catch (ConflictException twice) {
      return answeredAlready(HttpStatus.CONFLICT, survey);
    } catch (NotFoundException expired) {
      return notFound(request);
    }
  }

  private static String action(String token) {
    return "/training/survey/" + token;
  }

  private static ResponseEntity<String> answeredAlready(HttpStatus status, Survey survey) {
    return html(status, SurveyPages.done(survey, "answered"), null);
  }

  private static ResponseEntity<String> notFound(HttpServletRequest request) {
    return html(
        HttpStatus.NOT_FOUND,
        PublicForms.message(PublicForms.browsersLanguage(request), "noSurvey", Map.of()),
        null);
  }
}
