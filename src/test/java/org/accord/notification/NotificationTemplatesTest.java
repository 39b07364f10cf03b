package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.accord.shared.Language;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {

  private final NotificationTemplates templates = new NotificationTemplates();

  @Test
  void userTextIsEscapedInTheHtmlBodyAndKeptAsIsInThePlainOne() {
    NotificationTemplates.Rendered rendered =
        templates.render(
            "agreement-declined",
            Language.EN,
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
  void datesAndAmountsAreWrittenAsEachLanguageWritesThem() {
    Map<String, Object> model =
        Map.of(
            "reference", "PA-2026-0042",
            "taskName", "Sign the MoU",
            "link", "http://accord.example/task",
            "tasklist", "http://accord.example",
            "amount", new Amount(new BigDecimal("250000.00"), "USD"),
            "due", Date.from(Instant.parse("2026-12-10T15:00:00Z")));

    // Each language's CLDR data (ICU4J): the code where the language puts it, its separators,
    // the day in UTC (15:00 UTC is the 10th everywhere).
    assertThat(templates.render("task-waiting", Language.EN, model).html())
        .contains("USD 250,000.00")
        .contains("10 December 2026");
    assertThat(templates.render("task-waiting", Language.FR, model).html())
        .contains("250\u202F000,00 USD")
        .contains("10 décembre 2026");
    assertThat(templates.render("task-waiting", Language.ES, model).html())
        .contains("250.000,00 USD")
        .contains("10 de diciembre de 2026");
    assertThat(templates.render("task-waiting", Language.RU, model).html())
        .contains("250 000,00 USD")
        .contains("10 декабря 2026\u202Fг.");
    assertThat(templates.render("task-waiting", Language.ZH, model).html())
        .contains("USD 250,000.00")
        .contains("2026年12月10日");
    assertThat(templates.render("task-waiting", Language.AR, model).html())
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("٢٥٠٬٠٠٠٫٠٠ USD")
        .contains("١٠ ديسمبر ٢٠٢٦");
  }

  @Test
  void amountsKeepTheDecimalsOfTheirCurrency() {
    Map<String, Object> model =
        Map.of(
            "reference", "PA-2026-0042",
            "tasklist", "http://accord.example",
            "amount", new Amount(new BigDecimal("1250000"), "JPY"));

    assertThat(templates.render("report-overdue", Language.EN, model).text()).isNotNull();
    assertThat(templates.render("report-overdue", Language.EN, model).html())
        .contains("JPY 1,250,000<");
    assertThat(templates.render("report-overdue", Language.FR, model).html())
        .contains("1\u202F250\u202F000 JPY<");
  }

  @Test
  void valueTheTemplateNeedsButTheEventLacksIsReportedByName() {
    assertThatThrownBy(
            () ->
                templates.render(
                    "agreement-declined", Language.EN, Map.of("reference", "PA-2026-0042")))
        .isInstanceOf(NotificationTemplateException.class)
        .hasMessageContaining("agreement-declined")
        .hasMessageContaining("partnerName");
  }

  @Test
  void unknownTemplateIsReported() {
    assertThatThrownBy(() -> templates.render("no-such-template", Language.EN, Map.of()))
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
