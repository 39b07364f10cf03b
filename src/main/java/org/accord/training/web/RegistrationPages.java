package org.accord.training.web;

import com.ibm.icu.text.Collator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.accord.shared.Countries;
import org.accord.shared.Formats;
import org.accord.shared.Language;
import org.accord.shared.PageTexts;
import org.accord.training.Enrolment;
import org.accord.training.EnrolmentStatus;
import org.accord.training.Gender;
import org.accord.training.OrganizationType;
import org.accord.training.TrainingSession;

/**
 * The registration page of a session, written from {@code register.mustache} in the course's
 * language with every value HTML-escaped: the session and its fees, then the form (with what was
 * typed and what was wrong), or the participant's own answer. Nothing about other participants is
 * ever on it.
 */
final class RegistrationPages {

  /**
   * The countries in the order of their names in each language, worked out once per language:
   * sorting by display name costs more than the page.
   */
  private static final Map<Language, List<Map.Entry<String, String>>> COUNTRIES =
      new ConcurrentHashMap<>();

  private RegistrationPages() {}

  /** The language of a session's pages: its course's, the one the participant follows it in. */
  static Language languageOf(TrainingSession session) {
    return Language.ofCode(session.course().language()).orElse(Language.EN);
  }

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
    Language language = languageOf(session);
    PageTexts texts = PublicForms.texts(language);
    Map<String, Object> model = session(session, recognized, texts);
    if (closedBecause != null) {
      model.put("closed", texts.text(closedBecause));
      return PublicForms.template("register", language).execute(model);
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
    form.put("countries", countries(language, typed.get("country")));
    form.put(
        "organizationTypes",
        options(
            names(OrganizationType.values()),
            type -> texts.text("organizationType." + type),
            typed.get("organizationType")));
    form.put(
        "genders",
        options(
            names(Gender.values()), gender -> texts.text("gender." + gender), typed.get("gender")));
    model.put("form", form);
    return PublicForms.template("register", language).execute(model);
  }

  /** The participant's answer: confirmed or waitlisted, and what they will pay. */
  static String answer(TrainingSession session, Recognized recognized, Enrolment enrolment) {
    Language language = languageOf(session);
    PageTexts texts = PublicForms.texts(language);
    Map<String, Object> model = session(session, recognized, texts);
    Map<String, Object> answer = new HashMap<>();
    boolean confirmed = enrolment.status() == EnrolmentStatus.CONFIRMED;
    answer.put("confirmed", confirmed);
    answer.put("name", enrolment.name());
    answer.put("email", enrolment.email());
    answer.put("category", texts.text("category." + enrolment.feeCategory().name()));
    answer.put(
        "fee",
        enrolment.freeSeat()
            ? texts.text("answer.none")
            : amount(language, enrolment.fee(), session.currency()));
    answer.put(
        "notice",
        enrolment.feeNotice() == null ? "" : texts.text("notice." + enrolment.feeNotice().name()));
    model.put("answer", answer);
    return PublicForms.template("register", language).execute(model);
  }

  private static Map<String, Object> session(
      TrainingSession session, Recognized recognized, PageTexts texts) {
    Language language = texts.language();
    Formats formats = Formats.of(language);
    Map<String, Object> model = new HashMap<>();
    model.put("title", session.course().title());
    model.put(
        "partnership",
        recognized.partnership() == null
            ? ""
            : texts.text("recognition.partnership", Map.of("partner", recognized.partnership())));
    model.put(
        "trainingPartners",
        recognized.trainingPartners().isEmpty()
            ? ""
            : texts.text(
                "recognition.partners",
                Map.of("partners", String.join(", ", recognized.trainingPartners()))));
    model.put("topic", texts.text("topic." + session.course().topic().name()));
    model.put("level", texts.text("level." + session.course().level().name()));
    model.put("language", formats.languageName(language));
    model.put(
        "delivery",
        texts.counted(
            "facts.deliveryHours",
            session.course().durationHours(),
            Map.of("delivery", texts.text("delivery." + session.course().delivery().name()))));
    model.put("certificate", session.course().certificate());
    model.put("dates", dates(texts, session.startDate(), session.endDate()));
    model.put("venue", session.venue());
    String developingFee = amount(language, session.developingFee(), session.currency());
    model.put("standardFee", amount(language, session.standardFee(), session.currency()));
    model.put("developingFee", developingFee);
    model.put("freeSeat", texts.text("fees.freeSeat", Map.of("fee", developingFee)));
    model.put("seatsLeft", session.seatsLeft() > 0);
    return model;
  }

  /** "1 March 2027 to 5 March 2027", "du 1 mars 2027 au 5 mars 2027": the survey's too. */
  static String dates(PageTexts texts, LocalDate start, LocalDate end) {
    Formats formats = Formats.of(texts.language());
    return texts.text(
        "facts.dateRange", Map.of("start", formats.date(start), "end", formats.date(end)));
  }

  /** An amount as the language writes it, its ISO code where the language puts it. */
  private static String amount(Language language, BigDecimal amount, String currency) {
    return Formats.of(language).amount(amount, currency);
  }

  private static List<Map<String, Object>> countries(Language language, String chosen) {
    List<Map.Entry<String, String>> byName =
        COUNTRIES.computeIfAbsent(
            language,
            sorting -> {
              Formats formats = Formats.of(sorting);
              Collator order = Collator.getInstance(formats.locale());
              return Countries.byName().stream()
                  .map(code -> Map.entry(code, formats.countryName(code)))
                  .sorted(Map.Entry.comparingByValue(order))
                  .toList();
            });
    Map<String, String> names = new HashMap<>();
    byName.forEach(country -> names.put(country.getKey(), country.getValue()));
    return options(byName.stream().map(Map.Entry::getKey).toList(), names::get, chosen);
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return names;
  }

  private static List<Map<String, Object>> options(
      List<String> values, Function<String, String> label, String chosen) {
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
}
