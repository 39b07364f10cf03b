package org.accord.attachment;

import java.time.OffsetDateTime;

/**
 * An attached file as stored: what it is attached to (an agreement's subject, by the agreement's
 * reference, or a concept note, by its id), its type and visibility, and the SHA-256 of its bytes
 * to check a download against. The content type is the one detected from the bytes.
 */
public record Attachment(
    long id,
    String agreementReference,
    Long conceptNote,
    SubjectKind subject,
    Integer subjectNumber,
    AttachmentType type,
    AttachmentVisibility visibility,
    String description,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt) {}
