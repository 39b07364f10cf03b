package org.accord.amendment.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.amendment.AmendmentStatus;
import org.accord.amendment.AmendmentType;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AmendmentMapper {

  /** A row as stored: the change and the terms before and after it as JSON text. */
  record AmendmentRow(
      long id,
      int number,
      AmendmentType type,
      AmendmentStatus status,
      String justification,
      String change,
      String funding,
      String before,
      String after,
      String requestedBy,
      OffsetDateTime requestedAt,
      OffsetDateTime decidedAt,
      String processInstanceId) {}

  /** Inserts the next amendment of the agreement, numbered from 1; returns its number. */
  int insert(
      @Param("agreementId") long agreementId,
      @Param("type") AmendmentType type,
      @Param("justification") String justification,
      @Param("change") String change,
      @Param("funding") String funding,
      @Param("before") String before,
      @Param("requestedBy") String requestedBy,
      @Param("requestedAt") OffsetDateTime requestedAt);

  void attachProcess(
      @Param("agreementId") long agreementId,
      @Param("number") int number,
      @Param("processInstanceId") String processInstanceId);

  Optional<AmendmentRow> find(@Param("agreementId") long agreementId, @Param("number") int number);

  Optional<AmendmentRow> findOpen(long agreementId);

  Optional<AmendmentRow> findByProcessInstance(String processInstanceId);

  List<AmendmentRow> findByAgreement(long agreementId);

  void decide(
      @Param("agreementId") long agreementId,
      @Param("number") int number,
      @Param("status") AmendmentStatus status,
      @Param("after") String after,
      @Param("decidedAt") OffsetDateTime decidedAt);
}
