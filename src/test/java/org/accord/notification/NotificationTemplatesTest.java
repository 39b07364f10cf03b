package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {

  private final NotificationTemplates templates = new NotificationTemplates();

  @Test
  void userTextIsEscapedInTheHtmlBodyAndKeptAsIsInThePlainOne() {
    NotificationTemplates.Rendered rendered =
        templates.render(
            "agreement-declined",
            Map.of(
                "reference", "PA-2026-0042",
                "title", "<script>alert('x')</script>",
                "partnerName", "Ооо «Связь» & Co",
                "reason", "Budget <b>too</b> high",
                "tasklist", "http://accord.example"));

    assertThat(rendered.subject()).isEqualTo("[Accord] PA-2026-0042 was declined by the donor");
    assertThat(rendered.html())
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("Ооо «Связь» &amp; Co")
        .doesNotContain("<script>");
    assertThat(rendered.text()).contains("Budget <b>too</b> high");
  }

  @Test
  void valueTheTemplateNeedsButTheEventLacksIsReportedByName() {
    assertThatThrownBy(
            () -> templates.render("agreement-declined", Map.of("reference", "PA-2026-0042")))
        .isInstanceOf(NotificationTemplateException.class)
        .hasMessageContaining("agreement-declined")
        .hasMessageContaining("partnerName");
  }

  @Test
  void unknownTemplateIsReported() {
    assertThatThrownBy(() -> templates.render("no-such-template", Map.of()))
        .isInstanceOf(NotificationTemplateException.class)
        .hasMessageContaining("no-such-template");
  }

  @Test
  void addressesAreCheckedStrictly() {
    assertThat(EmailAddresses.isValid("grace.okafor@gsma.example")).isTrue();
    assertThat(EmailAddresses.isValid("careless at example dot org")).isFalse();
    assertThat(EmailAddresses.isValid("two@a.example, three@b.example")).isFalse();
    assertThat(EmailAddresses.isValid("Name <name@a.example>")).isFalse();
    assertThat(EmailAddresses.isValid("")).isFalse();
  }
}
