package org.accord.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.accord.shared.InvalidInputException;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PartnerProposals;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attachments through {@code /api}, with real files made here: stored with their hash, typed from
 * their bytes, refused when they are not what they say or too large (nothing stored), and seen by
 * the agency's staff and by the agreement's own partner only when shared.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class AttachmentIntegrationTest {

  private static final List<String> STAFF =
      List.of(
          "officer",
          "legal",
          "finance",
          "compliance",
          "head",
          "director",
          "signatory",
          "manager",
          "admin");

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired Attachments attachments;
  @Autowired IdentityService identityService;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void officerUploadsARealPdf_keptWithItsHash_andDownloadedAsAnAttachmentNeverSniffed()
      throws Exception {
    String reference = api.propose("GSMA", "90000.00");
    byte[] pdf = pdf("Memorandum of Understanding, signed 2027-01-15");

    ResponseEntity<Map<String, Object>> stored =
        upload(
            "officer",
            reference,
            "MoU signé (scan).pdf",
            pdf,
            fields("SIGNED_MOU_SCAN", "SHARED_WITH_PARTNER", "Both signatures, page 4"));

    assertThat(stored.getStatusCode().value()).as("%s", stored.getBody()).isEqualTo(201);
    Map<String, Object> attachment = stored.getBody();
    assertThat(attachment)
        .containsEntry("agreementReference", reference)
        .containsEntry("subject", "AGREEMENT")
        .containsEntry("type", "SIGNED_MOU_SCAN")
        .containsEntry("visibility", "SHARED_WITH_PARTNER")
        .containsEntry("description", "Both signatures, page 4")
        .containsEntry("fileName", "MoU signé (scan).pdf")
        .containsEntry("contentType", "application/pdf")
        .containsEntry("sizeBytes", pdf.length)
        .containsEntry("sha256", sha256(pdf))
        .containsEntry("uploadedBy", "officer");
    assertThat(stored.getHeaders().getLocation())
        .hasPath("/api/attachments/" + attachment.get("id"));

    ResponseEntity<byte[]> download = download("gsma", attachment.get("id"));
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getBody()).isEqualTo(pdf);
    HttpHeaders headers = download.getHeaders();
    assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
    assertThat(headers.getContentDisposition().isAttachment()).isTrue();
    assertThat(headers.getContentDisposition().getFilename()).isEqualTo("MoU signé (scan).pdf");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Content-SHA256")).isEqualTo(sha256(pdf));
    assertThat(headers.getFirst("Repr-Digest"))
        .isEqualTo(
            "sha-256=:"
                + Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf))
                + ":");
  }

  @Test
  void officeDocumentsAndImages_areKeptAsTheTypeTheirNameSays_whenTheirBytesAreThat()
      throws Exception {
    String reference = api.propose("GSMA", "91500.00");
    byte[] docx = officeOpenXml();
    Map<String, String> audit = fields("AUDIT_REPORT", "AGENCY_ONLY", null);

    assertThat(upload("officer", reference, "audit.docx", docx, audit).getBody())
        .containsEntry(
            "contentType",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(upload("officer", reference, "audit.xlsx", docx, audit).getBody())
        .containsEntry(
            "contentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(upload("officer", reference, "scan.JPG", jpeg(), audit).getBody())
        .containsEntry("contentType", "image/jpeg");
    assertRefused("officer", reference, "audit.docx", zip(), audit, "file");
    assertRefused("officer", reference, "audit.pdf", docx, audit, "file");
  }

  @Test
  void partnerUploadsAPngToItsOwnAgreement_alwaysShared_neverToAnother() throws Exception {
    String gsma = api.propose("GSMA", "91000.00");
    String jica = api.propose("JICA", "91000.00");
    byte[] png = png();

    ResponseEntity<Map<String, Object>> stored =
        upload("gsma", gsma, "school.png", png, Map.of("type", "EVIDENCE_OF_RESULTS"));

    assertThat(stored.getStatusCode().value()).as("%s", stored.getBody()).isEqualTo(201);
    assertThat(stored.getBody())
        .containsEntry("contentType", "image/png")
        .containsEntry("visibility", "SHARED_WITH_PARTNER")
        .containsEntry("uploadedBy", "gsma");
    assertThat(
            upload(
                    "gsma",
                    gsma,
                    "school.png",
                    png,
                    fields("EVIDENCE_OF_RESULTS", "AGENCY_ONLY", null))
                .getBody())
        .satisfies(problem -> assertThat(problem.toString()).contains("visibility"));
    assertThat(
            upload("gsma", jica, "school.png", png, Map.of("type", "OTHER"))
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  /**
   * Every type in both visibilities on one GSMA agreement: every staff role sees all twelve, GSMA
   * the six shared ones, JICA none, and probing any of them by id gets 404 where it may not see.
   */
  @Test
  void everyTypeAndVisibility_seenByStaff_sharedOnesByTheirPartner_noneByAnother() {
    String reference = api.propose("GSMA", "92000.00");
    Map<String, String> ids = new HashMap<>();
    for (AttachmentType type : AttachmentType.values()) {
      for (AttachmentVisibility visibility : AttachmentVisibility.values()) {
        ResponseEntity<Map<String, Object>> stored =
            upload(
                "officer",
                reference,
                type + ".txt",
                ("Note " + type + " " + visibility).getBytes(StandardCharsets.UTF_8),
                fields(type.name(), visibility.name(), null));
        assertThat(stored.getStatusCode().value()).as("%s", stored.getBody()).isEqualTo(201);
        ids.put(type + "/" + visibility, String.valueOf(stored.getBody().get("id")));
      }
    }

    for (String staff : STAFF) {
      assertThat(listed(staff, "/api/agreements/" + reference + "/attachments?size=50"))
          .as("as %s", staff)
          .containsExactlyInAnyOrderElementsOf(ids.values());
      ids.values()
          .forEach(id -> assertThat(download(staff, id).getStatusCode().value()).isEqualTo(200));
    }
    List<String> shared =
        ids.entrySet().stream()
            .filter(entry -> entry.getKey().endsWith("/SHARED_WITH_PARTNER"))
            .map(Map.Entry::getValue)
            .toList();
    assertThat(shared).hasSize(AttachmentType.values().length);
    assertThat(listed("gsma", "/api/agreements/" + reference + "/attachments?size=50"))
        .containsExactlyInAnyOrderElementsOf(shared);
    assertThat(listed("gsma", "/api/attachments?size=200")).containsAll(shared);
    assertThat(listed("jica", "/api/attachments?size=200"))
        .doesNotContainAnyElementsOf(ids.values());
    assertThat(
            api.get("jica", "/api/agreements/" + reference + "/attachments")
                .getStatusCode()
                .value())
        .isEqualTo(404);
    ids.forEach(
        (what, id) -> {
          assertThat(download("jica", id).getStatusCode().value())
              .as("jica: %s", what)
              .isEqualTo(404);
          assertThat(download("gsma", id).getStatusCode().value())
              .as("gsma: %s", what)
              .isEqualTo(shared.contains(id) ? 200 : 404);
        });
    assertThat(download(null, shared.get(0)).getStatusCode().value()).isEqualTo(401);
  }

  /**
   * GSMA's representative attaches a budget to GSMA's concept note and the officers an agency-only
   * assessment: GSMA sees its own file only, JICA neither the list, an upload nor a download; a
   * concept note's files go through its own address only, and a note nobody has is not there.
   */
  @Test
  void aConceptNotesFiles_seenByItsMemberAndTheStaff_neverByAnotherPartner() throws Exception {
    long note = conceptNote("gsma");
    String path = "/api/concept-notes/" + note + "/attachments";
    ResponseEntity<Map<String, Object>> budget =
        api.upload("gsma", path, "budget.pdf", pdf("Budget by line"), Map.of("type", "OTHER"));
    assertThat(budget.getStatusCode().value()).as("%s", budget.getBody()).isEqualTo(201);
    assertThat(budget.getBody())
        .containsEntry("conceptNote", (int) note)
        .doesNotContainKey("agreementReference")
        .containsEntry("subject", "CONCEPT_NOTE")
        .containsEntry("visibility", "SHARED_WITH_PARTNER")
        .containsEntry("contentType", "application/pdf");
    ResponseEntity<Map<String, Object>> assessment =
        api.upload(
            "officer",
            path,
            "assessment.pdf",
            pdf("Assessment"),
            fields("CORRESPONDENCE", "AGENCY_ONLY", null));
    assertThat(assessment.getStatusCode().value()).as("%s", assessment.getBody()).isEqualTo(201);
    String budgetId = String.valueOf(budget.getBody().get("id"));
    String assessmentId = String.valueOf(assessment.getBody().get("id"));

    assertThat(listed("officer", path)).containsExactly(assessmentId, budgetId);
    assertThat(listed("gsma", path)).containsExactly(budgetId);
    assertThat(listed("gsma", "/api/attachments?size=200"))
        .contains(budgetId)
        .doesNotContain(assessmentId);
    assertThat(download("gsma", budgetId).getStatusCode().value()).isEqualTo(200);
    assertThat(download("gsma", assessmentId).getStatusCode().value()).isEqualTo(404);

    long before = stored();
    assertThat(api.get("jica", path).getStatusCode().value()).isEqualTo(404);
    assertThat(
            api.upload("jica", path, "x.pdf", pdf("x"), Map.of("type", "OTHER"))
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(download("jica", budgetId).getStatusCode().value()).isEqualTo(404);
    assertThat(listed("jica", "/api/attachments?size=200")).doesNotContain(budgetId);
    assertThat(
            api.upload(
                    "gsma",
                    path,
                    "x.pdf",
                    pdf("x"),
                    Map.of("type", "OTHER", "subject", "AMENDMENT"))
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThat(
            api.upload(
                    "officer",
                    "/api/concept-notes/999999999/attachments",
                    "x.pdf",
                    pdf("x"),
                    fields("OTHER", "AGENCY_ONLY", null))
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void listsArePaged_newestFirst_withTheirTotal() {
    String reference = api.propose("GSMA", "93000.00");
    for (int note = 1; note <= 3; note++) {
      upload(
          "officer",
          reference,
          "note-" + note + ".txt",
          ("note " + note).getBytes(StandardCharsets.UTF_8),
          fields("CORRESPONDENCE", "AGENCY_ONLY", null));
    }

    Map<String, Object> second =
        api.get("officer", "/api/agreements/" + reference + "/attachments?page=1&size=2").getBody();

    assertThat(second).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
    assertThat((List<Map<String, Object>>) second.get("attachments"))
        .extracting(attachment -> attachment.get("fileName"))
        .containsExactly("note-1.txt");
    assertThat(
            api.get("officer", "/api/agreements/" + reference + "/attachments?size=201").getBody())
        .satisfies(problem -> assertThat(problem.toString()).contains("size"));
    assertThat(api.get("officer", "/api/attachments?page=-1").getStatusCode().value())
        .isEqualTo(400);
  }

  @Test
  void filesAttachedToAProgressReportAndTheDueDiligence_listedBySubject() {
    String reference = api.toActive("GSMA", "94000.00");

    ResponseEntity<Map<String, Object>> report =
        upload(
            "officer",
            reference,
            "evidence.csv",
            "school,connected\nKigali 1,yes\n".getBytes(StandardCharsets.UTF_8),
            subject(
                fields("EVIDENCE_OF_RESULTS", "SHARED_WITH_PARTNER", null),
                "PROGRESS_REPORT",
                "1"));
    ResponseEntity<Map<String, Object>> dueDiligence =
        upload(
            "officer",
            reference,
            "audit.txt",
            "Audited accounts 2026".getBytes(StandardCharsets.UTF_8),
            subject(fields("AUDIT_REPORT", "AGENCY_ONLY", null), "DUE_DILIGENCE", null));

    assertThat(report.getStatusCode().value()).as("%s", report.getBody()).isEqualTo(201);
    assertThat(report.getBody())
        .containsEntry("subject", "PROGRESS_REPORT")
        .containsEntry("subjectNumber", 1)
        .containsEntry("contentType", "text/csv");
    assertThat(dueDiligence.getStatusCode().value())
        .as("%s", dueDiligence.getBody())
        .isEqualTo(201);
    assertThat(
            listed(
                "gsma",
                "/api/agreements/"
                    + reference
                    + "/attachments?subject=PROGRESS_REPORT&subjectNumber=1"))
        .containsExactly(String.valueOf(report.getBody().get("id")));
    assertThat(
            listed(
                "officer", "/api/agreements/" + reference + "/attachments?subject=DUE_DILIGENCE"))
        .containsExactly(String.valueOf(dueDiligence.getBody().get("id")));
    assertThat(
            listed("gsma", "/api/agreements/" + reference + "/attachments?subject=DUE_DILIGENCE"))
        .isEmpty();
    assertRefused(
        "officer",
        reference,
        "a.txt",
        "x".getBytes(StandardCharsets.UTF_8),
        subject(fields("OTHER", "AGENCY_ONLY", null), "AMENDMENT", "1"),
        "subjectNumber");
    api.post(
        "officer",
        "/api/agreements/" + reference + "/amendments",
        Map.of("justification", "Longer survey", "endDate", "2029-03-31"));
    ResponseEntity<Map<String, Object>> amendment =
        upload(
            "gsma",
            reference,
            "our-letter.txt",
            "We agree to the extension".getBytes(StandardCharsets.UTF_8),
            subject(Map.of("type", "CORRESPONDENCE"), "AMENDMENT", "1"));
    assertThat(amendment.getStatusCode().value()).as("%s", amendment.getBody()).isEqualTo(201);
    assertThat(
            listed(
                "officer",
                "/api/agreements/" + reference + "/attachments?subject=AMENDMENT&subjectNumber=1"))
        .containsExactly(String.valueOf(amendment.getBody().get("id")));
    assertRefused(
        "officer",
        reference,
        "a.txt",
        "x".getBytes(StandardCharsets.UTF_8),
        subject(fields("OTHER", "AGENCY_ONLY", null), "PROGRESS_REPORT", "99"),
        "subjectNumber");
  }

  @Test
  void filesThatAreNotWhatTheySay_orNamedWithAPath_orWithoutTheirFields_areRefusedAndNothingStored()
      throws Exception {
    String reference = api.propose("GSMA", "95000.00");
    byte[] elf = new byte[512];
    System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
    byte[] mz = new byte[512];
    System.arraycopy(new byte[] {'M', 'Z', (byte) 0x90, 0}, 0, mz, 0, 4);
    Map<String, String> valid = fields("BANK_LETTER", "AGENCY_ONLY", null);
    long before = stored();

    assertRefused("officer", reference, "bank-letter.pdf", elf, valid, "file");
    assertRefused("officer", reference, "bank-letter.pdf", mz, valid, "file");
    assertRefused("officer", reference, "bank-letter.pdf", png(), valid, "file");
    assertRefused("officer", reference, "setup.exe", mz, valid, "file");
    assertRefused("officer", reference, "page.html", "<script>".getBytes(), valid, "file");
    assertRefused("officer", reference, "../../etc/letter.pdf", pdf("x"), valid, "file");
    assertRefused("officer", reference, "C:\\letters\\letter.pdf", pdf("x"), valid, "file");
    assertRefused("officer", reference, "empty.txt", new byte[0], valid, "file");
    assertRefused("officer", reference, "letter.pdf", null, valid, "file");
    assertRefused(
        "officer",
        reference,
        "letter.pdf",
        pdf("x"),
        fields("CONTRACT", "AGENCY_ONLY", null),
        "type");
    assertRefused(
        "officer", reference, "letter.pdf", pdf("x"), Map.of("visibility", "AGENCY_ONLY"), "type");
    assertRefused(
        "officer", reference, "letter.pdf", pdf("x"), Map.of("type", "BANK_LETTER"), "visibility");
    assertRefused(
        "officer",
        reference,
        "letter.pdf",
        pdf("x"),
        fields("BANK_LETTER", "PUBLIC", null),
        "visibility");
    assertRefused(
        "officer",
        reference,
        "letter.pdf",
        pdf("x"),
        fields("BANK_LETTER", "AGENCY_ONLY", "d".repeat(2001)),
        "description");
    assertRefused(
        "officer",
        reference,
        "letter.pdf",
        pdf("x"),
        subject(valid, "CONCEPT_NOTE", null),
        "subject");
    assertRefused(
        "officer",
        reference,
        "letter.pdf",
        pdf("x"),
        subject(valid, "AGREEMENT", "2"),
        "subjectNumber");
    assertRefused(
        "officer",
        reference,
        "letter.pdf",
        pdf("x"),
        subject(valid, "AMENDMENT", null),
        "subjectNumber");
    assertRefused(
        "officer",
        reference,
        "letter.pdf",
        pdf("x"),
        subject(valid, "AMENDMENT", "two"),
        "subjectNumber");

    assertThat(
            (List<Map<String, Object>>)
                upload(
                        "officer",
                        reference,
                        "../letter.pdf",
                        pdf("x"),
                        fields("CONTRACT", "PUBLIC", null))
                    .getBody()
                    .get("errors"))
        .as("every field at fault, at once")
        .extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder("file", "type", "visibility");

    assertThat(stored()).isEqualTo(before);
  }

  /**
   * A 25 MB upload against the default limit of 20 MB: refused with 413 naming the file before a
   * byte of it is read (its declared length says enough), and nothing kept. Sent by hand: a client
   * that pushes the whole body regardless sees the connection closed under it (Tomcat drops the
   * connection after a 413), which makes reading its answer a race.
   */
  @Test
  void aFileOverTheLimit_isRefusedNamingTheFile_beforeItIsRead_andNothingStored() throws Exception {
    String reference = api.propose("GSMA", "96000.00");
    long before = stored();

    String answer;
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(head(reference, 25 * 1024 * 1024 + 200).getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      answer = answer(socket.getInputStream());
    }

    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"field\":\"file\"");
    assertThat(stored()).isEqualTo(before);
  }

  /**
   * The client stops half-way through the file and says no more: 400 once the body has ended, and
   * nothing kept (where the file was already being stored, the next test shows the rollback).
   */
  @Test
  void anUploadCutOffHalfWayOverHttp_isRefusedNamingTheFile_andNothingStored() throws Exception {
    String reference = api.propose("GSMA", "96500.00");
    String parts =
        "--accord\r\n"
            + "Content-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n"
            + "--accord\r\n"
            + "Content-Disposition: form-data; name=\"visibility\"\r\n\r\nAGENCY_ONLY\r\n"
            + "--accord\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n";
    byte[] half = new byte[1024 * 1024];
    java.util.Arrays.fill(half, (byte) 'a');
    long before = stored();

    String answer;
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(
          head(reference, parts.length() + 2L * half.length + 12).getBytes(StandardCharsets.UTF_8));
      out.write(parts.getBytes(StandardCharsets.UTF_8));
      out.write(half);
      out.flush();
      socket.shutdownOutput();
      answer = answer(socket.getInputStream());
    }

    // Tomcat marks a request whose body broke off as failed: the answer is its 400 error page.
    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(stored()).isEqualTo(before);
  }

  /**
   * The service's own count, for a stream that is not a multipart part (the portal's): it stops at
   * the limit and one chunk, never reading the 25 MB.
   */
  @Test
  void aStreamOverTheLimit_isReadNoFurtherThanTheLimit() {
    String reference = api.propose("GSMA", "97000.00");
    Letters letters = new Letters(25L * 1024 * 1024, Long.MAX_VALUE);
    identityService.setAuthentication("officer", List.of("partnership-officers"));
    long before = stored();

    assertThatThrownBy(() -> attachments.store(reference, upload("large.txt", letters)))
        .isInstanceOf(FileTooLargeException.class);

    assertThat(letters.read).isLessThanOrEqualTo(20L * 1024 * 1024 + 2 * 64 * 1024);
    assertThat(stored()).isEqualTo(before);
  }

  /** The client goes away half-way: the large object written so far goes with the transaction. */
  @Test
  void anUploadInterruptedHalfWay_leavesNothingBehind() {
    String reference = api.propose("GSMA", "98000.00");
    Letters half = new Letters(10L * 1024 * 1024, 5L * 1024 * 1024);
    identityService.setAuthentication("officer", List.of("partnership-officers"));
    long before = stored();

    assertThatThrownBy(() -> attachments.store(reference, upload("report.txt", half)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("file: was not received whole");

    assertThat(half.read).isGreaterThanOrEqualTo(5L * 1024 * 1024);
    assertThat(stored()).isEqualTo(before);
  }

  /**
   * What storing a 19 MB file costs the heap: the bytes the storing thread allocates, measured
   * (com.sun.management), against the file's size; and reading it back, chunk by chunk. ADR 0013
   * records the figures.
   */
  @Test
  void aLargeFileIsStoredAndReadBackInChunks_neverWholeInMemory() throws Exception {
    String reference = api.propose("GSMA", "99000.00");
    long size = 19L * 1024 * 1024;
    identityService.setAuthentication("officer", List.of("partnership-officers"));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();

    long allocatedBefore = threads.getThreadAllocatedBytes(thread);
    Attachment stored =
        attachments.store(reference, upload("large.txt", new Letters(size, Long.MAX_VALUE)));
    long storing = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
    DigestingSink sink = new DigestingSink();
    allocatedBefore = threads.getThreadAllocatedBytes(thread);
    attachments.copyContent(stored.id(), sink);
    long reading = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

    System.out.printf(
        "attachments: 19 MB stored allocating %d KB, read back allocating %d KB%n",
        storing / 1024, reading / 1024);
    assertThat(stored.sizeBytes()).isEqualTo(size);
    assertThat(sink.count).isEqualTo(size);
    assertThat(HexFormat.of().formatHex(sink.sha256.digest())).isEqualTo(stored.sha256());
    assertThat(storing).as("allocated while storing").isLessThan(size / 2);
    // The driver hands each chunk read back in a fresh array (about the file's size in all, each
    // garbage at once): what shows it is never whole is that the bytes leave in chunks.
    assertThat(sink.largestWrite)
        .as("largest write to the response")
        .isLessThanOrEqualTo(64 * 1024);
    assertThat(reading).as("allocated while reading").isLessThan(2 * size);
  }

  // --- fixtures

  /** So many bytes of text ('a'), failing with an IOException after {@code failAfter}. */
  private static final class Letters extends InputStream {
    private final long size;
    private final long failAfter;
    long read;

    Letters(long size, long failAfter) {
      this.size = size;
      this.failAfter = failAfter;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (read >= failAfter) {
        throw new IOException("Connection reset by the client");
      }
      if (read >= size) {
        return -1;
      }
      int count = (int) Math.min(length, Math.min(size, failAfter) - read);
      java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'a');
      read += count;
      return count;
    }
  }

  private static final class DigestingSink extends java.io.OutputStream {
    final MessageDigest sha256;
    long count;
    int largestWrite;

    DigestingSink() throws Exception {
      sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Override
    public void write(int b) {
      sha256.update((byte) b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      sha256.update(bytes, offset, length);
      count += length;
      largestWrite = Math.max(largestWrite, length);
    }
  }

  private static Upload upload(String fileName, InputStream content) {
    return new Upload(null, null, "OTHER", "AGENCY_ONLY", null, fileName, content);
  }

  private ResponseEntity<Map<String, Object>> upload(
      String user, String reference, String fileName, byte[] content, Map<String, String> fields) {
    return api.upload(
        user, "/api/agreements/" + reference + "/attachments", fileName, content, fields);
  }

  private void assertRefused(
      String user,
      String reference,
      String fileName,
      byte[] content,
      Map<String, String> fields,
      String field) {
    ResponseEntity<Map<String, Object>> refused =
        upload(user, reference, fileName, content, fields);
    assertThat(refused.getStatusCode().value())
        .as("%s: %s", fileName, refused.getBody())
        .isEqualTo(400);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
        .as("%s", refused.getBody())
        .extracting(error -> error.get("field"))
        .contains(field);
  }

  private static Map<String, String> fields(String type, String visibility, String description) {
    Map<String, String> fields = new HashMap<>();
    fields.put("type", type);
    fields.put("visibility", visibility);
    if (description != null) {
      fields.put("description", description);
    }
    return fields;
  }

  private static Map<String, String> subject(
      Map<String, String> fields, String subject, String number) {
    Map<String, String> with = new HashMap<>(fields);
    with.put("subject", subject);
    if (number != null) {
      with.put("subjectNumber", number);
    }
    return with;
  }

  /** A concept note the partner's representative submits; its id. */
  private long conceptNote(String representative) {
    Map<String, Object> note = PartnerProposals.conceptNote();
    ResponseEntity<Map<String, Object>> created =
        api.post(representative, "/api/concept-notes", note);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private ResponseEntity<byte[]> download(String user, Object id) {
    HttpHeaders headers = user == null ? new HttpHeaders() : Api.headersOf(user);
    headers.setAccept(List.of(org.springframework.http.MediaType.ALL));
    return rest.exchange(
        "/api/attachments/" + id, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private List<String> listed(String user, String path) {
    ResponseEntity<Map<String, Object>> page = api.get(user, path);
    assertThat(page.getStatusCode().value())
        .as("%s as %s: %s", path, user, page.getBody())
        .isEqualTo(200);
    List<String> ids = new ArrayList<>();
    ((List<Map<String, Object>>) page.getBody().get("attachments"))
        .forEach(attachment -> ids.add(String.valueOf(attachment.get("id"))));
    return ids;
  }

  /** Rows and large objects: an upload refused or failed leaves neither. */
  private long stored() {
    return jdbc.queryForObject("select count(*) from accord.attachment", Long.class)
        + jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
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

  /** The head of an officer's multipart upload to the agreement, declaring this length. */
  private static String head(String reference, long contentLength) {
    return "POST /api/agreements/"
        + reference
        + "/attachments HTTP/1.1\r\n"
        + "Host: localhost\r\n"
        + "Authorization: Basic "
        + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8))
        + "\r\n"
        + "Accept: application/json, application/problem+json\r\n"
        + "Content-Type: multipart/form-data; boundary=accord\r\n"
        + "Content-Length: "
        + contentLength
        + "\r\n"
        + "Connection: close\r\n\r\n";
  }

  /**
   * An HTTP answer up to the end of its chunked body: Tomcat keeps the connection open after it,
   * waiting for the body the request declared.
   */
  private static String answer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    for (int next = in.read(); next >= 0; next = in.read()) {
      answer.write(next);
      if (answer.toString(StandardCharsets.UTF_8).endsWith("\r\n0\r\n\r\n")) {
        break;
      }
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  /** The smallest Office Open XML container: its content types first, as Office writes them. */
  private static byte[] officeOpenXml() throws IOException {
    return zip(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        "word/document.xml",
        "<w:document/>");
  }

  private static byte[] zip() throws IOException {
    return zip("notes.txt", "not an office document", "more.txt", "still not");
  }

  private static byte[] zip(String first, String firstText, String second, String secondText)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry(first));
      zip.write(firstText.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry(second));
      zip.write(secondText.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.ORANGE);
    graphics.fillRect(0, 0, 40, 20);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
