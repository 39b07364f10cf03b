package org.accord.training.persistence;

import java.util.List;
import java.util.Optional;
import org.accord.training.TrainingTerms;
import org.accord.training.TrainingTerms.CostItem;
import org.accord.training.TrainingTerms.Course;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface TrainingTermsMapper {

  /** The terms' single values, with the recognition as three flags. */
  record TermsRow(
      TrainingTerms.Fees fees,
      TrainingTerms.RevenueShare revenueShare,
      boolean coHostOnCertificates,
      boolean brandingOnCoursePages,
      boolean listedAsPartner) {}

  /**
   * Locks the agreement's row until the transaction ends: two replacements of its terms at once
   * take turns, the last one winning, instead of both inserting after both deleted.
   */
  void lockAgreement(long agreementId);

  /** Removes the terms with their courses and costs, to write them again. */
  void delete(long agreementId);

  void insertTerms(@Param("agreementId") long agreementId, @Param("terms") TermsRow terms);

  void insertCourse(
      @Param("agreementId") long agreementId,
      @Param("position") int position,
      @Param("course") Course course);

  void insertCost(
      @Param("agreementId") long agreementId,
      @Param("position") int position,
      @Param("cost") CostItem cost);

  Optional<TermsRow> findTerms(long agreementId);

  List<Course> findCourses(long agreementId);

  List<CostItem> findCosts(long agreementId);

  /** The codes of the partners of ACTIVE training cooperations whose terms list them as partner. */
  List<String> listedPartners();
}
