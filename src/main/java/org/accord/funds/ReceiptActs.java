package org.accord.funds;

import java.util.ArrayList;
import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.duties.Act;
import org.accord.duties.EarlierActs;
import org.springframework.stereotype.Component;

/**
 * Who recorded and who reversed each receipt of an agreement, through the API or finance's task:
 * the separation of duties keeps them from reversing their own receipt or settling the balance.
 */
@Component
class ReceiptActs implements EarlierActs {

  private final Receipts receipts;
  private final AgreementService agreements;

  ReceiptActs(Receipts receipts, AgreementService agreements) {
    this.receipts = receipts;
    this.agreements = agreements;
  }

  @Override
  public List<Act> on(String agreementReference) {
    List<Act> acts = new ArrayList<>();
    if (agreements.find(agreementReference).isEmpty()) {
      return acts; // a membership request's key: no receipts
    }
    for (Receipt receipt : receipts.list(agreementReference)) {
      String receiptCase = Receipts.caseOf(receipt.id());
      acts.add(
          new Act(
              FundsCollectionProcess.Duties.RECORD_RECEIPT,
              receipt.recordedBy(),
              null,
              receiptCase,
              null));
      if (receipt.isReversed()) {
        acts.add(
            new Act(
                FundsCollectionProcess.Duties.REVERSE_RECEIPT,
                receipt.reversedBy(),
                null,
                receiptCase,
                null));
      }
    }
    return acts;
  }
}
