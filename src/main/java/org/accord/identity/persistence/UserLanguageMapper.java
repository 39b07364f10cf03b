package org.accord.identity.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Users' preferred languages, by their BCP 47 codes. */
@Mapper
public interface UserLanguageMapper {

  Optional<String> find(String userId);

  void save(
      @Param("userId") String userId,
      @Param("language") String language,
      @Param("changedBy") String changedBy,
      @Param("changedAt") OffsetDateTime changedAt);

  /** False when the user had no preference. */
  boolean delete(String userId);
}
