package org.accord.document.web;

import java.util.Comparator;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.document.DocumentKind;
import org.accord.document.DocumentStore;
import org.accord.document.StoredDocument;
import org.accord.document.seal.Verification;
import org.accord.security.CurrentUser;
import org.accord.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An agreement's documents, for the agency and for the agreement's own partner. */
@RestController
@RequestMapping("/api/agreements/{reference}/documents")
class DocumentController {

  private final AgreementService agreements;
  private final DocumentStore documents;
  private final CurrentUser currentUser;

  DocumentController(
      AgreementService agreements, DocumentStore documents, CurrentUser currentUser) {
    this.agreements = agreements;
    this.documents = documents;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<StoredDocument> list(@PathVariable String reference) {
    return documents.list(agreements.requireVisible(reference, currentUser::mayActFor)).stream()
        .filter(this::mayRead)
        .toList();
  }

  /** The PDF as stored; its SHA-256 in {@code X-Content-SHA256} to check it against. */
  @GetMapping("/{id}")
  ResponseEntity<byte[]> get(@PathVariable String reference, @PathVariable long id) {
    return pdf(readable(reference, id));
  }

  /**
   * The MoU as it stands: the sealed one once both parties signed, else the latest version to sign.
   * The signing forms link here, so the link in a task never goes stale.
   */
  @GetMapping("/mou")
  ResponseEntity<byte[]> mou(@PathVariable String reference) {
    List<StoredDocument> all =
        documents.list(agreements.requireVisible(reference, currentUser::mayActFor));
    Comparator<StoredDocument> newest =
        Comparator.comparing(StoredDocument::version).thenComparing(StoredDocument::id);
    return pdf(
        all.stream()
            .filter(document -> document.kind() == DocumentKind.SIGNED_MOU)
            .max(newest)
            .or(
                () ->
                    all.stream()
                        .filter(document -> document.kind() == DocumentKind.MOU)
                        .max(newest))
            .orElseThrow(() -> new NotFoundException(reference + " has no MoU yet")));
  }

  private ResponseEntity<byte[]> pdf(StoredDocument document) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.fileName()).build().toString())
        .header("X-Content-SHA256", document.sha256())
        .body(documents.content(document));
  }

  /** Whether the stored PDF is intact (its SHA-256) and its seal, if it has one, valid. */
  @GetMapping("/{id}/verify")
  Verification verify(@PathVariable String reference, @PathVariable long id) {
    return documents.verify(readable(reference, id));
  }

  private boolean mayRead(StoredDocument document) {
    return currentUser.isInternal() || !document.kind().isAgencyOnly();
  }

  private StoredDocument readable(String reference, long id) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    StoredDocument document = documents.require(agreement, id);
    if (!mayRead(document)) {
      throw new NotFoundException(reference + " has no document " + id);
    }
    return document;
  }
}
