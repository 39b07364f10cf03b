package org.accord.training.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Courses, sessions and enrolments of training cooperations. */
@Mapper
public interface TrainingMapper {

  record CourseRow(
      long id,
      long agreementId,
      String agreementReference,
      String partnerCode,
      String title,
      String topic,
      String level,
      String language,
      String delivery,
      int durationHours,
      boolean certificate,
      Instant createdAt,
      String createdBy) {}

  /** A session with its course's row and how many seats are taken and waited for. */
  record SessionRow(
      long id,
      long courseId,
      LocalDate startsOn,
      LocalDate endsOn,
      String venue,
      int capacity,
      String currency,
      BigDecimal standardFee,
      BigDecimal developingFee,
      String status,
      Instant createdAt,
      String createdBy,
      int confirmed,
      int waitlisted) {}

  record EnrolmentRow(
      long id,
      long sessionId,
      String name,
      String email,
      String organization,
      String organizationType,
      String country,
      String gender,
      String feeCategory,
      BigDecimal fee,
      boolean freeSeat,
      boolean reserveShort,
      String status,
      Instant enrolledAt,
      String enrolledBy,
      Instant confirmedAt,
      Instant cancelledAt,
      String cancelledBy,
      BigDecimal paid,
      Integer attendancePercent,
      BigDecimal assessmentScore,
      Boolean assessmentPassed) {}

  long insertCourse(CourseRow course);

  Optional<CourseRow> course(long id);

  long countCourses(@Param("partners") Collection<String> partners);

  List<CourseRow> courses(
      @Param("partners") Collection<String> partners,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long insertSession(SessionRow session);

  Optional<SessionRow> session(long id);

  /**
   * Locks the session's row (one enrolment, cancellation or status change at a time); null when
   * there is no such session. Read it after this, in a statement of its own.
   */
  Boolean lockSession(long id);

  long countSessions(
      @Param("partners") Collection<String> partners, @Param("agreementId") Long agreementId);

  List<SessionRow> sessions(
      @Param("partners") Collection<String> partners,
      @Param("agreementId") Long agreementId,
      @Param("offset") int offset,
      @Param("limit") int limit);

  int changeSessionStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to);

  long insertEnrolment(EnrolmentRow enrolment);

  Optional<EnrolmentRow> enrolment(long id);

  /** The enrolment's row locked, for a payment or a cancellation. */
  Optional<EnrolmentRow> lockEnrolment(long id);

  /** The enrolment of the address in the session (in any case), unless it was cancelled. */
  Optional<EnrolmentRow> enrolmentOf(
      @Param("sessionId") long sessionId, @Param("email") String email);

  long countEnrolments(long sessionId);

  List<EnrolmentRow> enrolments(
      @Param("sessionId") long sessionId, @Param("offset") int offset, @Param("limit") int limit);

  /** The first waiting participant of the session, by the order they enrolled in. */
  Optional<EnrolmentRow> firstWaiting(long sessionId);

  void confirm(
      @Param("id") long id,
      @Param("at") Instant at,
      @Param("fee") BigDecimal fee,
      @Param("freeSeat") boolean freeSeat,
      @Param("reserveShort") boolean reserveShort);

  void cancel(@Param("id") long id, @Param("at") Instant at, @Param("by") String by);

  void recordCompletion(
      @Param("id") long id,
      @Param("attendancePercent") int attendancePercent,
      @Param("assessmentScore") BigDecimal assessmentScore,
      @Param("passed") boolean passed,
      @Param("at") Instant at,
      @Param("by") String by);
}
