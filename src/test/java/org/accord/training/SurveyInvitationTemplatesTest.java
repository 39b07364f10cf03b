package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.accord.notification.NotificationTemplates;
import org.accord.notification.NotificationTemplates.Rendered;
import org.accord.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The survey invitation is written in each of Accord's six languages, link and dates included. */
class SurveyInvitationTemplatesTest {

  private static final Map<String, Object> MODEL =
      Map.of(
          "name", "Amina <Diallo>",
          "course", "Spectrum management fundamentals",
          "startDate", "2027-03-01",
          "endDate", "2027-03-05",
          "link", "https://accord.example.org/training/survey/abc",
          "closes", "2027-05-04");

  private final NotificationTemplates templates = new NotificationTemplates();

  @ParameterizedTest
  @EnumSource(Language.class)
  void theInvitation_isWrittenInEachLanguage_withTheLinkAndTheDates(Language language) {
    Rendered rendered = templates.render(ParticipantSurveys.INVITATION, language, MODEL);

    assertThat(rendered.subject()).startsWith("[Accord] ").contains(MODEL.get("course").toString());
    for (String body : new String[] {rendered.text(), rendered.html()}) {
      assertThat(body)
          .contains("https://accord.example.org/training/survey/abc")
          .contains("2027-03-01")
          .contains("2027-03-05")
          .contains("2027-05-04");
    }
    assertThat(rendered.text()).contains("Amina <Diallo>");
    assertThat(rendered.html()).contains("Amina &lt;Diallo&gt;");
  }

  @Test
  void eachLanguage_hasItsOwnWords_andArabicIsWrittenRightToLeft() {
    assertThat(templates.render(ParticipantSurveys.INVITATION, Language.EN, MODEL).subject())
        .isEqualTo("[Accord] How was Spectrum management fundamentals? Your evaluation");
    assertThat(templates.render(ParticipantSurveys.INVITATION, Language.ES, MODEL).text())
        .startsWith("Estimado/a Amina <Diallo>:");
    assertThat(templates.render(ParticipantSurveys.INVITATION, Language.RU, MODEL).text())
        .contains("Ваша персональная ссылка:");
    assertThat(templates.render(ParticipantSurveys.INVITATION, Language.ZH, MODEL).text())
        .contains("您的专属链接：");
    assertThat(templates.render(ParticipantSurveys.INVITATION, Language.AR, MODEL).html())
        .contains("dir=\"rtl\"")
        .contains("رابطكم الشخصي:");
  }
}
