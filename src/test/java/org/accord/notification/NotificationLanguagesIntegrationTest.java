package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.identity.Languages;
import org.accord.shared.Language;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One event, each recipient in their language: users in the language they chose, a user who chose
 * none in the agency's default, an address no user has in the event's language.
 */
@AccordIntegrationTest
class NotificationLanguagesIntegrationTest {

  // A group of its own, so that no other test's count of a group's recipients changes.
  private static final String GROUP = "mail-language-readers";
  private static final Map<String, Optional<Language>> READERS =
      Map.of(
          "mail-fr", Optional.of(Language.FR),
          "mail-ar", Optional.of(Language.AR),
          "mail-zh", Optional.of(Language.ZH),
          "mail-none", Optional.empty());

  @Autowired NotificationService notifications;
  @Autowired Audience audience;
  @Autowired Languages languages;
  @Autowired IdentityService identityService;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void readersWithTheirLanguages() {
    identityService.saveGroup(identityService.newGroup(GROUP));
    READERS.forEach(
        (id, language) -> {
          User user = identityService.newUser(id);
          user.setFirstName(id);
          user.setLastName("Reader");
          user.setEmail(id + "@accord.example");
          identityService.saveUser(user);
          identityService.createMembership(id, GROUP);
          language.ifPresent(chosen -> languages.prefer(id, chosen, "admin"));
        });
  }

  @AfterEach
  void removeTheReaders() {
    READERS
        .keySet()
        .forEach(
            id -> {
              languages.forget(id, "admin");
              identityService.deleteUser(id);
            });
    identityService.deleteGroup(GROUP);
  }

  @Test
  void oneCallForFunds_reachesEachReaderInTheirLanguage_andAnAddressOfNoUserInTheEventsLanguage()
      throws Exception {
    String reference = "PA-LANG-0001";
    List<String> recipients = new java.util.ArrayList<>(audience.ofGroups(List.of(GROUP)));
    recipients.add("treasury@ministry.example");
    Message call =
        new Message(
                "test:languages:" + reference,
                "funds-called",
                reference,
                recipients,
                callForFunds(reference))
            .inLanguage(Language.ES);

    notifications.queue(call);
    notifications.queue(call);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> received(reference).size() == READERS.size() + 1);
    // At most once each, however often the event is queued: one row per recipient.
    assertThat(
            jdbc.queryForObject(
                "select count(*) from accord.notification where agreement_reference = ?",
                Integer.class,
                reference))
        .isEqualTo(READERS.size() + 1);

    MimeMessage french = to("mail-fr@accord.example", reference);
    assertThat(french.getSubject())
        .isEqualTo("[Accord] Appel de fonds : " + reference + ", tranche 1 sur 3");
    assertThat(html(french))
        .contains("<html lang=\"fr\">")
        .contains("21\u202F400,00 EUR")
        .contains("1 février 2027");

    MimeMessage arabic = to("mail-ar@accord.example", reference);
    assertThat(arabic.getSubject()).isEqualTo("[Accord] طلب سداد: " + reference + "، القسط 1 من 3");
    assertThat(html(arabic))
        .contains("<html lang=\"ar\" dir=\"rtl\">")
        // Arabic-Indic digits, as the documents write them (ADR 17).
        .contains("٢١٬٤٠٠٫٠٠ EUR")
        .contains("١ فبراير ٢٠٢٧");

    MimeMessage chinese = to("mail-zh@accord.example", reference);
    assertThat(chinese.getSubject()).isEqualTo("[Accord] 缴款通知：" + reference + "，第 1 期（共 3 期）");
    assertThat(html(chinese))
        .contains("<html lang=\"zh\">")
        .contains("EUR 21,400.00")
        .contains("2027年2月1日");

    // No choice: the agency's default (accord.language.default, English here).
    assertThat(languages.agencyDefault()).isEqualTo(Language.EN);
    MimeMessage byDefault = to("mail-none@accord.example", reference);
    assertThat(byDefault.getSubject())
        .isEqualTo("[Accord] Call for funds: " + reference + ", instalment 1 of 3");
    assertThat(html(byDefault))
        .contains("<html lang=\"en\">")
        .contains("EUR 21,400.00")
        .contains("1 February 2027");

    MimeMessage external = to("treasury@ministry.example", reference);
    assertThat(external.getSubject())
        .isEqualTo("[Accord] Solicitud de fondos: " + reference + ", tramo 1 de 3");
    assertThat(html(external)).contains("21.400,00 EUR").contains("1 de febrero de 2027");
  }

  @Test
  void aReaderWhoChangesTheirLanguage_getsTheNextMessageInTheNewOne() throws Exception {
    String reference = "PA-LANG-0002";
    languages.prefer("mail-fr", Language.RU, "mail-fr");

    notifications.queue(
        new Message(
            "test:languages:" + reference,
            "report-overdue",
            reference,
            audience.ofUser("mail-fr"),
            Map.of("reference", reference, "tasklist", "http://accord.example")));

    await().atMost(Duration.ofSeconds(20)).until(() -> received(reference).size() == 1);
    assertThat(to("mail-fr@accord.example", reference).getSubject())
        .isEqualTo("[Accord] Просрочен отчет о ходе работы: " + reference);
  }

  private static Map<String, Object> callForFunds(String reference) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    model.put("title", "Rural broadband toolkit");
    model.put("instalment", 1);
    model.put("instalments", 3);
    model.put("amount", new Amount(new BigDecimal("21400.00"), "EUR"));
    model.put("payBy", LocalDate.of(2027, 2, 1));
    model.put("paymentReference", reference + "/1");
    return model;
  }

  private List<MimeMessage> received(String reference) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subject(message).contains(reference))
        .toList();
  }

  private MimeMessage to(String address, String reference) {
    return received(reference).stream()
        .filter(message -> recipients(message).contains(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Nothing sent to " + address));
  }

  /** The HTML body, decoded from whatever transfer encoding the message used. */
  private static String html(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String html = html(child);
        if (html != null) {
          return html;
        }
      }
    }
    return null;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString).toList();
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
