package org.accord.partner.web;

import java.net.URI;
import java.util.List;
import org.accord.partner.NewPartner;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.security.CurrentUser;
import org.accord.shared.ForbiddenException;
import org.accord.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/partners")
class PartnerController {

  private final PartnerService partners;
  private final CurrentUser currentUser;

  PartnerController(PartnerService partners, CurrentUser currentUser) {
    this.partners = partners;
    this.currentUser = currentUser;
  }

  @PostMapping
  ResponseEntity<Partner> register(@RequestBody NewPartner partner) {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("Only agency staff register partners");
    }
    Partner registered = partners.register(partner);
    return ResponseEntity.created(URI.create("/api/partners/" + registered.code()))
        .body(registered);
  }

  @GetMapping("/{code}")
  Partner get(@PathVariable String code) {
    if (!currentUser.mayActFor(code)) {
      throw new NotFoundException("No partner with code " + code);
    }
    return asSeen(partners.require(code));
  }

  @GetMapping
  List<Partner> list() {
    return partners.all().stream()
        .filter(partner -> currentUser.mayActFor(partner.code()))
        .map(this::asSeen)
        .toList();
  }

  private Partner asSeen(Partner partner) {
    return currentUser.isInternal() ? partner : partner.withoutAssessment();
  }
}
