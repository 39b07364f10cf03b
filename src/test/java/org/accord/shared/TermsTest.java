package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.initiative.MemberRole;
import org.accord.reporting.Rating;
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
    assertThat(vocabulary.all())
        .as("priorities, regions, stages and ratings, nothing else")
        .hasSize(
            Priority.values().length
                + Region.values().length
                + AgreementStatus.values().length
                + Rating.values().length);
  }

  @Test
  void aConstantsName_isTheSameWordingOnPagesAndInDocuments() {
    assertThat(Terms.in(Language.FR).name(Priority.AFFORDABLE_CONNECTIVITY))
        .isEqualTo("Connectivité financièrement abordable");
    assertThat(PageTexts.vocabulary(Language.FR).text("priority.AFFORDABLE_CONNECTIVITY"))
        .isEqualTo("Connectivité financièrement abordable");
    assertThat(Terms.in(Language.ZH).name(MemberRole.CO_LEAD)).isEqualTo("联合牵头方");
  }

  private static <E extends Enum<E>> void assertLabels(
      E[] constants, Function<E, String> label, Terms english) {
    for (E constant : constants) {
      assertThat(english.name(constant)).as(constant.name()).isEqualTo(label.apply(constant));
    }
  }
}
