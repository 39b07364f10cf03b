package org.accord.budget.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.accord.budget.BudgetLine;
import org.accord.budget.Instalment;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface BudgetMapper {

  /** Removes the budget with its lines and schedule, to write them again. */
  void delete(long agreementId);

  void insertBudget(@Param("agreementId") long agreementId, @Param("rate") BigDecimal rate);

  void insertLine(
      @Param("agreementId") long agreementId,
      @Param("position") int position,
      @Param("line") BudgetLine line);

  void insertInstalment(
      @Param("agreementId") long agreementId, @Param("instalment") Instalment instalment);

  Optional<BigDecimal> findRate(long agreementId);

  /** Copies the budget as it is into the budget as signed. */
  void keepSigned(long agreementId);

  void keepSignedLines(long agreementId);

  Optional<BigDecimal> findSignedRate(long agreementId);

  List<BudgetLine> findSignedLines(long agreementId);

  List<BudgetLine> findLines(long agreementId);

  List<Instalment> findSchedule(long agreementId);
}
