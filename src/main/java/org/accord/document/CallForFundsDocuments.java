package org.accord.document;

import org.accord.agreement.Agreement;
import org.accord.partner.PartnerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and keeps the call for funds of each instalment, once. */
@Service
public class CallForFundsDocuments {

  /** The stored call and its bytes, to send to the donor. */
  public record Issued(StoredDocument document, byte[] content) {}

  private final CallForFundsDocument document;
  private final PartnerService partners;
  private final DocumentStore store;

  CallForFundsDocuments(
      CallForFundsDocument document, PartnerService partners, DocumentStore store) {
    this.document = document;
    this.partners = partners;
    this.store = store;
  }

  /** The call of this instalment, written if it is not there yet: a retried step finds it. */
  @Transactional
  public Issued issue(Agreement agreement, CallForFunds call) {
    StoredDocument stored =
        store.stored(
            agreement,
            DocumentKind.CALL_FOR_FUNDS,
            call.instalment().number(),
            agreement.reference() + "-call-for-funds-" + call.instalment().number() + ".pdf",
            () ->
                document.render(
                    agreement,
                    partners.require(agreement.partnerCode()),
                    call,
                    agreement.language()));
    return new Issued(stored, store.content(stored));
  }
}
