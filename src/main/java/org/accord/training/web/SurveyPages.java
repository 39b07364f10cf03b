package org.accord.training.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.accord.shared.Formats;
import org.accord.shared.PageTexts;
import org.accord.training.ParticipantSurveys;
import org.accord.training.ParticipantSurveys.Survey;

/**
 * The survey page of a participant, written from {@code survey.mustache} in their invitation's
 * language (the course's) with every value HTML-escaped: the session, then the form (with what was
 * chosen and what was wrong) or the outcome. It shows the participant's own name and nothing about
 * anyone else.
 */
final class SurveyPages {

  private SurveyPages() {}

  /** The form: {@code typed} what the participant sent, {@code errors} by field. */
  static String form(
      Survey survey,
      String action,
      Map<String, String> typed,
      Map<String, String> errors,
      String csrfToken) {
    PageTexts texts = PublicForms.texts(survey.language());
    Map<String, Object> model = session(survey, texts);
    Map<String, Object> form = new HashMap<>();
    form.put("action", action);
    form.put("csrf", csrfToken);
    form.put(
        "questions",
        ParticipantSurveys.QUESTIONS.stream()
            .map(name -> question(texts, name, typed, errors))
            .toList());
    form.put("comment", typed.getOrDefault("comment", ""));
    form.put("commentError", errors.getOrDefault("comment", ""));
    form.put("commentLength", ParticipantSurveys.COMMENT_LENGTH);
    form.put("hasErrors", !errors.isEmpty());
    form.put("errors", List.copyOf(errors.values()));
    model.put("form", form);
    return PublicForms.template("survey", survey.language()).execute(model);
  }

  /** The page once there is nothing to fill in: {@code thanks}, or {@code answered} already. */
  static String done(Survey survey, String outcome) {
    PageTexts texts = PublicForms.texts(survey.language());
    Map<String, Object> model = session(survey, texts);
    model.put(
        "done",
        Map.of(
            "heading",
            texts.text("survey." + outcome + ".heading"),
            "text",
            texts.text("survey." + outcome + ".text")));
    return PublicForms.template("survey", survey.language()).execute(model);
  }

  /**
   * A refusal in the page's language: a question without a score (or with another than 1 to 5), a
   * comment too long. The service's own words are English, for the API.
   */
  static String problem(Survey survey, String field) {
    PageTexts texts = PublicForms.texts(survey.language());
    if (ParticipantSurveys.QUESTIONS.contains(field)) {
      return texts.text("problem.score", Map.of("question", texts.text("question." + field)));
    }
    return texts.text(
        "problem.comment",
        Map.of(
            "n",
            Formats.of(survey.language())
                .number(BigDecimal.valueOf(ParticipantSurveys.COMMENT_LENGTH))));
  }

  private static Map<String, Object> question(
      PageTexts texts, String name, Map<String, String> typed, Map<String, String> errors) {
    String chosen = typed.getOrDefault(name, "");
    Formats formats = Formats.of(texts.language());
    Map<String, Object> question = new HashMap<>();
    question.put("name", name);
    question.put("label", texts.text("question." + name));
    question.put("error", errors.getOrDefault(name, ""));
    question.put(
        "scores",
        IntStream.rangeClosed(1, 5)
            .mapToObj(
                score ->
                    Map.<String, Object>of(
                        "value",
                        score,
                        "shown",
                        formats.number(BigDecimal.valueOf(score)),
                        "checked",
                        chosen.equals(Integer.toString(score))))
            .toList());
    return question;
  }

  private static Map<String, Object> session(Survey survey, PageTexts texts) {
    Map<String, Object> model = new HashMap<>();
    model.put("course", survey.course());
    model.put("participant", survey.participant());
    model.put("dates", RegistrationPages.dates(texts, survey.startDate(), survey.endDate()));
    return model;
  }
}
