package org.accord.portal;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agreement's attachments page in a real headless Chromium, as a donor's representative and an
 * officer use it: the files listed, a PDF added, an executable renamed .pdf refused with the
 * reason, and the page reached from a task's "Attachments" tab in Tasklist.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PortalAttachmentsBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;
  @TempDir Path files;

  @Test
  void aDonor_addsAPdfSharedWithTheAgency_andAnExecutableRenamedPdfIsRefusedWithTheReason()
      throws Exception {
    String partner = newPartner("PU");
    String reference = api.propose(partner, "40000.00");
    Path pdf = write("bank-letter.pdf", pdf("Bank letter for " + reference));
    Path exe = write("report.pdf", executable());

    try (Browser browser = Browser.open(port)) {
      browser
          .logInToTasklist(rep(partner))
          .openPage(attachmentsPage(reference), "body[data-loaded]");
      assertThat(browser.text("#agreement-line")).startsWith(reference + " · ");
      assertThat(browser.text("#attachments tbody")).isEqualTo("No files attached yet.");
      // A partner does not choose who reads its files: they are shared with the agency.
      assertThat(browser.hasElement("select[name=visibility]")).isFalse();
      assertThat(browser.text("#upload .shared")).contains("always shared with the agency");

      browser
          .choose("select[name=type]", "BANK_LETTER")
          .fill("textarea[name=description]", "Our bank's letter <b>confirming</b> the account")
          .attach("input[name=file]", pdf)
          .clickOn("#upload button[type=submit]")
          .await("#attachments tr[data-id]");
      assertThat(browser.text("#upload .done")).isEqualTo("Added bank-letter.pdf.");
      assertThat(browser.text("#attachments tbody"))
          .contains("bank-letter.pdf", "Bank letter", "Shared with the partner")
          .contains("Our bank's letter <b>confirming</b> the account");
      assertThat(browser.hasElement("#attachments b")).isFalse();

      browser
          .choose("select[name=type]", "AUDIT_REPORT")
          .attach("input[name=file]", exe)
          .clickOn("#upload button[type=submit]");
      assertThat(awaitRefusal(browser))
          .startsWith("file: ")
          .contains("not what the name 'report.pdf' says");
      assertThat(browser.hasElement("input[name=file][aria-invalid]")).isTrue();
      browser.screenshot(Path.of("target/screenshots/portal-attachments-donor.png"));
    }
    Map<String, Object> stored =
        api.get("officer", "/api/agreements/" + reference + "/attachments").getBody();
    assertThat((List<Map<String, Object>>) stored.get("attachments"))
        .singleElement()
        .satisfies(
            attachment ->
                assertThat(attachment)
                    .containsEntry("fileName", "bank-letter.pdf")
                    .containsEntry("visibility", "SHARED_WITH_PARTNER")
                    .containsEntry("uploadedBy", rep(partner)));
  }

  @Test
  void anOfficer_opensThePageFromATasksAttachmentsTab_andAddsAFileForTheAgencyOnly()
      throws Exception {
    String partner = newPartner("PT");
    String reference = api.propose(partner, "30000.00");
    String taskId = (String) api.tasks("officer", reference, SCREEN_PROPOSAL).get(0).get("id");
    Path pdf = write("audit.pdf", pdf("Audit of " + reference));

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("officer").openTask(taskId);
      assertThat(browser.taskTabs()).contains("Form", "Attachments");
      browser.evaluate(
          "[...document.querySelectorAll('.nav-tabs a')]"
              + ".find(a => a.textContent.trim() === 'Attachments').click();");
      browser.await("[data-accord-attachments=shown]");
      browser.screenshot(Path.of("target/screenshots/tasklist-attachments-tab.png"));
      String href =
          (String)
              browser.evaluate("return document.querySelector('a.accord-attachments-link').href");
      assertThat(href).endsWith(attachmentsPage(reference));
      assertThat(browser.text("a.accord-attachments-link"))
          .isEqualTo("Open the attachments of " + reference);

      browser
          .openPage(attachmentsPage(reference), "body[data-loaded]")
          .choose("select[name=type]", "AUDIT_REPORT")
          .choose("select[name=visibility]", "AGENCY_ONLY")
          .attach("input[name=file]", pdf)
          .clickOn("#upload button[type=submit]")
          .await("#attachments tr[data-id]");
      assertThat(browser.text("#attachments tbody")).contains("audit.pdf", "The agency only");
      browser.screenshot(Path.of("target/screenshots/portal-attachments-officer.png"));
    }
    // The partner's representatives do not see a file kept for the agency.
    Map<String, Object> seen =
        api.get(rep(partner), "/api/agreements/" + reference + "/attachments").getBody();
    assertThat((List<Map<String, Object>>) seen.get("attachments")).isEmpty();
  }

  @Test
  void aRepresentativeWhoseBrowserReadsArabic_addsAFileOnAPageInArabic_rightToLeft()
      throws Exception {
    String partner = newPartner("PB");
    String reference = api.propose(partner, "40000.00");
    Path pdf = write("bank-letter.pdf", pdf("Bank letter for " + reference));

    try (Browser browser = Browser.open(port, "ar")) {
      browser
          .logInToTasklist(rep(partner))
          .openPage(attachmentsPage(reference), "body[data-loaded]");
      assertThat(browser.evaluate("return document.documentElement.dir;")).isEqualTo("rtl");
      assertThat(browser.title()).isEqualTo("Accord · المرفقات · " + reference);
      assertThat(browser.text("#attachments-card h2")).isEqualTo("الملفات المرفقة");
      assertThat(browser.text("#attachments tbody")).isEqualTo("لا توجد ملفات مرفقة بعد.");
      assertThat(browser.text("#upload .shared")).contains("مشتركة دائمًا مع الوكالة");

      browser
          .choose("select[name=type]", "BANK_LETTER")
          .fill("textarea[name=description]", "Our bank's letter")
          .attach("input[name=file]", pdf)
          .clickOn("#upload button[type=submit]")
          .await("#attachments tr[data-id]");
      assertThat(browser.text("#upload .done")).isEqualTo("أُضيف bank-letter.pdf.");
      assertThat(browser.text("#attachments tbody"))
          .contains("خطاب مصرفي", "الاتفاق", "مشترك مع الشريك", "Our bank's letter");
      // The size in Arabic-Indic digits: a one-page PDF is some hundreds of bytes to a few kB.
      assertThat(browser.text("#attachments tbody tr td.num")).containsPattern("[٠-٩]");
      // The table starts on the right, as Arabic reads.
      assertThat(
              browser.evaluate(
                  "const cells = document.querySelectorAll('#attachments thead th');"
                      + " return cells[0].getBoundingClientRect().left"
                      + " > cells[1].getBoundingClientRect().left;"))
          .isEqualTo(true);
      browser.screenshot(Path.of("target/screenshots/portal-attachments-ar.png"));

      browser.openPage(attachmentsPage("PA-NONE"), "main.refused h1");
      assertThat(browser.text("main.refused h1")).isEqualTo("الاتفاق غير موجود");
      browser.screenshot(Path.of("target/screenshots/portal-attachments-not-found-ar.png"));
    }
  }

  @Test
  void anOfficerWhoseBrowserReadsFrench_findsTheAttachmentsTabInFrench() throws Exception {
    String partner = newPartner("PF");
    String reference = api.propose(partner, "30000.00");
    String taskId = (String) api.tasks("officer", reference, SCREEN_PROPOSAL).get(0).get("id");

    try (Browser browser = Browser.open(port, "fr-FR")) {
      browser.logInToTasklist("officer").openTask(taskId);
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(20))
          .until(() -> browser.taskTabs().contains("Pièces jointes"));
      browser.evaluate(
          "[...document.querySelectorAll('.nav-tabs a')]"
              + ".find(a => a.textContent.trim() === 'Pièces jointes').click();");
      browser.await("[data-accord-attachments=shown]");
      assertThat(browser.text("a.accord-attachments-link"))
          .isEqualTo("Ouvrir les pièces jointes de " + reference);
      browser.screenshot(Path.of("target/screenshots/tasklist-attachments-tab-fr.png"));
    }
  }

  @Test
  void anotherPartnersAgreement_hasNoAttachmentsPage() throws Exception {
    String partner = newPartner("PN");
    String reference = api.propose("GSMA", "20000.00");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(rep(partner));
      assertThat(browser.fetch(attachmentsPage(reference))).startsWith("404 text/html");
      assertThat(browser.fetch(attachmentsPage("PA-NONE"))).startsWith("404 text/html");
    }
  }

  private static String awaitRefusal(Browser browser) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> !browser.text("#upload .field-error").isEmpty());
    return browser.text("#upload .field-error");
  }

  private static String attachmentsPage(String reference) {
    return "/portal/agreements/" + reference + "/attachments";
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(files.resolve(name), content);
  }

  /** A Windows executable's first bytes, whatever the name says. */
  private static byte[] executable() {
    byte[] mz = new byte[512];
    System.arraycopy(new byte[] {'M', 'Z', (byte) 0x90, 0}, 0, mz, 0, 4);
    return mz;
  }

  private static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private String newPartner(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Partner " + code);
    api.newUser(rep(code), "donor-" + code);
    return code;
  }

  private static String rep(String partner) {
    return partner.toLowerCase(Locale.ROOT);
  }
}
