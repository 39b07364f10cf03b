package org.accord.opportunity;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;

/**
 * A published opportunity as partners read it: what is sought, what has been pledged towards it and
 * the gap that remains, and how many questions were asked about it, the first of them with their
 * answers ({@code GET /api/opportunities/{id}/questions} pages through all of them).
 */
public record Opportunity(
    long id,
    String agreementReference,
    String initiativeCode,
    String title,
    Priority priority,
    Region region,
    List<String> countries,
    String summary,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountSought,
    String currency,
    LocalDate deadline,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pledged,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fundingGap,
    OffsetDateTime publishedAt,
    long questionCount,
    List<Question> questions) {

  /** One page of an opportunity's questions, in the order they were asked. */
  public record Questions(long total, int page, int size, List<Question> questions) {}

  /** A clarification question; who asked it is the agency's to know ({@code askedBy} for staff). */
  public record Question(
      long id,
      String question,
      OffsetDateTime askedAt,
      String askedBy,
      String answer,
      OffsetDateTime answeredAt) {

    public Question anonymous() {
      return new Question(id, question, askedAt, null, answer, answeredAt);
    }
  }
}
