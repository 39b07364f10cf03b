package org.accord.initiative.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InitiativeMapper {

  /** An initiative's row, its workplan as JSON text. */
  record InitiativeRow(
      String code,
      String title,
      String kind,
      String leadPartnerCode,
      String leadGroup,
      String description,
      List<String> countries,
      String region,
      String priority,
      String planCode,
      int workplanVersion,
      String workplan,
      Instant createdAt,
      String createdBy) {}

  record MemberRow(
      long id,
      String initiativeCode,
      String partnerCode,
      String role,
      String focalPointName,
      String focalPointEmail,
      String status,
      String requestedBy,
      Instant requestedAt,
      String decidedBy,
      Instant decidedAt,
      String reason,
      Instant leftAt,
      String processInstanceId) {}

  /** A commitment with what its member reported delivering against it, summed. */
  record CommitmentRow(
      long id,
      long memberId,
      String kind,
      BigDecimal amount,
      String currency,
      String description,
      String topic,
      BigDecimal personDays,
      BigDecimal deliveredAmount,
      BigDecimal deliveredPersonDays,
      int reports) {}

  /** A row of the history, its records as JSON text. */
  record ChangeRow(
      long id, Instant changedAt, String changedBy, String subject, String before, String after) {}

  List<InitiativeRow> initiatives();

  /** The initiatives these partners lead or are active members of. */
  List<InitiativeRow> initiativesOf(@Param("partners") Collection<String> partners);

  Optional<InitiativeRow> initiative(String code);

  /** The initiative, its row locked: one change to its workplan or members at a time. */
  Optional<InitiativeRow> lockInitiative(String code);

  void insertInitiative(InitiativeRow initiative);

  void updateWorkplan(
      @Param("code") String code,
      @Param("version") int version,
      @Param("workplan") String workplan);

  void insertChange(
      @Param("code") String code,
      @Param("changedAt") Instant changedAt,
      @Param("changedBy") String changedBy,
      @Param("subject") String subject,
      @Param("before") String before,
      @Param("after") String after);

  List<ChangeRow> history(String code);

  List<MemberRow> members(String initiativeCode);

  Optional<MemberRow> member(long id);

  /** The partner's request or membership that is still open (REQUESTED or ACTIVE). */
  Optional<MemberRow> openMembership(
      @Param("initiativeCode") String initiativeCode, @Param("partnerCode") String partnerCode);

  /** Whether one of the partners is an active member of the initiative or leads it. */
  boolean takesPart(
      @Param("initiativeCode") String initiativeCode,
      @Param("partners") Collection<String> partners);

  long insertMember(MemberRow member);

  void attachProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** Moves the membership on from {@code from}; 0 when it was not (or no longer) in it. */
  int changeStatus(
      @Param("id") long id,
      @Param("from") String from,
      @Param("to") String to,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("reason") String reason);

  void insertCommitment(@Param("memberId") long memberId, @Param("c") CommitmentRow commitment);

  /** The commitments of the initiative's members, with what was delivered against each. */
  List<CommitmentRow> commitments(String initiativeCode);

  int nextReportNumber(long memberId);

  void insertDelivery(
      @Param("commitmentId") long commitmentId,
      @Param("reportNumber") int reportNumber,
      @Param("amount") BigDecimal amount,
      @Param("personDays") BigDecimal personDays,
      @Param("note") String note,
      @Param("reportedBy") String reportedBy,
      @Param("reportedAt") Instant reportedAt);
}
