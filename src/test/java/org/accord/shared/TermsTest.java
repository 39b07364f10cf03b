package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.initiative.MemberRole;
import org.accord.reporting.Rating;
import org.accord.results.OutputType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The constants' names have one home, the terms ({@code documents/terms_<code>.properties}, held to
 * their English by {@code DocumentBundlesTest}): their English is the enums' own labels, every
 * constant a page or an e-mail names is there in every language, and the pages' vocabulary is a
 * view of them.
 */
class TermsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<Enum<?>[]> NAMED =
      List.of(
          Priority.values(),
          Region.values(),
          AgreementStatus.values(),
          Rating.values(),
          MemberRole.values());

  @Test
  void theEnglishTerms_areTheEnumsLabels() {
    Terms english = Terms.in(Language.EN);
    assertLabels(Priority.values(), Priority::label, english);
    assertLabels(Region.values(), Region::label, english);
    assertLabels(AgreementStatus.values(), AgreementStatus::label, english);
    assertLabels(Rating.values(), Rating::label, english);
    assertLabels(AgreementType.values(), AgreementType::label, english);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyConstantAPageOrAnEmailNames_hasATerm_andThePagesVocabularyIsTheTerms(
      Language language) {
    Terms terms = Terms.in(language);
    PageTexts vocabulary = PageTexts.vocabulary(language);
    NAMED.stream()
        .flatMap(Stream::of)
        .forEach(constant -> assertThat(terms.name(constant)).as(constant.name()).isNotBlank());
    Stream.of(Priority.values())
        .forEach(
            priority ->
                assertThat(vocabulary.text("priority." + priority.name()))
                    .isEqualTo(terms.name(priority)));
    Stream.of(AgreementStatus.values())
        .forEach(
            status ->
                assertThat(vocabulary.text("status." + status.name()))
                    .isEqualTo(terms.name(status)));
    Stream.of(OutputType.values())
        .forEach(
            output ->
                assertThat(vocabulary.text("output." + output.name()))
                    .isEqualTo(terms.name(output)));
    assertThat(vocabulary.all())
        .as("priorities, regions, stages, ratings and output types, nothing else")
        .hasSize(
            Priority.values().length
                + Region.values().length
                + AgreementStatus.values().length
                + Rating.values().length
                + OutputType.values().length);
  }

  @Test
  void aConstantsName_isTheSameWordingOnPagesAndInDocuments() {
    assertThat(Terms.in(Language.FR).name(Priority.AFFORDABLE_CONNECTIVITY))
        .isEqualTo("Connectivité financièrement abordable");
    assertThat(PageTexts.vocabulary(Language.FR).text("priority.AFFORDABLE_CONNECTIVITY"))
        .isEqualTo("Connectivité financièrement abordable");
    assertThat(Terms.in(Language.ZH).name(MemberRole.CO_LEAD)).isEqualTo("联合牵头方");
  }

  /**
   * The forms keep their own words (ADR 16), but a priority or a region reads there as everywhere
   * else: each such option is the terms' name, in the English form and in each form bundle.
   */
  @Test
  void theFormsPrioritiesAndRegions_readAsTheTerms() throws IOException {
    Map<Language, JsonNode> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (language != Language.EN) {
        bundles.put(
            language, JSON.readTree(Path.of("forms/i18n/" + language.code() + ".json").toFile()));
      }
    }
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        for (Option option : options(form, new ArrayList<>())) {
          Optional<Enum<?>> constant = priorityOrRegion(option.value());
          for (Language language : constant.isPresent() ? Language.values() : new Language[0]) {
            String label =
                language == Language.EN
                    ? option.label()
                    : bundles
                        .get(language)
                        .path(form.path("id").asText())
                        .path(option.field() + ".values." + option.value())
                        .asText();
            if (!label.equals(Terms.in(language).name(constant.get()))) {
              problems.add(file + " " + language.code() + " " + option.value() + ": " + label);
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private record Option(String field, String value, String label) {}

  private static List<Option> options(JsonNode component, List<Option> options) {
    for (JsonNode value : component.path("values")) {
      options.add(
          new Option(
              component.path("id").asText(),
              value.path("value").asText(),
              value.path("label").asText()));
    }
    for (JsonNode child : component.path("components")) {
      options(child, options);
    }
    return options;
  }

  private static Optional<Enum<?>> priorityOrRegion(String code) {
    return Stream.<Enum<?>>concat(Stream.of(Priority.values()), Stream.of(Region.values()))
        .filter(constant -> constant.name().equals(code))
        .findFirst();
  }

  private static <E extends Enum<E>> void assertLabels(
      E[] constants, Function<E, String> label, Terms english) {
    for (E constant : constants) {
      assertThat(english.name(constant)).as(constant.name()).isEqualTo(label.apply(constant));
    }
  }
}
