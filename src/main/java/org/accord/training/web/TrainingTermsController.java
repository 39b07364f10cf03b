package org.accord.training.web;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ForbiddenException;
import org.accord.training.TrainingTerms;
import org.accord.training.TrainingTermsRequest;
import org.accord.training.TrainingTermsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cooperation terms of a training cooperation: the agency's staff and the partner's own
 * representatives read them; partnership officers write them while the proposal is prepared.
 */
@RestController
@RequestMapping("/api/agreements/{reference}/training-terms")
class TrainingTermsController {

  private final AgreementService agreements;
  private final TrainingTermsService terms;
  private final CurrentUser currentUser;
  private final SystemAuthority system;

  TrainingTermsController(
      AgreementService agreements,
      TrainingTermsService terms,
      CurrentUser currentUser,
      SystemAuthority system) {
    this.agreements = agreements;
    this.terms = terms;
    this.currentUser = currentUser;
    this.system = system;
  }

  @GetMapping
  TrainingTerms get(@PathVariable String reference) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    return terms.require(agreement);
  }

  @PutMapping
  TrainingTerms replace(@PathVariable String reference, @RequestBody TrainingTermsRequest request) {
    agreements.requireVisible(reference, currentUser::mayActFor);
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Training terms are kept by partnership officers");
    }
    // The open task's form follows: the engine's rights, in the officer's name.
    return system.onBehalfOf(
        currentUser.id(), () -> terms.replace(reference, request, currentUser.id()));
  }
}
