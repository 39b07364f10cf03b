package org.accord.agreement.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementLanguages;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Decision;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.agreement.StatusChange;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AgreementMapper {

  /** Row values of a new agreement, already validated and converted. */
  record NewAgreement(
      String reference,
      String title,
      AgreementType type,
      String partnerCode,
      Priority priority,
      Region region,
      List<String> beneficiaryCountries,
      List<String> outputTypes,
      BigDecimal amount,
      String currency,
      BigDecimal amountUsd,
      LocalDate startDate,
      LocalDate endDate,
      ReportingFrequency reportingFrequency,
      AgreementStatus status,
      String initiator,
      OffsetDateTime createdAt,
      AgreementLanguages languages,
      String contribution,
      String sought) {}

  /** The next number of the year's reference sequence; atomic under concurrent proposals. */
  int nextReferenceNumber(int year);

  long insert(NewAgreement agreement);

  Optional<Agreement> findByReference(String reference);

  List<Agreement> find(
      @Param("status") AgreementStatus status, @Param("partnerCode") String partnerCode);

  /** One page of these partners' agreements, newest first. */
  List<Agreement> findOfPartners(
      @Param("partnerCodes") Collection<String> partnerCodes,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countOfPartners(@Param("partnerCodes") Collection<String> partnerCodes);

  /** The partner's agreements in none of these statuses, newest first. */
  List<Agreement> findNotIn(
      @Param("statuses") Collection<AgreementStatus> statuses,
      @Param("partnerCode") String partnerCode);

  /** The partners with at least one agreement in none of these statuses. */
  List<String> partnersWithAgreementsNotIn(@Param("statuses") Collection<AgreementStatus> statuses);

  void updateStatus(@Param("id") long id, @Param("status") AgreementStatus status);

  void insertStatusChange(
      @Param("agreementId") long agreementId,
      @Param("status") AgreementStatus status,
      @Param("changedAt") OffsetDateTime changedAt,
      @Param("changedBy") String changedBy);

  List<StatusChange> statusHistory(long agreementId);

  void insertDecision(@Param("agreementId") long agreementId, @Param("decision") Decision decision);

  List<Decision> decisions(long agreementId);

  void attachProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  void setInitiative(@Param("id") long id, @Param("initiativeCode") String initiativeCode);

  String initiativeOf(long id);

  void insertCoPartner(@Param("id") long id, @Param("partnerCode") String partnerCode);

  /** The agreement's co-partners, by code. */
  List<String> coPartners(long id);

  List<Agreement> ofInitiative(String initiativeCode);

  /** The language(s) of the agreement's documents, as a revision or an amendment sets them. */
  void setLanguages(@Param("id") long id, @Param("languages") AgreementLanguages languages);

  /** New terms by amendment; the MoU version moves on. */
  void amend(
      @Param("id") long id,
      @Param("title") String title,
      @Param("amount") BigDecimal amount,
      @Param("amountUsd") BigDecimal amountUsd,
      @Param("endDate") LocalDate endDate,
      @Param("beneficiaryCountries") List<String> beneficiaryCountries);

  void revise(
      @Param("id") long id,
      @Param("title") String title,
      @Param("amount") BigDecimal amount,
      @Param("currency") String currency,
      @Param("amountUsd") BigDecimal amountUsd,
      @Param("startDate") LocalDate startDate,
      @Param("endDate") LocalDate endDate,
      @Param("beneficiaryCountries") List<String> beneficiaryCountries,
      @Param("type") AgreementType type,
      @Param("priority") Priority priority,
      @Param("region") Region region,
      @Param("reportingFrequency") ReportingFrequency reportingFrequency);
}
