package org.accord.agreement.web;

import java.net.URI;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Proposal;
import org.accord.agreement.StatusChange;
import org.accord.budget.Budget;
import org.accord.budget.FundingTerms;
import org.accord.budget.Instalment;
import org.accord.budget.ProposedFunding;
import org.accord.results.ObjectivePlan;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agreements")
class AgreementController {

  /** What a client gets back when its proposal is accepted for screening. */
  record ProposalAccepted(String reference, String processInstanceId, AgreementStatus status) {}

  private final AgreementService agreements;
  private final CurrentUser currentUser;
  private final SystemAuthority system;

  AgreementController(
      AgreementService agreements, CurrentUser currentUser, SystemAuthority system) {
    this.agreements = agreements;
    this.currentUser = currentUser;
    this.system = system;
  }

  @PostMapping
  ResponseEntity<ProposalAccepted> propose(@RequestBody Proposal proposal) {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("Proposals are submitted by the agency's partnership officers");
    }
    Agreement agreement = agreements.propose(proposal, currentUser.id());
    return ResponseEntity.created(URI.create("/api/agreements/" + agreement.reference()))
        .body(
            new ProposalAccepted(
                agreement.reference(), agreement.processInstanceId(), agreement.status()));
  }

  @GetMapping("/{reference}")
  AgreementDetails get(@PathVariable String reference) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isInternal()) {
      return new AgreementDetails(
          agreement.asSeenByPartner(),
          agreements.coPartners(reference),
          agreements.initiativeOf(reference),
          agreements.history(reference).stream().map(StatusChange::anonymous).toList(),
          agreements.resultsFramework(reference),
          null);
    }
    return new AgreementDetails(
        agreement,
        agreements.coPartners(reference),
        agreements.initiativeOf(reference),
        agreements.history(reference),
        agreements.resultsFramework(reference),
        agreements.decisions(reference));
  }

  @GetMapping
  List<Agreement> list(
      @RequestParam(required = false) AgreementStatus status,
      @RequestParam(name = "partner", required = false) String partnerCode) {
    return agreements.list(status, partnerCode).stream()
        .filter(agreement -> agreements.isParty(agreement, currentUser::mayActFor))
        .map(agreement -> currentUser.isInternal() ? agreement : agreement.asSeenByPartner())
        .toList();
  }

  /** The results framework, each indicator with its code. */
  @GetMapping("/{reference}/results")
  List<ObjectivePlan> results(@PathVariable String reference) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    return agreements.resultsFramework(reference);
  }

  /** Replaces the results framework of a proposal; an active agreement's changes by amendment. */
  @PutMapping("/{reference}/results")
  List<ObjectivePlan> replaceResults(
      @PathVariable String reference, @RequestBody List<ObjectivePlan> results) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Results frameworks are kept by partnership officers");
    }
    // The open task's form follows: the engine's rights, in the officer's name.
    system.onBehalfOf(
        currentUser.id(),
        () -> {
          agreements.replaceResults(reference, results, currentUser.id());
          return null;
        });
    return agreements.resultsFramework(reference);
  }

  /** The budget by line and source, with its totals; a donor reads its own agreements'. */
  @GetMapping("/{reference}/budget")
  Budget budget(@PathVariable String reference) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    return agreements.fundingTerms(reference).budget();
  }

  /** The instalments of the partner's cash contribution. */
  @GetMapping("/{reference}/schedule")
  List<Instalment> schedule(@PathVariable String reference) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    return agreements.fundingTerms(reference).schedule();
  }

  /** Replaces a proposal's budget and schedule; an active agreement's change by amendment. */
  @PutMapping("/{reference}/budget")
  FundingTerms replaceFunding(
      @PathVariable String reference, @RequestBody ProposedFunding funding) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Budgets are kept by partnership officers");
    }
    return system.onBehalfOf(
        currentUser.id(), () -> agreements.replaceFunding(reference, funding, currentUser.id()));
  }

  record Termination(String reason) {}

  @PostMapping("/{reference}/terminate")
  Agreement terminate(@PathVariable String reference, @RequestBody Termination termination) {
    requireManager(reference);
    return system.onBehalfOf(
        currentUser.id(), () -> agreements.terminate(reference, termination.reason()));
  }

  @PostMapping("/{reference}/suspend")
  Agreement suspend(@PathVariable String reference) {
    requireManager(reference);
    return system.onBehalfOf(
        currentUser.id(), () -> agreements.suspend(reference, currentUser.id()));
  }

  @PostMapping("/{reference}/resume")
  Agreement resume(@PathVariable String reference) {
    requireManager(reference);
    return system.onBehalfOf(
        currentUser.id(), () -> agreements.resume(reference, currentUser.id()));
  }

  private void requireManager(String reference) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Only managers suspend, resume or terminate agreements");
    }
  }
}
