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
 * the gap that remains, and the questions asked about it with their answers.
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
    List<Question> questions) {

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
