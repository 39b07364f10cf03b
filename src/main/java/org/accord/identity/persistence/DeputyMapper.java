package org.accord.identity.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.identity.Deputyship;
import org.accord.identity.DeputyshipStatus;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DeputyMapper {

  /** A membership or task the deputy holds for an absent user. */
  record Held(String deputyId, String key, String forUser) {}

  void save(@Param("deputyship") Deputyship deputyship, @Param("namedAt") OffsetDateTime namedAt);

  /** Approves, refuses or lets lapse a deputyship still requested; false when it is not. */
  boolean decide(
      @Param("userId") String userId,
      @Param("status") DeputyshipStatus status,
      @Param("decidedBy") String decidedBy,
      @Param("decidedAt") OffsetDateTime decidedAt,
      @Param("comment") String comment);

  void delete(String userId);

  Optional<Deputyship> find(String userId);

  List<Deputyship> findAll();

  void insertMembership(
      @Param("deputyId") String deputyId,
      @Param("groupId") String groupId,
      @Param("forUser") String forUser);

  void deleteMembership(@Param("deputyId") String deputyId, @Param("groupId") String groupId);

  List<Held> memberships();

  void insertTask(
      @Param("taskId") String taskId,
      @Param("deputyId") String deputyId,
      @Param("forUser") String forUser);

  void deleteTask(String taskId);

  List<Held> tasks();
}
