package org.accord.document;

import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.partner.Partner;
import org.accord.shared.Language;
import org.springframework.stereotype.Component;

/** The agency's request to the donor to pay an instalment of its contribution. */
@Component
class CallForFundsDocument {

  /** The MoU's article on the contribution and the budget, which the call is made under. */
  private static final int CONTRIBUTION_ARTICLE = 2;

  private final Fonts fonts;
  private final AgencyProperties agency;

  CallForFundsDocument(Fonts fonts, AgencyProperties agency) {
    this.fonts = fonts;
    this.agency = agency;
  }

  /** The call in the language, the agreement's. */
  byte[] render(Agreement agreement, Partner partner, CallForFunds call, Language language) {
    Wording words = Wording.of("call-for-funds", language);
    String amount = words.amount(call.instalment().amount(), call.instalment().currency());
    try (PdfDocument pdf =
        words.pdf(
            fonts,
            words.text("pdfTitle", Map.of("reference", call.paymentReference())),
            words.text(
                "footer",
                Map.of(
                    "agreement", agreement.reference(), "number", call.instalment().number())))) {
      return pdf.title(words.text("title"))
          .paragraph(
              agency.name()
                  + "\n"
                  + agency.address()
                  + "\n\n"
                  + (partner.contactEmail() == null
                      ? words.text("to", Map.of("partner", partner.name()))
                      : words.text(
                          "toWithEmail",
                          Map.of("partner", partner.name(), "email", partner.contactEmail())))
                  + "\n"
                  + words.text("date", Map.of("date", words.date(call.calledOn()))))
          .facts(
              List.of(
                  new String[] {
                    words.text("agreement"), agreement.reference() + " — " + agreement.title()
                  },
                  new String[] {
                    words.text("instalment"),
                    words.text(
                        "instalmentOf",
                        Map.of("number", call.instalment().number(), "count", call.instalments()))
                  },
                  new String[] {words.text("fallsDue"), words.fallsDue(call.instalment())},
                  new String[] {words.text("amountRequested"), amount},
                  new String[] {words.text("payBy"), words.date(call.payBy())},
                  new String[] {words.text("reference"), call.paymentReference()}))
          .heading(words.text("paymentInstructions"))
          .paragraph(
              words.text(
                  "transfer", Map.of("amount", amount, "reference", call.paymentReference())))
          .facts(
              List.of(
                  new String[] {words.text("bank"), call.bankName()},
                  new String[] {words.text("accountHolder"), call.accountName()},
                  new String[] {words.text("iban"), call.iban()},
                  new String[] {words.text("swift"), call.swift()}))
          .note(
              words.text(
                  "issuedUnder",
                  Map.of("agreement", agreement.reference(), "article", CONTRIBUTION_ARTICLE)))
          .finish();
    }
  }
}
