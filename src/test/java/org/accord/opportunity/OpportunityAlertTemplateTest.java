package org.accord.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The daily e-mail of new opportunities in each of the six languages: every part is there, compiles
 * as Mustache, shows each opportunity and escapes what the agency typed in its HTML body.
 */
class OpportunityAlertTemplateTest {

  private static final Map<String, Object> MODEL =
      Map.of(
          "partnerName",
          "Donor & <Co>",
          "count",
          1,
          "opportunities",
          List.of(
              Map.of(
                  "id",
                  42L,
                  "title",
                  "Schools <b>online</b>",
                  "amountSought",
                  "USD 100,000.00",
                  "deadline",
                  "2099-06-30")),
          "portal",
          "http://accord.example/portal");

  @ParameterizedTest
  @ValueSource(strings = {"", "_ar", "_zh", "_fr", "_ru", "_es"})
  void everyPart_rendersTheOpportunities_andTheHtmlEscapesWhatWasTyped(String language)
      throws IOException {
    String subject = render("subject" + language, false);
    String text = render("text" + language, false);
    String html = render("html" + language, true);

    assertThat(subject).contains("1");
    assertThat(text)
        .contains("42", "Schools <b>online</b>", "USD 100,000.00", "2099-06-30")
        .contains("http://accord.example/portal");
    assertThat(html)
        .contains("Schools &lt;b&gt;online&lt;/b&gt;", "Donor &amp; &lt;Co&gt;")
        .doesNotContain("<b>online")
        .contains("lang=\"" + (language.isEmpty() ? "en" : language.substring(1)) + "\"");
  }

  private static String render(String part, boolean escapeHtml) throws IOException {
    String template =
        new ClassPathResource(
                "notifications/" + OpportunityAlerts.TEMPLATE + "/" + part + ".mustache")
            .getContentAsString(StandardCharsets.UTF_8);
    return Mustache.compiler().escapeHTML(escapeHtml).compile(template).execute(MODEL);
  }
}
