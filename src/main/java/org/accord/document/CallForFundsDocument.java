package org.accord.document;

import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.partner.Partner;
import org.accord.shared.Formats;
import org.accord.shared.Language;
import org.accord.shared.Money;
import org.springframework.stereotype.Component;

/** The agency's request to the donor to pay an instalment of its contribution. */
@Component
class CallForFundsDocument {

  // In English until the document has its bundles (issue 24).
  private static final Formats ENGLISH = Formats.of(Language.EN);

  private final Fonts fonts;
  private final AgencyProperties agency;

  CallForFundsDocument(Fonts fonts, AgencyProperties agency) {
    this.fonts = fonts;
    this.agency = agency;
  }

  byte[] render(Agreement agreement, Partner partner, CallForFunds call) {
    try (PdfDocument pdf =
        new PdfDocument(
            fonts,
            "Call for funds " + call.paymentReference(),
            agreement.reference()
                + " · Call for funds · instalment "
                + call.instalment().number())) {
      return pdf.title("Call for funds")
          .paragraph(
              agency.name()
                  + "\n"
                  + agency.address()
                  + "\n\nTo: "
                  + partner.name()
                  + (partner.contactEmail() == null ? "" : " (" + partner.contactEmail() + ")")
                  + "\nDate: "
                  + ENGLISH.date(call.calledOn()))
          .facts(
              List.of(
                  new String[] {"Agreement", agreement.reference() + " — " + agreement.title()},
                  new String[] {
                    "Instalment", call.instalment().number() + " of " + call.instalments()
                  },
                  new String[] {
                    "Falls due", Wording.terms(Language.EN).fallsDue(call.instalment())
                  },
                  new String[] {
                    "Amount requested",
                    Money.of(call.instalment().amount(), call.instalment().currency())
                  },
                  new String[] {"Please pay by", ENGLISH.date(call.payBy())},
                  new String[] {"Reference to quote", call.paymentReference()}))
          .heading("Payment instructions")
          .paragraph(
              "Please transfer "
                  + Money.of(call.instalment().amount(), call.instalment().currency())
                  + " to the account below, quoting the reference "
                  + call.paymentReference()
                  + " so that the payment is credited to this agreement. Bank charges are borne"
                  + " by the payer.")
          .facts(
              List.of(
                  new String[] {"Bank", call.bankName()},
                  new String[] {"Account holder", call.accountName()},
                  new String[] {"IBAN", call.iban()},
                  new String[] {"SWIFT/BIC", call.swift()}))
          .note(
              "This call is issued under the Memorandum of Understanding of "
                  + agreement.reference()
                  + ", Article 2 (contribution and budget). Its SHA-256 is kept by the Agency,"
                  + " which can confirm that a copy is the one it sent.")
          .finish();
    }
  }
}
