package org.accord.document;

import java.time.OffsetDateTime;

/** A generated document as stored: what it is, which version, and the SHA-256 of its bytes. */
public record StoredDocument(
    long id,
    DocumentKind kind,
    int version,
    String fileName,
    String sha256,
    int sizeBytes,
    OffsetDateTime createdAt) {}
