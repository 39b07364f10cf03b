package org.accord.opportunity.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.opportunity.Opportunity.Question;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OpportunityMapper {

  record NewOpportunity(
      String agreementReference,
      String initiativeCode,
      String title,
      Priority priority,
      Region region,
      List<String> countries,
      String summary,
      BigDecimal amountSought,
      String currency,
      LocalDate deadline,
      String publishedBy,
      Instant publishedAt,
      String textSearch) {}

  record OpportunityRow(
      long id,
      String agreementReference,
      String initiativeCode,
      String title,
      Priority priority,
      Region region,
      List<String> countries,
      String summary,
      BigDecimal amountSought,
      String currency,
      LocalDate deadline,
      OffsetDateTime publishedAt,
      OffsetDateTime withdrawnAt) {}

  /** What was pledged in one currency. */
  record PledgedIn(String currency, BigDecimal amount) {}

  record NewPledge(
      long opportunityId,
      String partnerCode,
      BigDecimal amount,
      String currency,
      String note,
      String pledgedBy,
      Instant pledgedAt,
      Long conceptNoteId) {}

  /** Where the daily e-mail of new opportunities stands for a partner. */
  record Alert(String partnerCode, long toldThrough, LocalDate toldOn) {}

  long insert(NewOpportunity opportunity);

  Optional<OpportunityRow> find(long id);

  /** Published, not withdrawn, open on the day; matching the words when given, best first. */
  List<OpportunityRow> search(
      @Param("words") String words,
      @Param("priority") Priority priority,
      @Param("region") Region region,
      @Param("openOn") LocalDate openOn,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(
      @Param("words") String words,
      @Param("priority") Priority priority,
      @Param("region") Region region,
      @Param("openOn") LocalDate openOn);

  int withdraw(@Param("id") long id, @Param("at") Instant at);

  long insertQuestion(
      @Param("opportunityId") long opportunityId,
      @Param("question") String question,
      @Param("askedBy") String askedBy,
      @Param("askedAt") Instant askedAt);

  /** Answers a question not answered yet; 0 when there is none such. */
  int answer(
      @Param("opportunityId") long opportunityId,
      @Param("questionId") long questionId,
      @Param("answer") String answer,
      @Param("answeredBy") String answeredBy,
      @Param("answeredAt") Instant answeredAt);

  /** The opportunity's questions in the order they were asked, a page of them. */
  List<Question> questions(
      @Param("opportunityId") long opportunityId,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countQuestions(long opportunityId);

  void insertPledge(NewPledge pledge);

  List<PledgedIn> pledged(long opportunityId);

  /** A partner's alert row, first told through nothing. */
  void insertAlertIfAbsent(String partnerCode);

  /**
   * The partner's alert row, locked until the transaction ends: a second node asking waits, then
   * finds what the first one did.
   */
  Alert lockAlert(String partnerCode);

  void updateAlert(Alert alert);

  /** Published after the given one, not withdrawn, open on the day; in the order published. */
  List<OpportunityRow> publishedAfter(
      @Param("after") long after, @Param("openOn") LocalDate openOn);
}
