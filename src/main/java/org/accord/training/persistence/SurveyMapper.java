package org.accord.training.persistence;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The participants' surveys: the invitation (its token's hash) and the one answer. */
@Mapper
public interface SurveyMapper {

  record SurveyRow(
      long enrolmentId,
      long sessionId,
      String language,
      Instant invitedAt,
      Instant expiresAt,
      Instant answeredAt) {}

  record Answer(
      int relevance, int content, int trainers, int organization, int overall, String comment) {}

  /** Whether the invitation was written: none when the participant has one already. */
  boolean insertIfAbsent(
      @Param("enrolmentId") long enrolmentId,
      @Param("sessionId") long sessionId,
      @Param("tokenSha256") String tokenSha256,
      @Param("language") String language,
      @Param("invitedAt") Instant invitedAt,
      @Param("expiresAt") Instant expiresAt);

  Optional<SurveyRow> byToken(String tokenSha256);

  Optional<SurveyRow> lockByToken(String tokenSha256);

  void answer(
      @Param("enrolmentId") long enrolmentId,
      @Param("a") Answer answer,
      @Param("answeredAt") Instant answeredAt);
}
