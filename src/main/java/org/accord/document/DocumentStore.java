package org.accord.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.accord.agreement.Agreement;
import org.accord.document.persistence.DocumentMapper;
import org.accord.document.persistence.DocumentMapper.NewDocument;
import org.accord.document.seal.PadesSeal;
import org.accord.document.seal.Verification;
import org.accord.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The documents of an agreement: generated once per version, stored with their SHA-256, served as
 * they were stored.
 */
@Service
public class DocumentStore {

  private final DocumentMapper documents;
  private final PadesSeal seal;
  private final Clock clock;

  DocumentStore(DocumentMapper documents, PadesSeal seal, Clock clock) {
    this.documents = documents;
    this.seal = seal;
    this.clock = clock;
  }

  /** Whether the stored bytes are those hashed when stored, and their seal, if any, holds. */
  public Verification verify(StoredDocument document) {
    byte[] content = content(document);
    return seal.verify(content, sha256(content).equals(document.sha256()));
  }

  /**
   * The document of this kind and version, generated and stored if it is not there yet: a retried
   * step finds the version there and adds none.
   */
  StoredDocument stored(
      Agreement agreement,
      DocumentKind kind,
      int version,
      String fileName,
      Supplier<byte[]> generate) {
    Optional<StoredDocument> existing = documents.find(agreement.id(), kind, version);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] pdf = generate.get();
    documents.insertIfAbsent(
        new NewDocument(
            agreement.id(), kind, version, fileName, sha256(pdf), pdf, OffsetDateTime.now(clock)));
    return documents.find(agreement.id(), kind, version).orElseThrow();
  }

  public List<StoredDocument> list(Agreement agreement) {
    return documents.findByAgreement(agreement.id());
  }

  public StoredDocument require(Agreement agreement, long id) {
    return documents
        .findById(agreement.id(), id)
        .orElseThrow(() -> new NotFoundException(agreement.reference() + " has no document " + id));
  }

  public byte[] content(StoredDocument document) {
    return documents.content(document.id()).bytes();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
