package org.accord.training.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.shared.Countries;
import org.accord.shared.Money;
import org.accord.training.Enrolment;
import org.accord.training.EnrolmentStatus;
import org.accord.training.FeeCategory;
import org.accord.training.Gender;
import org.accord.training.OrganizationType;
import org.accord.training.TrainingSession;
import org.springframework.core.io.ClassPathResource;

/**
 * The registration page of a session, written from {@code register.mustache} with every value
 * HTML-escaped: the session and its fees, then the form (with what was typed and what was wrong),
 * or the participant's own answer. Nothing about other participants is ever on it.
 */
final class RegistrationPages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final Mustache.Compiler ESCAPING =
      Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true);
  private static final Template PAGE = ESCAPING.compile(read("register.mustache"));
  private static final Template MESSAGE = ESCAPING.compile(read("message.mustache"));

  /** The countries by name, worked out once: sorting by display name costs more than the page. */
  private static final List<String> COUNTRIES = Countries.byName();

  private static final Map<String, String> COUNTRY_NAMES =
      COUNTRIES.stream()
          .collect(java.util.stream.Collectors.toUnmodifiableMap(code -> code, Countries::name));

  private RegistrationPages() {}

  /**
   * How the page recognizes partners, as their terms say: {@code partnership} the name of the
   * session's partner ("in partnership with"), or null; {@code trainingPartners} the names of the
   * agency's listed training partners.
   */
  record Recognized(String partnership, List<String> trainingPartners) {}

  /** The page with the form: {@code typed} what the participant sent, {@code errors} by field. */
  static String form(
      TrainingSession session,
      Recognized recognized,
      String closedBecause,
      Map<String, String> typed,
      Map<String, String> errors,
      String csrfToken) {
    Map<String, Object> model = session(session, recognized);
    if (closedBecause != null) {
      model.put("closed", closedBecause);
      return PAGE.execute(model);
    }
    Map<String, Object> form = new HashMap<>();
    form.put("action", "/training/sessions/" + session.id() + "/register");
    form.put("csrf", csrfToken);
    for (String field :
        List.of("name", "email", "organization", "organizationType", "country", "gender")) {
      form.put(field, typed.getOrDefault(field, ""));
      form.put(field + "Error", errors.getOrDefault(field, ""));
    }
    form.put("hasErrors", !errors.isEmpty());
    form.put("errors", List.copyOf(errors.values()));
    form.put("countries", options(COUNTRIES, COUNTRY_NAMES::get, typed.get("country")));
    form.put(
        "organizationTypes",
        options(
            names(OrganizationType.values()),
            RegistrationPages::label,
            typed.get("organizationType")));
    form.put(
        "genders", options(names(Gender.values()), RegistrationPages::label, typed.get("gender")));
    model.put("form", form);
    return PAGE.execute(model);
  }

  /** The participant's answer: confirmed or waitlisted, and what they will pay. */
  static String answer(TrainingSession session, Recognized recognized, Enrolment enrolment) {
    Map<String, Object> model = session(session, recognized);
    Map<String, Object> answer = new HashMap<>();
    boolean confirmed = enrolment.status() == EnrolmentStatus.CONFIRMED;
    answer.put("confirmed", confirmed);
    answer.put("name", enrolment.name());
    answer.put("email", enrolment.email());
    answer.put("category", label(enrolment.feeCategory().name()));
    answer.put(
        "fee",
        enrolment.freeSeat() ? "None: a free seat" : Money.of(enrolment.fee(), session.currency()));
    answer.put("notice", enrolment.notice() == null ? "" : enrolment.notice());
    model.put("answer", answer);
    return PAGE.execute(model);
  }

  static String message(String title, String text) {
    return MESSAGE.execute(Map.of("title", title, "text", text));
  }

  static String tooManyRequests(long seconds) {
    return message(
        "Too many requests",
        "Too many requests came from your address in the last minute. Please try again in "
            + seconds
            + (seconds == 1 ? " second." : " seconds."));
  }

  private static Map<String, Object> session(TrainingSession session, Recognized recognized) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", session.course().title());
    model.put("partnership", recognized.partnership() == null ? "" : recognized.partnership());
    model.put("trainingPartners", String.join(", ", recognized.trainingPartners()));
    model.put("topic", label(session.course().topic().name()));
    model.put("level", label(session.course().level().name()));
    model.put(
        "language",
        Locale.forLanguageTag(session.course().language()).getDisplayLanguage(Locale.ENGLISH));
    model.put("delivery", label(session.course().delivery().name()));
    model.put("hours", session.course().durationHours());
    model.put("certificate", session.course().certificate());
    model.put("dates", DAY.format(session.startDate()) + " to " + DAY.format(session.endDate()));
    model.put("venue", session.venue());
    model.put("standardFee", Money.of(session.standardFee(), session.currency()));
    model.put("developingFee", Money.of(session.developingFee(), session.currency()));
    model.put("ldcSids", label(FeeCategory.LDC_SIDS.name()));
    model.put("seatsLeft", session.seatsLeft() > 0);
    return model;
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return names;
  }

  private static List<Map<String, Object>> options(
      List<String> values, java.util.function.Function<String, String> label, String chosen) {
    return values.stream()
        .map(
            value -> {
              Map<String, Object> option = new HashMap<>();
              option.put("value", value);
              option.put("label", label.apply(value));
              option.put("selected", value.equals(chosen));
              return option;
            })
        .toList();
  }

  /** PRIVATE_SECTOR reads "Private sector"; LDC_SIDS "LDC or SIDS". */
  static String label(String name) {
    if (name.equals(FeeCategory.LDC_SIDS.name())) {
      return "Least developed country or small island developing State";
    }
    if (name.equals(Gender.NOT_STATED.name())) {
      return "I prefer not to say";
    }
    if (name.equals(OrganizationType.NGO.name())) {
      return "NGO";
    }
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT).replace("ai ", "AI ");
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String read(String name) {
    try {
      return new ClassPathResource("org/accord/training/web/" + name)
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
