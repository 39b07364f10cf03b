package org.accord.notification;

import java.time.OffsetDateTime;

/** One e-mail to one recipient, as queued in the outbox. */
public record Notification(
    long id,
    String eventKey,
    String recipient,
    String template,
    String agreementReference,
    String subject,
    String bodyText,
    String bodyHtml,
    NotificationStatus status,
    int attempts,
    OffsetDateTime nextAttemptAt,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    String attachmentName) {}
