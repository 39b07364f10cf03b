package org.accord.training.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.accord.training.ParticipantSurveys;
import org.accord.training.ParticipantSurveys.Survey;
import org.springframework.core.io.ClassPathResource;

/**
 * The survey page of a participant, written from {@code survey.mustache} with every value
 * HTML-escaped: the session, then the form (with what was chosen and what was wrong) or the
 * outcome. It shows the participant's own name and nothing about anyone else.
 */
final class SurveyPages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final Template PAGE =
      Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).compile(read());

  /** The questions as the page asks them, in {@link ParticipantSurveys#QUESTIONS}' order. */
  private static final Map<String, String> LABELS =
      Map.of(
          "relevance", "How relevant was the course to your work?",
          "content", "The quality of the content",
          "trainers", "The trainers",
          "organization", "The organization (registration, schedule, venue or platform)",
          "overall", "The session overall");

  private SurveyPages() {}

  /** The form: {@code typed} what the participant sent, {@code errors} by field. */
  static String form(
      Survey survey,
      String action,
      Map<String, String> typed,
      Map<String, String> errors,
      String csrfToken) {
    Map<String, Object> model = session(survey);
    Map<String, Object> form = new HashMap<>();
    form.put("action", action);
    form.put("csrf", csrfToken);
    form.put(
        "questions",
        ParticipantSurveys.QUESTIONS.stream().map(name -> question(name, typed, errors)).toList());
    form.put("comment", typed.getOrDefault("comment", ""));
    form.put("commentError", errors.getOrDefault("comment", ""));
    form.put("commentLength", ParticipantSurveys.COMMENT_LENGTH);
    form.put("hasErrors", !errors.isEmpty());
    form.put("errors", List.copyOf(errors.values()));
    model.put("form", form);
    return PAGE.execute(model);
  }

  /** The page once there is nothing to fill in: thanks, or already answered. */
  static String done(Survey survey, String heading, String text) {
    Map<String, Object> model = session(survey);
    model.put("done", Map.of("heading", heading, "text", text));
    return PAGE.execute(model);
  }

  static String label(String question) {
    return LABELS.getOrDefault(question, "The comment");
  }

  private static Map<String, Object> question(
      String name, Map<String, String> typed, Map<String, String> errors) {
    String chosen = typed.getOrDefault(name, "");
    Map<String, Object> question = new HashMap<>();
    question.put("name", name);
    question.put("label", LABELS.get(name));
    question.put("error", errors.getOrDefault(name, ""));
    question.put(
        "scores",
        IntStream.rangeClosed(1, 5)
            .mapToObj(
                score ->
                    Map.<String, Object>of(
                        "value", score, "checked", chosen.equals(Integer.toString(score))))
            .toList());
    return question;
  }

  private static Map<String, Object> session(Survey survey) {
    Map<String, Object> model = new HashMap<>();
    model.put("course", survey.course());
    model.put("participant", survey.participant());
    model.put("dates", DAY.format(survey.startDate()) + " to " + DAY.format(survey.endDate()));
    return model;
  }

  private static String read() {
    try {
      return new ClassPathResource("org/accord/training/web/survey.mustache")
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
