package org.accord.training.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Training certificates as issued, with their bytes. */
@Mapper
public interface CertificateMapper {

  record CertificateRow(
      long id,
      long enrolmentId,
      String code,
      String participantName,
      String courseTitle,
      LocalDate completedOn,
      String fileName,
      String sha256,
      Instant issuedAt,
      String issuedBy) {}

  record Content(byte[] bytes) {}

  /** The new certificate's id; none written when the enrolment has one already. */
  Optional<Long> insertIfAbsent(
      @Param("c") CertificateRow certificate, @Param("content") byte[] content);

  Optional<CertificateRow> ofEnrolment(long enrolmentId);

  Optional<CertificateRow> byCode(String code);

  Content content(long id);
}
