package org.accord.funds.web;

import java.net.URI;
import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.funds.BalanceSettlements;
import org.accord.funds.CashPosition;
import org.accord.funds.CashPositions;
import org.accord.funds.Collection;
import org.accord.funds.FundsCollections;
import org.accord.funds.Receipt;
import org.accord.funds.ReceiptRequest;
import org.accord.funds.Receipts;
import org.accord.funds.Settlement;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Money received: finance records it; the agency and the agreement's donor read the ledger. */
@RestController
@RequestMapping("/api/agreements/{reference}")
class ReceiptController {

  /**
   * The agreement's cash, each instalment's collection with its status, every receipt, and how the
   * balance was settled at closure (null until then).
   */
  record Ledger(
      CashPosition cash,
      List<Collection> instalments,
      List<Receipt> receipts,
      Settlement settlement) {}

  private final AgreementService agreements;
  private final Receipts receipts;
  private final FundsCollections collections;
  private final CashPositions cash;
  private final BalanceSettlements settlements;
  private final CurrentUser currentUser;
  private final SystemAuthority system;

  ReceiptController(
      AgreementService agreements,
      Receipts receipts,
      FundsCollections collections,
      CashPositions cash,
      BalanceSettlements settlements,
      CurrentUser currentUser,
      SystemAuthority system) {
    this.agreements = agreements;
    this.receipts = receipts;
    this.collections = collections;
    this.cash = cash;
    this.settlements = settlements;
    this.currentUser = currentUser;
    this.system = system;
  }

  /**
   * Records a receipt; finance's open task for the instalment then moves on, to wait for the rest
   * or to end with the instalment received.
   */
  @PostMapping("/receipts")
  ResponseEntity<Receipt> record(
      @PathVariable String reference, @RequestBody ReceiptRequest request) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isMemberOf(Roles.FINANCE)) {
      throw new ForbiddenException("Receipts are recorded by finance");
    }
    Receipt receipt =
        system.onBehalfOf(
            currentUser.id(),
            () -> collections.recordReceipt(reference, request, currentUser.id()));
    return ResponseEntity.created(
            URI.create("/api/agreements/" + reference + "/receipts/" + receipt.id()))
        .body(receipt);
  }

  record Reversal(String reason) {}

  /** Reverses a receipt recorded by mistake, by another clerk of finance than the one who did. */
  @PostMapping("/receipts/{id}/reversal")
  Receipt reverse(
      @PathVariable String reference, @PathVariable long id, @RequestBody Reversal reversal) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isMemberOf(Roles.FINANCE)) {
      throw new ForbiddenException("Receipts are reversed by finance");
    }
    return system.onBehalfOf(
        currentUser.id(),
        () -> collections.reverseReceipt(reference, id, reversal.reason(), currentUser.id()));
  }

  @GetMapping("/receipts")
  List<Receipt> receipts(@PathVariable String reference) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    return receipts.list(reference);
  }

  @GetMapping("/ledger")
  Ledger ledger(@PathVariable String reference) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    return new Ledger(
        cash.of(reference),
        collections.collections(reference),
        receipts.list(reference),
        settlements.find(reference).orElse(null));
  }
}
