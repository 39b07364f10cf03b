package org.accord.budget;

import java.util.List;
import org.accord.budget.persistence.BudgetMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each agreement's money terms: its budget and its payment schedule. */
@Service
public class BudgetService {

  private final BudgetMapper mapper;

  BudgetService(BudgetMapper mapper) {
    this.mapper = mapper;
  }

  /** Writes the terms of the agreement, replacing any it had. */
  @Transactional
  public void save(long agreementId, FundingTerms terms) {
    mapper.delete(agreementId);
    mapper.insertBudget(agreementId, terms.budget().programmeSupportRate());
    List<BudgetLine> lines = terms.budget().lines();
    for (int position = 0; position < lines.size(); position++) {
      mapper.insertLine(agreementId, position, lines.get(position));
    }
    terms.schedule().forEach(instalment -> mapper.insertInstalment(agreementId, instalment));
  }

  /**
   * Writes the terms an approved amendment gives the agreement, having first kept the budget as
   * signed, if no amendment before changed it.
   */
  @Transactional
  public void amend(long agreementId, FundingTerms terms) {
    if (mapper.findSignedRate(agreementId).isEmpty()) {
      mapper.keepSigned(agreementId);
      mapper.keepSignedLines(agreementId);
    }
    save(agreementId, terms);
  }

  /**
   * The budget the parties signed: kept when an amendment first changed it, or the budget itself
   * while none has.
   */
  public Budget signedBudget(long agreementId, String currency) {
    return mapper
        .findSignedRate(agreementId)
        .map(rate -> new Budget(currency, rate, mapper.findSignedLines(agreementId)))
        .orElseGet(() -> budget(agreementId, currency));
  }

  public Budget budget(long agreementId, String currency) {
    return new Budget(
        currency, mapper.findRate(agreementId).orElseThrow(), mapper.findLines(agreementId));
  }

  public List<Instalment> schedule(long agreementId) {
    return mapper.findSchedule(agreementId);
  }

  public FundingTerms terms(long agreementId, String currency) {
    return new FundingTerms(budget(agreementId, currency), schedule(agreementId));
  }
}
