package org.accord.amendment.web;

import java.net.URI;
import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.amendment.Amendment;
import org.accord.amendment.AmendmentRequest;
import org.accord.amendment.AmendmentService;
import org.accord.amendment.process.AmendmentRequests;
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

/** Amendments of an agreement: requested by partnership officers, read by both parties. */
@RestController
@RequestMapping("/api/agreements/{reference}/amendments")
class AmendmentController {

  private final AgreementService agreements;
  private final AmendmentService amendments;
  private final AmendmentRequests requests;
  private final CurrentUser currentUser;
  private final SystemAuthority system;

  AmendmentController(
      AgreementService agreements,
      AmendmentService amendments,
      AmendmentRequests requests,
      CurrentUser currentUser,
      SystemAuthority system) {
    this.agreements = agreements;
    this.amendments = amendments;
    this.requests = requests;
    this.currentUser = currentUser;
    this.system = system;
  }

  /** Sends the message {@code AmendmentRequested}: 201 with the amendment, its type and route. */
  @PostMapping
  ResponseEntity<Amendment> request(
      @PathVariable String reference, @RequestBody AmendmentRequest request) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Amendments are requested by partnership officers");
    }
    Amendment amendment =
        system.onBehalfOf(
            currentUser.id(), () -> requests.submit(reference, request, currentUser.id()));
    return ResponseEntity.created(
            URI.create("/api/agreements/" + reference + "/amendments/" + amendment.number()))
        .body(amendment);
  }

  @GetMapping
  List<Amendment> list(@PathVariable String reference) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    return amendments.list(reference);
  }

  @GetMapping("/{number}")
  Amendment get(@PathVariable String reference, @PathVariable int number) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    return amendments.require(reference, number);
  }
}
