package org.accord.attachment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.accord.attachment.Attachment;
import org.accord.attachment.AttachmentPage;
import org.accord.attachment.Attachments;
import org.accord.attachment.Upload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of agreements: uploaded as {@code multipart/form-data} (the parts {@code file},
 * {@code type}, {@code visibility}, {@code description}, and {@code subject} with {@code
 * subjectNumber} to attach to a progress report, an amendment or the due diligence), and of concept
 * notes; listed a page at a time, and downloaded as stored, never displayed inline.
 */
@RestController
class AttachmentController {

  private final Attachments attachments;

  AttachmentController(Attachments attachments) {
    this.attachments = attachments;
  }

  @PostMapping(
      path = "/api/agreements/{reference}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachment> upload(
      @PathVariable String reference,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String visibility,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String subjectNumber)
      throws IOException {
    // Tomcat keeps the part in a temporary file (no size threshold): read from there in chunks.
    try (InputStream content = file == null ? null : file.getInputStream()) {
      Attachment stored =
          attachments.store(
              reference,
              new Upload(
                  subject,
                  subjectNumber,
                  type,
                  visibility,
                  description,
                  file == null ? null : file.getOriginalFilename(),
                  content));
      return ResponseEntity.created(URI.create("/api/attachments/" + stored.id())).body(stored);
    }
  }

  /**
   * A concept note's files: its member's representatives and the agency's staff add and read them.
   */
  @PostMapping(
      path = "/api/concept-notes/{id}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachment> uploadToConceptNote(
      @PathVariable long id,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String visibility,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String subject)
      throws IOException {
    try (InputStream content = file == null ? null : file.getInputStream()) {
      Attachment stored =
          attachments.storeOnConceptNote(
              id,
              new Upload(
                  subject,
                  null,
                  type,
                  visibility,
                  description,
                  file == null ? null : file.getOriginalFilename(),
                  content));
      return ResponseEntity.created(URI.create("/api/attachments/" + stored.id())).body(stored);
    }
  }

  @GetMapping("/api/concept-notes/{id}/attachments")
  AttachmentPage listOfConceptNote(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return attachments.listOfConceptNote(id, page, size);
  }

  @GetMapping("/api/agreements/{reference}/attachments")
  AttachmentPage list(
      @PathVariable String reference,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String subjectNumber,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return attachments.list(reference, subject, subjectNumber, page, size);
  }

  @GetMapping("/api/attachments")
  AttachmentPage listVisible(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return attachments.listVisible(page, size);
  }

  /**
   * The file as stored, to save, not to open in the page: {@code Content-Disposition: attachment}
   * with the detected type ({@code X-Content-Type-Options: nosniff} is on every response), and its
   * SHA-256 as {@code Repr-Digest} (RFC 9530) and, in hex as the documents' API gives it, {@code
   * X-Content-SHA256}.
   */
  @GetMapping("/api/attachments/{id}")
  void download(@PathVariable long id, HttpServletResponse response) throws IOException {
    Attachment attachment = attachments.require(id);
    response.setContentType(attachment.contentType());
    response.setContentLengthLong(attachment.sizeBytes());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(attachment.fileName(), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(
        "Repr-Digest",
        "sha-256=:"
            + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256()))
            + ":");
    response.setHeader("X-Content-SHA256", attachment.sha256());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    attachments.copyContent(id, response.getOutputStream());
  }
}
