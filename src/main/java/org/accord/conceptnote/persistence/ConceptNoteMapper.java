package org.accord.conceptnote.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.conceptnote.ConceptNote;
import org.accord.conceptnote.ConceptNoteStatus;
import org.accord.conceptnote.Exchange;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ConceptNoteMapper {

  record NewConceptNote(
      String partnerCode,
      String title,
      Priority priority,
      Region region,
      List<String> countries,
      String summary,
      BigDecimal estimatedBudget,
      String currency,
      String contribution,
      String sought,
      String submittedBy,
      Instant submittedAt) {}

  /** A note as stored, without its questions and answers. */
  record ConceptNoteRow(
      long id,
      String partnerCode,
      String title,
      Priority priority,
      Region region,
      List<String> countries,
      String summary,
      BigDecimal estimatedBudget,
      String currency,
      String contribution,
      String sought,
      ConceptNoteStatus status,
      String submittedBy,
      OffsetDateTime submittedAt,
      String decidedBy,
      OffsetDateTime decidedAt,
      String declineReason,
      String agreementReference,
      String processInstanceId) {

    public ConceptNote with(List<Exchange> exchanges) {
      return new ConceptNote(
          id,
          partnerCode,
          title,
          priority,
          region,
          countries,
          summary,
          estimatedBudget,
          currency,
          contribution,
          sought,
          status,
          submittedBy,
          submittedAt,
          decidedBy,
          decidedAt,
          declineReason,
          agreementReference,
          exchanges);
    }
  }

  long insert(NewConceptNote note);

  void attachProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** The note with its row locked: its status changes one decision at a time. */
  Optional<ConceptNoteRow> lock(long id);

  Optional<ConceptNoteRow> find(long id);

  /** One page, newest first: of these partners only, or everyone's when partnerCodes is null. */
  List<ConceptNoteRow> findPage(
      @Param("partnerCodes") Collection<String> partnerCodes,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(@Param("partnerCodes") Collection<String> partnerCodes);

  void changeStatus(
      @Param("id") long id,
      @Param("status") ConceptNoteStatus status,
      @Param("decidedBy") String decidedBy,
      @Param("decidedAt") Instant decidedAt,
      @Param("declineReason") String declineReason,
      @Param("agreementReference") String agreementReference);

  void insertExchange(
      @Param("conceptNoteId") long conceptNoteId,
      @Param("kind") Exchange.Kind kind,
      @Param("body") String body,
      @Param("writtenBy") String writtenBy,
      @Param("writtenAt") Instant writtenAt);

  List<Exchange> exchanges(long conceptNoteId);
}
