package org.accord.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.accord.document.ConsolidatedReport.GroupBy;

/**
 * A published report as partners see it listed; its PDF is at {@code /api/publications/{id}/pdf}.
 *
 * @param partnerCode the one partner it is published to; null when every partner reads it
 */
public record Publication(
    long id,
    PublicationKind kind,
    String title,
    GroupBy groupBy,
    LocalDate from,
    LocalDate to,
    String plan,
    Integer year,
    String partnerCode,
    String sha256,
    OffsetDateTime publishedAt) {}
